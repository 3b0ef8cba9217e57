/**
 * Pure helpers behind the network panels (links, ground stations, routes): formatting, the station
 * form's parsing (its rules are stations.ts stationIssues), the "no route now" explanation and the draw-subset note. No React, no DOM, so
 * they are unit-tested in Node (network.test.ts).
 */
import { sameEnd } from '../../../engine/routeEnds';
import {
  fmtSigned,
  quoted,
  STATION_RANGES,
  stationIssues,
  type StationField,
} from '../../../scenario/stationRules';
import type { GroundStation } from '../../../scenario/schema';
import type { LinkDrawSet, NodeLink, RouteEndRef, RouteInfo } from '../../../worker/protocol';
import type { RouteSeries } from '../../../scenario/linkNetwork';
import type { RouteLogEntry } from '../../../sim/routeLog';
import { FIBRE_SPEED_KM_S, lightTimeMs } from '../../../sim/linkGeometry';
import { fmtCount } from '../../format';
import { currentLanguage, t } from '../../../i18n/i18n';
import { stationName } from '../../scenarioText';

/** Default link range when the scenario does not give one (schema default). */
export const DEFAULT_MAX_RANGE_KM = 5000;

/** Capacity in Gbps as "400 Gbps", "316.8 Tbps", "3.45 Pbps" (four significant digits, thousands separated above 1,000). */
export function fmtCapacityGbps(gbps: number): string {
  if (!Number.isFinite(gbps) || gbps < 0) return '—';
  if (gbps >= 1e6) return `${sig4(gbps / 1e6)} Pbps`;
  if (gbps >= 1e3) return `${sig4(gbps / 1e3)} Tbps`;
  if (gbps >= 1 || gbps === 0) return `${sig4(gbps)} Gbps`;
  return `${sig4(gbps * 1000)} Mbps`;
}

function sig4(v: number): string {
  if (v >= 1000) return fmtCount(Math.round(v));
  return String(Number(v.toPrecision(4)));
}

/** Link or route length: whole km, thousands separated ("1,234 km"), one decimal below 10 km, metres below 1 km; "—" when not finite. */
export function fmtLinkKm(km: number): string {
  if (!Number.isFinite(km)) return '—';
  const a = Math.abs(km);
  if (a === 0) return '0 km';
  if (a < 1) return `${Math.round(km * 1000)} m`;
  if (a < 10) return `${km.toFixed(1)} km`;
  return `${fmtCount(Math.round(km))} km`;
}

/** Light time: "12.3 ms", "0.42 ms" below 1 ms, "16.7 µs" below 0.1 ms; "—" when not finite. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const a = Math.abs(ms);
  if (a === 0) return '0 ms';
  if (a < 0.1) {
    const us = ms * 1000;
    const au = Math.abs(us);
    return `${us.toFixed(au >= 10 ? 0 : au >= 1 ? 1 : 2)} µs`;
  }
  return `${a < 1 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** scenario.links.maxRangeKm read defensively from the raw scenario JSON (default 5,000 km). */
export function scenarioMaxRangeKm(scenario: unknown): number {
  const links = isObject(scenario) ? scenario.links : undefined;
  const v = isObject(links) ? links.maxRangeKm : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_RANGE_KM;
}

/** scenario.links.pattern read defensively ('none' when absent or odd). */
export function scenarioLinkPattern(scenario: unknown): string {
  const links = isObject(scenario) ? scenario.links : undefined;
  const v = isObject(links) ? links.pattern : undefined;
  return typeof v === 'string' ? v : 'none';
}

