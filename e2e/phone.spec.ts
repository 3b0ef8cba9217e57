/** Phone viewport (390×844): the scene fills the screen, the side panel folds behind a toggle, info stays reachable. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasBox, getState, gotoReady, hook, pauseSim, saveScreenshot, visibleSatellites } from './helpers';

const VIEWPORT = { width: 390, height: 844 };

test.use({ viewport: VIEWPORT, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

/** Visible and at least partly inside the viewport. */
async function onScreen(loc: Locator): Promise<boolean> {
  if ((await loc.count()) === 0 || !(await loc.first().isVisible())) return false;
  const b = await loc.first().boundingBox();
  return (
    !!b &&
    b.width > 0 &&
    b.height > 0 &&
    b.x < VIEWPORT.width &&
    b.y < VIEWPORT.height &&
    b.x + b.width > 0 &&
    b.y + b.height > 0
  );
}

/** Taps visible satellites until one is selected; falls back to the hook (noted) if none takes. */
async function selectSomething(page: Page): Promise<'tap' | 'hook'> {
  const sats = await visibleSatellites(page, 6, 16);
  for (const s of sats.slice(0, 4)) {
    await page.touchscreen.tap(s.px, s.py);
    try {
      await expect.poll(async () => (await getState(page)).selected, { timeout: 4_000 }).not.toBeNull();
      return 'tap';
    } catch {
      // next
    }
  }
  await hook(page, 'select', 0);
  await expect.poll(async () => (await getState(page)).selected).toBe(0);
  return 'hook';
}

test('phone: scene fills the screen, panel behind a toggle, info panel reachable', async ({ page }) => {
  await gotoReady(page, '/');
  await expect(page.getByTestId('loading-overlay')).toBeHidden();

  const box = await canvasBox(page);
  expect(box.width, 'canvas width').toBeGreaterThanOrEqual(VIEWPORT.width * 0.95);
  expect(box.height, 'canvas height').toBeGreaterThanOrEqual(VIEWPORT.height * 0.6);

  const toggle = page.getByTestId('panel-toggle');
  await expect(toggle).toBeVisible();
  const legend = page.getByTestId('shell-legend');
  expect(await onScreen(legend), 'side panel is folded away on a phone').toBe(false);
  await saveScreenshot(page, 'phone');

  await toggle.click();
  await expect.poll(() => onScreen(legend), { message: 'panel opens from the toggle' }).toBe(true);
  await saveScreenshot(page, 'phone-panel-open');
  await toggle.click();
  await expect.poll(() => onScreen(legend), { message: 'panel folds again' }).toBe(false);

  await pauseSim(page);
  const how = await selectSomething(page);
  test.info().annotations.push({ type: 'phone-selection', description: how });
  const info = page.getByTestId('info-panel');
  if (!(await onScreen(info))) await toggle.click();
  await expect.poll(() => onScreen(info), { message: 'info panel reachable' }).toBe(true);
  await expect(page.getByTestId('info-name')).toHaveText(/\S/);
  await page.getByTestId('info-name').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'phone-info');
});
