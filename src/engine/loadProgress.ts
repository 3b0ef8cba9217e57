/**
 * Where a scenario load stands (docs/engine-api.md, the `progress` event): the stages from
 * navigation to the first frame, each with a fraction for a progress bar and a Performance mark
 * (`load:<stage>`, visible in DevTools and to the benchmark) so the time between stages can be traced.
 */

/** The stages of a load, in order. */
export const LOAD_STAGES = ['workers', 'building', 'propagating', 'firstFrame', 'ready'] as const;
export type LoadStage = (typeof LOAD_STAGES)[number];

/** How far along the bar each stage starts (0…1): building a million satellites is the long part. */
export const STAGE_FRACTION: Record<LoadStage, number> = {
  workers: 0.05,
  building: 0.15,
  propagating: 0.6,
  firstFrame: 0.75,
  ready: 1,
};

/** One progress report. */
export interface LoadProgress {
  stage: LoadStage;
  /** 0…1, for a progress bar. */
  fraction: number;
  /** Satellites being built or drawn (null while unknown); for `propagating`, the element sets. */
  count: number | null;
}

/**
 * Satellites a raw scenario will expand to, counted without validating it: generated shells
 * (`planes × satsPerPlane`) and shells with a `count`. Null when nothing can be counted (element
 * sets only, not a scenario). Used only to label the progress bar before the core has answered.
 */
export function expectedSatellites(scenario: unknown): number | null {
  const shells = (scenario as { shells?: unknown } | null)?.shells;
  if (!Array.isArray(shells)) return null;
  let total = 0;
  for (const s of shells as Record<string, unknown>[]) {
    if (!s || typeof s !== 'object') continue;
    if (typeof s.planes === 'number' && typeof s.satsPerPlane === 'number')
      total += s.planes * s.satsPerPlane;
    else if (typeof s.count === 'number') total += s.count;
  }
  return total > 0 && Number.isFinite(total) ? total : null;
}

let latest: LoadProgress | null = null;
const subscribers = new Set<() => void>();

/** The last stage any engine reported (the app has one engine): what the loading overlay's bar shows. */
export function latestLoadProgress(): LoadProgress | null {
  return latest;
}

/** Calls `fn` after every stage change; returns the unsubscribe function (for `useSyncExternalStore`). */
export function subscribeLoadProgress(fn: () => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

/**
 * Keeps the current stage; stages only move forward within one load (a late `booted` after the build
 * has started does not move the bar back). {@link start} begins a new load.
 */
export class LoadProgressTracker {
  private current: LoadProgress | null = null;

  constructor(private readonly onChange: (p: LoadProgress) => void) {}

  /** The stage now, or null before the first load. */
  get progress(): LoadProgress | null {
    return this.current;
  }

  /** A new load starts at `stage`. */
  start(stage: LoadStage, count: number | null): void {
    this.current = null;
    this.set(stage, count);
  }

  /** Moves to `stage` if it is later than the current one; returns whether it moved. */
  set(stage: LoadStage, count: number | null): boolean {
    if (this.current && LOAD_STAGES.indexOf(stage) <= LOAD_STAGES.indexOf(this.current.stage)) return false;
    this.current = { stage, fraction: STAGE_FRACTION[stage], count };
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
      performance.mark(`load:${stage}`);
    latest = this.current;
    for (const fn of [...subscribers]) fn();
    this.onChange(this.current);
    return true;
  }
}
