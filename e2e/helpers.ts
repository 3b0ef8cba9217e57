/**
 * Shared helpers for the e2e tests: waiting on the app's ready signal, calling the
 * `window.__constellation` hook (docs/contracts-app.md), reading canvas pixels (a tiny PNG decoder
 * over Node's zlib, no dependency) and saving screenshots into e2e-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

export const ARTIFACTS_DIR = 'e2e-artifacts';

/** What `__constellation.getState()` returns. */
export interface HookState {
  simMs: number;
  timeUtc: string;
  warp: number;
  playing: boolean;
  selected: number | null;
  selectedId: string | null;
  total: number;
  status: string;
}

export interface FrameStats {
  count: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

/** The hook as the tests see it; declared locally so it never clashes with the app's own typing. */
export interface ConstellationHook {
  getState(): HookState;
  seek(ms: number): void;
  setWarp(w: number): void;
  play(): void;
  pause(): void;
  select(index: number | null): void;
  loadScenario(json: unknown): Promise<unknown>;
  screenPosition(index: number): { x: number; y: number } | null;
  frameStats(): FrameStats;
  resetFrameStats(): void;
  propagationStats(): { keyframeSatStatesPerS: number; lastKeyframeMs: number; runtime: string };
  checksum(): number;
  setColorMode(mode: 'shell' | 'sunlight' | 'battery' | 'temperature' | 'compute' | 'margin'): void;
  series(): {
    index: number;
    startMs: number;
    endMs: number;
    periodS: number;
    events: { tMs: number; kind: string }[];
  } | null;
  budgetTotals(): {
    nodes: number;
    inShadow: number;
    computeOnlineTops: number;
    computeInstalledTops: number;
  } | null;
}

type HookMethod = keyof ConstellationHook;

/** Calls one hook method in the page with JSON-serialisable arguments and returns its (awaited) result. */
export async function hook<M extends HookMethod>(
  page: Page,
  method: M,
  ...args: Parameters<ConstellationHook[M]>
): Promise<Awaited<ReturnType<ConstellationHook[M]>>> {
  return page.evaluate(
    async ([m, a]) => {
      const h = (window as unknown as { __constellation: Record<string, (...x: unknown[]) => unknown> })
        .__constellation;
      if (!h) throw new Error('window.__constellation is missing');
      return await h[m as string](...(a as unknown[]));
    },
    [method, args] as const,
  ) as Promise<Awaited<ReturnType<ConstellationHook[M]>>>;
}

export const getState = (page: Page): Promise<HookState> => hook(page, 'getState');

/** Waits until `<html data-ready="true">` (scenario loaded and a frame with satellites drawn). */
export async function waitReady(page: Page, timeout = 75_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
    timeout,
    polling: 100,
  });
}

/** Navigates and waits for the ready signal; fails early with the page's own error text if it shows one. */
export async function gotoReady(page: Page, url = '/'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  try {
    await waitReady(page);
  } catch (e) {
    const status = await page.evaluate(() => document.documentElement.dataset.status).catch(() => '?');
    throw new Error(
      `app never became ready (status=${status}; page errors: ${errors.join(' | ') || 'none'}): ${e}`,
    );
  }
}

/** Waits `n` animation frames in the page (a frame count, not a fixed sleep). */
export async function waitFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/** Waits until at least `ms` of wall time has passed in the page *and* a frame was drawn after it. */
export async function waitWall(page: Page, ms: number): Promise<void> {
  const t0 = await page.evaluate(() => performance.now());
  await page.waitForFunction((t) => performance.now() >= t, t0 + ms, { polling: 'raf' });
  await waitFrames(page, 2);
}

/** The WebGL canvas: `[data-testid=scene-canvas]` itself or the canvas inside it. */
export function sceneCanvas(page: Page): Locator {
  return page.locator('canvas[data-testid="scene-canvas"], [data-testid="scene-canvas"] canvas').first();
}

export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await sceneCanvas(page).boundingBox();
  if (!box) throw new Error('scene canvas has no bounding box');
  return box;
}

export interface VisibleSatellite {
  index: number;
  /** CSS px in the canvas (from `screenPosition`). */
  cx: number;
  cy: number;
  /** CSS px in the page, for mouse actions. */
  px: number;
  py: number;
}

/**
 * Satellites whose `screenPosition` is inside the canvas, away from its edges, and whose pixel is
 * not covered by a panel (elementFromPoint is the canvas). Samples indices spread over the
 * constellation so the result does not depend on one shell.
 */
