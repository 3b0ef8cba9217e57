import { describe, expect, it } from 'vitest';
import {
  recordProblems,
  recordSizeBytes,
  recordWallS,
  ViewRecorder,
  type RecordClock,
  type RecordDeps,
} from './recorder';

/** A clock driven by hand and a MediaRecorder stand-in that emits one chunk when stopped. */
function fakes() {
  let t = 0;
  let warp = 60;
  let playing = false;
  const engine: RecordClock = {
    seek: (ms) => ((t = ms), true),
    setWarp: (w) => ((warp = w), true),
    play: () => void (playing = true),
    pause: () => void (playing = false),
    clock: {
      now: () => t,
      get warp() {
        return warp;
      },
      get playing() {
        return playing;
      },
    },
  };
  const rec = {
    state: 'inactive' as RecordingState,
    mimeType: 'video/webm',
    ondataavailable: null as ((e: { data: Blob }) => void) | null,
    onstop: null as (() => void) | null,
    onerror: null as (() => void) | null,
    start() {
      this.state = 'recording';
    },
    stop() {
      this.state = 'inactive';
      this.ondataavailable?.({ data: new Blob(['webm']) });
      this.onstop?.();
    },
  };
  let tick: (() => void) | null = null;
  const deps: RecordDeps = {
    stream: () => ({ getTracks: () => [] }) as unknown as MediaStream,
    recorder: () => rec as unknown as MediaRecorder,
    every: (fn) => ((tick = fn), () => (tick = null)),
  };
  return {
    engine,
    deps,
    rec,
    advance: (ms: number) => ((t += ms), tick?.()),
    get: () => ({ t, warp, playing }),
  };
}

describe('ViewRecorder', () => {
  it('seeks to the start, runs at the warp, stops at the end of the span and puts the clock back', async () => {
    const f = fakes();
    const r = new ViewRecorder(f.engine, f.deps);
    const done = r.record({ startMs: 1000, spanS: 60, warp: 600, fps: 30 });
    expect(r.state).toBe('recording');
    expect(f.get()).toEqual({ t: 1000, warp: 600, playing: true });
    f.advance(30_000);
    expect(r.progress).toBeCloseTo(0.5);
    f.advance(30_000);
    const blob = await done;
    expect(blob?.size).toBe(4);
    expect(r.state).toBe('done');
    expect(f.get().warp).toBe(60);
    expect(f.get().playing).toBe(false);
  });

  it('cancel drops the recording and puts the clock back', async () => {
    const f = fakes();
    const r = new ViewRecorder(f.engine, f.deps);
    const done = r.record({ startMs: 0, spanS: 600, warp: 60, fps: 60 });
    f.advance(10_000);
    r.cancel();
    expect(await done).toBeNull();
    expect(r.state).toBe('cancelled');
    expect(f.get()).toMatchObject({ warp: 60, playing: false });
  });

  it('a browser without WebM recording is an error state, not a crash', async () => {
    const f = fakes();
    const r = new ViewRecorder(f.engine, { ...f.deps, recorder: () => null });
    await expect(r.record({ startMs: 0, spanS: 60, warp: 60, fps: 30 })).rejects.toThrow(
      /cannot record WebM/,
    );
    expect(r.state).toBe('error');
  });

  it('an encoder that delivers no data is an error, and the clock is put back', async () => {
    const f = fakes();
    f.rec.stop = function () {
      this.state = 'inactive';
      this.ondataavailable?.({ data: new Blob([]) });
      this.onstop?.();
    };
    const r = new ViewRecorder(f.engine, f.deps);
    const done = r.record({ startMs: 0, spanS: 60, warp: 60, fps: 30 });
    f.advance(60_000);
    await expect(done).rejects.toThrow(/no video data/);
    expect(r.state).toBe('error');
    expect(f.get()).toMatchObject({ warp: 60, playing: false });
  });

  it('estimates and limits', () => {
    expect(recordWallS(5400, 600)).toBe(9);
    expect(recordSizeBytes({ spanS: 5400, warp: 600, fps: 30 })).toBe(9_000_000);
    expect(recordProblems({ startMs: 0, spanS: 86_400, warp: 60, fps: 30 })[0]).toMatch(/1440 s to record/);
    expect(recordProblems({ startMs: 0, spanS: 60, warp: 0, fps: 30 })[0]).toMatch(/warp/);
  });
});
