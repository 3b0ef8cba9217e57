/** Picking satellites with the mouse: click selects and opens the info panel, Escape deselects, hover labels. */
import { expect, test, type Page } from '@playwright/test';
import {
  getState,
  gotoReady,
  numberIn,
  pauseSim,
  saveScreenshot,
  visibleSatellites,
  type VisibleSatellite,
} from './helpers';

/**
 * Inclination of a sun-synchronous circular orbit at `altitudeKm`, degrees: the J2 node rate
 * −(3/2)·n·J2·(R/a)²·cos i equals the Sun's mean motion (one turn per tropical year). Computed here,
 * not with the app's code, so the check is independent.
 */
function ssoInclinationDeg(altitudeKm: number): number {
  const muKm3S2 = 398600.4418;
  const earthRadiusKm = 6378.137;
  const j2 = 1.08262668e-3;
  const sunRateRadS = (2 * Math.PI) / (365.2421897 * 86400);
  const aKm = earthRadiusKm + altitudeKm;
  const nRadS = Math.sqrt(muKm3S2 / aKm ** 3);
  return (Math.acos((-2 * sunRateRadS * aKm ** 2) / (3 * j2 * earthRadiusKm ** 2 * nRadS)) * 180) / Math.PI;
}

/**
 * Inclination, degrees, of a satellite of the default scenario (three-body, src/scenario/builtins.ts)
 * from its generated id "S<shell>-P<plane>-<n>": shell 1 is sun-synchronous at 500 km, shell 2 a
 * Walker shell at 53°.
 */
function defaultScenarioInclinationDeg(id: string): number {
  if (id.startsWith('S1-')) return ssoInclinationDeg(500);
  if (id.startsWith('S2-')) return 53;
  throw new Error(`unexpected satellite id ${id} in the default scenario`);
}

/** Clicks visible satellites until one gets selected; returns it. */
async function clickSomeSatellite(page: Page): Promise<VisibleSatellite> {
  const sats = await visibleSatellites(page, 8);
  expect(sats.length, 'satellites on screen to click').toBeGreaterThan(0);
  for (const s of sats.slice(0, 6)) {
    await page.mouse.click(s.px, s.py);
    try {
      await expect.poll(async () => (await getState(page)).selected, { timeout: 5_000 }).not.toBeNull();
      return s;
    } catch {
      // missed (another object on top, or the pick radius is smaller than expected): try the next one
    }
  }
  throw new Error(`clicking ${sats.length} satellites at their screenPosition selected none`);
}

test('clicking a satellite opens the info panel with sane numbers; Escape deselects', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  await clickSomeSatellite(page);

  const panel = page.getByTestId('info-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('info-name')).toHaveText(/\S/);
  await expect(page.getByTestId('info-id')).toHaveText(/\S/);
  const st = await getState(page);
  expect(st.selectedId).toBeTruthy();
  await expect(page.getByTestId('info-id')).toContainText(String(st.selectedId));

  const altitudeKm = await numberIn(page, 'info-altitude');
  const speedKmS = await numberIn(page, 'info-speed');
  const periodMin = await numberIn(page, 'info-period');
  const inclinationDeg = await numberIn(page, 'info-inclination');
  expect(altitudeKm).toBeGreaterThanOrEqual(100);
  expect(altitudeKm).toBeLessThanOrEqual(2500);
  expect(speedKmS).toBeGreaterThanOrEqual(6);
  expect(speedKmS).toBeLessThanOrEqual(8);
  expect(periodMin).toBeGreaterThanOrEqual(85);
  expect(periodMin).toBeLessThanOrEqual(130);
  // Shown to 0.01°; the osculating value of a circular orbit stays within a few 0.01° of its element.
  const expectedDeg = defaultScenarioInclinationDeg(String(st.selectedId));
  expect(
    Math.abs(inclinationDeg - expectedDeg),
    `inclination ${inclinationDeg}° of ${st.selectedId}, expected ${expectedDeg.toFixed(3)}°`,
  ).toBeLessThanOrEqual(0.05);
  await expect(page.getByTestId('info-altitude')).toContainText('km');
  await expect(page.getByTestId('info-speed')).toContainText('km/s');
  await expect(page.getByTestId('info-period')).toContainText('min');
  await expect(page.getByTestId('info-inclination')).toContainText('°');
  await saveScreenshot(page, 'selected-satellite');

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await getState(page)).selected).toBeNull();
  await expect(panel).toBeHidden();
});

test('selecting through the hook opens the info panel', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  await page.evaluate(() =>
    (window as unknown as { __constellation: { select(i: number | null): void } }).__constellation.select(0),
  );
  await expect.poll(async () => (await getState(page)).selected).toBe(0);
  await expect(page.getByTestId('info-panel')).toBeVisible();
  await expect(page.getByTestId('info-name')).toHaveText(/\S/);
});

test('hovering over a satellite shows its label', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  const sats = await visibleSatellites(page, 8);
  expect(sats.length).toBeGreaterThan(0);
  const label = page.getByTestId('hover-label');
  let shown = false;
  for (const s of sats.slice(0, 6)) {
    // Approach from a few px away so a pointermove lands on the satellite.
    await page.mouse.move(s.px - 6, s.py - 6);
    await page.mouse.move(s.px, s.py, { steps: 3 });
    try {
      await expect(label).toBeVisible({ timeout: 5_000 });
      shown = true;
      break;
    } catch {
      // try the next one
    }
  }
  expect(shown, 'hover-label appeared over one of the satellites').toBe(true);
  await expect(label).toHaveText(/\S/);
});
