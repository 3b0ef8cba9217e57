import { describe, expect, it } from 'vitest';
import type { ViewState } from '../scenario/viewState';
import { runWarp, TourPlayer, type Timers } from './tourPlayer';

/** An engine with a hand-driven clock that records what was applied. */
function fakeEngine() {
  const state = { timeMs: 0, warp: 60, playing: false };
  const applied: { view: ViewState; durationMs?: number }[] = [];
  return {
    state,
    applied,
    getView: (): ViewState => ({ ...state }),
    applyView(view: ViewState, opts: { durationMs?: number } = {}) {
      applied.push({ view, durationMs: opts.durationMs });
      if (view.timeMs !== undefined) state.timeMs = view.timeMs;
      if (view.warp !== undefined) state.warp = view.warp;
      if (view.playing !== undefined) state.playing = view.playing;
    },
  };
}

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let n = 0;
  const timers: Timers = {
    set: (fn) => (pending.set(++n, fn), n),
    clear: (h) => pending.delete(h as number),
  };
  return {
    timers,
    pending,
    fire: () => [...pending.entries()].forEach(([k, f]) => (pending.delete(k), f())),
  };
}

describe('TourPlayer', () => {
  it('runs time towards the step with a raised warp, then seeks exactly and flies the camera', async () => {
    const e = fakeEngine();
    const t = fakeTimers();
    const p = new TourPlayer(e, t.timers);
    const done = p.goTo(
      { timeMs: 3_600_000, selected: 'A', camera: 'selected' },
      { runMs: 1000, flyMs: 500, reducedMotion: false },
    );
    expect(e.applied[0]).toEqual({ view: { selected: 'A' }, durationMs: undefined });
    expect(e.applied[1].view).toEqual({ warp: 3600, playing: true });
    expect(p.moving).toBe(true);
    t.fire();
    await done;
    expect(e.applied[2]).toEqual({
      view: { timeMs: 3_600_000, warp: 60, playing: false, camera: 'selected' },
      durationMs: 500,
    });
    expect(e.state).toEqual({ timeMs: 3_600_000, warp: 60, playing: false });
  });

  it('jumps with reduced motion', async () => {
    const e = fakeEngine();
    const p = new TourPlayer(e, fakeTimers().timers);
    await p.goTo(
      { timeMs: 9e6, warp: 600, camera: 'earth' },
      { runMs: 1000, flyMs: 500, reducedMotion: true },
    );
    expect(e.applied).toEqual([
      { view: { timeMs: 9e6, warp: 600, playing: false, camera: 'earth' }, durationMs: 0 },
    ]);
  });

  it('a new step cancels a running one and keeps the warp from before it', async () => {
    const e = fakeEngine();
    const t = fakeTimers();
    const p = new TourPlayer(e, t.timers);
    void p.goTo({ timeMs: 1e7 }, { runMs: 1000, flyMs: 0, reducedMotion: false });
    expect(e.state.warp).toBe(10_000);
    await p.goTo({ timeMs: 500 }, { runMs: 1000, flyMs: 0, reducedMotion: false });
    expect(t.pending.size).toBe(0);
    expect(e.state).toEqual({ timeMs: 500, warp: 60, playing: false });
    void p.goTo({ timeMs: 1e7 }, { runMs: 1000, flyMs: 0, reducedMotion: false });
    p.cancel();
    expect(e.state.warp).toBe(60);
    expect(e.state.playing).toBe(false);
  });

  it('holds the warp to the engine limit', () => {
    expect(runWarp(0, 1e12, 1000)).toBe(1_000_000);
    expect(runWarp(1e12, 0, 1000)).toBe(-1_000_000);
  });
});
