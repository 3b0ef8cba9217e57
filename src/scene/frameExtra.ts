/**
 * Bench only: one optional callback run inside the app's frame, right after the frame's time is set
 * (src/scene/FrameDriver.tsx), so the app's own per-frame measurement (frameStats.ts) includes it.
 * Used by the naive baseline (src/engine/naiveBaseline.ts); null in normal use.
 */
let extra: ((simMs: number) => void) | null = null;

/** Sets (or clears, with null) the per-frame callback. */
export function setFrameExtra(fn: ((simMs: number) => void) | null): void {
  extra = fn;
}

/** Runs the callback, if any, for this frame's simulation time (Unix ms). */
export function runFrameExtra(simMs: number): void {
  if (extra) extra(simMs);
}
