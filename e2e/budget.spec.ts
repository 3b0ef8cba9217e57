/**
 * Issue 5 in the browser: the selected node's budget follows the clock into eclipse (generation
 * falls to 0, the battery drains), the constellation can be recoloured by a budget quantity (each
 * satellite drawn in the scale's colour for its value) with a legend, and the totals panel reports
 * the constellation. Time moves only through the app's clock.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  canvasImage,
  getState,
  gotoReady,
  hook,
  numberIn,
  pauseSim,
  pixelAt,
  saveScreenshot,
  visibleSatellites,
  waitFrames,
  type RgbaImage,
} from './helpers';
import { COLOR_SCALES } from '../src/scene/colorModes';

/** The battery percentage shown in the budget panel ("14.3 kWh · 72 %" → 72). */
async function batteryPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('budget-battery').innerText();
  const m = text.match(/(\d+(?:\.\d+)?)\s*%/);
  if (!m) throw new Error(`no percentage in "${text}"`);
  return Number(m[1]);
}

test('the selected node’s budget goes into eclipse: generation falls to 0 and the battery drains', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  const index = 600; // a satellite of the 550 km, 53° shell
  await hook(page, 'select', index);
  await expect(page.getByTestId('budget-panel')).toBeVisible();
  await expect.poll(async () => (await hook(page, 'series'))?.index, { timeout: 30_000 }).toBe(index);

  const now = (await getState(page)).simMs;
  const series = (await hook(page, 'series'))!;
  const umbraIn = series.events.find((e) => e.kind === 'umbra_in' && e.tMs > now + 5 * 60_000);
  expect(umbraIn, 'an eclipse within the next two orbits').toBeTruthy();
  const umbraOut = series.events.find((e) => e.kind === 'umbra_out' && e.tMs > umbraIn!.tMs)!;
  // A real LEO eclipse: at 550 km it lasts up to 35.6 min (V4), less at higher beta angles.
  expect((umbraOut.tMs - umbraIn!.tMs) / 60_000).toBeGreaterThan(10);
  expect((umbraOut.tMs - umbraIn!.tMs) / 60_000).toBeLessThan(35.7);

  // Just before the eclipse: sunlit, generating.
  await hook(page, 'seek', umbraIn!.tMs - 3 * 60_000);
  await expect(page.getByTestId('budget-sunlight')).toContainText(/sunlit/i);
  await expect.poll(() => numberIn(page, 'budget-power-gen')).toBeGreaterThan(1);
  const before = await batteryPercent(page);
  await saveScreenshot(page, 'budget-sunlit');

  // Near the end of the umbra pass: no generation, the battery lower.
  await hook(page, 'seek', umbraOut.tMs - 2 * 60_000);
  await expect(page.getByTestId('budget-sunlight')).toContainText(/umbra/i);
  await expect.poll(() => numberIn(page, 'budget-power-gen')).toBe(0);
  await expect.poll(() => batteryPercent(page)).toBeLessThan(before - 5);
  await expect(page.getByTestId('budget-margin')).toContainText('−');
  await saveScreenshot(page, 'budget-umbra');
});

/** A scale's ramp colour at `t` (0 … 1), 0–255: the 5 stops evenly spaced, linear between them, as the shader. */
function rampColour(stops: readonly (readonly number[])[], t: number): [number, number, number] {
  const x = Math.min(Math.max(t, 0), 1) * (stops.length - 1);
  const i = Math.min(Math.floor(x), stops.length - 2);
  const f = x - i;
  return [0, 1, 2].map((k) => (stops[i][k] + (stops[i + 1][k] - stops[i][k]) * f) * 255) as [
    number,
    number,
    number,
  ];
}

/** Smallest RGB distance (sum of |Δ|) to `want` among the 5 × 5 CSS px around (x, y): a 3 px point may straddle pixels. */
function nearestColourDist(img: RgbaImage, x: number, y: number, want: readonly number[]): number {
  let best = Infinity;
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const p = pixelAt(img, x + dx, y + dy);
      best = Math.min(best, Math.abs(p[0] - want[0]) + Math.abs(p[1] - want[1]) + Math.abs(p[2] - want[2]));
    }
  }
  return best;
}

test('recolouring by battery draws each satellite in the ramp colour of its state of charge', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  await page.getByTestId('links-toggle').uncheck(); // links end on satellites and would cover their pixels
  await hook(page, 'select', null);
  await expect(page.getByTestId('budget-panel')).toBeHidden();
  await waitFrames(page, 3);
  // Walker-shell satellites (sky blue in shell mode) with no other satellite within 6 px on screen.
  const total = (await getState(page)).total;
  const onScreen = await page.evaluate((n) => {
    const h = (
      window as unknown as { __constellation: { screenPosition(i: number): { x: number; y: number } | null } }
    ).__constellation;
    return Array.from({ length: n }, (_, i) => h.screenPosition(i));
  }, total);
  const isolated = (i: number) => {
    const p = onScreen[i]!;
    return onScreen.every((q, j) => j === i || !q || Math.hypot(q.x - p.x, q.y - p.y) > 6);
  };
  const sats = (await visibleSatellites(page, 40))
    .filter((s) => s.index >= 12 && isolated(s.index))
    .slice(0, 4);
  expect(sats.length, 'Walker satellites on screen').toBeGreaterThanOrEqual(3);
  const shellImg = await canvasImage(page);

  // Each one's state of charge, from the budget panel when it is selected.
  const socs: number[] = [];
  for (const s of sats) {
    await hook(page, 'select', s.index);
    await expect.poll(async () => (await hook(page, 'series'))?.index, { timeout: 30_000 }).toBe(s.index);
    socs.push((await batteryPercent(page)) / 100);
  }
  await hook(page, 'select', null);
  await expect(page.getByTestId('budget-panel')).toBeHidden();

  await page.getByTestId('color-mode').selectOption('battery');
  await expect(page.getByTestId('color-legend')).toContainText('%');
  await expect.poll(async () => (await hook(page, 'budgetTotals'))?.nodes, { timeout: 30_000 }).toBe(1596);
  await waitFrames(page, 3);
  const batteryImg = await canvasImage(page);
  await saveScreenshot(page, 'color-battery');

  const report = sats.map((s, k) => {
    const want = rampColour(COLOR_SCALES.battery.stops, socs[k]);
    return {
      index: s.index,
      soc: socs[k],
      want: want.map(Math.round),
      before: nearestColourDist(shellImg, s.cx, s.cy, want),
      after: nearestColourDist(batteryImg, s.cx, s.cy, want),
    };
  });
  for (const r of report) {
    // Drawn in the scale's colour for its charge (software WebGL included), and not that colour before.
    expect(
      r.after,
      `satellite ${r.index} at ${Math.round(r.soc * 100)} %: ${JSON.stringify(r)}`,
    ).toBeLessThanOrEqual(30);
    expect(
      r.before,
      `satellite ${r.index} was already that colour in shell mode: ${JSON.stringify(r)}`,
    ).toBeGreaterThan(r.after + 100);
  }
});

