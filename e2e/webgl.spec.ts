/**
 * WebGL trouble: without WebGL the app says so in words instead of showing a blank page; a lost
 * context (WEBGL_lose_context) is restored with everything it drew.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  canvasImage,
  getState,
  gotoReady,
  hook,
  pauseSim,
  pixelAt,
  saveScreenshot,
  visibleSatellites,
  waitFrames,
  type RgbaImage,
  type VisibleSatellite,
} from './helpers';
// @ts-expect-error — plain ES module without types (the benchmark's TLE generator)
import { walkerTleText } from '../bench/synthetic.mjs';

test('missing WebGL shows a readable error', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // Any WebGL context request fails, as on a browser with WebGL disabled.
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
    if ('OffscreenCanvas' in window) {
      const off = OffscreenCanvas.prototype.getContext;
      OffscreenCanvas.prototype.getContext = function (
        this: OffscreenCanvas,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null;
        return (off as (...a: unknown[]) => OffscreenRenderingContext | null).call(this, type, ...rest);
      } as typeof OffscreenCanvas.prototype.getContext;
    }
  });
  await page.goto('/');
  const err = page.getByTestId('webgl-error');
  await expect(err).toBeVisible({ timeout: 45_000 });
  const text = (await err.innerText()).trim();
  expect(text.length, `error text: "${text}"`).toBeGreaterThanOrEqual(20);
  expect(text).toMatch(/webgl/i);
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).not.toBe('true');
  await saveScreenshot(page, 'webgl-error');
});

/** Sum of absolute RGB differences. */
const rgbDist = (a: readonly number[], b: readonly number[]) =>
  Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

/** Largest difference from `bg` in the 5 × 5 CSS px around (x, y): a drawn satellite stands out. */
function contrastAt(img: RgbaImage, x: number, y: number, bg: readonly number[]): number {
  let best = 0;
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) best = Math.max(best, rgbDist(pixelAt(img, x + dx, y + dy), bg));
  return best;
}

/** Calls the scene canvas's WEBGL_lose_context extension: lose or restore its context. */
async function loseContext(page: Page, action: 'loseContext' | 'restoreContext'): Promise<void> {
  await page.evaluate((a) => {
    const canvas = (document.querySelector('canvas[data-testid="scene-canvas"]') ??
      document.querySelector('[data-testid="scene-canvas"] canvas')) as HTMLCanvasElement;
    // The app's own context (getContext returns the existing one for the same type).
    const gl = canvas.getContext('webgl2');
    if (!gl) throw new Error('no webgl2 context on the scene canvas');
    const w = window as unknown as { __loseExt?: WEBGL_lose_context };
    w.__loseExt ??= gl.getExtension('WEBGL_lose_context') ?? undefined;
    if (!w.__loseExt) throw new Error('WEBGL_lose_context is not available');
    w.__loseExt[a]();
  }, action);
}

const contextLost = (page: Page) =>
  page.evaluate(() => {
    const canvas = (document.querySelector('canvas[data-testid="scene-canvas"]') ??
      document.querySelector('[data-testid="scene-canvas"] canvas')) as HTMLCanvasElement;
    return canvas.getContext('webgl2')?.isContextLost() ?? true;
  });

test('a lost WebGL context is restored: Earth, satellites (both propagators) and picking come back', async ({
  page,
}) => {
  await gotoReady(page, '/');
  // Closed-form (walker) and SGP4 (TLE) satellites: the phase texture and the keyframe texture both
  // have to be uploaded again into the new context.
  const scenario = {
    version: 1,
    name: 'Context loss',
    epoch: '2025-06-01T00:00:00Z',
    shells: [
      { kind: 'walker', name: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 12, satsPerPlane: 12 },
      { kind: 'tle', name: 'tle', text: walkerTleText(144, 1200, 80) },
    ],
  };
  await hook(page, 'loadScenario', scenario);
  await expect.poll(async () => (await getState(page)).total).toBe(288);
  await pauseSim(page);
  // Every satellite on screen (indices ≥ 144 are the TLE ones, drawn once their keyframe window is in).
  await expect
    .poll(async () => (await visibleSatellites(page, 288)).filter((s) => s.index >= 144).length)
    .toBeGreaterThanOrEqual(3);
  const sats = await visibleSatellites(page, 288);
  const walkers = sats.filter((s) => s.index < 144);
  const tles = sats.filter((s) => s.index >= 144);
  expect(walkers.length, 'walker satellites on screen').toBeGreaterThanOrEqual(3);
  expect(tles.length, 'TLE satellites on screen').toBeGreaterThanOrEqual(3);

  const before = await canvasImage(page);
  const bg = pixelAt(before, 3, 3);
  const drawn = (img: RgbaImage, list: VisibleSatellite[]) =>
    list.filter((s) => contrastAt(img, s.cx, s.cy, bg) > 40).length;
  expect(drawn(before, walkers), 'walker satellites drawn before').toBeGreaterThanOrEqual(
    Math.ceil(walkers.length * 0.6),
  );
  expect(drawn(before, tles), 'TLE satellites drawn before').toBeGreaterThanOrEqual(
    Math.ceil(tles.length * 0.6),
  );

  await loseContext(page, 'loseContext');
  await expect.poll(() => contextLost(page)).toBe(true);
  await expect(page.getByTestId('notice')).toContainText('lost');

  await loseContext(page, 'restoreContext');
  await expect.poll(() => contextLost(page)).toBe(false);
  await expect(page.getByTestId('notice')).toContainText('restored');
  await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('notice')).toBeHidden();
  await waitFrames(page, 4);

  // Paused, same camera: the restored frame is the frame before the loss (Earth's textures included).
  const after = await canvasImage(page);
  let changed = 0;
  for (let i = 0; i < after.data.length; i += 4) {
    if (
      rgbDist(
        [after.data[i], after.data[i + 1], after.data[i + 2]],
        [before.data[i], before.data[i + 1], before.data[i + 2]],
      ) > 30
    )
      changed++;
  }
  const changedFraction = changed / (after.width * after.height);
  expect(changedFraction, 'fraction of canvas pixels unlike the frame before the loss').toBeLessThan(0.01);
  expect(drawn(after, walkers), 'walker satellites drawn after the restore').toBeGreaterThanOrEqual(
    drawn(before, walkers),
  );
  expect(drawn(after, tles), 'TLE satellites drawn after the restore').toBeGreaterThanOrEqual(
    drawn(before, tles),
  );

  // GPU picking renders into its own target, which must exist again in the new context.
  // A satellite with no other drawn within 8 px, so the click can only mean it (two satellites one
  // behind the other on screen made this pick the nearer one).
  const everyOne = await page.evaluate(() => {
    const h = (
      window as unknown as { __constellation: { screenPosition(i: number): { x: number; y: number } | null } }
    ).__constellation;
    return Array.from({ length: 288 }, (_, i) => h.screenPosition(i));
  });
  const alone = (list: VisibleSatellite[]) =>
    list.find((s) =>
      everyOne.every((o, i) => i === s.index || !o || Math.hypot(o.x - s.cx, o.y - s.cy) > 8),
    ) ?? list[0];
  for (const s of [alone(walkers), alone(tles)]) {
    await page.mouse.click(s.px, s.py);
    await expect.poll(async () => (await getState(page)).selected, { timeout: 5_000 }).toBe(s.index);
  }
});
