/**
 * Reading the selected node's budget series (src/sim/nodeSeries.ts) at one instant, for the budget
 * panel and its charts, and formatting budget quantities with their units.
 *
 * - {@link seriesAt}: linear interpolation of one field at a time, clamped to the series' ends.
 *   nodeSeries records power and shadow quantities at the step's start and battery and temperature
 *   at its end; the sample times here follow that, so the panel does not lag by one step.
 * - {@link eclipseStateAt}: sunlit / penumbra / umbra from the root-found eclipse events (exact to
 *   ≤ 0.1 s), not from the 30 s samples, so the state flips at the right moment.
 * - {@link eclipseBands}: the shadow intervals inside a window, for shading the charts.
 */
import type { EclipseEvent } from '../sim/eclipse';
import type { SeriesField } from '../sim/nodeSeries';

/** What {@link seriesAt} needs of a node series (the worker's `nodeSeries` reply has it). */
export interface SeriesLike {
  startMs: number;
  stepS: number;
  count: number;
  fields: Record<SeriesField, ArrayLike<number>>;
}

/** Fields that nodeSeries records at the END of step k (the state after integrating it). */
export const END_OF_STEP_FIELDS: ReadonlySet<SeriesField> = new Set<SeriesField>([
  'batteryWh',
  'soc',
  'tempK',
  'heatRadW',
]);

/** Time (Unix ms) of sample k of `field`. */
export function sampleTimeMs(s: SeriesLike, field: SeriesField, k: number): number {
  return s.startMs + (k + (END_OF_STEP_FIELDS.has(field) ? 1 : 0)) * s.stepS * 1000;
}

/**
 * Linear interpolation of `values`, sampled every `stepMs` from `startMs`, at `tMs`; clamped to the
 * first and last sample. NaN for an empty array or a non-finite time.
 */
export function interpolateAt(
  values: ArrayLike<number>,
  startMs: number,
  stepMs: number,
  tMs: number,
): number {
  const n = values.length;
  if (n === 0 || !Number.isFinite(tMs)) return NaN;
  if (n === 1 || !(stepMs > 0)) return values[0];
  const x = (tMs - startMs) / stepMs;
  if (x <= 0) return values[0];
  if (x >= n - 1) return values[n - 1];
  const k = Math.floor(x);
  const f = x - k;
  return values[k] + (values[k + 1] - values[k]) * f;
}

/** `field` of series `s` at `tMs`, linearly interpolated and clamped to the series' ends. */
export function seriesAt(s: SeriesLike, field: SeriesField, tMs: number): number {
  const values = s.fields[field];
  const n = Math.min(s.count, values.length);
  const view = n === values.length ? values : Array.prototype.slice.call(values, 0, n);
  return interpolateAt(view, sampleTimeMs(s, field, 0), s.stepS * 1000, tMs);
}

/** `field` of the step that contains `tMs` (no interpolation: for codes such as `limitedBy`), clamped. */
export function seriesStepAt(s: SeriesLike, field: SeriesField, tMs: number): number {
  const values = s.fields[field];
  const n = Math.min(s.count, values.length);
  if (n === 0 || !Number.isFinite(tMs)) return NaN;
  const k = Math.floor((tMs - s.startMs) / (s.stepS * 1000));
  return values[k < 0 ? 0 : k >= n ? n - 1 : k];
}

/** Whether `tMs` lies inside the series' window. */
export function seriesCovers(s: SeriesLike, tMs: number): boolean {
  return tMs >= s.startMs && tMs <= s.startMs + s.count * s.stepS * 1000;
}

export type SunlightState = 'sunlit' | 'penumbra' | 'umbra';

/** State just after each event. */
const AFTER: Record<EclipseEvent['kind'], SunlightState> = {
  penumbra_in: 'penumbra',
  umbra_in: 'umbra',
  umbra_out: 'penumbra',
  penumbra_out: 'sunlit',
};
/** State just before each event. */
const BEFORE: Record<EclipseEvent['kind'], SunlightState> = {
  penumbra_in: 'sunlit',
  umbra_in: 'penumbra',
  umbra_out: 'umbra',
  penumbra_out: 'penumbra',
};

export interface EclipseStateAt {
  state: SunlightState;
  /**
   * Fraction of the Sun's disc hidden, 0 … 1: 0 sunlit, 1 umbra; in penumbra, interpolated in time
   * between the bracketing events (an approximation; NaN when they are not both known).
   */
  hidden: number;
}

/**
 * Sunlight state at `tMs` from eclipse events sorted by time: the state after the last event at or
 * before `tMs`, else the state before the first event after it. Null when there are no events
 * (never in shadow in the window, or shadow all along: the caller decides from the shadow fraction).
 */
export function eclipseStateAt(events: readonly EclipseEvent[], tMs: number): EclipseStateAt | null {
  if (events.length === 0 || !Number.isFinite(tMs)) return null;
  // Last event at or before tMs (binary search).
  let lo = 0,
    hi = events.length; // first index with event.tMs > tMs
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].tMs <= tMs) lo = mid + 1;
    else hi = mid;
  }
  const prev = lo > 0 ? events[lo - 1] : null;
  const next = lo < events.length ? events[lo] : null;
  const state = prev ? AFTER[prev.kind] : BEFORE[next!.kind];
  let hidden = state === 'umbra' ? 1 : state === 'sunlit' ? 0 : NaN;
  if (state === 'penumbra' && prev && next && next.tMs > prev.tMs) {
    const f = (tMs - prev.tMs) / (next.tMs - prev.tMs);
    if (prev.kind === 'penumbra_in' && next.kind === 'umbra_in') hidden = f;
    else if (prev.kind === 'umbra_out' && next.kind === 'penumbra_out') hidden = 1 - f;
    else if (prev.kind === 'penumbra_in' && next.kind === 'penumbra_out') hidden = NaN; // grazing: peak unknown
  }
  return { state, hidden };
}

