/** Main-thread milliseconds per frame (JS + draw submission), measured by the app's own frame loop. */
const CAP = 4096;
const samples = new Float64Array(CAP);
let count = 0;
let frameStart = 0;

/** Marks the start of a frame's work (first useFrame callback). */
export function frameBegin(): void {
  frameStart = performance.now();
}

/** Marks the end of a frame's work (after gl.render) and records it. */
export function frameEnd(): void {
  samples[count % CAP] = performance.now() - frameStart;
  count++;
}

/** Median, 95th percentile and mean of the recorded frames since the last reset. */
export function frameStats(): { count: number; medianMs: number; p95Ms: number; meanMs: number } {
  const n = Math.min(count, CAP);
  if (n === 0) return { count: 0, medianMs: 0, p95Ms: 0, meanMs: 0 };
  const s = Array.from(samples.subarray(0, n)).sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / n;
  return {
    count,
    medianMs: s[Math.floor(n / 2)],
    p95Ms: s[Math.min(n - 1, Math.floor(n * 0.95))],
    meanMs: mean,
  };
}

export function resetFrameStats(): void {
  count = 0;
}
