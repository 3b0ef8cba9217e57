import { describe, expect, it } from 'vitest';
import { BUDGET_MAX_NODES, WorkerCore } from './core';
import { BUDGET_FLOATS_PER_NODE, transferables, type WorkerRequest, type WorkerResponse } from './protocol';
import { twoline2satrec } from 'satellite.js';
import { BUILTIN_SCENARIOS, VALLADO_00005_TLE } from '../scenario/builtins';
import { computeKeyframes, KF_STEP_S } from '../sim/keyframes';
import { DATA_TEXTURE_WIDTH } from '../sim/dataTexture';
import { createWasmKeyframer } from '../sim/keyframesWasm';

const scenario = BUILTIN_SCENARIOS['vallado-00005'].build();
const mixed = {
  version: 1,
  name: 'mixed',
  epoch: '2000-06-27T18:50:19Z',
  shells: [
    { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 4, satsPerPlane: 5 },
    ...(scenario.shells as unknown[]),
  ],
};

/** Sends a request through structured cloning with transfer, as postMessage does between threads. */
function viaMessage(core: WorkerCore, req: WorkerRequest): WorkerResponse {
  const reply = core.handle(structuredClone(req));
  return structuredClone(reply, { transfer: transferables(reply) });
}

describe('WorkerCore (the worker and the main-thread fallback run this)', () => {
  it('gives byte-identical replies directly and through message passing', () => {
    const a = new WorkerCore();
    const b = new WorkerCore();
    const loadA = a.handle({ type: 'load', seq: 1, scenario: mixed });
    const loadB = viaMessage(b, { type: 'load', seq: 1, scenario: mixed });
    expect(loadA.type).toBe('loaded');
    if (loadA.type !== 'loaded' || loadB.type !== 'loaded') throw new Error('load failed');
    expect(loadB.closedForm.elements).toEqual(loadA.closedForm.elements);
    expect(loadB.meta.total).toBe(21);
    const req: WorkerRequest = {
      type: 'keyframes',
      seq: 2,
      startMs: Date.UTC(2000, 5, 27, 19),
      stepS: KF_STEP_S,
      count: 10,
    };
    const kA = a.handle(req);
    const kB = viaMessage(b, req);
    if (kA.type !== 'keyframes' || kB.type !== 'keyframes') throw new Error('keyframes failed');
    expect(kA.satCount).toBe(1);
    expect(Buffer.from(kB.data.buffer).equals(Buffer.from(kA.data.buffer))).toBe(true);
    expect(kA.data[3]).toBe(1); // valid texel
  });

  it('with the WASM keyframer (the worker) equals plain JS (the fallback) exactly', async () => {
    const wasm = await createWasmKeyframer();
    try {
      const w = new WorkerCore(wasm);
      const j = new WorkerCore();
      w.handle({ type: 'load', seq: 1, scenario: mixed });
      j.handle({ type: 'load', seq: 1, scenario: mixed });
      const req: WorkerRequest = {
        type: 'keyframes',
        seq: 2,
        startMs: Date.UTC(2000, 5, 28),
        stepS: KF_STEP_S,
        count: 31,
      };
      const rw = w.handle(req);
      const rj = j.handle(req);
      if (rw.type !== 'keyframes' || rj.type !== 'keyframes') throw new Error('keyframes failed');
      expect(rw.runtime).toBe('wasm');
      expect(rj.runtime).toBe('js');
      expect(Buffer.from(rw.data.buffer).equals(Buffer.from(rj.data.buffer))).toBe(true);
      expect(Array.from(rw.status)).toEqual(Array.from(rj.status));
    } finally {
      wasm.dispose();
    }
  });

  it('keyframes equal computeKeyframes on the expanded satrecs', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario });
    const start = Date.UTC(2000, 5, 27, 20);
    const r = core.handle({ type: 'keyframes', seq: 2, startMs: start, stepS: 240, count: 5 });
    if (r.type !== 'keyframes') throw new Error(r.type);
    const [l1, l2] = VALLADO_00005_TLE.trim()
      .split('\n')
      .slice(-2)
      .map((l) => l.trim());
    const direct = computeKeyframes([twoline2satrec(l1, l2)], start, 240, 5);
    expect(Array.from(r.data.subarray(0, 5 * 8))).toEqual(Array.from(direct.data.subarray(0, 5 * 8)));
    expect(Math.hypot(r.data[0], r.data[1], r.data[2])).toBeGreaterThan(6378);
  });

  it('reports every validation problem and keeps the previous scenario', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    const bad = core.handle({
      type: 'load',
      seq: 2,
      scenario: { version: 2, name: 'x', shells: [{ kind: 'walker', altitudeKm: -3 }] },
    });
    expect(bad.type).toBe('error');
    if (bad.type !== 'error') return;
    expect(bad.issues.length).toBeGreaterThanOrEqual(2);
    expect(bad.issues.join('\n')).toMatch(/version/);
    expect(bad.issues.join('\n')).toMatch(/shells\[0\]\.altitudeKm/);
    const track = core.handle({
      type: 'track',
      seq: 3,
      index: 0,
      centerMs: Date.UTC(2000, 5, 28),
      points: 91,
    });
    expect(track.type).toBe('track');
  });

  it('computes a closed orbit track of one period for a generated satellite', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    const r = core.handle({ type: 'track', seq: 2, index: 0, centerMs: Date.UTC(2000, 5, 28), points: 181 });
    if (r.type !== 'track') throw new Error(r.type);
    expect(r.periodS / 60).toBeCloseTo(95.6, 0);
    const n = r.eci.length / 3;
    expect(n).toBe(181);
    const gap = Math.hypot(
      r.eci[0] - r.eci[(n - 1) * 3],
      r.eci[1] - r.eci[(n - 1) * 3 + 1],
      r.eci[2] - r.eci[(n - 1) * 3 + 2],
    );
    expect(gap).toBeLessThan(50); // one period later it is back where it started (J2 drift only)
  });

  it('rejects requests before a scenario and out-of-range indices with an error reply, never a throw', () => {
    const core = new WorkerCore();
    expect(core.handle({ type: 'track', seq: 1, index: 0, centerMs: 0, points: 10 }).type).toBe('error');
    core.handle({ type: 'load', seq: 2, scenario: mixed });
    expect(core.handle({ type: 'track', seq: 3, index: 999, centerMs: 0, points: 10 }).type).toBe('error');
    expect(core.handle({ type: 'keyframes', seq: 4, startMs: 0, stepS: 240, count: 1e9 }).type).toBe('error');
  });
});

