/**
 * Keeps an SGP4 keyframe window around the simulated time for real element sets: asks the
 * propagation worker for the next window before the current one runs out (mostly ahead in time's
 * direction), so the GPU always has keyframes to interpolate between. A window the worker cannot
 * hold (satellites × keyframes over its limit) is planned coarser and shorter instead of being
 * asked for again and again, and the user is told.
 */
import { KF_STEP_S } from '../sim/keyframeLayout';
import { sceneData } from '../scene/sceneData';
import { MAX_KEYFRAME_STATES, type WorkerResponse } from '../worker/protocol';
import type { CoreClient } from '../worker/client';
import { RequestLoop } from './requestLoop';
import { engineMsg } from '../scenario/engineMessages';

/** Keyframe window length wanted: at least 2 h, or 8 wall seconds at the current warp, at most 1 day. */
export function keyframeSpanS(warp: number): number {
  return Math.min(86400, Math.max(7200, Math.abs(warp) * 8));
}

/** Coarsest keyframe step the planner uses before shortening the window, s (Hermite error grows with the step). */
export const MAX_KF_STEP_S = 4 * KF_STEP_S;

/** A keyframe window the worker can compute. */
export interface KeyframePlan {
  stepS: number;
  count: number;
  spanS: number;
  /** The plan is coarser or shorter than wanted (too many satellites for the worker's limit). */
  reduced: boolean;
  /** No window fits at all (even two keyframes exceed the limit). */
  impossible: boolean;
}

/**
 * The window for `satellites` element sets at `warp`: the wanted span at the 240 s step; when
 * satellites × keyframes would exceed `limit`, the step is doubled up to {@link MAX_KF_STEP_S} and
 * then the span shortened until it fits (at least two keyframes).
 */
export function planKeyframeWindow(
  satellites: number,
  warp: number,
  limit = MAX_KEYFRAME_STATES,
): KeyframePlan {
  const wantS = keyframeSpanS(warp);
  const fits = (count: number) => count * satellites <= limit;
  let stepS = KF_STEP_S;
  let count = Math.ceil(wantS / stepS) + 1;
  while (!fits(count) && stepS < MAX_KF_STEP_S) {
    stepS *= 2;
    count = Math.ceil(wantS / stepS) + 1;
  }
  const reduced = stepS !== KF_STEP_S || !fits(count);
  if (!fits(count)) count = Math.floor(limit / Math.max(1, satellites));
  const impossible = count < 2;
  return { stepS, count: Math.max(2, count), spanS: (Math.max(2, count) - 1) * stepS, reduced, impossible };
}

type KeyframesReply = Extract<WorkerResponse, { type: 'keyframes' }>;

export interface KeyframeSyncEvents {
  /** New keyframes were written to the scene. */
  changed(): void;
  /** Something the user should read (a failure, a coarser window, satellites that cannot be drawn). */
  notify(kind: 'error' | 'info', text: string): void;
}

export class KeyframeSync {
  private window: { startMs: number; endMs: number } | null = null;
  private satellites = 0;
  private toldReduced = false;
  private toldFailed = false;
  /** Satellites that could not be propagated in the last window (told once per change). */
  private lastFailed = 0;
  readonly loop: RequestLoop<{ startMs: number; stepS: number; count: number }, KeyframesReply>;
  stats = {
    lastComputeMs: 0,
    satStatesPerS: 0,
    runtime: 'js' as 'js' | 'wasm',
    plan: null as KeyframePlan | null,
  };

  constructor(
    client: CoreClient,
    private readonly warp: () => number,
    private readonly events: KeyframeSyncEvents,
    wallMs?: () => number,
  ) {
    this.loop = new RequestLoop({
      send: (q) => client.request({ type: 'keyframes', ...q }),
      apply: (r) => this.onKeyframes(r),
      fail: (e) => this.events.notify('error', engineMsg('propagationFailed', { reason: e.message })),
      computeMs: (r) => r.computeMs,
      // A window is computed at most half of the worker's time, so a huge set cannot spin it.
      workShare: 0.5,
      wallMs,
    });
  }

  /** A scenario with `satellites` element sets was loaded: drop the old window and any reply for it. */
  reset(satellites: number): void {
    this.satellites = satellites;
    this.window = null;
    this.toldReduced = false;
    this.toldFailed = false;
    this.lastFailed = 0;
    this.loop.invalidate();
  }

  /** The window covers the scene now. */
  get ready(): boolean {
    return this.satellites === 0 || !!sceneData.keyframes;
  }

  /** Called every frame: asks for the next window when time nears the edge of this one. */
  tick(simMs: number): void {
    if (this.satellites === 0 || this.loop.busy) return;
    const warp = this.warp();
    const plan = planKeyframeWindow(this.satellites, warp);
    if (plan.impossible) {
      if (!this.toldFailed) {
        this.toldFailed = true;
        this.events.notify(
          'error',
          engineMsg('tooManyElementSets', {
            n: this.satellites.toLocaleString('en-US'),
            max: MAX_KEYFRAME_STATES.toLocaleString('en-US'),
          }),
        );
      }
      return;
    }
    const w = this.window;
    const margin = plan.spanS * 1000 * 0.35;
    if (w && simMs >= w.startMs + (warp < 0 ? margin : 0) && simMs <= w.endMs - (warp >= 0 ? margin : 0))
      return;
    if (plan.reduced && !this.toldReduced) {
      this.toldReduced = true;
      this.events.notify(
        'info',
        engineMsg('coarseKeyframes', {
          n: this.satellites.toLocaleString('en-US'),
          warp: Math.abs(warp).toLocaleString('en-US'),
          step: plan.stepS / 60,
          span: (plan.spanS / 3600).toFixed(1),
          max: MAX_KEYFRAME_STATES.toLocaleString('en-US'),
        }),
      );
    }
    this.loop.ask(() => {
      const lead = warp >= 0 ? 0.15 : 0.85; // most of the window ahead of time's direction
      const stepMs = plan.stepS * 1000;
      const startMs = Math.floor((simMs - lead * plan.spanS * 1000) / stepMs) * stepMs;
      return { startMs, stepS: plan.stepS, count: plan.count };
    });
  }

  private onKeyframes(r: KeyframesReply): void {
    sceneData.keyframes = {
      startMs: r.startMs,
      stepS: r.stepS,
      count: r.count,
      satCount: r.satCount,
      data: r.data,
      status: r.status,
    };
    sceneData.keyframesVersion++;
    this.window = { startMs: r.startMs, endMs: r.startMs + (r.count - 1) * r.stepS * 1000 };
    this.stats.lastComputeMs = r.computeMs;
    this.stats.runtime = r.runtime;
    this.stats.satStatesPerS = r.computeMs > 0 ? (r.count * r.satCount) / (r.computeMs / 1000) : 0;
    this.events.changed();
    let failed = 0;
    for (let i = 0; i < r.status.length; i++) if (r.status[i] !== 0) failed++;
    if (failed > 0 && failed !== this.lastFailed) {
      this.events.notify(
        'info',
        failed === 1 ? engineMsg('decayedOne') : engineMsg('decayed', { n: failed.toLocaleString('en-US') }),
      );
    }
    this.lastFailed = failed;
  }
}
