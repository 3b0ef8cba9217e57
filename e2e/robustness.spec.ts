/**
 * Bad input keeps the current state (docs/architecture.md): a rejected scenario shows every problem, the
 * scenario on screen stays, and it keeps updating afterwards (new keyframe windows still arrive).
 */
import { expect, test } from '@playwright/test';
import { getState, gotoReady, hook, pauseSim } from './helpers';
// @ts-expect-error — plain ES module without types (the benchmark's TLE generator)
import { walkerTleText } from '../bench/synthetic.mjs';

test('an invalid scenario is rejected with its problems and the current one keeps running', async ({
  page,
}) => {
  await gotoReady(page, '/');
  // 20,000 element sets: a keyframe window takes the worker long enough to be in flight below.
  const tle = {
    version: 1,
    name: 'TLE load',
    epoch: '2025-06-01T00:00:00Z',
    shells: [{ kind: 'tle', name: 'synthetic', text: walkerTleText(20_000) }],
  };
  await hook(page, 'loadScenario', tle);
  await pauseSim(page);
  const before = await getState(page);
  const c0 = await hook(page, 'checksum');

  // Jump 6 h ahead (the next frame asks the worker for a new keyframe window) and send a bad
  // scenario while that reply is on its way: the reply must still be taken.
  const message = await page.evaluate(
    async (t) => {
      const h = (
        window as unknown as {
          __constellation: { seek(t: number): void; loadScenario(j: unknown): Promise<unknown> };
        }
      ).__constellation;
      h.seek(t);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); // the frame that asks
      try {
        await h.loadScenario({
          version: 2,
          name: '<img src=x onerror=alert(1)>',
          shells: [{ kind: 'walker', altitudeKm: -3, inclinationDeg: 53, planes: 2, satsPerPlane: 2 }],
        });
        return 'accepted';
      } catch (e) {
        return String((e as Error).message);
      }
    },
    before.simMs + 6 * 3600_000,
  );
  expect(message).toContain('version: must be 1');
  expect(message).toContain('shells[0].altitudeKm');
  await expect(page.getByTestId('notice')).toContainText(
    'shells[0].altitudeKm: must be between 160 and 50000 km, got -3',
  );
  expect(await page.locator('img[src=x]').count()).toBe(0); // text, never HTML

  const after = await getState(page);
  expect(after.total).toBe(before.total);
  expect(after.status).toBe('ready');

  // The scenario on screen took the new keyframe window that was in flight during the rejection.
  await expect.poll(() => hook(page, 'checksum'), { timeout: 20_000 }).not.toBe(c0);
});

test('panels whose chunk cannot be fetched are left out with a notice; the scene keeps running', async ({
  page,
}) => {
  // The panels load after the first frame (src/app/deferred.tsx): a dropped connection then must not
  // take the page down.
  await page.route(/DeferredPanels-[^/]*\.js$/, (route) => route.abort());
  await gotoReady(page, '/');
  await expect(page.getByTestId('notice')).toContainText('Part of the app could not be loaded');
  await expect(page.locator('.header')).toBeVisible();
  await expect(page.getByTestId('network-panel')).toHaveCount(0);
  const t0 = (await getState(page)).simMs;
  await expect.poll(async () => (await getState(page)).simMs).toBeGreaterThan(t0);
});