export async function visibleSatellites(page: Page, want = 8, margin = 12): Promise<VisibleSatellite[]> {
  const total = (await getState(page)).total;
  return page.evaluate(
    ({ total, want, margin }) => {
      const h = (
        window as unknown as {
          __constellation: { screenPosition(i: number): { x: number; y: number } | null };
        }
      ).__constellation;
      const canvas =
        (document.querySelector('canvas[data-testid="scene-canvas"]') as HTMLCanvasElement | null) ??
        (document.querySelector('[data-testid="scene-canvas"] canvas') as HTMLCanvasElement | null);
      if (!canvas) return [];
      const r = canvas.getBoundingClientRect();
      const out: { index: number; cx: number; cy: number; px: number; py: number }[] = [];
      const stride = Math.max(1, Math.floor(total / 97));
      const seen = new Set<number>();
      const candidates: number[] = [];
      for (let k = 0; k < total && candidates.length < 400; k += stride) candidates.push(k);
      for (let k = 0; k < Math.min(total, 64); k++) candidates.push(k);
      for (const i of candidates) {
        if (seen.has(i)) continue;
        seen.add(i);
        const p = h.screenPosition(i);
        if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
        if (p.x < margin || p.y < margin || p.x > r.width - margin || p.y > r.height - margin) continue;
        const px = r.left + p.x;
        const py = r.top + p.y;
        const el = document.elementFromPoint(px, py);
        if (el !== canvas) continue;
        // Keep satellites apart from each other so a click picks the one we mean.
        if (out.some((o) => Math.hypot(o.cx - p.x, o.cy - p.y) < 10)) continue;
        out.push({ index: i, cx: p.x, cy: p.y, px, py });
        if (out.length >= want) break;
      }
      return out;
    },
    { total, want, margin },
  );
}

/** Pauses the clock through the hook and waits until the state says so. */
export async function pauseSim(page: Page): Promise<void> {
  await hook(page, 'pause');
  await expect.poll(async () => (await getState(page)).playing).toBe(false);
  await waitFrames(page, 3);
}

/** Saves a full-page screenshot into e2e-artifacts/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png`, fullPage: false });
}

/** First number in an element's text ("550.0 km" → 550). */
export async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).innerText()).replace(/,/g, '');
  const m = text.match(/[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?/i);
  if (!m) throw new Error(`${testId}: no number in "${text}"`);
  return Number(m[0]);
}

// ---------------------------------------------------------------------------------------------
// PNG decoding (8-bit greyscale/RGB/RGBA, non-interlaced — what Chromium's screenshots are).

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, RGBA. */
  data: Uint8Array;
}

export function decodePng(buf: Buffer): RgbaImage {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  for (let i = 0; i < 8; i++) if (buf[i] !== sig[i]) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8];
      colorType = body[9];
      interlace = body[12];
    } else if (type === 'PLTE') palette = Buffer.from(body);
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (bitDepth !== 8 || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${bitDepth}, interlace ${interlace}`);
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = pixels.subarray(y * stride, (y + 1) * stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      switch (filter) {
        case 0:
          break;
        case 1:
          v += a;
          break;
        case 2:
          v += b;
          break;
        case 3:
          v += (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`bad PNG filter ${filter}`);
      }
      cur[x] = v & 0xff;
    }
    prev = cur;
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    const d = i * 4;
    if (colorType === 6) {
      data.set(pixels.subarray(s, s + 4), d);
    } else if (colorType === 2) {
      data[d] = pixels[s];
      data[d + 1] = pixels[s + 1];
      data[d + 2] = pixels[s + 2];
      data[d + 3] = 255;
    } else if (colorType === 3) {
      const p = (palette as Buffer).subarray(pixels[s] * 3, pixels[s] * 3 + 3);
      data[d] = p[0];
      data[d + 1] = p[1];
      data[d + 2] = p[2];
      data[d + 3] = 255;
    } else {
      data[d] = data[d + 1] = data[d + 2] = pixels[s];
      data[d + 3] = colorType === 4 ? pixels[s + 1] : 255;
    }
  }
  return { width, height, data };
}

export function pixelAt(img: RgbaImage, x: number, y: number): [number, number, number] {
  const xi = Math.min(img.width - 1, Math.max(0, Math.round(x)));
  const yi = Math.min(img.height - 1, Math.max(0, Math.round(y)));
  const o = (yi * img.width + xi) * 4;
  return [img.data[o], img.data[o + 1], img.data[o + 2]];
}

/** Screenshot of just the canvas, decoded. Pixel (x, y) is CSS px (x, y) of the canvas (scale: 'css'). */
export async function canvasImage(page: Page): Promise<RgbaImage> {
  const box = await canvasBox(page);
  const png = await page.screenshot({
    clip: { x: box.x, y: box.y, width: Math.floor(box.width), height: Math.floor(box.height) },
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
  return decodePng(png);
}
