import { describe, expect, it } from 'vitest';
import {
  MAIN_THREAD_MAX_LINK_SATELLITES,
  MainThreadClient,
  mainThreadLinksRefusal,
  MAX_RESTARTS,
  WorkerClient,
} from './client';
import { WorkerCore } from './core';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';

/**
 * A stand-in for a module worker: runs the real core, but crashes (an `error` event, as a browser
 * reports an uncaught exception or an out-of-memory worker) on the requests `crashes` picks.
 */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly core = new WorkerCore();
  constructor(
    readonly log: string[],
    private readonly crashes: (req: { type: string }) => boolean,
  ) {}
  postMessage(req: { type: string; seq: number }): void {
    this.log.push(req.type);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.crashes(req)) {
        this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
        return;
      }
      this.onmessage?.({ data: this.core.handle(req) } as MessageEvent);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function client(crashes: (req: { type: string }) => boolean) {
  const log: string[] = [];
  const restarts: string[] = [];
  const gaveUp: string[] = [];
  let spawned = 0;
  const c = new WorkerClient(
    { onRestart: (r) => restarts.push(r), onGiveUp: (r) => gaveUp.push(r) },
    'test',
    () => {
      spawned++;
      return new FakeWorker(log, crashes) as unknown as Worker;
    },
  );
  return { c, log, restarts, gaveUp, spawned: () => spawned };
}

const scenario = BUILTIN_SCENARIOS.suncatcher.build();

describe('WorkerClient', () => {
  it('answers an unknown request type with an error instead of never', async () => {
    const { c } = client(() => false);
    const r = await c.request({ type: 'nonsense' } as never);
    expect(r).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/Unknown request type “nonsense”/),
    });
  });

  it('restarts a crashed worker, loads the scenario again and re-sends the waiting request once', async () => {
    let crashed = false;
    const { c, log, restarts } = client((req) => {
      if (req.type === 'budgets' && !crashed) return (crashed = true);
      return false;
    });
    expect((await c.request({ type: 'load', scenario })).type).toBe('loaded');
    const r = await c.request({ type: 'budgets', tMs: Date.parse(scenario.epoch!) });
    expect(r.type).toBe('budgets');
    expect(restarts).toEqual(['out of memory']);
    expect(log).toEqual(['load', 'budgets', 'load', 'budgets']);
  });

  it('a request that crashes the worker every time gets an error after its second try, not a loop', async () => {
    const { c, log, restarts } = client((req) => req.type === 'budgets');
    await c.request({ type: 'load', scenario });
    const r = await c.request({ type: 'budgets', tMs: 0 });
    expect(r).toMatchObject({
      type: 'error',
      request: 'budgets',
      message: expect.stringMatching(/crashed twice/),
    });
    expect(log.filter((t) => t === 'budgets').length).toBe(2);
    expect(restarts.length).toBe(2);
    // The worker still answers other requests.
    expect((await c.request({ type: 'track', index: 0, centerMs: 0, points: 3 })).type).toBe('track');
  });

  it(`gives up after ${MAX_RESTARTS} restarts, says so, and answers every request with an error`, async () => {
    const { c, restarts, gaveUp, spawned } = client((req) => req.type !== 'load');
    await c.request({ type: 'load', scenario });
    for (let k = 0; k < 3; k++) await c.request({ type: 'budgets', tMs: 0 });
    expect(restarts.length).toBe(MAX_RESTARTS);
    expect(gaveUp).toEqual(['out of memory']);
    expect(spawned()).toBe(MAX_RESTARTS + 1);
    const r = await c.request({ type: 'load', scenario });
    expect(r).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/not running \(it stopped 4 times/),
    });
  });
});

describe('MainThreadClient (?worker=0)', () => {
  const stations = [{ name: 'A', latDeg: 0, lonDeg: 0, minElevationDeg: 25 }];
  const scenario = (planes: number) => ({
    version: 1,
    name: 'links',
    epoch: '2025-06-01T00:00:00Z',
    shells: [
      {
        kind: 'walker',
        name: 'grid',
        altitudeKm: 550,
        inclinationDeg: 53,
        planes,
        satsPerPlane: 10,
        phasing: 1,
      },
    ],
    links: { pattern: 'plus-grid', maxRangeKm: 5000 },
  });
  const t0 = Date.UTC(2025, 5, 1);

  it('computes links and routes up to the limit and refuses them above it, saying why', async () => {
    expect(MAIN_THREAD_MAX_LINK_SATELLITES).toBe(100_000);
    expect(mainThreadLinksRefusal(1_000_000)).toMatch(
      /above 100,000 satellites: each update of 1,000,000 would freeze the page/,
    );
    const c = new MainThreadClient(100);
    // 100 satellites: at the limit, links and routes are computed.
    expect((await c.request({ type: 'load', scenario: scenario(10) })).type).toBe('loaded');
    expect((await c.request({ type: 'links', tMs: t0, selected: -1, route: null, stations })).type).toBe(
      'links',
    );
    const seriesOk = await c.request({
      type: 'routeSeries',
      from: { node: 0 },
      to: { node: 5 },
      startMs: t0,
      stepS: 60,
      count: 3,
      stations,
    });
    expect(seriesOk.type).toBe('routeSeries');
    // 110: refused, with the reason and the way out; other requests still run.
    expect((await c.request({ type: 'load', scenario: scenario(11) })).type).toBe('loaded');
    const links = await c.request({ type: 'links', tMs: t0, selected: -1, route: null, stations });
    expect(links.type === 'error' && links.message).toMatch(
      /without a worker \(\?worker=0\) above 100 satellites.*of 110 would.*without \?worker=0/,
    );
    const series = await c.request({
      type: 'routeSeries',
      from: { node: 0 },
      to: { node: 5 },
      startMs: t0,
      stepS: 60,
      count: 3,
      stations,
    });
    expect(series.type).toBe('error');
    expect((await c.request({ type: 'budgets', tMs: t0 })).type).toBe('budgets');
  });
});