/** Sunlight state from a shadow fraction (used when there are no events). */
export function stateFromShadow(shadow: number): SunlightState {
  return shadow >= 0.999 ? 'umbra' : shadow > 0.001 ? 'penumbra' : 'sunlit';
}

export interface EclipseBand {
  fromMs: number;
  toMs: number;
  kind: 'penumbra' | 'umbra';
}

/**
 * Intervals of penumbra and umbra inside [startMs, endMs], from events sorted by time (clipped to the
 * window). `initial` is the state at startMs when no event tells it (default: from the events, else sunlit).
 */
export function eclipseBands(
  events: readonly EclipseEvent[],
  startMs: number,
  endMs: number,
  initial?: SunlightState,
): EclipseBand[] {
  const bands: EclipseBand[] = [];
  if (!(endMs > startMs)) return bands;
  let state: SunlightState = eclipseStateAt(events, startMs)?.state ?? initial ?? 'sunlit';
  let from = startMs;
  for (const e of events) {
    if (e.tMs <= startMs) continue;
    if (e.tMs >= endMs) break;
    if (state !== 'sunlit' && e.tMs > from) bands.push({ fromMs: from, toMs: e.tMs, kind: state });
    state = AFTER[e.kind];
    from = e.tMs;
  }
  if (state !== 'sunlit' && endMs > from) bands.push({ fromMs: from, toMs: endMs, kind: state });
  return bands;
}

// ---------------------------------------------------------------------------------------------
// Formatting of budget quantities (plain text with units; minus as U+2212).

const MINUS = '\u2212';

function fixed(v: number, digits: number): string {
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Three significant figures at most, one decimal for values under 100: "18.2", "950", "1,361". */
function sig(v: number): string {
  const a = Math.abs(v);
  return fixed(v, a < 100 ? 1 : 0);
}

/** Power with a sensible unit: "950 W", "18.2 kW", "3.4 MW", "1.2 GW", "5.0 TW". */
export function fmtPowerW(w: number): string {
  if (!Number.isFinite(w)) return '—';
  const a = Math.abs(w);
  const sign = w < 0 ? MINUS : '';
  if (a < 1e3) return `${sign}${fixed(a, 0)} W`;
  if (a < 1e6) return `${sign}${sig(a / 1e3)} kW`;
  if (a < 1e9) return `${sign}${sig(a / 1e6)} MW`;
  if (a < 1e12) return `${sign}${sig(a / 1e9)} GW`;
  return `${sign}${sig(a / 1e12)} TW`;
}

/** Power with an explicit sign: "+6.7 kW", "−11.5 kW", "0 W". */
export function fmtSignedPowerW(w: number): string {
  if (!Number.isFinite(w)) return '—';
  const s = fmtPowerW(Math.abs(w));
  return Math.abs(w) < 0.5 ? s : `${w > 0 ? '+' : MINUS}${s}`;
}

/** Energy: "950 Wh", "14.3 kWh", "2.1 MWh". */
export function fmtEnergyWh(wh: number): string {
  if (!Number.isFinite(wh)) return '—';
  const a = Math.abs(wh);
  const sign = wh < 0 ? MINUS : '';
  if (a < 1e3) return `${sign}${fixed(a, 0)} Wh`;
  if (a < 1e6) return `${sign}${sig(a / 1e3)} kWh`;
  return `${sign}${sig(a / 1e6)} MWh`;
}

/** Kelvin shown as Celsius: "23.4 °C". */
export function fmtTempC(k: number, digits = 1): string {
  if (!Number.isFinite(k)) return '—';
  const c = k - 273.15;
  const s = fixed(Math.abs(c), digits);
  return `${c < 0 && Number(s) !== 0 ? MINUS : ''}${s} °C`;
}

/** A fraction 0 … 1 as a percentage: "61 %". */
export function fmtPct(f: number, digits = 0): string {
  if (!Number.isFinite(f)) return '—';
  return `${fixed(f * 100, digits)} %`;
}

/** Flux density: "1,361 W/m²". */
export function fmtFlux(wm2: number): string {
  return Number.isFinite(wm2) ? `${fixed(wm2, 0)} W/m²` : '—';
}

/** Compute throughput given in TOPS (10¹² ops/s): "744 TOPS", or in POPS (10¹⁵ ops/s) from 1,000 TOPS: "5.2 POPS", "1,188 POPS". */
export function fmtOps(tops: number): string {
  if (!Number.isFinite(tops)) return '—';
  if (Math.abs(tops) < 1000) return `${fixed(tops, 0)} TOPS`;
  return `${sig(tops / 1000)} POPS`;
}

/** "3.1 / 5.2 POPS": online and installed, both in the installed figure's unit. */
export function fmtOpsPair(onlineTops: number, installedTops: number): string {
  if (!Number.isFinite(onlineTops) || !Number.isFinite(installedTops)) return '—';
  if (Math.abs(installedTops) < 1000) return `${fixed(onlineTops, 0)} / ${fixed(installedTops, 0)} TOPS`;
  return `${sig(onlineTops / 1000)} / ${sig(installedTops / 1000)} POPS`;
}
