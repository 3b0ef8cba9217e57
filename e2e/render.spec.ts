/**
 * The app becomes ready on the default scenario and actually draws: Earth near the centre of the
 * canvas and satellites where the hook says they are.
 */
import { expect, test } from '@playwright/test';
import {
  canvasBox,
  canvasImage,
  getState,
  gotoReady,
  pauseSim,
  pixelAt,
  saveScreenshot,
  visibleSatellites,
  type RgbaImage,
} from './helpers';

/** Median colour of the four corner patches: the background (space) colour. */
function backgroundColour(img: RgbaImage): [number, number, number] {
  const samples: [number, number, number][] = [];
  const patch = 8;
  for (const [cx, cy] of [
    [2, 2],
    [img.width - patch - 2, 2],
    [2, img.height - patch - 2],
    [img.width - patch - 2, img.height - patch - 2],
  ]) {
    for (let y = 0; y < patch; y++)
      for (let x = 0; x < patch; x++) samples.push(pixelAt(img, cx + x, cy + y));
  }
  const med = (k: number) => samples.map((s) => s[k]).sort((a, b) => a - b)[samples.length >> 1];
  return [med(0), med(1), med(2)];
}

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

test('app becomes ready and the loading overlay goes away; nothing deprecated is logged', async ({
  page,
}) => {
  const deprecations: string[] = [];
  page.on('console', (m) => {
    if (/deprecat/i.test(m.text())) deprecations.push(`${m.type()}: ${m.text()}`);
  });
  await gotoReady(page, '/');
  await expect(page.getByTestId('loading-overlay')).toBeHidden();
  await expect(page.getByTestId('webgl-error')).toBeHidden();
  const st = await getState(page);
  expect(st.status).toBe('ready');
  expect(st.total).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.dataset.status)).toBe('ready');
  await expect(page.getByTestId('time-utc')).toHaveText(/\d{4}-\d{2}-\d{2}/);
  await saveScreenshot(page, 'first-view-desktop');
  // e.g. "THREE.Clock: This module has been deprecated" from R3F's store (see vite.config.ts).
  expect(deprecations).toEqual([]);
});

test('canvas shows Earth near the centre and satellites at their screen positions', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  const box = await canvasBox(page);
  expect(box.width).toBeGreaterThan(300);
  expect(box.height).toBeGreaterThan(300);

  const img = await canvasImage(page);
  const bg = backgroundColour(img);
  // Background should be dark (space).
  expect(Math.max(...bg), `background colour ${bg}`).toBeLessThan(80);

  // Earth: a central square (±20 % of the shorter side) is mostly unlike the background and holds
  // bright day-side pixels. The night side is dark (close to the background), so the thresholds are
  // low on purpose; an empty or black canvas still fails both.
  const half = Math.round(Math.min(img.width, img.height) * 0.2);
  const cx = img.width / 2;
  const cy = img.height / 2;
  let differing = 0;
  let bright = 0;
  let n = 0;
  for (let y = cy - half; y < cy + half; y += 2) {
    for (let x = cx - half; x < cx + half; x += 2) {
      const p = pixelAt(img, x, y);
      n++;
      if (dist(p, bg) > 8) differing++;
      if (Math.max(...p) >= 60) bright++;
    }
  }
  expect(differing / n, `fraction of central pixels unlike the background (bg ${bg})`).toBeGreaterThan(0.4);
  expect(bright / n, 'fraction of bright (day-side) central pixels').toBeGreaterThan(0.03);

  // Satellites: the pixels around a few screen positions differ from the background.
  const sats = await visibleSatellites(page, 8);
  expect(sats.length, 'satellites on screen').toBeGreaterThanOrEqual(3);
  const hits = sats.filter((s) => {
    let best = 0;
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) best = Math.max(best, dist(pixelAt(img, s.cx + dx, s.cy + dy), bg));
    return best > 40;
  });
  expect(
    hits.length,
    `satellites drawn where screenPosition says (${hits.length}/${sats.length})`,
  ).toBeGreaterThanOrEqual(Math.ceil(sats.length * 0.6));
});