test('recolouring by temperature shows a legend in °C; the totals describe the constellation', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await page.getByTestId('color-mode').selectOption('temperature');
  await expect(page.getByTestId('color-legend')).toContainText('°C');
  await expect.poll(async () => (await hook(page, 'budgetTotals'))?.nodes, { timeout: 30_000 }).toBe(1596);
  const totals = (await hook(page, 'budgetTotals'))!;
  expect(totals.computeInstalledTops).toBe(1596 * 744);
  expect(totals.inShadow).toBeGreaterThan(0);
  expect(totals.inShadow).toBeLessThan(1596);
  await expect(page.getByTestId('totals-panel')).toBeVisible();
  await expect(page.getByTestId('totals-compute')).toContainText(/POPS|TOPS/);
  await expect(page.getByTestId('totals-shadow')).toContainText('%');
  await saveScreenshot(page, 'color-temperature');

  // The hottest node's button selects it.
  await page.getByTestId('totals-hottest').click();
  await expect(page.getByTestId('info-panel')).toBeVisible();
});

test('Starcloud-1 at 0 % compute says why; the power chart marks and summarises the shed compute', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=starcloud-1');
  await pauseSim(page);
  await expect(page.getByTestId('budget-panel')).toBeVisible();
  await expect.poll(async () => (await hook(page, 'series'))?.index, { timeout: 30_000 }).toBe(0);
  // Late in an umbra pass: no sunlight, and this undersized node's battery is at its floor by then.
  const series = (await hook(page, 'series'))!;
  const umbraOut = series.events.find((e) => e.kind === 'umbra_out' && e.tMs > series.startMs + 20 * 60_000);
  expect(umbraOut, 'an umbra pass in the series window').toBeTruthy();
  await hook(page, 'seek', umbraOut!.tMs - 2 * 60_000);
  await expect(page.getByTestId('budget-sunlight')).toContainText(/umbra/i);
  await expect(page.getByTestId('budget-compute')).toContainText('0 %');
  await expect(page.getByTestId('budget-limit')).toContainText(/No compute now: in Earth’s shadow/);
  // 1.5 m² at 30 % gives 612 W in full sunlight, less than the 800 W load.
  await expect(page.getByTestId('budget-undersized')).toContainText('cannot carry the whole load');

  // The power chart: the shed compute in the key and in the text summary (its accessible name).
  await expect(page.getByTestId('chart-key')).toContainText('compute shed at the battery floor');
  const power = page.getByTestId('chart-power');
  await expect(power.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Compute shed at the battery floor for \d+/,
  );
  await power.getByText('Text summary').click();
  await expect(page.getByTestId('chart-power-summary')).toContainText(/eclipses?\./);
  // The charts grow with the column.
  const before = (await power.locator('canvas').first().boundingBox())!.width;
  await page.getByTestId('budget-wide').click();
  await expect
    .poll(async () => (await power.locator('canvas').first().boundingBox())!.width)
    .toBeGreaterThan(before + 100);
  await saveScreenshot(page, 'budget-starcloud-shed');
});

test('Starlink carries no compute: the totals and the budget say so, in English and Chinese', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=starlink');
  await pauseSim(page);
  await expect(page.getByTestId('totals-compute')).toHaveText('No compute on board', { timeout: 30_000 });
  await expect(page.getByTestId('totals-panel')).not.toContainText('of the installed compute');
  await expect(page.getByTestId('totals-battery-limited')).toHaveCount(0);
  await hook(page, 'select', 0);
  await expect(page.getByTestId('budget-compute')).toHaveText('None on board', { timeout: 30_000 });

  await gotoReady(page, '/?scenario=starlink&lang=zh-CN');
  await pauseSim(page);
  await expect(page.getByTestId('totals-compute')).toHaveText('未搭载算力', { timeout: 30_000 });
  await hook(page, 'select', 0);
  const panel = page.getByTestId('budget-panel');
  await expect(page.getByTestId('budget-compute')).toHaveText('未搭载算力', { timeout: 30_000 });
  // No English words left in the visible budget text: only units, ids and names of sources.
  const allowed = /^(W|kW|Wh|kWh|MW|GW|TOPS|POPS|UTC|AU|SGP4|J2|Esc|m|km|min|h)$/;
  const words = ((await panel.innerText()).match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter(
    (w) => !allowed.test(w),
  );
  expect(words).toEqual([]);
});
