/**
 * Issue 5 in the browser: the selected node's budget follows the clock into eclipse (generation
 * falls to 0, the battery drains), the constellation can be recoloured by a budget quantity with a
 * legend, and the totals panel reports the constellation. Time moves only through the app's clock.
 */
import { expect, test, type Page } from '@playwright/test';
import { getState, gotoReady, hook, numberIn, pauseSim, saveScreenshot } from './helpers';

/** The battery percentage shown in the budget panel ("14.3 kWh · 72 %" → 72). */
async function batteryPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('budget-battery').innerText();
  const m = text.match(/(\d+(?:\.\d+)?)\s*%/);
  if (!m) throw new Error(`no percentage in "${text}"`);
  return Number(m[1]);
}

test('the selected node’s budget goes into eclipse: generation falls to 0 and the battery drains', async ({ page }) => {
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

test('recolouring by temperature shows a legend in °C; the totals describe the constellation', async ({ page }) => {
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
