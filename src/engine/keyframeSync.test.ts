import { describe, expect, it } from 'vitest';
import { KeyframeSync, keyframeSpanS, MAX_KF_STEP_S, planKeyframeWindow } from './keyframeSync';
import { MAX_KEYFRAME_STATES } from '../worker/protocol';
import { KF_STEP_S } from '../sim/keyframes';
import type { CoreClient, RequestBody } from '../worker/client';
import { sceneData } from '../scene/sceneData';

describe('planKeyframeWindow', () => {
  it('keeps the 4-minute step and the wanted span while the window fits', () => {
    const p = planKeyframeWindow(10_000, 60);
    expect(p).toMatchObject({ stepS: KF_STEP_S, count: 7200 / 240 + 1, reduced: false, impossible: false });
    expect(planKeyframeWindow(10_000, 10_800).spanS).toBe(86_400);
  });

  it('plans a window the worker can hold where the old fixed window failed (55,500 sets at 10,800×, 170,000 at 3,600×)', () => {
    for (const [n, warp] of [
      [55_500, 10_800],
      [170_000, 3_600],
      [1_000_000, 60],
    ] as const) {
      // The fixed 240 s window was over the limit: the worker refused it every frame.
      expect((Math.ceil(keyframeSpanS(warp) / KF_STEP_S) + 1) * n).toBeGreaterThan(MAX_KEYFRAME_STATES);
      const p = planKeyframeWindow(n, warp);
      expect(p.count * n).toBeLessThanOrEqual(MAX_KEYFRAME_STATES);
      expect(p.count).toBeGreaterThanOrEqual(2);
      expect(p.stepS).toBeLessThanOrEqual(MAX_KF_STEP_S);
      expect(p.reduced).toBe(true);
      expect(p.impossible).toBe(false);
    }
    // 55,500 at 10,800×: one day at 8 min fits (181 keyframes).
    expect(planKeyframeWindow(55_500, 10_800)).toMatchObject({ stepS: 480, count: 181, spanS: 86_400 });
  });

  it('says when not even two keyframes fit', () => {
    expect(planKeyframeWindow(MAX_KEYFRAME_STATES, 60).impossible).toBe(true);
  });
});

describe('KeyframeSync', () => {
  /** A fake propagation client: records keyframe requests and answers them when told. */
  function harness(satellites: number, warp: number) {
    let wall = 0;
    const asked: RequestBody[] = [];
    const pending: (() => void)[] = [];
    const client = {
      mode: 'main-thread',
      request(body: RequestBody) {
        asked.push(body);
        const b = body as { startMs: number; stepS: number; count: number };
        return new Promise((resolve) =>
          pending.push(() =>
            resolve({
              type: 'keyframes',
              seq: 0,
              ...b,
              satCount: 1,
              data: new Float32Array(8 * b.count),
              status: new Uint8Array(1),
              computeMs: 500,
              runtime: 'js',
            }),
          ),
        );
      },
      dispose() {},
    } as unknown as CoreClient;
    const notices: string[] = [];
    const sync = new KeyframeSync(
      client,
      () => warp,
      { changed() {}, notify: (_k, t) => notices.push(t) },
      () => wall,
    );
    sync.reset(satellites);
    return { sync, asked, pending, notices, advance: (ms: number) => (wall += ms) };
  }
  const settle = async () => {
    for (let k = 0; k < 4; k++) await Promise.resolve();
  };

  it('never spins: one request at a time, within the limit, and the user is told once', async () => {
    const h = harness(170_000, 3600);
    const t0 = Date.UTC(2026, 0, 1);
    for (let f = 0; f < 100; f++) {
      h.advance(16);
      h.sync.tick(t0 + f * 16 * 3600);
    }
    expect(h.asked.length).toBe(1);
    const q = h.asked[0] as { count: number; stepS: number };
    expect(q.count * 170_000).toBeLessThanOrEqual(MAX_KEYFRAME_STATES);
    expect(h.notices.length).toBe(1);
    expect(h.notices[0]).toMatch(/170,000 element sets at 3,600×: keyframes every 8 min over 8.0 h/);
    h.pending.shift()!();
    await settle();
    expect(sceneData.keyframes?.stepS).toBe(q.stepS);
    // The reply took 500 ms of the worker: the next window waits ≥ 1 s after the last ask (half the worker's time).
    h.sync.tick(t0 + 30 * 86_400_000); // 1.6 s after the first ask: allowed
    expect(h.asked.length).toBe(2);
    h.pending.shift()!();
    await settle();
    h.advance(999);
    h.sync.tick(t0 + 60 * 86_400_000);
    expect(h.asked.length).toBe(2);
    h.advance(1);
    h.sync.tick(t0 + 60 * 86_400_000);
    expect(h.asked.length).toBe(3);
    expect(h.notices.length).toBe(1);
  });

  it('asks for nothing and says why when no window fits', () => {
    const h = harness(MAX_KEYFRAME_STATES, 60);
    for (let f = 0; f < 10; f++) h.sync.tick(f);
    expect(h.asked.length).toBe(0);
    expect(h.notices).toEqual([expect.stringMatching(/more than the propagation worker can hold/)]);
  });
});
