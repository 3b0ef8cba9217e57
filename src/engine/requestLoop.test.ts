import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, RequestLoop } from './requestLoop';
import type { WorkerError } from '../worker/protocol';

/** A loop over a fake worker whose replies the test resolves by hand. */
function harness(opts: { minIntervalMs?: number; workShare?: number } = {}) {
  let wall = 0;
  const sent: { q: number; resolve: (r: { v: number; computeMs: number } | WorkerError) => void }[] = [];
  const applied: number[] = [];
  const failed: string[] = [];
  const loop = new RequestLoop<number, { v: number; computeMs: number }>({
    send: (q) => new Promise((resolve) => sent.push({ q, resolve })),
    apply: (r) => applied.push(r.v),
    fail: (e) => failed.push(e.message),
    computeMs: (r) => r.computeMs,
    wallMs: () => wall,
    ...opts,
  });
  const settle = async () => {
    for (let k = 0; k < 3; k++) await Promise.resolve();
  };
  const err = (message: string): WorkerError => ({
    type: 'error',
    seq: 0,
    request: 'budgets',
    message,
    issues: [],
  });
  return { loop, sent, applied, failed, settle, err, advance: (ms: number) => (wall += ms) };
}

describe('RequestLoop', () => {
  it('keeps one request in flight: asks while busy are refused', async () => {
    const h = harness();
    expect(h.loop.ask(1)).toBe(true);
    expect(h.loop.ask(2)).toBe(false);
    expect(h.sent.map((s) => s.q)).toEqual([1]);
    h.sent[0].resolve({ v: 10, computeMs: 0 });
    await h.settle();
    expect(h.applied).toEqual([10]);
    expect(h.loop.ask(3)).toBe(true);
  });

  it('drops a reply that arrives after invalidate (a new scenario), and asks again at once', async () => {
    const h = harness({ minIntervalMs: 1000 });
    h.loop.ask(1);
    h.loop.invalidate();
    expect(h.loop.ask(2)).toBe(true); // no wait for the stale one, no throttle
    h.sent[0].resolve({ v: 1, computeMs: 0 });
    h.sent[1].resolve({ v: 2, computeMs: 0 });
    await h.settle();
    expect(h.applied).toEqual([2]);
  });

  it('throttles to a share of the worker’s time', async () => {
    const h = harness({ minIntervalMs: 250, workShare: 1 / 3 });
    h.loop.ask(1);
    h.sent[0].resolve({ v: 1, computeMs: 400 }); // a 400 ms answer: the next waits 1,200 ms
    await h.settle();
    h.advance(300);
    expect(h.loop.ask(2)).toBe(false);
    h.advance(899);
    expect(h.loop.ask(2)).toBe(false);
    h.advance(1);
    expect(h.loop.ask(2)).toBe(true);
  });

  it('hurry skips the throttle once, but not a request in flight', async () => {
    const h = harness({ minIntervalMs: 10_000 });
    h.loop.ask(1);
    h.sent[0].resolve({ v: 1, computeMs: 0 });
    await h.settle();
    expect(h.loop.ask(2)).toBe(false); // throttled
    h.loop.hurry();
    expect(h.loop.ask(2)).toBe(true);
    h.loop.hurry();
    expect(h.loop.ask(3)).toBe(false); // in flight
    h.sent[1].resolve({ v: 2, computeMs: 0 });
    await h.settle();
    expect(h.loop.ask(3)).toBe(true); // the hurry still holds for the next ask
    h.sent[2].resolve({ v: 3, computeMs: 0 });
    await h.settle();
    expect(h.loop.ask(4)).toBe(false); // and only for that one
  });

  it('backs off after failures (1 s, 2 s, 4 s … at most 30 s) instead of asking every frame', async () => {
    const h = harness();
    const failOnce = async () => {
      h.sent.at(-1)!.resolve(h.err('boom'));
      await h.settle();
    };
    h.loop.ask(1);
    await failOnce();
    expect(h.failed).toEqual(['boom']);
    for (let f = 0; f < 63; f++) {
      h.advance(16); // a second of frames
      h.loop.ask(1);
    }
    expect(h.sent.length).toBe(2); // once more after 1 s
    await failOnce();
    h.advance(1999);
    expect(h.loop.ask(1)).toBe(false);
    h.advance(1);
    expect(h.loop.ask(1)).toBe(true);
    for (let k = 0; k < 10; k++) {
      await failOnce();
      h.advance(MAX_BACKOFF_MS);
      h.loop.ask(1);
    }
    await failOnce();
    h.advance(MAX_BACKOFF_MS - 1);
    expect(h.loop.ask(1)).toBe(false); // capped, still waiting
    h.advance(1);
    expect(h.loop.ask(1)).toBe(true);
    expect(h.loop.failureCount).toBe(13);
    // A success clears the back-off.
    h.sent.at(-1)!.resolve({ v: 7, computeMs: 0 });
    await h.settle();
    expect(h.loop.failureCount).toBe(0);
    expect(h.loop.ask(1)).toBe(true);
  });

  it('evaluates a lazy query only when it sends', () => {
    const h = harness();
    let built = 0;
    h.loop.ask(() => ++built);
    h.loop.ask(() => ++built);
    expect(built).toBe(1);
  });
});
