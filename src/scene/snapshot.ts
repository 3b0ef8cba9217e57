/**
 * Pictures of the view at a chosen pixel size (the export dialog's PNG): the renderer's pixel ratio
 * is raised for two frames so that the drawing buffer covers `width` × `height` device pixels, the
 * scene is drawn at that size by its own layers (points, link widths and labels scale with the pixel
 * ratio as on a high-density screen), the centred `width` × `height` region is read back, and the
 * ratio is put back. Nothing is upscaled: where the browser caps the drawing buffer below the size
 * asked for, the request fails and says so.
 */
import type { WebGLRenderer } from 'three';

/** RGBA pixels, top row first, alpha 255. */
export interface SnapshotPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

interface Job {
  width: number;
  height: number;
  resolve: (p: SnapshotPixels) => void;
  reject: (e: Error) => void;
  /** 0: asked; 1: ratio raised, this frame's layers used the old one; 2: read after this frame. */
  stage: 0 | 1 | 2;
  prevRatio: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Largest side a snapshot may ask for, px. */
export const MAX_SNAPSHOT_PX = 8192;

const state = {
  job: null as Job | null,
  invalidate: (): void => undefined,
};

/** The mounted renderer registers how to ask for a frame (the canvas draws on demand while paused). */
export function registerSnapshotInvalidate(fn: () => void): void {
  state.invalidate = fn;
}

/** The view drawn at `width` × `height` px (rejects with a plain message when it cannot be). */
export function requestSnapshot(width: number, height: number): Promise<SnapshotPixels> {
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 1 ||
    height < 1 ||
    width > MAX_SNAPSHOT_PX ||
    height > MAX_SNAPSHOT_PX
  )
    return Promise.reject(
      new Error(`A picture must be 1–${MAX_SNAPSHOT_PX} px on each side, got ${width} × ${height}.`),
    );
  if (state.job) return Promise.reject(new Error('A picture is already being made.'));
  return new Promise<SnapshotPixels>((resolve, reject) => {
    const job: Job = { width, height, resolve, reject, stage: 0, prevRatio: 1, timer: null };
    job.timer = setTimeout(
      () => finish(job, null, new Error('The view did not draw a frame within 15 s (is the tab hidden?).')),
      15_000,
    );
    state.job = job;
    state.invalidate();
  });
}

let restore: (() => void) | null = null;

function finish(job: Job, pixels: SnapshotPixels | null, error: Error | null): void {
  if (state.job !== job) return;
  state.job = null;
  if (job.timer) clearTimeout(job.timer);
  restore?.();
  restore = null;
  if (pixels) job.resolve(pixels);
  else job.reject(error ?? new Error('The picture failed.'));
  state.invalidate();
}

/** Before the frame's render: raises the pixel ratio for a waiting request. `cssWidth`/`cssHeight`: the canvas size, CSS px. */
export function snapshotBeforeRender(gl: WebGLRenderer, cssWidth: number, cssHeight: number): void {
  const job = state.job;
  if (!job) return;
  if (job.stage === 1) {
    job.stage = 2;
    return;
  }
  if (job.stage !== 0) return;
  const ctx = gl.getContext();
  const dims = ctx.getParameter(ctx.MAX_VIEWPORT_DIMS) as Int32Array;
  const maxRb = ctx.getParameter(ctx.MAX_RENDERBUFFER_SIZE) as number;
  const scale = Math.max(job.width / cssWidth, job.height / cssHeight) * (1 + 1e-9);
  const bufW = Math.floor(cssWidth * scale),
    bufH = Math.floor(cssHeight * scale);
  const maxW = Math.min(dims[0], maxRb),
    maxH = Math.min(dims[1], maxRb);
  if (bufW > maxW || bufH > maxH) {
    finish(
      job,
      null,
      new Error(
        `This window's shape needs a ${bufW} × ${bufH} drawing buffer for ${job.width} × ${job.height}; this browser allows ${maxW} × ${maxH}. Try a smaller size or a window closer to ${job.width}:${job.height}.`,
      ),
    );
    return;
  }
  job.prevRatio = gl.getPixelRatio();
  gl.setPixelRatio(scale);
  restore = () => gl.setPixelRatio(job.prevRatio);
  job.stage = 1;
  state.invalidate();
}

/** After the frame's render: reads the centred region once a frame was drawn at the raised ratio. */
export function snapshotAfterRender(gl: WebGLRenderer): void {
  const job = state.job;
  if (!job) return;
  if (job.stage === 1) {
    state.invalidate();
    return;
  }
  if (job.stage !== 2) return;
  const ctx = gl.getContext();
  const bw = ctx.drawingBufferWidth,
    bh = ctx.drawingBufferHeight;
  const { width: w, height: h } = job;
  if (bw < w || bh < h) {
    finish(
      job,
      null,
      new Error(
        `The browser limited the drawing buffer to ${bw} × ${bh}, below the ${w} × ${h} asked for; the picture would be upscaled, so none was made.`,
      ),
    );
    return;
  }
  const x0 = Math.floor((bw - w) / 2),
    y0 = Math.floor((bh - h) / 2);
  const raw = new Uint8Array(w * h * 4);
  ctx.readPixels(x0, y0, w, h, ctx.RGBA, ctx.UNSIGNED_BYTE, raw);
  // WebGL rows run bottom to top; the canvas behind the scene is opaque black.
  const data = new Uint8ClampedArray(w * h * 4);
  const row = w * 4;
  for (let y = 0; y < h; y++) data.set(raw.subarray((h - 1 - y) * row, (h - y) * row), y * row);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  finish(job, { width: w, height: h, data }, null);
}
