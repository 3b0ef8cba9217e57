/**
 * Ground stations the user adds or removes: the one set of rules a new station must pass (the
 * checks of the scenario schema's `groundStations` (schema.ts), repeated here so the
 * main thread can answer at once without loading the schema library — the worker validates the
 * list again with the schema itself), used by the engine's addStation, globe placement, the test hook and
 * the "add a station" form (network.ts validateStationForm parses its text, then asks these rules);
 * and the route chain the scene highlights.
 */
import type { GroundStation } from './schema';

/** What a user types for a new station (minimum elevation defaults to 25°). */
export interface StationInput {
  name: string;
  latDeg: number;
  lonDeg: number;
  minElevationDeg?: number;
}

/**
 * Most stations one scenario may hold. Must equal MAX_GROUND_STATIONS in src/scenario/schema.ts
 * (not imported: schema.ts loads zod at module level, which would pull it into the main bundle);
 * stations.test.ts checks that they are equal.
 */
export const MAX_STATIONS = 1000;

/** Longest station name (the scenario schema's limit). */
export const STATION_NAME_MAX = 200;

/** The fields of a station, as the form names them. */
export type StationField = 'name' | 'lat' | 'lon' | 'minEl';

/** The numeric fields' ranges (degrees, inclusive) and labels. */
export const STATION_RANGES: Record<
  Exclude<StationField, 'name'>,
  { label: string; min: number; max: number }
> = {
  lat: { label: 'Latitude', min: -90, max: 90 },
  lon: { label: 'Longitude', min: -180, max: 180 },
  minEl: { label: 'Minimum elevation', min: 0, max: 90 },
};

/** One problem with a new station: the field it concerns (null: the station list as a whole) and a plain message. */
export interface StationIssue {
  field: StationField | null;
  message: string;
}

/** A number for a message, with a real minus sign ("−12.5"). */
export const fmtSigned = (v: number) => (v < 0 ? `−${Math.abs(v)}` : String(v));

/** A typed value in a message: trimmed, shortened, in quotes. */
export function quoted(s: string): string {
  const t = s.trim();
  return `“${t.length > 24 ? `${t.slice(0, 24)}…` : t}”`;
}

const describeValue = (v: unknown) =>
  typeof v === 'number' ? fmtSigned(v) : typeof v === 'string' ? quoted(v) : String(v);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Every problem with a new station (empty: fine): name 1–{@link STATION_NAME_MAX} characters after
 * trimming, no comma (routes name stations as A,B), no control characters, not already used —
 * compared ignoring case, as the command line matches names; latitude −90…90°, longitude
 * −180…180°, minimum elevation 0…90° (default 25°), each a finite number; at most
 * {@link MAX_STATIONS} stations. At most one issue per field.
 */
export function stationIssues(
  st: StationInput,
  existing: readonly Pick<GroundStation, 'name'>[],
): StationIssue[] {
  const out: StationIssue[] = [];
  const name = typeof st.name === 'string' ? st.name.trim() : '';
  const nameIssue = (message: string) => out.push({ field: 'name', message: `Name: ${message}` });
  if (name.length === 0) nameIssue('enter a name for the station.');
  else if (name.length > STATION_NAME_MAX)
    nameIssue(`at most ${STATION_NAME_MAX} characters, got ${name.length}.`);
  else if (name.includes(',')) nameIssue('must not contain commas (routes name stations as A,B).');
  else if (CONTROL.test(name)) nameIssue('must not contain control characters.');
  else {
    const lower = name.toLowerCase();
    const same = existing.find((s) => s.name.trim().toLowerCase() === lower);
    if (same)
      nameIssue(
        same.name.trim() === name
          ? `a station called ${quoted(name)} exists already.`
          : `a station called ${quoted(same.name)} exists already (names are compared ignoring case).`,
      );
  }
  const values: Record<Exclude<StationField, 'name'>, unknown> = {
    lat: st.latDeg,
    lon: st.lonDeg,
    minEl: st.minElevationDeg ?? 25,
  };
  for (const f of ['lat', 'lon', 'minEl'] as const) {
    const { label, min, max } = STATION_RANGES[f];
    const v = values[f];
    const span = `from ${fmtSigned(min)} to ${fmtSigned(max)}°`;
    if (typeof v !== 'number' || !Number.isFinite(v))
      out.push({ field: f, message: `${label}: must be a number ${span}, got ${describeValue(v)}.` });
    else if (v < min || v > max)
      out.push({ field: f, message: `${label}: must be ${span}, got ${fmtSigned(v)}°.` });
  }
  if (existing.length >= MAX_STATIONS)
    out.push({
      field: null,
      message: `A scenario holds at most ${MAX_STATIONS.toLocaleString('en-US')} stations; remove one first.`,
    });
  return out;
}

/** {@link stationIssues} as plain messages, one a line (what engine.addStation returns). */
export function stationProblems(
  st: StationInput,
  existing: readonly Pick<GroundStation, 'name'>[],
): string[] {
  return stationIssues(st, existing).map((i) => i.message);
}

/** The station as the scenario stores it (name trimmed, default mask applied). */
export function toStation(st: StationInput): GroundStation {
  return {
    name: st.name.trim(),
    latDeg: st.latDeg,
    lonDeg: st.lonDeg,
    minElevationDeg: st.minElevationDeg ?? 25,
  };
}
