/**
 * Plays presenter-tour steps through the Engine API (docs/engine-api.md, "Tours"): a step's
 * selection, colour mode, layers and route apply at once; time runs to the step's instant (the
 * warp raised so the clock gets there in about `runMs` of wall time, then an exact seek), and the
 * camera then flies to the step's camera with easing over `flyMs`. With reduced motion the whole
 * view applies at once. A new step cancels the one still moving. No React, no DOM.
 */
import type { ViewState } from '../scenario/viewState';
import { MAX_WARP } from './api';

/** What the player needs of the engine (the Engine implements it). */
export interface TourEngine {
  getView(): ViewState;
  applyView(view: ViewState, opts?: { durationMs?: number }): void;
}

export interface TourTiming {
  /** Wall ms time takes to run to a step's instant. */
  runMs: number;
  /** Wall ms the camera takes to fly to a step's camera. */
  flyMs: number;
  /** Jump instead of moving (the user prefers reduced motion). */
  reducedMotion: boolean;
}

/** Default timing: 1.6 s of running time, then a 1.2 s flight. */
export const TOUR_TIMING: TourTiming = { runMs: 1600, flyMs: 1200, reducedMotion: false };

/** A time difference under this many simulated ms is a seek, not a run. */
const RUN_THRESHOLD_MS = 1000;

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * The warp (simulated ms per wall ms) that brings the clock from `fromMs` to `toMs` in `runMs` of wall time, held to the
 * engine's limit (the last stretch is then a seek).
 */
export function runWarp(fromMs: number, toMs: number, runMs: number): number {
  const w = (toMs - fromMs) / Math.max(1, runMs);
  return Math.max(-MAX_WARP, Math.min(MAX_WARP, w));
}

export class TourPlayer {
  private timer: unknown = null;
  private finish: (() => void) | null = null;
  private seq = 0;
  /** Warp and play state from before the step that is running (restored by a cancel). */
  private base: { warp?: number; playing?: boolean } = {};

  constructor(
    private readonly engine: TourEngine,
    private readonly timers: Timers = realTimers,
  ) {}

  /** A step is still moving (time running or about to fly). */
  get moving(): boolean {
    return this.timer !== null;
  }

  /**
   * Shows `view` (a tour step's, src/scenario/tour.ts tourStepView); resolves once it is in place
   * (time exact, camera flight started). Warp and play state the step does not name are those from
   * before the step.
   */
  goTo(view: ViewState, timing: TourTiming = TOUR_TIMING): Promise<void> {
    const running = this.timer !== null;
    this.stop();
    const seq = ++this.seq;
    const { timeMs, warp, playing, camera, ...rest } = view;
    const now = this.engine.getView();
    if (!running) this.base = { warp: now.warp, playing: now.playing };
    if (Object.keys(rest).length) this.engine.applyView(rest);
    const after: ViewState = {
      ...(timeMs !== undefined ? { timeMs } : {}),
      warp: warp ?? this.base.warp,
      playing: playing ?? this.base.playing,
      ...(camera !== undefined ? { camera } : {}),
    };
    const runs =
      !timing.reducedMotion &&
      timeMs !== undefined &&
      now.timeMs !== undefined &&
      Math.abs(timeMs - now.timeMs) >= RUN_THRESHOLD_MS;
    if (!runs) {
      this.engine.applyView(after, { durationMs: timing.reducedMotion ? 0 : timing.flyMs });
      return Promise.resolve();
    }
    this.engine.applyView({ warp: runWarp(now.timeMs!, timeMs!, timing.runMs), playing: true });
    return new Promise<void>((resolve) => {
      this.finish = resolve;
      this.timer = this.timers.set(() => {
        this.timer = null;
        this.finish = null;
        if (seq === this.seq) this.engine.applyView(after, { durationMs: timing.flyMs });
        resolve();
      }, timing.runMs);
    });
  }

  /** Stops a step that is still moving where it is, with the warp and play state from before it. */
  cancel(): void {
    const running = this.timer !== null;
    this.stop();
    if (running) this.engine.applyView({ warp: this.base.warp, playing: this.base.playing });
  }

  private stop(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const f = this.finish;
    this.finish = null;
    f?.();
  }
}