describe('WorkerCore budgets', () => {
  it('returns every node’s state and totals that add up', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    const r = core.handle({ type: 'budgets', seq: 2, tMs: Date.UTC(2000, 5, 28, 3, 0, 30) });
    if (r.type !== 'budgets') throw new Error(JSON.stringify(r));
    expect(r.stride).toBe(1);
    expect(r.tMs).toBe(Date.UTC(2000, 5, 28, 3)); // the grid instant at or before the request
    expect(r.values.length).toBe(DATA_TEXTURE_WIDTH * 4); // one padded texture row
    expect(r.totals.nodes).toBe(21);
    expect(r.totals.computeInstalledTops).toBe(21 * 744);
    for (let i = 0; i < 21; i++) {
      const soc = r.values[i * 4];
      const tempK = r.values[i * 4 + 1];
      expect(soc).toBeGreaterThanOrEqual(0);
      expect(soc).toBeLessThanOrEqual(1);
      expect(tempK).toBeGreaterThan(150);
      expect(tempK).toBeLessThan(450);
    }
    // A request a few minutes later continues instead of restarting.
    const r2 = core.handle({ type: 'budgets', seq: 3, tMs: Date.UTC(2000, 5, 28, 3, 5) });
    if (r2.type !== 'budgets') throw new Error(r2.type);
    expect(r2.restarted).toBe(false);
  });

  it('samples every k-th node above BUDGET_MAX_NODES and scales the totals by the stride', () => {
    // 250 × 404 = 101,000 satellites > 100,000: every 2nd node (50,500) is budgeted.
    const big = {
      version: 1,
      name: 'big',
      epoch: '2000-06-27T18:50:19Z',
      shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 250, satsPerPlane: 404 }],
    };
    const core = new WorkerCore();
    expect(core.handle({ type: 'load', seq: 1, scenario: big }).type).toBe('loaded');
    const r = core.handle({ type: 'budgets', seq: 2, tMs: Date.UTC(2000, 5, 28, 3) });
    if (r.type !== 'budgets') throw new Error(JSON.stringify(r));
    const total = 250 * 404;
    const stride = Math.ceil(total / BUDGET_MAX_NODES);
    expect(stride).toBe(2);
    expect(r.stride).toBe(stride);
    const n = total / stride;
    expect(r.values.length).toBe(
      Math.ceil(n / DATA_TEXTURE_WIDTH) * DATA_TEXTURE_WIDTH * BUDGET_FLOATS_PER_NODE,
    );
    expect(r.limitedBy.length).toBe(n);
    // Padding after the last budgeted node stays zero.
    for (let k = n * BUDGET_FLOATS_PER_NODE; k < r.values.length; k++)
      if (r.values[k] !== 0) throw new Error(`padding at ${k}`);
    const t = r.totals;
    expect(t.nodes).toBe(total);
    expect(t.computeInstalledTops).toBe(total * 744);
    // Totals are the sampled sums × stride, rebuilt here from the per-node values.
    let online = 0,
      margin = 0,
      socSum = 0,
      hot = -1,
      hotK = -Infinity;
    for (let i = 0; i < n; i++) {
      socSum += r.values[i * BUDGET_FLOATS_PER_NODE];
      online += 744 * r.values[i * BUDGET_FLOATS_PER_NODE + 2];
      margin += r.values[i * BUDGET_FLOATS_PER_NODE + 3];
      const k = r.values[i * BUDGET_FLOATS_PER_NODE + 1];
      if (k > hotK) [hot, hotK] = [i, k];
    }
    expect(t.computeOnlineTops / (online * stride)).toBeCloseTo(1, 5);
    expect((t.powerGenW - t.loadW) / (margin * stride)).toBeCloseTo(1, 4);
    expect(t.meanSoc).toBeCloseTo(socSum / n, 5);
    expect(t.socHistogram.reduce((a, b) => a + b, 0)).toBe(total);
    for (const c of [t.inShadow, t.inUmbra, t.limitedByBattery, t.limitedByTemperature, ...t.socHistogram])
      expect(c % stride).toBe(0);
    // Hottest and coldest are global satellite indices: a multiple of the stride, inside the scenario.
    expect(t.hottest.node).toBe(hot * stride);
    expect(t.hottest.tempK).toBeCloseTo(hotK, 3);
    expect(t.coldest.node % stride).toBe(0);
    expect(t.coldest.node).toBeLessThan(total);
    // Some of a 53° shell is in shadow at any instant.
    expect(t.inShadow).toBeGreaterThan(0);
  }, 60_000);

  it('gives the selected node’s series with eclipse events and a year of beta angles', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    const r = core.handle({
      type: 'nodeSeries',
      seq: 2,
      index: 3,
      centerMs: Date.UTC(2000, 5, 28),
      orbitsEachSide: 2,
    });
    if (r.type !== 'nodeSeries') throw new Error(JSON.stringify(r));
    expect(r.count * r.stepS).toBeGreaterThan(3.9 * r.periodS);
    expect(r.events.some((e) => e.kind === 'umbra_in')).toBe(true);
    expect(r.year!.betaDeg.length).toBe(366);
    for (const b of r.year!.betaDeg) expect(Math.abs(b)).toBeLessThanOrEqual(53 + 23.5);
  });
});

