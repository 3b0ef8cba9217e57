/**
 * What the budget charts show, as numbers a sentence can carry (the charts' text summaries for screen
 * readers and "Text summary"), and the intervals where compute was shed at the battery floor (the
 * marked band on the power chart). Pure: no DOM, no uPlot; the sentences are written in
 * chartSummaryText.ts.
 */
import { LIMITED_BATTERY } from '../../../sim/budget';
import type { BetaYear } from '../../../sim/nodeSeries';
import type { SeriesLike } from './seriesAt';
import type { EclipseBand } from './sunlight';

/** A time interval in Unix ms. */
export interface IntervalMs {
  fromMs: number;
  toMs: number;
}

/**
 * Steps of `s` in which compute was shed because the battery was at its floor (`limitedBy` is
 * LIMITED_BATTERY and less than all of it could run), merged into intervals. Each step k covers
 * [startMs + k·step, startMs + (k+1)·step). Nothing when the node has no compute to shed
 * (`computeLoadW` ≤ 0).
 */
export function shedIntervals(s: SeriesLike, computeLoadW: number): IntervalMs[] {
  const out: IntervalMs[] = [];
  if (!(computeLoadW > 0)) return out;
  const lim = s.fields.limitedBy;
  const avail = s.fields.computeAvailable;
  const n = Math.min(s.count, lim.length, avail.length);
  const stepMs = s.stepS * 1000;
  let open: IntervalMs | null = null;
  for (let k = 0; k < n; k++) {
    const shed = lim[k] === LIMITED_BATTERY && avail[k] < 0.999;
    const from = s.startMs + k * stepMs;
    if (shed) {
      if (open) open.toMs = from + stepMs;
      else open = { fromMs: from, toMs: from + stepMs };
    } else if (open) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** Total length of `intervals`, ms. */
export const totalMs = (intervals: readonly IntervalMs[]): number =>
  intervals.reduce((a, i) => a + Math.max(0, i.toMs - i.fromMs), 0);

/**
 * Number of separate eclipses in `bands`: a penumbra, its umbra and the penumbra after it (touching
 * bands) count as one.
 */
export function countEclipses(bands: readonly EclipseBand[]): number {
  let n = 0;
  let lastEnd = -Infinity;
  for (const b of bands) {
    if (b.fromMs > lastEnd) n++;
    lastEnd = Math.max(lastEnd, b.toMs);
  }
  return n;
}

/** Smallest and largest finite value of `v[0 … n)`, scaled; NaN, NaN when there is none. */
function range(v: ArrayLike<number>, n: number, scale = 1): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (let k = 0; k < Math.min(n, v.length); k++) {
    const x = v[k];
    if (!Number.isFinite(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo * scale, hi * scale] : [NaN, NaN];
}

/** What the power and battery chart shows. */
export interface PowerStats {
  spanMs: number;
  /** State of charge, 0 … 1. */
  socMin: number;
  socMax: number;
  genMaxW: number;
  loadMinW: number;
  loadMaxW: number;
  eclipses: number;
  shedMs: number;
  shedCount: number;
}

/** The power chart's series reduced to a few numbers (`bands`: its eclipse bands; `shed`: {@link shedIntervals}). */
export function powerStats(
  s: SeriesLike,
  bands: readonly EclipseBand[],
  shed: readonly IntervalMs[],
): PowerStats {
  const n = s.count;
  const [socMin, socMax] = range(s.fields.soc, n);
  const [, genMaxW] = range(s.fields.powerGenW, n);
  const [loadMinW, loadMaxW] = range(s.fields.loadW, n);
  return {
    spanMs: n * s.stepS * 1000,
    socMin,
    socMax,
    genMaxW,
    loadMinW,
    loadMaxW,
    eclipses: countEclipses(bands),
    shedMs: totalMs(shed),
    shedCount: shed.length,
  };
}

/** What the temperature chart shows. */
export interface TempStats {
  spanMs: number;
  minK: number;
  maxK: number;
  limitK: number;
  /** Time above the limit, ms (whole steps whose end temperature is above it). */
  overMs: number;
}

/** The temperature chart's series reduced to a few numbers. */
export function tempStats(s: SeriesLike, maxTempK: number): TempStats {
  const n = s.count;
  const [minK, maxK] = range(s.fields.tempK, n);
  let over = 0;
  const v = s.fields.tempK;
  for (let k = 0; k < Math.min(n, v.length); k++) if (v[k] > maxTempK) over++;
  return { spanMs: n * s.stepS * 1000, minK, maxK, limitK: maxTempK, overMs: over * s.stepS * 1000 };
}

/** What the year chart shows. */
export interface YearStats {
  betaMinDeg: number;
  betaMaxDeg: number;
  eclipseMinMin: number;
  eclipseMaxMin: number;
  /** Days (samples are daily) with no eclipse at all. */
  eclipseFreeDays: number;
}

/** The β-angle year reduced to a few numbers. */
export function yearStats(y: BetaYear): YearStats {
  const n = y.tMs.length;
  const [betaMinDeg, betaMaxDeg] = range(y.betaDeg, n);
  const [eclipseMinMin, eclipseMaxMin] = range(y.eclipseMin, n);
  let free = 0;
  for (let k = 0; k < n; k++) if (y.eclipseMin[k] <= 0) free++;
  return { betaMinDeg, betaMaxDeg, eclipseMinMin, eclipseMaxMin, eclipseFreeDays: free };
}
