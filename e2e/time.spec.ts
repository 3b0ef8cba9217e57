/** The one clock through the UI: play/pause, warp buttons, scrubber and "now". */
import { expect, test, type Page } from '@playwright/test';
import { canvasImage, getState, gotoReady, hook, waitWall, type RgbaImage } from './helpers';

/** Samples in the central square (±20 % of the shorter side, where only the globe is) that differ. */
function centralDifference(a: RgbaImage, b: RgbaImage): number {
  const half = Math.round(Math.min(a.width, a.height) * 0.2);
  let n = 0;
  for (let y = Math.round(a.height / 2) - half; y < a.height / 2 + half; y += 3) {
    for (let x = Math.round(a.width / 2) - half; x < a.width / 2 + half; x += 3) {
      const o = (y * a.width + x) * 4;
      const d =
        Math.abs(a.data[o] - b.data[o]) +
        Math.abs(a.data[o + 1] - b.data[o + 1]) +
        Math.abs(a.data[o + 2] - b.data[o + 2]);
      if (d > 30) n++;
    }
  }
  return n;
}

/** Measured simulated-seconds per wall-second over about `wallMs` of page time. */
async function measuredRate(page: Page, wallMs = 2000): Promise<number> {
  const s0 = await page.evaluate(() => {
    const h = (window as unknown as { __constellation: { getState(): { simMs: number } } }).__constellation;
    return { sim: h.getState().simMs, wall: performance.now() };
  });
  await waitWall(page, wallMs);
  const s1 = await page.evaluate(() => {
    const h = (window as unknown as { __constellation: { getState(): { simMs: number } } }).__constellation;
    return { sim: h.getState().simMs, wall: performance.now() };
  });
  return (s1.sim - s0.sim) / (s1.wall - s0.wall);
}

test('play/pause stops and restarts the clock', async ({ page }) => {
  await gotoReady(page, '/');
  const timeText = page.getByTestId('time-utc');
  if (!(await getState(page)).playing) await page.getByTestId('play-toggle').click();
  await page.getByTestId('warp-60').click();
  await expect.poll(async () => (await getState(page)).playing).toBe(true);

  // Playing: the displayed time changes.
  const t0 = await timeText.innerText();
  await expect.poll(() => timeText.innerText()).not.toBe(t0);

  // Paused: the text and the clock stand still across more than a second of wall time.
  await page.getByTestId('play-toggle').click();
  await expect.poll(async () => (await getState(page)).playing).toBe(false);
  const pausedText = await timeText.innerText();
  const pausedMs = (await getState(page)).simMs;
  await waitWall(page, 2500);
  expect(await timeText.innerText()).toBe(pausedText);
  expect((await getState(page)).simMs).toBe(pausedMs);

  // Playing again: it moves.
  await page.getByTestId('play-toggle').click();
  await expect.poll(async () => (await getState(page)).playing).toBe(true);
  await expect.poll(() => timeText.innerText()).not.toBe(pausedText);
});

test('warp buttons set the warp and the rate of simulated time', async ({ page }) => {
  await gotoReady(page, '/');
  if (!(await getState(page)).playing) await page.getByTestId('play-toggle').click();

  await page.getByTestId('warp-3600').click();
  await expect.poll(async () => (await getState(page)).warp).toBe(3600);
  const fast = await measuredRate(page);
  expect(fast).toBeGreaterThan(3600 * 0.6);
  expect(fast).toBeLessThan(3600 * 1.4);

  await page.getByTestId('warp-10').click();
  await expect.poll(async () => (await getState(page)).warp).toBe(10);
  const slow = await measuredRate(page);
  expect(slow).toBeGreaterThan(10 * 0.6);
  expect(slow).toBeLessThan(10 * 1.4);

  await page.getByTestId('warp-1').click();
  await expect.poll(async () => (await getState(page)).warp).toBe(1);

  // Reverse flips the direction of time.
  await page.getByTestId('warp-600').click();
  await expect.poll(async () => (await getState(page)).warp).toBe(600);
  await page.getByTestId('warp-reverse').click();
  await expect.poll(async () => (await getState(page)).warp).toBe(-600);
  expect(await measuredRate(page, 1500)).toBeLessThan(0);
});

test('the scrubber moves simulated time, and the paused view redraws', async ({ page }) => {
  await gotoReady(page, '/');
  await hook(page, 'pause');
  await expect.poll(async () => (await getState(page)).playing).toBe(false);
  const scrubber = page.getByTestId('scrubber');
  await expect(scrubber).toBeVisible();
  const box = await scrubber.boundingBox();
  if (!box) throw new Error('scrubber has no box');
  const before = (await getState(page)).simMs;
  const text0 = await page.getByTestId('time-utc').innerText();
  const image0 = await canvasImage(page);

  await page.mouse.click(box.x + box.width * 0.15, box.y + box.height / 2);
  await expect.poll(async () => (await getState(page)).simMs).not.toBe(before);
  const early = (await getState(page)).simMs;
  // Paused, the scene renders on demand: a seek must still redraw it (Earth turned, satellites moved).
  await expect
    .poll(async () => centralDifference(image0, await canvasImage(page)), {
      message: 'the globe redraws after scrubbing while paused',
    })
    .toBeGreaterThan(100);
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height / 2);
  await expect.poll(async () => (await getState(page)).simMs).not.toBe(early);
  const late = (await getState(page)).simMs;
  expect(late, 'right of the scrubber is later than left').toBeGreaterThan(early);
  await expect(page.getByTestId('time-utc')).not.toHaveText(text0);
});

test('the now button jumps to the wall-clock time', async ({ page }) => {
  await gotoReady(page, '/');
  await hook(page, 'pause');
  const monthAgo = Date.now() - 30 * 86400_000;
  await hook(page, 'seek', monthAgo);
  await expect
    .poll(async () => Math.abs((await getState(page)).simMs - Date.now()))
    .toBeGreaterThan(20 * 86400_000);
  await page.getByTestId('now-button').click();
  await expect
    .poll(async () => {
      const st = await getState(page);
      const wall = await page.evaluate(() => Date.now());
      return Math.abs(st.simMs - wall);
    })
    .toBeLessThan(120_000);
});