describe('WorkerCore: links and routes', () => {
  const threeBody = BUILTIN_SCENARIOS['three-body'].build();
  const stations = threeBody.groundStations!.map((s) => ({ minElevationDeg: 25, ...s }));
  const t0 = Date.parse(threeBody.epoch!);

  it('answers a links request through message passing: counts, draw set, stations, the selected node and a route', () => {
    const core = new WorkerCore();
    expect(core.handle({ type: 'load', seq: 1, scenario: threeBody }).type).toBe('loaded');
    const r = viaMessage(core, {
      type: 'links',
      seq: 2,
      tMs: t0,
      selected: 12,
      route: { from: { station: 0 }, to: { station: 3 } },
      stations,
    });
    if (r.type !== 'links') throw new Error(r.type === 'error' ? r.message : r.type);
    expect(r.counts.possible).toBe(12 + 3168);
    expect(r.counts.capacityGbpsPerLink).toBe(100);
    expect(r.draw.mode).toBe('all');
    expect(r.draw.pairs.length).toBe(2 * (12 + 3168));
    expect(r.stationsInView.length).toBe(4);
    expect(r.selectedLinks!.length).toBe(4);
    expect(r.routeError).toBeNull();
    expect(r.route).not.toBeNull();
    const route = r.route!;
    expect(route.hops).toBe(route.nodes.length + 1);
    expect(route.nodes.length).toBeGreaterThan(0);
    expect(route.fibreMs).toBeGreaterThan(0);
    expect(route.latencyMs).toBeCloseTo((route.pathKm / 299792.458) * 1000, 6);
    expect(route.pathKm).toBeGreaterThan(route.fibreKm!); // up, across at altitude and down is longer than the ground arc
  });

  it('rejects hostile stations with the schema message and keeps working; names a missing route end', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: threeBody });
    const bad = core.handle({
      type: 'links',
      seq: 2,
      tMs: t0,
      selected: -1,
      route: null,
      stations: [{ name: 'X', latDeg: 91, lonDeg: 0 }] as never,
    });
    expect(bad.type).toBe('error');
    if (bad.type === 'error') expect(bad.message).toMatch(/groundStations\[0\]\.latDeg/);
    const ok = core.handle({
      type: 'links',
      seq: 3,
      tMs: t0,
      selected: -1,
      route: { from: { station: 9 }, to: { node: 0 } },
      stations,
    });
    if (ok.type !== 'links') throw new Error('links failed');
    expect(ok.route).toBeNull();
    expect(ok.routeError).toMatch(/no ground station number 9/);
    expect(ok.selectedLinks).toBeNull();
  });

  it('a route series samples the route over time, NaN where there is none, with the fibre baseline', () => {
    const core = new WorkerCore();
    core.handle({ type: 'load', seq: 1, scenario: threeBody });
    const r = viaMessage(core, {
      type: 'routeSeries',
      seq: 2,
      from: { station: 0 },
      to: { station: 3 },
      startMs: t0,
      stepS: 60,
      count: 30,
      stations,
    });
    if (r.type !== 'routeSeries') throw new Error(r.type === 'error' ? r.message : r.type);
    expect(r.count).toBe(30);
    expect(r.stepS).toBe(60);
    const found = Array.from(r.latencyMs).filter((x) => Number.isFinite(x));
    expect(found.length).toBeGreaterThan(0);
    for (let k = 0; k < r.count; k++) expect(Number.isNaN(r.latencyMs[k])).toBe(r.hops[k] === 0);
    expect(r.fibreMs).toBeCloseTo((3381.4 / (299792.458 * (2 / 3))) * 1000, 0); // Beijing–Kashgar ≈ 3,380 km great circle
  });
});

describe('WorkerCore: messages that are not requests', () => {
  it('answers unknown types and malformed messages with an error reply, never with nothing', () => {
    const core = new WorkerCore();
    expect(core.handle({ type: 'constructor', seq: 4 })).toMatchObject({
      type: 'error',
      seq: 4,
      message: expect.stringMatching(/Unknown request type “constructor”/),
    });
    expect(core.handle({ type: 'load' })).toMatchObject({
      type: 'error',
      seq: -1,
      message: 'A request needs a numeric seq.',
    });
    expect(core.handle(null)).toMatchObject({
      type: 'error',
      seq: -1,
      message: 'A request must be an object.',
    });
    expect(core.handle([1, 2])).toMatchObject({ type: 'error', seq: -1 });
    expect(core.handle({ type: 'keyframes', seq: 5, startMs: 0, stepS: 240, count: 10 })).toMatchObject({
      type: 'error',
      seq: 5,
      request: 'keyframes',
    });
  });
});
