/**
 * Ground stations the user adds or removes: the checks of the scenario schema's `groundStations`
 * (src/scenario/schema.ts), repeated here so the main thread can answer at once without loading
 * the schema library (the worker validates the list again with the schema itself), and the route
 * chain the scene highlights.
 */
import type { GroundStation } from '../scenario/schema';
import type { RouteEndRef, RouteInfo } from '../worker/protocol';

/** What a user types for a new station (minimum elevation defaults to 25°). */
export interface StationInput {
  name: string;
  latDeg: number;
  lonDeg: number;
  minElevationDeg?: number;
}

/** Most stations one scenario may hold (schema MAX_GROUND_STATIONS). */
export const MAX_STATIONS = 1000;

const inRange = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

/**
 * Every problem with a new station, as text for the user (empty: fine): name 1–200 characters, no
 * comma (routes name stations as A,B), not already used; latitude −90…90°, longitude −180…180°,
 * minimum elevation 0…90°; at most {@link MAX_STATIONS} stations.
 */
export function stationProblems(st: StationInput, existing: readonly GroundStation[]): string[] {
  const out: string[] = [];
  const name = typeof st.name === 'string' ? st.name.trim() : '';
  if (name.length === 0) out.push('name: is required');
  else if (name.length > 200) out.push(`name: must be at most 200 characters, got ${name.length}`);
  else if (name.includes(',')) out.push('name: must not contain commas (routes name stations as A,B)');
  else if (existing.some((s) => s.name === name)) out.push(`name: a station called "${name}" already exists`);
  if (!inRange(st.latDeg, -90, 90)) out.push(`latitude: must be between −90° and 90°, got ${String(st.latDeg)}`);
  if (!inRange(st.lonDeg, -180, 180)) out.push(`longitude: must be between −180° and 180°, got ${String(st.lonDeg)}`);
  const el = st.minElevationDeg ?? 25;
  if (!inRange(el, 0, 90)) out.push(`minimum elevation: must be between 0° and 90°, got ${String(el)}`);
  if (existing.length >= MAX_STATIONS) out.push(`a scenario holds at most ${MAX_STATIONS} stations`);
  return out;
}

/** The station as the scenario stores it (name trimmed, default mask applied). */
export function toStation(st: StationInput): GroundStation {
  return { name: st.name.trim(), latDeg: st.latDeg, lonDeg: st.lonDeg, minElevationDeg: st.minElevationDeg ?? 25 };
}

/** A route end after station `removed` is deleted: null when it was that station, shifted when after it. */
export function endAfterRemoval(end: RouteEndRef | null, removed: number): RouteEndRef | null {
  if (!end || !('station' in end)) return end;
  if (end.station === removed) return null;
  return end.station > removed ? { station: end.station - 1 } : end;
}

/**
 * The chain of ends the scene highlights (sceneData.route): station s as −(s + 1), satellites by
 * index, in order from the route's start; consecutive entries are one hop.
 */
export function routeChain(r: RouteInfo | null): Int32Array {
  if (!r) return new Int32Array(0);
  const chain: number[] = [];
  if ('station' in r.from) chain.push(-(r.from.station + 1));
  chain.push(...r.nodes);
  if ('station' in r.to) chain.push(-(r.to.station + 1));
  return Int32Array.from(chain);
}

/** Same end (both stations with one index, or both one satellite). */
export function sameEnd(a: RouteEndRef | null, b: RouteEndRef | null): boolean {
  if (!a || !b) return a === b;
  if ('station' in a) return 'station' in b && a.station === b.station;
  return 'node' in b && a.node === b.node;
}
