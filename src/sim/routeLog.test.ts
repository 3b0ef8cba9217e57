import { describe, expect, it } from 'vitest';
import {
  addRouteLogEntry,
  LATENCY_STEP_MS,
  MERGE_WINDOW_MS,
  routeLogStart,
  routeLogStep,
  type RouteFacts,
  type RouteLogEntry,
} from './routeLog';

const r = (hops: number, latencyMs: number): RouteFacts => ({ hops, latencyMs });

/** Feeds replies one a minute (simulated) and returns the log, as LinkSync does. */
function run(replies: (RouteFacts | null)[], stepMs = 60_000): RouteLogEntry[] {
  let state = routeLogStart();
  let log: RouteLogEntry[] = [];
  replies.forEach((now, k) => {
    const out = routeLogStep(state, now, k * stepMs);
    state = out.state;
    if (out.entry) log = addRouteLogEntry(log, out.entry, 20);
  });
  return log;
}

describe('route log', () => {
  it('at 600× a stream of handovers at the same hop count and a wobbling latency logs nothing', () => {
    // The old log wrote "5 → 5 hops, 21.1 → 21.3 ms, up-link now via …" for every one of these.
    const replies = Array.from({ length: 60 }, (_, k) => r(5, 21.2 + 0.6 * Math.sin(k)));
    expect(run(replies, 10_000)).toEqual([]);
  });

  it('logs a break and a return, with the hops and latency it came back with', () => {
    const log = run([r(5, 21.1), null, null, r(5, 21.4)]);
    expect(log.map((e) => e.kind)).toEqual(['broken', 'restored']);
    expect(log[0].tMs).toBe(60_000);
    expect(log[1]).toMatchObject({ tMs: 180_000, now: { hops: 5, latencyMs: 21.4 } });
  });

  it('a hop change is logged once, from the route as last logged', () => {
    const log = run([r(5, 21.1), r(5, 21.2), r(6, 21.9), r(6, 22.0)], 10 * 60_000);
    expect(log).toEqual([
      { tMs: 20 * 60_000, kind: 'changed', before: r(5, 21.1), now: r(6, 21.9), merged: 1 },
    ]);
  });

  it('slow latency drift is logged when it adds up to a step, not sample by sample', () => {
    // 0.5 ms a reply, ten minutes apart (no merging): a step every 4 replies.
    const replies = Array.from({ length: 9 }, (_, k) => r(5, 20 + 0.5 * k));
    const log = run(replies, 10 * 60_000);
    expect(log.map((e) => [e.before!.latencyMs, e.now!.latencyMs])).toEqual([
      [20, 22],
      [22, 24],
    ]);
    for (const e of log)
      expect(e.now!.latencyMs - e.before!.latencyMs).toBeGreaterThanOrEqual(LATENCY_STEP_MS);
  });

  it('changes close together merge into one entry; a merge that ends where it began is dropped', () => {
    const log = run([r(5, 21), r(6, 24), r(7, 27), r(6, 25)], 60_000);
    expect(log).toEqual([{ tMs: 180_000, kind: 'changed', before: r(5, 21), now: r(6, 25), merged: 3 }]);
    expect(run([r(5, 21), r(6, 24), r(5, 21.5)], 60_000)).toEqual([]);
    // Further apart than the window: two entries.
    const apart = run([r(5, 21), r(6, 24), r(5, 21)], MERGE_WINDOW_MS + 1);
    expect(apart.map((e) => e.now!.hops)).toEqual([6, 5]);
  });

  it('names the blind end station of a break when the caller knows it; the first reply logs nothing', () => {
    let s = routeLogStart();
    expect(routeLogStep(s, r(5, 21), 0).entry).toBeNull();
    s = routeLogStep(s, r(5, 21), 0).state;
    const blind = { name: 'New York', minElevationDeg: 25 };
    expect(routeLogStep(s, null, 1000, blind).entry).toEqual({ tMs: 1000, kind: 'broken', blind });
  });

  it('keeps at most `max` entries, the newest', () => {
    let log: RouteLogEntry[] = [];
    for (let k = 0; k < 30; k++)
      log = addRouteLogEntry(log, { tMs: k, kind: k % 2 ? 'restored' : 'broken' }, 20);
    expect(log.length).toBe(20);
    expect(log[19].tMs).toBe(29);
  });
});
