import { describe, expect, it, vi } from 'vitest';
import { SimClock } from './clock';

function fakeWall(start = 1000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

const T0 = Date.UTC(2025, 5, 1);

describe('SimClock', () => {
  it('plays at warp 1 by default: sim advances with wall time', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0);
    expect(c.now()).toBe(T0);
    w.advance(2500);
    expect(c.now()).toBe(T0 + 2500);
    expect(c.playing).toBe(true);
    expect(c.warp).toBe(1);
  });
  it('pause freezes time, play resumes from where it was', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0, 10);
    w.advance(1000); // +10 s sim
    c.pause();
    w.advance(5000);
    expect(c.now()).toBe(T0 + 10000);
    c.play();
    w.advance(200);
    expect(c.now()).toBe(T0 + 12000);
    c.toggle();
    expect(c.playing).toBe(false);
    w.advance(1000);
    expect(c.now()).toBe(T0 + 12000);
    c.toggle();
    expect(c.playing).toBe(true);
  });
  it('setWarp keeps the current sim time continuous and changes the rate', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0);
    w.advance(1000);
    c.setWarp(60);
    expect(c.now()).toBe(T0 + 1000);
    w.advance(1000);
    expect(c.now()).toBe(T0 + 1000 + 60000);
    expect(() => c.setWarp(Number.NaN)).toThrow();
    expect(() => c.setWarp(Infinity)).toThrow();
  });
  it('negative warp runs backwards', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0, -100);
    w.advance(3000);
    expect(c.now()).toBe(T0 - 300000);
  });
  it('seek jumps and keeps warp and play state; seeking while paused stays paused', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0, 5);
    w.advance(777);
    c.seek(T0 + 86400000);
    expect(c.now()).toBe(T0 + 86400000);
    w.advance(100);
    expect(c.now()).toBe(T0 + 86400000 + 500);
    c.pause();
    c.seek(T0 - 1);
    w.advance(10000);
    expect(c.now()).toBe(T0 - 1);
    expect(c.warp).toBe(5);
    expect(c.playing).toBe(false);
  });
  it('starts paused when asked', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0, 1, false);
    w.advance(1000);
    expect(c.now()).toBe(T0);
  });
  it('listeners fire once per discrete change, not on reads or ticks, and can unsubscribe', () => {
    const w = fakeWall();
    const c = new SimClock(w.now, T0);
    const fn = vi.fn();
    const off = c.subscribe(fn);
    for (let k = 0; k < 10; k++) {
      w.advance(16);
      c.now();
    }
    expect(fn).toHaveBeenCalledTimes(0);
    c.pause();
    c.play();
    c.setWarp(2);
    c.seek(T0);
    c.toggle();
    expect(fn).toHaveBeenCalledTimes(5);
    // the listener sees the new state
    c.subscribe(() => expect(c.warp).toBe(7));
    c.setWarp(7);
    expect(fn).toHaveBeenCalledTimes(6);
    off();
    c.seek(T0 + 1);
    expect(fn).toHaveBeenCalledTimes(6);
  });
});
