/**
 * Offline once loaded (docs/architecture.md "Offline"): after a first load the service worker has
 * precached the app; with the network blocked the page reloads, draws the scenario and runs.
 */
import { expect, test } from '@playwright/test';
import { getState, gotoReady, waitWall } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after a first load the page reloads and runs with the network blocked', async ({ page, context }) => {
  await gotoReady(page, '/?scenario=suncatcher');
  // The worker is installed (its precache filled) and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 })
    .toBe(true);
  const cached = await page.evaluate(async () => {
    let n = 0;
    for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
    return n;
  });
  expect(cached).toBeGreaterThan(10);

  await context.setOffline(true);
  await page.reload();
  await gotoReady(page, '/?scenario=suncatcher');
  await expect(page.locator('.header')).toContainText('Suncatcher');
  const t0 = (await getState(page)).simMs;
  await waitWall(page, 1500);
  expect((await getState(page)).simMs).toBeGreaterThan(t0);
  // A built-in not opened before loads too (built-ins are part of the cached app).
  await page.goto('/?scenario=beijing-dc');
  await gotoReady(page, '/?scenario=beijing-dc');
  await expect(page.locator('.header')).toContainText('Beijing');
  await context.setOffline(false);
});
