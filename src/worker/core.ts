/**
 * The full core behind the worker protocol: {@link PropagationCore} (load, keyframes, tracks) plus
 * budgets, node series, links, route series and burden energy. The budget and link workers
 * (src/worker/core.worker.ts) and the main-thread fallback run it; the propagation worker runs
 * only {@link PropagationCore}, so none of this is in the download before the first frame. Pure
 * (no DOM, no worker globals) so the workers, the fallback and Node tests run exactly this code.
 */
import { satrecEpochMs } from '../sim/keyframes';
// The full core (budget and link workers, the main-thread fallback) validates any scenario at once.
import '../scenario/elementSetSupport';
import { parseGroundStations } from '../scenario/validate';
import { CF_A_KM, CF_INC_RAD, CF_RAAN_RAD, CF_STRIDE, RATE_STRIDE } from '../sim/closedForm';
import { DATA_TEXTURE_WIDTH, dataTextureRows } from '../sim/dataTexture';
import { BUDGET_FLOATS_PER_NODE, LINK_DRAW_MAX, type WorkerRequest, type WorkerResponse } from './protocol';
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
import { PropagationCore } from './propagationCore';

export { requestShapeProblem, type Keyframer } from './propagationCore';

/** Most nodes whose budgets are integrated; larger scenarios budget every k-th satellite. */
export const BUDGET_MAX_NODES = 100_000;
const DAY_MS = 86400000;

/** Most satellite positions one route series may compute (samples × satellites); fewer samples for huge scenarios. */
export const MAX_ROUTE_SERIES_STATES = 8_000_000;

/** Answers every request of the protocol (src/worker/protocol.ts). */
export class WorkerCore extends PropagationCore {
  private budget: { runner: BudgetRunner; stride: number } | null = null;
  private linksConfig: LinksConfig | null = null;
  private network: LinkNetwork | null = null;
  /** The stations the network holds, as JSON, to notice a changed list. */
  private stationsKey = '';
  /** The loaded scenario's year of compute energy, once computed (it depends on the satellites only). */
  private burden: BurdenEnergy | null = null;

  protected override answer(req: WorkerRequest): WorkerResponse {
    switch (req.type) {
      case 'load': {
        const reply = super.answer(req);
        if (reply.type === 'loaded') {
          // A new scenario: everything derived from the previous one goes.
          this.budget = null;
          this.burden = null;
          this.network = null;
          this.stationsKey = '';
          this.linksConfig = reply.meta.links;
        }
        return reply;
      }
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
      default:
        return super.answer(req);
    }
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
}
