import { describe, expect, it, vi } from 'vitest';
import { PropagationCore, PROPAGATION_REQUEST_TYPES } from './propagationCore';
import { WorkerCore } from './core';
import { lazyWasmKeyframer } from './lazyKeyframer';
import { transferables, type WorkerRequest, type WorkerResponse } from './protocol';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { KF_STEP_S } from '../sim/keyframes';

const tle = BUILTIN_SCENARIOS['vallado-00005'].build();
/** 20 closed-form satellites and one element set: both track paths and the SGP4 keyframes. */
const mixed = {
  version: 1,
  name: 'mixed',
  epoch: '2000-06-27T18:50:19Z',
  shells: [
    { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 4, satsPerPlane: 5 },
    ...(tle.shells as unknown[]),
  ],
};
const threeBody = BUILTIN_SCENARIOS['three-body'].build();
const stations = threeBody.groundStations!.map((s) => ({ minElevationDeg: 25, ...s }));
const t0 = Date.UTC(2000, 5, 28);

/** Through structured cloning with transfer, as postMessage does; timings dropped (they differ run to run). */
function viaMessage(core: PropagationCore, req: WorkerRequest): WorkerResponse {
  const reply = structuredClone(core.handle(structuredClone(req)));
  return structuredClone(reply, { transfer: transferables(reply) });
}
const untimed = (r: WorkerResponse) => ({ ...r, computeMs: 0 });

/** Every typed array in a reply, as bytes, in a fixed order. */
function bytesOf(r: WorkerResponse): string[] {
  return transferables(r).map((b) => Buffer.from(b as ArrayBuffer).toString('hex'));
}

const propagationRequests: WorkerRequest[] = [
  { type: 'track', seq: 1, index: 0, centerMs: t0, points: 91 }, // before a scenario: an error
  { type: 'load', seq: 2, scenario: { version: 2, name: 'x', shells: [] } }, // invalid: an error with issues
  { type: 'load', seq: 3, scenario: mixed },
  { type: 'keyframes', seq: 4, startMs: t0, stepS: KF_STEP_S, count: 12 },
  { type: 'track', seq: 5, index: 7, centerMs: t0, points: 181 }, // closed form
  { type: 'track', seq: 6, index: 20, centerMs: t0, points: 64 }, // SGP4
  { type: 'track', seq: 7, index: 21, centerMs: t0, points: 64 }, // no such satellite
  { type: 'keyframes', seq: 8, startMs: t0, stepS: KF_STEP_S, count: 1e9 }, // over the limit
];

describe('PropagationCore (the propagation worker runs only this)', () => {
  it('answers load, keyframes and track with the same replies and bytes as WorkerCore', () => {
    const p = new PropagationCore();
    const w = new WorkerCore();
    const types: string[] = [];
    for (const req of propagationRequests) {
      const a = viaMessage(p, req);
      const b = viaMessage(w, req);
      types.push(a.type);
      expect(untimed(a)).toEqual(untimed(b));
      expect(bytesOf(a)).toEqual(bytesOf(b));
    }
    expect(types).toEqual(['error', 'error', 'loaded', 'keyframes', 'track', 'track', 'error', 'error']);
  });

  it('answers every other request type with an error naming it, and keeps working', () => {
    const core = new PropagationCore();
    expect(core.handle({ type: 'load', seq: 1, scenario: threeBody }).type).toBe('loaded');
    const others: WorkerRequest[] = [
      { type: 'links', seq: 2, tMs: t0, selected: -1, route: null, stations },
      { type: 'budgets', seq: 3, tMs: t0 },
      { type: 'nodeSeries', seq: 4, index: 0, centerMs: t0, orbitsEachSide: 1 },
      {
        type: 'routeSeries',
        seq: 5,
        from: { station: 0 },
        to: { station: 1 },
        startMs: t0,
        stepS: 60,
        count: 3,
        stations,
      },
      { type: 'burdenEnergy', seq: 6 },
    ];
    for (const req of others) {
      expect(PROPAGATION_REQUEST_TYPES).not.toContain(req.type);
      expect(core.handle(req)).toEqual({
        type: 'error',
        seq: req.seq,
        request: req.type,
        message: `the propagation worker answers only load, keyframes, track, not “${req.type}”`,
        issues: [],
      });
    }
    expect(core.handle({ type: 'track', seq: 7, index: 0, centerMs: t0, points: 32 }).type).toBe('track');
    // Unknown types still get the protocol's own message.
    expect(core.handle({ type: 'constructor', seq: 8 })).toMatchObject({
      type: 'error',
      seq: 8,
      message: expect.stringMatching(/Unknown request type “constructor”/),
    });
  });
});

describe('WorkerCore on top of PropagationCore', () => {
  it('drops budgets and the link network of the previous scenario on a new load', () => {
    const reloaded = new WorkerCore();
    reloaded.handle({ type: 'load', seq: 1, scenario: mixed });
    expect(reloaded.handle({ type: 'budgets', seq: 2, tMs: t0 }).type).toBe('budgets');
    expect(
      reloaded.handle({ type: 'links', seq: 3, tMs: t0, selected: -1, route: null, stations: [] }).type,
    ).toBe('links');
    reloaded.handle({ type: 'load', seq: 4, scenario: threeBody });
    const fresh = new WorkerCore();
    fresh.handle({ type: 'load', seq: 4, scenario: threeBody });
    const tMs = Date.parse(threeBody.epoch!);
    for (const req of [
      { type: 'budgets', seq: 5, tMs },
      {
        type: 'links',
        seq: 6,
        tMs,
        selected: 3,
        route: { from: { station: 0 }, to: { station: 3 } },
        stations,
      },
    ] satisfies WorkerRequest[]) {
      const a = viaMessage(reloaded, req);
      const b = viaMessage(fresh, req);
      expect(a.type).toBe(req.type);
      expect(untimed(a)).toEqual(untimed(b));
    }
  });
});

describe('lazyWasmKeyframer', () => {
  it('throws (plain JS this time) until the WASM has started, then computes the same bytes', async () => {
    const k = lazyWasmKeyframer();
    const core = new PropagationCore(k);
    const js = new PropagationCore();
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    js.handle({ type: 'load', seq: 1, scenario: mixed });
    const req: WorkerRequest = { type: 'keyframes', seq: 2, startMs: t0, stepS: KF_STEP_S, count: 31 };
    expect(k.state).toBe('idle');
    const first = core.handle(req);
    expect(first).toMatchObject({ type: 'keyframes', runtime: 'js' });
    await vi.waitFor(() => expect(k.state).toBe('ready'), { timeout: 20_000 });
    const later = core.handle(req);
    expect(later).toMatchObject({ type: 'keyframes', runtime: 'wasm' });
    expect(bytesOf(later)).toEqual(bytesOf(js.handle(req)));
    expect(bytesOf(first)).toEqual(bytesOf(later));
  });

  it('stays on plain JS when the WASM cannot start', async () => {
    const k = lazyWasmKeyframer(() => Promise.reject(new Error('no WebAssembly')));
    const core = new PropagationCore(k);
    core.handle({ type: 'load', seq: 1, scenario: mixed });
    const req: WorkerRequest = { type: 'keyframes', seq: 2, startMs: t0, stepS: KF_STEP_S, count: 4 };
    expect(core.handle(req)).toMatchObject({ type: 'keyframes', runtime: 'js' });
    await vi.waitFor(() => expect(k.state).toBe('failed'));
    expect(core.handle(req)).toMatchObject({ type: 'keyframes', runtime: 'js' });
  });
});
