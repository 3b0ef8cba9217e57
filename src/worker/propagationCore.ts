/**
 * The propagation half of the worker protocol: validates and expands scenarios, computes SGP4
 * keyframe windows and orbit tracks — the only requests the propagation worker gets, the one
 * fetched before the first frame (src/worker/propagation.worker.ts). Budgets, links, routes and
 * burden live in {@link WorkerCore} (src/worker/core.ts), which extends this class, so this file
 * must not import them: the propagation worker's download is what this file pulls in. Pure (no
 * DOM, no worker globals) so the workers, the main-thread fallback and Node tests run this code.
 */
import { sgp4, type SatRec } from 'satellite.js';
import { issueCount, parseScenario } from '../scenario/validate';
import { expandScenario } from '../scenario/expand';
import type { ExpandedScenario } from '../scenario/types';
import { closedFormState, RATE_STRIDE } from '../sim/closedForm';
import { computeKeyframes, satrecEpochMs, type KeyframeWindow } from '../sim/keyframes';
import { eciToEcefInPlace } from '../sim/frames';
import { gmstRad } from '../sim/time';
import {
  MAX_KEYFRAME_STATES,
  type ConstellationMeta,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { msg as message } from '../scenario/messages';

/** A faster keyframe engine with the same output as {@link computeKeyframes} (the worker injects WASM). */
export interface Keyframer {
  compute(satrecs: readonly SatRec[], startMs: number, stepS: number, count: number): KeyframeWindow;
}

/** Every request type of the protocol (src/worker/protocol.ts), whichever core answers it. */
const REQUEST_TYPES: ReadonlySet<string> = new Set<WorkerRequest['type']>([
  'load',
  'keyframes',
  'track',
  'budgets',
  'nodeSeries',
  'links',
  'routeSeries',
  'burdenEnergy',
]);

/** The request types {@link PropagationCore} answers itself. */
export const PROPAGATION_REQUEST_TYPES: readonly WorkerRequest['type'][] = ['load', 'keyframes', 'track'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `msg` is not a request of the protocol (null: it is one). Field types are checked by each handler. */
export function requestShapeProblem(msg: unknown): string | null {
  if (!isObject(msg)) return 'A request must be an object.';
  if (typeof msg.seq !== 'number' || !Number.isFinite(msg.seq)) return 'A request needs a numeric seq.';
  if (typeof msg.type !== 'string' || !REQUEST_TYPES.has(msg.type)) {
    const t = typeof msg.type === 'string' ? `“${msg.type.slice(0, 40)}”` : 'none';
    return `Unknown request type ${t}; known: ${[...REQUEST_TYPES].join(', ')}.`;
  }
  return null;
}

/** Answers `load`, `keyframes` and `track`; any other request of the protocol gets an `error` reply naming it. */
export class PropagationCore {
  private expanded: ExpandedScenario | null = null;

  /** `keyframer`: used when given; if it throws (memory cap), plain-JS SGP4 computes the window. */
  constructor(private readonly keyframer: Keyframer | null = null) {}

  /**
   * Handles one request; never throws: failures, and messages that are not a known request (no
   * object, no numeric `seq`, an unknown `type`), become `error` replies (seq −1 when it had none).
   */
  handle(msg: WorkerRequest | unknown): WorkerResponse {
    const problem = requestShapeProblem(msg);
    if (problem) {
      const seq = isObject(msg) && typeof msg.seq === 'number' ? msg.seq : -1;
      const type = isObject(msg) && typeof msg.type === 'string' ? msg.type.slice(0, 40) : '?';
      return { type: 'error', seq, request: type, message: problem, issues: [] };
    }
    const req = msg as WorkerRequest;
    try {
      return this.answer(req);
    } catch (err) {
      return {
        type: 'error',
        seq: req.seq,
        request: req.type,
        message: err instanceof Error ? err.message : String(err),
        issues: [],
      };
    }
  }

  /** The reply to a well-formed request; throws on failure. Subclasses answer more types, then call this. */
  protected answer(req: WorkerRequest): WorkerResponse {
    switch (req.type) {
      case 'load':
        return this.load(req.seq, req.scenario);
      case 'keyframes':
        return this.keyframes(req);
      case 'track':
        return this.track(req);
      default:
        throw new Error(
          `the propagation worker answers only ${PROPAGATION_REQUEST_TYPES.join(', ')}, not “${req.type}”`,
        );
    }
  }

  /** The loaded scenario, expanded; throws before the first successful load. */
  protected requireLoaded(): ExpandedScenario {
    if (!this.expanded) throw new Error('no scenario loaded yet');
    return this.expanded;
  }

  private load(seq: number, input: unknown): WorkerResponse {
    const t0 = performance.now();
    const parsed = parseScenario(input);
    if (!parsed.ok) {
      const n = issueCount(parsed.issues);
      return {
        type: 'error',
        seq,
        request: 'load',
        message:
          n === 1
            ? message('engine.invalidScenarioOne')
            : message('engine.invalidScenario', { n: n.toLocaleString('en-US') }),
        issues: parsed.issues,
      };
    }
    const ex = expandScenario(parsed.scenario);
    this.expanded = ex;
    const cf = ex.closedForm;
    const meta: ConstellationMeta = {
      name: parsed.scenario.name,
      epochMs: ex.epochMs,
      total: ex.total,
      shells: ex.shells,
      closedFormCount: cf.count,
      sgp4Count: ex.satrecs.length,
      warnings: ex.warnings,
      links: parsed.scenario.links,
      groundStations: parsed.scenario.groundStations,
      view: parsed.scenario.view,
      tour: parsed.scenario.tour,
    };
    // Copies: the originals stay here for tracks, the copies are transferred away.
    return {
      type: 'loaded',
      seq,
      meta,
      closedForm: {
        count: cf.count,
        epochMs: cf.epochMs,
        elements: cf.elements.slice(),
        group: cf.group.slice(),
        rates: cf.rates.slice(),
        shell: ex.closedFormShell.slice(),
      },
      sgp4Shell: ex.sgp4Shell.slice(),
      computeMs: performance.now() - t0,
    };
  }

  private keyframes(req: Extract<WorkerRequest, { type: 'keyframes' }>): WorkerResponse {
    const ex = this.requireLoaded();
    const n = ex.satrecs.length;
    if (!(req.count >= 2 && req.count * n <= MAX_KEYFRAME_STATES && req.stepS > 0)) {
      throw new Error(
        `keyframe window of ${req.count} × ${n} states is outside the limit of ${MAX_KEYFRAME_STATES}`,
      );
    }
    const t0 = performance.now();
    let w: KeyframeWindow | null = null;
    let runtime: 'js' | 'wasm' = 'js';
    if (this.keyframer && n > 0) {
      try {
        w = this.keyframer.compute(ex.satrecs, req.startMs, req.stepS, req.count);
        runtime = 'wasm';
      } catch {
        w = null;
      }
    }
    w ??= computeKeyframes(ex.satrecs, req.startMs, req.stepS, req.count);
    return {
      type: 'keyframes',
      seq: req.seq,
      startMs: w.startMs,
      stepS: w.stepS,
      count: w.count,
      satCount: n,
      data: w.data,
      status: w.status,
      computeMs: performance.now() - t0,
      runtime,
    };
  }

  private track(req: Extract<WorkerRequest, { type: 'track' }>): WorkerResponse {
    const ex = this.requireLoaded();
    const cf = ex.closedForm;
    const points = Math.max(16, Math.min(2048, Math.floor(req.points)));
    if (!(req.index >= 0 && req.index < ex.total)) throw new Error(`no satellite with index ${req.index}`);
    let periodS: number;
    const state = new Float64Array(6);
    let propagateAt: (tMs: number) => boolean;
    if (req.index < cf.count) {
      const g = cf.group[req.index] * RATE_STRIDE;
      periodS = (2 * Math.PI) / (cf.rates[g + 1] + cf.rates[g + 2]);
      propagateAt = (tMs) => {
        closedFormState(cf, req.index, tMs, state);
        return true;
      };
    } else {
      const rec = ex.satrecs[req.index - cf.count];
      periodS = (2 * Math.PI * 60) / rec.no;
      const epochMs = satrecEpochMs(rec);
      propagateAt = (tMs) => {
        const pv = sgp4(rec, (tMs - epochMs) / 60000);
        if (!pv) return false;
        state[0] = pv.position.x;
        state[1] = pv.position.y;
        state[2] = pv.position.z;
        return true;
      };
    }
    const stepS = periodS / (points - 1);
    const startMs = req.centerMs - (periodS / 2) * 1000;
    const eci = new Float32Array(points * 3);
    const ecef = new Float32Array(points * 3);
    let valid = 0;
    for (let k = 0; k < points; k++) {
      const t = startMs + k * stepS * 1000;
      if (!propagateAt(t)) break;
      eci.set([state[0], state[1], state[2]], k * 3);
      eciToEcefInPlace(state, gmstRad(t));
      ecef.set([state[0], state[1], state[2]], k * 3);
      valid = k + 1;
    }
    return {
      type: 'track',
      seq: req.seq,
      index: req.index,
      startMs,
      stepS,
      eci: eci.subarray(0, valid * 3).slice(),
      ecef: ecef.subarray(0, valid * 3).slice(),
      periodS,
    };
  }
}
