/**
 * The propagation core behind the worker protocol: validates and expands scenarios, computes SGP4
 * keyframe windows and orbit tracks. Pure (no DOM, no worker globals) so the worker, the
 * main-thread fallback and Node tests run exactly this code.
 */
import { sgp4, type SatRec } from 'satellite.js';
import { issueCount, parseGroundStations, parseScenario } from '../scenario/validate';
import { expandScenario } from '../scenario/expand';
import type { ExpandedScenario } from '../scenario/types';
import { CF_A_KM, CF_INC_RAD, CF_RAAN_RAD, CF_STRIDE, closedFormState, RATE_STRIDE } from '../sim/closedForm';
import { computeKeyframes, satrecEpochMs, type KeyframeWindow } from '../sim/keyframes';
import { DATA_TEXTURE_WIDTH, dataTextureRows } from '../sim/dataTexture';
import { eciToEcefInPlace } from '../sim/frames';
import { gmstRad } from '../sim/time';
import {
  BUDGET_FLOATS_PER_NODE,
  LINK_DRAW_MAX,
  MAX_KEYFRAME_STATES,
  type ConstellationMeta,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { LinkNetwork } from '../scenario/linkNetwork';
import type { LinksConfig } from '../scenario/schema';
import { budgetWarmupS, sampleNodes, scenarioPositions, shellIndexOf } from '../scenario/positions';
import { BudgetRunner } from '../sim/budgetRunner';
import { packParams } from '../sim/nodeParams';
import { computeNodeSeries } from '../sim/nodeSeries';
import { betaOverYear } from '../sim/beta';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { fibreTimeMs } from '../sim/linkGeometry';
import { scenarioBurdenEnergy } from '../scenario/burdenEnergy';
import type { BurdenEnergy } from '../sim/burden';
import { msg as message } from '../scenario/messages';

/** Most nodes whose budgets are integrated; larger scenarios budget every k-th satellite. */
export const BUDGET_MAX_NODES = 100_000;
const DAY_MS = 86400000;

/** Most satellite positions one route series may compute (samples × satellites); fewer samples for huge scenarios. */
export const MAX_ROUTE_SERIES_STATES = 8_000_000;

/** A faster keyframe engine with the same output as {@link computeKeyframes} (the worker injects WASM). */
export interface Keyframer {
  compute(satrecs: readonly SatRec[], startMs: number, stepS: number, count: number): KeyframeWindow;
}

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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why `msg` is not a request the core knows (null: it is one). Field types are checked by each handler. */
export function requestShapeProblem(msg: unknown): string | null {
  if (!isObject(msg)) return 'A request must be an object.';
  if (typeof msg.seq !== 'number' || !Number.isFinite(msg.seq)) return 'A request needs a numeric seq.';
  if (typeof msg.type !== 'string' || !REQUEST_TYPES.has(msg.type)) {
    const t = typeof msg.type === 'string' ? `“${msg.type.slice(0, 40)}”` : 'none';
    return `Unknown request type ${t}; known: ${[...REQUEST_TYPES].join(', ')}.`;
  }
  return null;
}

export class WorkerCore {
  private expanded: ExpandedScenario | null = null;
  private name = '';
  private budget: { runner: BudgetRunner; stride: number } | null = null;
  private linksConfig: LinksConfig | null = null;
  private network: LinkNetwork | null = null;
  /** The stations the network holds, as JSON, to notice a changed list. */
  private stationsKey = '';
  /** The loaded scenario's year of compute energy, once computed (it depends on the satellites only). */
  private burden: BurdenEnergy | null = null;

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
      switch (req.type) {
        case 'load':
          return this.load(req.seq, req.scenario);
        case 'keyframes':
          return this.keyframes(req);
        case 'track':
          return this.track(req);
        case 'budgets':
          return this.budgets(req);
        case 'nodeSeries':
          return this.nodeSeries(req);
        case 'links':
          return this.links(req);
        case 'routeSeries':
          return this.routeSeries(req);
        case 'burdenEnergy':
          return this.burdenEnergy(req.seq);
      }
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
    this.budget = null;
    this.burden = null;
    this.network = null;
    this.stationsKey = '';
    this.linksConfig = parsed.scenario.links;
    this.name = parsed.scenario.name;
    const cf = ex.closedForm;
    const meta: ConstellationMeta = {
      name: this.name,
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

  private budgets(req: Extract<WorkerRequest, { type: 'budgets' }>): WorkerResponse {
    const ex = this.requireLoaded();
    const t0 = performance.now();
    if (!this.budget) {
      const stride = Math.max(1, Math.ceil(ex.total / BUDGET_MAX_NODES));
      const nodes = sampleNodes(ex.total, stride);
      const runner = new BudgetRunner({
        packed: packParams(ex.shells.map((s) => s.node)),
        paramIndexOf: shellIndexOf(ex, nodes),
        n: nodes.length,
        positionsAt: scenarioPositions(ex, nodes),
        stepS: 60,
        warmupS: budgetWarmupS(ex),
      });
      this.budget = { runner, stride };
    }
    const { runner, stride } = this.budget;
    const { restarted } = runner.advanceTo(req.tMs);
    const o = runner.out;
    // One RGBA32F texel per node, padded to whole rows of the data texture, so the GPU takes it without a copy.
    const values = new Float32Array(dataTextureRows(runner.n) * DATA_TEXTURE_WIDTH * BUDGET_FLOATS_PER_NODE);
    for (let i = 0; i < runner.n; i++) {
      values[i * BUDGET_FLOATS_PER_NODE] = o.socFraction[i];
      values[i * BUDGET_FLOATS_PER_NODE + 1] = o.tempK[i];
      values[i * BUDGET_FLOATS_PER_NODE + 2] = o.computeAvailable[i];
      values[i * BUDGET_FLOATS_PER_NODE + 3] = o.powerGenW[i] - o.loadW[i];
    }
    const totals = runner.totals(stride);
    // Report hottest/coldest as global satellite indices.
    totals.hottest.node *= stride;
    totals.coldest.node *= stride;
    return {
      type: 'budgets',
      seq: req.seq,
      tMs: runner.timeMs,
      stride,
      values,
      limitedBy: o.limitedBy.slice(),
      totals,
      restarted,
      computeMs: performance.now() - t0,
    };
  }

  private nodeSeries(req: Extract<WorkerRequest, { type: 'nodeSeries' }>): WorkerResponse {
    const ex = this.requireLoaded();
    if (!(req.index >= 0 && req.index < ex.total)) throw new Error(`no satellite with index ${req.index}`);
    const cf = ex.closedForm;
    const shellIndex =
      req.index < cf.count ? ex.closedFormShell[req.index] : ex.sgp4Shell[req.index - cf.count];
    const params = ex.shells[shellIndex].node;
    const positions = scenarioPositions(ex, Uint32Array.of(req.index));
    const positionAt = (t: number, out: Float64Array) => {
      positions(t, out);
      return Number.isFinite(out[0]);
    };
    let periodS: number;
    let orbit: Parameters<typeof betaOverYear>[0];
    if (req.index < cf.count) {
      const g = cf.group[req.index] * RATE_STRIDE;
      const b = req.index * CF_STRIDE;
      periodS = (2 * Math.PI) / (cf.rates[g + 1] + cf.rates[g + 2]);
      orbit = {
        altitudeKm: cf.elements[b + CF_A_KM] - EARTH_RADIUS_KM,
        inclinationRad: cf.elements[b + CF_INC_RAD],
        raanRad: cf.elements[b + CF_RAAN_RAD],
        raanDotRadS: cf.rates[g],
        epochMs: cf.epochMs,
      };
    } else {
      const rec = ex.satrecs[req.index - cf.count];
      periodS = (2 * Math.PI * 60) / rec.no;
      orbit = {
        altitudeKm: rec.a * EARTH_RADIUS_KM - EARTH_RADIUS_KM,
        inclinationRad: rec.inclo,
        raanRad: rec.nodeo,
        raanDotRadS: rec.nodedot / 60,
        epochMs: satrecEpochMs(rec),
      };
    }
    const span = Math.max(1, Math.min(4, req.orbitsEachSide)) * periodS * 1000;
    const warmupS = Math.min(12 * 3600, Math.max(3 * 3600, 2 * periodS));
    const series = computeNodeSeries(
      params,
      positionAt,
      req.centerMs - span,
      req.centerMs + span,
      periodS > 20000 ? 120 : 30,
      warmupS,
    );
    const beta = betaOverYear(orbit, req.centerMs - 182 * DAY_MS, 365, 1);
    return {
      type: 'nodeSeries',
      seq: req.seq,
      index: req.index,
      startMs: series.startMs,
      stepS: series.stepS,
      count: series.count,
      fields: series.fields,
      events: series.events,
      periodS,
      year: {
        tMs: beta.tMs,
        betaDeg: Float32Array.from(beta.betaRad, (r) => (r * 180) / Math.PI),
        eclipseMin: Float32Array.from(beta.eclipseMin),
      },
    };
  }

  /** The link network of the loaded scenario with `stations` (validated again: they come from the UI). */
  private networkWith(stations: unknown): LinkNetwork {
    const ex = this.requireLoaded();
    this.network ??= new LinkNetwork(ex, this.linksConfig!);
    const key = JSON.stringify(stations ?? []);
    if (key !== this.stationsKey) {
      const parsed = parseGroundStations(stations ?? []);
      if (!parsed.ok)
        throw new Error(message('engine.invalidStations', { reason: parsed.issues.join('; ') }));
      this.network.setStations(parsed.stations);
      this.stationsKey = key;
    }
    return this.network;
  }

  private links(req: Extract<WorkerRequest, { type: 'links' }>): WorkerResponse {
    const t0 = performance.now();
    if (!Number.isFinite(req.tMs)) throw new Error(`links: tMs must be a time in ms, got ${req.tMs}`);
    const net = this.networkWith(req.stations);
    const counts = net.update(req.tMs);
    const selected =
      Number.isInteger(req.selected) && req.selected >= 0 && req.selected < net.n ? req.selected : -1;
    const draw = net.drawSet(selected, LINK_DRAW_MAX);
    const stationsInView = net.stationsInView.slice();
    let route = null;
    let routeError: string | null = null;
    if (req.route) {
      routeError = net.checkEnd(req.route.from) ?? net.checkEnd(req.route.to);
      if (!routeError) route = net.route(req.route.from, req.route.to);
    }
    return {
      type: 'links',
      seq: req.seq,
      tMs: req.tMs,
      selected,
      counts,
      draw,
      stationsInView,
      selectedLinks: selected >= 0 ? net.linksOf(selected) : null,
      route,
      routeError,
      computeMs: performance.now() - t0,
    };
  }

  private routeSeries(req: Extract<WorkerRequest, { type: 'routeSeries' }>): WorkerResponse {
    const t0 = performance.now();
    const net = this.networkWith(req.stations);
    if (!(
      Number.isFinite(req.startMs) &&
      Number.isFinite(req.stepS) &&
      req.stepS > 0 &&
      Number.isInteger(req.count) &&
      req.count >= 2 &&
      req.count <= 2000
    )) {
      throw new Error(
        `cannot chart the route: startMs must be a time, stepS > 0 s and count a whole number of samples from 2 to 2000 (got ${req.startMs}, ${req.stepS}, ${req.count})`,
      );
    }
    const problem = net.checkEnd(req.from) ?? net.checkEnd(req.to);
    if (problem) throw new Error(`cannot chart the route: ${problem}`);
    const span = Math.max(0, req.stepS) * Math.max(0, Math.floor(req.count) - 1);
    const count = Math.max(
      2,
      Math.min(Math.floor(req.count), 2000, Math.floor(MAX_ROUTE_SERIES_STATES / Math.max(1, net.n))),
    );
    const stepS = span / (count - 1);
    const latencyMs = new Float32Array(count);
    const pathKm = new Float32Array(count);
    const hops = new Uint16Array(count);
    for (let k = 0; k < count; k++) {
      net.advance(req.startMs + k * stepS * 1000);
      const r = net.route(req.from, req.to);
      latencyMs[k] = r ? r.latencyMs : NaN;
      pathKm[k] = r ? r.pathKm : NaN;
      hops[k] = r ? Math.min(65535, r.hops) : 0;
    }
    const fibreMs =
      'station' in req.from && 'station' in req.to
        ? fibreTimeMs(net.fibreKm(req.from.station, req.to.station))
        : null;
    return {
      type: 'routeSeries',
      seq: req.seq,
      from: req.from,
      to: req.to,
      startMs: req.startMs,
      stepS,
      count,
      latencyMs,
      pathKm,
      hops,
      fibreMs,
      computeMs: performance.now() - t0,
    };
  }

  private burdenEnergy(seq: number): WorkerResponse {
    const ex = this.requireLoaded();
    const t0 = performance.now();
    this.burden ??= scenarioBurdenEnergy(ex);
    return {
      type: 'burdenEnergy',
      seq,
      ...this.burden,
      shells: this.burden.shells.map((s) => ({ ...s })),
      computeMs: performance.now() - t0,
    };
  }

  private requireLoaded(): ExpandedScenario {
    if (!this.expanded) throw new Error('no scenario loaded yet');
    return this.expanded;
  }
}
