import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimerClock } from './timerClock';

let nowMs = 1000;
afterEach(() => vi.restoreAllMocks());

function fakeTime(): void {
  nowMs = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => nowMs);
}

describe('TimerClock (a THREE.Clock look-alike for R3F)', () => {
  it('logs nothing when created (THREE.Clock warns that it is deprecated)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    new TimerClock().getDelta();
    expect(warn).not.toHaveBeenCalled();
  });

  it('auto-starts on the first getDelta (returning 0), then gives seconds between calls', () => {
    fakeTime();
    const c = new TimerClock();
    expect(c.running).toBe(false);
    expect(c.getDelta()).toBe(0);
    expect(c.running).toBe(true);
    expect(c.startTime).toBe(1000);
    nowMs += 16;
    expect(c.getDelta()).toBeCloseTo(0.016, 12);
    nowMs += 250;
    expect(c.getDelta()).toBeCloseTo(0.25, 12);
    expect(c.elapsedTime).toBeCloseTo(0.266, 12);
    expect(c.oldTime).toBe(1266);
  });

  it('stops counting on stop() and restarts from 0 on start(), as Clock', () => {
    fakeTime();
    const c = new TimerClock();
    c.start();
    nowMs += 500;
    c.stop();
    expect(c.elapsedTime).toBeCloseTo(0.5, 12);
    nowMs += 10_000;
    expect(c.getDelta()).toBe(0); // stopped, and stop() cleared autoStart
    expect(c.getElapsedTime()).toBeCloseTo(0.5, 12);
    c.start();
    expect(c.elapsedTime).toBe(0);
    nowMs += 40;
    expect(c.getElapsedTime()).toBeCloseTo(0.04, 12);
  });

  it('does not start by itself when autoStart is false', () => {
    fakeTime();
    const c = new TimerClock(false);
    nowMs += 100;
    expect(c.getDelta()).toBe(0);
    expect(c.running).toBe(false);
  });
});
