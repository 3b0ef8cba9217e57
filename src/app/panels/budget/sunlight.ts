/**
 * Sunlight state of the selected node: sunlit / penumbra / umbra from the root-found eclipse events
 * (exact to ≤ 0.1 s, src/sim/eclipse.ts), not from the 30 s samples, so the state flips at the right
 * moment; and the shadow intervals inside a window, for shading the charts.
 */
import type { EclipseEvent } from '../../../sim/eclipse';
import { sunlightFromShadow, type SunlightState } from '../../../sim/shadow';

export type { SunlightState };

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
export const stateFromShadow = sunlightFromShadow;

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