/** Names of the scenario's own ground stations (to tell them from the user's). */
export function scenarioStationNames(scenario: unknown): Set<string> {
  const out = new Set<string>();
  const list = isObject(scenario) ? scenario.groundStations : undefined;
  if (Array.isArray(list))
    for (const g of list) if (isObject(g) && typeof g.name === 'string') out.add(g.name);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The legend's end labels for the link colour ramp: km of length or ms of one-way light time. */
export function linkLegendEnds(maxRangeKm: number, by: 'length' | 'latency'): [string, string, string] {
  if (by === 'latency') return ['0 ms', fmtMs(lightTimeMs(maxRangeKm / 2)), fmtMs(lightTimeMs(maxRangeKm))];
  return ['0 km', fmtLinkKm(maxRangeKm / 2), fmtLinkKm(maxRangeKm)];
}

// ---------------------------------------------------------------- link totals

/** The note under the totals when the scene draws only part of the network (null when it draws all). */
export function drawNote(
  draw: Pick<LinkDrawSet, 'mode' | 'shownLinks' | 'totalLinks'> | null,
  showLinks = true,
): string | null {
  if (!showLinks) return t('network:draw.hidden');
  if (!draw) return null;
  const n = { shown: fmtCount(draw.shownLinks), total: fmtCount(draw.totalLinks) };
  if (draw.mode === 'neighbourhood') return t('network:draw.neighbourhood', n);
  if (draw.mode === 'sample') return t('network:draw.sample', n);
  return null;
}

/** "3 of 4 links up" / "1 link, up" / "No link candidates". */
export function nodeLinksSummary(links: readonly NodeLink[]): string {
  const n = links.length;
  const up = links.reduce((k, l) => k + (l.up ? 1 : 0), 0);
  if (n === 0) return t('network:node.summaryNone');
  if (n === 1) return up ? t('network:node.summaryOneUp') : t('network:node.summaryOneDown');
  if (up === n) return t('network:node.summaryAllUp', { count: n });
  if (up === 0) return t('network:node.summaryNoneUp', { count: n });
  return t('network:node.summarySomeUp', { up, count: n });
}

// ---------------------------------------------------------------- route ends

/** A route end as a <select> value: "s3" (station 3) or "n42" (satellite 42); "" for none. */
export function endValue(ref: RouteEndRef | null): string {
  if (!ref) return '';
  return 'station' in ref ? `s${ref.station}` : `n${ref.node}`;
}

/** Inverse of endValue; null for "" or anything malformed. */
export function parseEndValue(v: string): RouteEndRef | null {
  const m = /^([sn])(\d{1,9})$/.exec(v);
  if (!m) return null;
  const i = Number(m[2]);
  return m[1] === 's' ? { station: i } : { node: i };
}

/**
 * Which end a click on station `i` fills: the empty "from", else the empty "to", else it
 * replaces "to" (the station already at an end is left alone).
 */
export function assignStationEnd(
  from: RouteEndRef | null,
  to: RouteEndRef | null,
  i: number,
): { from: RouteEndRef | null; to: RouteEndRef | null } {
  const s: RouteEndRef = { station: i };
  if (sameEnd(from, s) || sameEnd(to, s)) return { from, to };
  if (!from) return { from: s, to };
  return { from, to: s };
}

// ---------------------------------------------------------------- route status

/** Fibre comparison in words: "The route is 12.3 ms faster than fibre." */
export function fibreComparison(route: Pick<RouteInfo, 'latencyMs' | 'fibreMs'>): string | null {
  if (route.fibreMs === null || !Number.isFinite(route.fibreMs) || !Number.isFinite(route.latencyMs))
    return null;
  const d = route.latencyMs - route.fibreMs;
  if (Math.abs(d) < 0.05) return t('network:route.asFast');
  return t(d < 0 ? 'network:route.faster' : 'network:route.slower', { d: fmtMs(Math.abs(d)) });
}

export interface NoRouteInput {
  from: RouteEndRef;
  to: RouteEndRef;
  stations: readonly Pick<GroundStation, 'name' | 'minElevationDeg'>[];
  /** Satellites each station sees now (same order as stations); may be shorter while unknown. */
  stationsInView: readonly number[];
  /** ISLs up in the whole network now (null: unknown). */
  linksUp: number | null;
  /** The scenario's link pattern ('none': no inter-satellite links). */
  pattern: string;
  /** Name of a satellite end, for the text. */
  nodeName: (index: number) => string;
  /** The selected satellite's links when it is one of the ends (else null). */
  nodeLinks?: { node: number; links: readonly NodeLink[] } | null;
}

const fmtElev = (deg: number) => `${Number.isFinite(deg) ? Number(deg.toFixed(1)) : 25}°`;

/**
 * Why there is no route now, in one sentence ("No route now: Beijing sees no satellite above 25°.").
 * Checks, in order: the same end twice, an end that no longer exists, stations that see no satellite,
 * a satellite end without links up, a network without links, else a network that does not connect them.
 */
export function noRouteExplanation(x: NoRouteInput): string {
  if (sameEnd(x.from, x.to)) return t('network:noRoute.same');
  const ends = [x.from, x.to];
  for (const e of ends) if ('station' in e && !x.stations[e.station]) return t('network:noRoute.removed');
  const blind: { name: string; el: number }[] = [];
  for (const e of ends) {
    if (!('station' in e)) continue;
    const seen = x.stationsInView[e.station];
    if (seen === 0) {
      const st = x.stations[e.station];
      blind.push({ name: st.name, el: st.minElevationDeg });
    }
  }
  if (blind.length === 1)
    return t('network:noRoute.blindOne', { name: blind[0].name, el: fmtElev(blind[0].el) });
  if (blind.length === 2) {
    const [a, b] = blind;
    return fmtElev(a.el) === fmtElev(b.el)
      ? t('network:noRoute.blindBoth', { a: a.name, b: b.name, el: fmtElev(a.el) })
      : t('network:noRoute.blindEach', { a: a.name, b: b.name, elA: fmtElev(a.el), elB: fmtElev(b.el) });
  }
  const nl = x.nodeLinks;
  if (
    nl &&
    ends.some((e) => 'node' in e && e.node === nl.node) &&
    nl.links.length > 0 &&
    !nl.links.some((l) => l.up)
  )
    return t('network:noRoute.nodeDown', { name: x.nodeName(nl.node) });
  if (x.pattern === 'none' || x.linksUp === 0) {
    const stations = ends.every((e) => 'station' in e);
    if (x.pattern === 'none')
      return stations ? t('network:noRoute.noIslStations') : t('network:noRoute.noIslNode');
    return stations ? t('network:noRoute.noneUpStations') : t('network:noRoute.noneUpNode');
  }
  const label = (e: RouteEndRef) =>
    'station' in e ? stationName(x.stations[e.station].name) : x.nodeName(e.node);
  return t('network:noRoute.disconnected', { from: label(x.from), to: label(x.to) });
}

/** Great-circle km from a fibre time at ⅔ c (the inverse of the worker's fibre latency). */
export const fibreKmFromMs = (ms: number) => (ms / 1000) * FIBRE_SPEED_KM_S;

// ---------------------------------------------------------------- times

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An event's time: "12:34:56 UTC", with the date ("Jun 2, 12:34:56 UTC"; "6月2日 12:34:56 UTC" in Chinese) when it is not on `nowMs`'s UTC day. */
export function fmtEventTime(tMs: number, nowMs: number): string {
  if (!Number.isFinite(tMs)) return '—';
  const d = new Date(tMs);
  const hms = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC`;
  const n = new Date(Number.isFinite(nowMs) ? nowMs : tMs);
  const sameDay =
    d.getUTCFullYear() === n.getUTCFullYear() &&
    d.getUTCMonth() === n.getUTCMonth() &&
    d.getUTCDate() === n.getUTCDate();
  if (sameDay) return hms;
  const lang = currentLanguage();
  const date = new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(d.getUTCFullYear() !== n.getUTCFullYear() ? { year: 'numeric' } : {}),
  }).format(d);
  return lang === 'en' ? `${date}, ${hms}` : `${date} ${hms}`;
}

// ---------------------------------------------------------------- route log and chart, in words

/** One entry of the route's log in words, in the language in use (the kind and time are shown apart). */
export function routeEventText(e: RouteLogEntry): string {
  if (e.kind === 'broken')
    return e.blind
      ? t('network:events.brokenBlind', { name: e.blind.name, el: fmtElev(e.blind.minElevationDeg) })
      : t('network:events.brokenLinks');
  const now = e.now;
  if (!now) return '';
  if (e.kind === 'restored')
    return t('network:events.restoredText', { count: now.hops, latency: fmtMs(now.latencyMs) });
  const before = e.before ?? now;
  const latency = { latencyBefore: fmtMs(before.latencyMs), latency: fmtMs(now.latencyMs), count: now.hops };
  return before.hops !== now.hops
    ? t('network:events.hopsChanged', { ...latency, before: before.hops })
    : t('network:events.latencyChanged', latency);
}

/**
 * The route chart in one or two sentences, for screen readers and under the chart: the span of the
 * series in minutes, the latency range, the share of the time a route exists, how often it is lost,
 * and the fibre time when there is one.
 */
export function routeChartSummary(
  series: Pick<RouteSeries, 'count' | 'stepS' | 'latencyMs' | 'fibreMs' | 'startMs'>,
): string {
  const n = series.count;
  let lo = Infinity;
  let hi = -Infinity;
  let ok = 0;
  for (let k = 0; k < n; k++) {
    const v = series.latencyMs[k];
    if (!Number.isFinite(v)) continue;
    ok++;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  // n samples, one step apart, span (n − 1) steps.
  const minutes = Math.round((Math.max(0, n - 1) * series.stepS) / 60);
  if (ok === 0) return t('network:chart.noneAtAll', { count: minutes });
  const parts: string[] = [
    t('network:chart.summary', {
      count: minutes,
      lo: lo.toFixed(1),
      hi: hi.toFixed(1),
      pct: Math.round((ok / Math.max(1, n)) * 100),
    }),
  ];
  // Gaps that start after the first sample: times the route is lost.
  const lost = noRouteRuns(series.latencyMs, series.startMs, series.stepS).filter(
    (g) => g.fromMs > series.startMs,
  ).length;
  if (lost > 0) parts.push(t('network:chart.summaryGaps', { count: lost }));
  if (series.fibreMs !== null && Number.isFinite(series.fibreMs))
    parts.push(t('network:chart.summaryFibre', { fibre: fmtMs(series.fibreMs) }));
  return parts.join(currentLanguage() === 'en' ? ' ' : '');
}

// ---------------------------------------------------------------- station form

export interface StationFormInput {
  name: string;
  lat: string;
  lon: string;
  minEl: string;
}

/** Where a form message belongs: a field, or 'list' for the station list as a whole (the station limit). */
export type StationFormKey = StationField | 'list';

export type StationFormResult =
  | { ok: true; station: { name: string; latDeg: number; lonDeg: number; minElevationDeg: number } }
  | { ok: false; errors: Partial<Record<StationFormKey, string>> };

/** Parses a typed number: accepts "−12.5" (Unicode minus), "39,9" (decimal comma), surrounding spaces; NaN otherwise. */
export function parseNumberInput(s: string): number {
  let t = s.trim().replace(/[\u2212\u2013]/g, '-');
  if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

/**
 * Parses a typed latitude or longitude: a number as parseNumberInput, optionally with a degree sign
 * and a hemisphere letter before or after it ("39.9° N", "S 33.9", "18.4W"); S and W are negative.
 * NaN for anything else (a letter of the other axis, a letter with a minus sign).
 */
export function parseCoordinateInput(s: string, axis: 'lat' | 'lon'): number {
  const t = s.trim().replace(/°/g, ' ').trim();
  const m = /^([A-Za-z])?\s*([^A-Za-z\s][^A-Za-z]*?)\s*([A-Za-z])?$/.exec(t);
  if (!m || (m[1] && m[3])) return NaN;
  const letter = (m[1] ?? m[3] ?? '').toUpperCase();
  const v = parseNumberInput(m[2]);
  if (!letter) return v;
  const [pos, neg] = axis === 'lat' ? ['N', 'S'] : ['E', 'W'];
  if ((letter !== pos && letter !== neg) || /^[\s]*[-+\u2212\u2013]/.test(m[2])) return NaN;
  return letter === neg ? -v : v;
}

const FIELD_LABEL_KEYS = {
  lat: 'network:stations.fieldLat',
  lon: 'network:stations.fieldLon',
  minEl: 'network:stations.fieldMinEl',
} as const;

/** A numeric field's text as a number, or the message saying why it is not one (ranges are the rules' business). */
function parseField(f: Exclude<StationField, 'name'>, raw: string): number | string {
  const { min, max } = STATION_RANGES[f];
  const label = t(FIELD_LABEL_KEYS[f]);
  const span = { label, min: fmtSigned(min), max: fmtSigned(max) };
  if (raw.trim() === '') return t('network:stations.enterNumber', span);
  const v = f === 'minEl' ? parseNumberInput(raw) : parseCoordinateInput(raw, f);
  return Number.isFinite(v) ? v : t('network:stations.notNumber', { ...span, text: quoted(raw) });
}

/**
 * The "add a ground station" form: parses its text (name trimmed, runs of whitespace made one space;
 * numbers as {@link parseNumberInput}, coordinates as {@link parseCoordinateInput}), then checks the
 * station with the same rules as engine.addStation ({@link stationIssues}), one plain message per
 * bad field. `existing` are the stations already there.
 */
export function validateStationForm(
  input: StationFormInput,
  existing: readonly Pick<GroundStation, 'name'>[],
): StationFormResult {
  const errors: Partial<Record<StationFormKey, string>> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  const num = (f: Exclude<StationField, 'name'>, raw: string) => {
    const v = parseField(f, raw);
    if (typeof v === 'number') return v;
    errors[f] = v;
    return NaN;
  };
  const station = {
    name,
    latDeg: num('lat', input.lat),
    lonDeg: num('lon', input.lon),
    minElevationDeg: num('minEl', input.minEl),
  };
  // A field that did not parse keeps its parse message; the rules speak for the rest.
  for (const issue of stationIssues(station, existing)) {
    const key = issue.field ?? 'list';
    errors[key] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, station };
}

// ---------------------------------------------------------------- engine

/** What the network panels need of the Engine (src/app/engine.ts); a dev page can pass a stand-in. */
export interface NetworkEngine {
  clock: { now(): number };
  select(index: number | null, opts?: { turn?: boolean }): void;
  /** Sets the route ends (the engine mirrors them into store.routeFrom / routeTo). */
  setRouteEnds(from: RouteEndRef | null, to: RouteEndRef | null): void;
  /** Adds a ground station; null when added, else a plain message to show. */
  addStation(st: { name: string; latDeg: number; lonDeg: number; minElevationDeg?: number }): string | null;
  removeStation(index: number): void;
}

/** Time spans (ms) of runs of NaN in a sampled series (no route), each widened by half a step on both sides and clamped to the series. */
export function noRouteRuns(
  values: ArrayLike<number>,
  startMs: number,
  stepS: number,
): { fromMs: number; toMs: number }[] {
  const out: { fromMs: number; toMs: number }[] = [];
  const n = values.length;
  const step = stepS * 1000;
  const end = startMs + (n - 1) * step;
  let k = 0;
  while (k < n) {
    if (Number.isFinite(values[k])) {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < n && !Number.isFinite(values[j + 1])) j++;
    out.push({
      fromMs: Math.max(startMs, startMs + (k - 0.5) * step),
      toMs: Math.min(end, startMs + (j + 0.5) * step),
    });
    k = j + 1;
  }
  return out;
}
