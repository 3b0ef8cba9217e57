/**
 * WebM recording of the view (the export dialog's "Recording"): the scene canvas's stream
 * (`captureStream(fps)`) through MediaRecorder while the clock runs from a start time over a chosen
 * span of simulated time at a chosen warp; progress, cancel, a size estimate. The clock's warp and
 * play state are put back afterwards. States: idle → recording → done | cancelled | error.
 */
import { t } from '../../i18n/i18n';

/** What the recorder needs of the engine (the Engine implements it). */
export interface RecordClock {
  seek(t: number): boolean;
  setWarp(w: number): boolean;
  play(): void;
  pause(): void;
  readonly clock: { now(): number; readonly warp: number; readonly playing: boolean };
}

/** The browser pieces the recorder uses (injected in tests). */
export interface RecordDeps {
  /** A media stream of the canvas at `fps` (canvas.captureStream). */
  stream(fps: number): MediaStream;
  /** A MediaRecorder over the stream (null when the browser has none or cannot encode WebM). */
  recorder(stream: MediaStream, bitsPerSecond: number): MediaRecorder | null;
  /** Calls `fn` about every `ms` until the returned function is called. */
  every(fn: () => void, ms: number): () => void;
}

export type RecordState = 'idle' | 'recording' | 'done' | 'cancelled' | 'error';

export interface RecordOptions {
  startMs: number;
  /** Simulated seconds to record. */
  spanS: number;
  warp: number;
  fps: 30 | 60;
}

/** Longest recording, wall seconds. */
export const MAX_RECORD_WALL_S = 600;

/** Video bit rate chosen for a frame rate, bit/s (about 1080p quality for VP8/VP9). */
export function recordBitrate(fps: 30 | 60): number {
  return fps === 60 ? 12_000_000 : 8_000_000;
}

/** Wall seconds a recording of `spanS` simulated seconds at `warp` takes. */
export function recordWallS(spanS: number, warp: number): number {
  return Math.abs(spanS / warp);
}

/** Expected file size, bytes (bit rate × wall time; real files of a mostly black view are smaller). */
export function recordSizeBytes(o: Pick<RecordOptions, 'spanS' | 'warp' | 'fps'>): number {
  return (recordBitrate(o.fps) * recordWallS(o.spanS, o.warp)) / 8;
}

/** Problems with the options, in words (empty when they can be recorded). */
export function recordProblems(o: RecordOptions): string[] {
  const p: string[] = [];
  if (!Number.isFinite(o.spanS) || o.spanS <= 0) p.push(t('present:problems.span'));
  if (!Number.isFinite(o.warp) || o.warp === 0 || Math.abs(o.warp) > 1_000_000)
    p.push(t('present:problems.warp'));
  if (!p.length && recordWallS(o.spanS, o.warp) > MAX_RECORD_WALL_S)
    p.push(
      t('present:problems.tooLong', {
        seconds: Math.round(recordWallS(o.spanS, o.warp)),
        max: MAX_RECORD_WALL_S,
      }),
    );
  if (!Number.isFinite(o.startMs)) p.push(t('present:problems.start'));
  return p;
}

export class ViewRecorder {
  state: RecordState = 'idle';
  /** 0 … 1 of the span recorded. */
  progress = 0;
  error = '';
  private rec: MediaRecorder | null = null;
  private stopTick: (() => void) | null = null;
  private restore: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly engine: RecordClock,
    private readonly deps: RecordDeps,
  ) {}

  /** Calls `fn` on every change of state or progress; returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const f of this.listeners) f();
  }

  /** Records; resolves to the WebM file, or null when cancelled; rejects (state `error`) when the browser cannot record. */
  record(o: RecordOptions): Promise<Blob | null> {
    if (this.state === 'recording') return Promise.reject(new Error(t('present:problems.running')));
    const problems = recordProblems(o);
    if (problems.length) return Promise.reject(new Error(problems.join(' ')));
    let stream: MediaStream;
    let rec: MediaRecorder | null;
    try {
      stream = this.deps.stream(o.fps);
      rec = this.deps.recorder(stream, recordBitrate(o.fps));
    } catch (e) {
      rec = null;
      this.error = e instanceof Error ? e.message : String(e);
    }
    if (!rec) {
      this.state = 'error';
      this.error ||= t('present:problems.noRecorder');
      this.changed();
      return Promise.reject(new Error(this.error));
    }
    this.rec = rec;
    const e = this.engine;
    const before = { warp: e.clock.warp, playing: e.clock.playing };
    this.restore = () => {
      e.setWarp(before.warp);
      if (before.playing) e.play();
      else e.pause();
    };
    const chunks: Blob[] = [];
    this.state = 'recording';
    this.progress = 0;
    this.error = '';
    e.pause();
    e.seek(o.startMs);
    e.setWarp(o.warp);
    return new Promise<Blob | null>((resolve, reject) => {
      rec.ondataavailable = (ev) => {
        if (ev.data && ev.data.size > 0) chunks.push(ev.data);
      };
      rec.onerror = () => {
        this.finish('error', t('present:problems.stopped'));
        reject(new Error(this.error));
      };
      rec.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        if (this.state === 'cancelled' || this.state === 'error') return resolve(null);
        if (!chunks.some((c) => c.size > 0)) {
          // Seen in headless Chromium: the recorder runs but its encoder never delivers data.
          this.finish('error', t('present:problems.noData'));
          return reject(new Error(this.error));
        }
        this.finish('done', '');
        resolve(new Blob(chunks, { type: rec.mimeType || 'video/webm' }));
      };
      const endMs = o.startMs + Math.sign(o.warp) * o.spanS * 1000;
      this.stopTick = this.deps.every(() => {
        const t = e.clock.now();
        this.progress = Math.min(1, Math.max(0, (t - o.startMs) / (endMs - o.startMs)));
        this.changed();
        if (this.progress >= 1 && rec.state === 'recording') {
          this.stopTick?.();
          this.stopTick = null;
          rec.stop();
        }
      }, 100);
      rec.start(1000);
      e.play();
      this.changed();
    });
  }

  /** Stops a running recording and drops what was recorded. */
  cancel(): void {
    if (this.state !== 'recording') return;
    this.finish('cancelled', '');
    if (this.rec && this.rec.state !== 'inactive') this.rec.stop();
  }

  private finish(state: RecordState, error: string): void {
    this.stopTick?.();
    this.stopTick = null;
    if (this.state === 'recording') this.restore?.();
    this.restore = null;
    this.state = state;
    this.error = error;
    if (state === 'done') this.progress = 1;
    this.changed();
  }
}

/** The browser's pieces for the scene canvas. */
export function browserRecordDeps(canvas: HTMLCanvasElement): RecordDeps {
  return {
    stream: (fps) => canvas.captureStream(fps),
    recorder: (stream, bits) => {
      if (typeof MediaRecorder === 'undefined') return null;
      const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
        MediaRecorder.isTypeSupported(t),
      );
      return type ? new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: bits }) : null;
    },
    every: (fn, ms) => {
      const id = setInterval(fn, ms);
      return () => clearInterval(id);
    },
  };
}
