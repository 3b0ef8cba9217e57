/**
 * Reading the selected node's budget series (src/sim/nodeSeries.ts) at one instant, for the budget
 * panel and its charts: {@link seriesAt} interpolates one field at a time, clamped to the series'
 * ends. nodeSeries records power and shadow quantities at the step's start and battery and
 * temperature at its end; the sample times here follow that, so the panel does not lag by one step.
 */
import type { SeriesField } from '../../../sim/nodeSeries';

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
