/**
 * Issue 6 in the browser: the Starlink-like shell shows its +Grid links (the totals count 3,168 up of
 * 3,168, and the scene draws them), two ground stations get a route with a latency beside great-circle
 * fibre, the route follows time, a selected node lists its four links, and a station can be added by
 * typing coordinates (with an exact error for a bad one). Time moves only through the app's clock.
 */
import { expect, test, type Page } from '@playwright/test';
import { canvasBox, getState, gotoReady, hook, numberIn, pauseSim, saveScreenshot } from './helpers';

interface LinkHookState {
  counts: { up: number; possible: number; capacityUpGbps: number; capacityGbpsPerLink: number } | null;
  draw: { mode: string; shownLinks: number; totalLinks: number } | null;
  stations: string[];
  stationsInView: number[];
  selectedLinks: { node: number; lengthKm: number; latencyMs: number; up: boolean }[] | null;
  route: { hops: number; pathKm: number; latencyMs: number; nodes: number[]; fibreMs: number | null } | null;
  routeEvents: { tMs: number; kind: string; text: string }[];
  routeSeries: {
    startMs: number;
    stepS: number;
    count: number;
    latencyMs: (number | null)[];
    fibreMs: number | null;
  } | null;
}

interface LinkStats {
  drawnIsl: number;
  drawnGround: number;
  routeHops: number;
}

const links = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __constellation: { links(): LinkHookState } }).__constellation.links(),
  );
const linkStats = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __constellation: { linkStats(): LinkStats | null } }).__constellation.linkStats(),
  );
test('Starlink shell 1: every +Grid link is counted and drawn; the totals show the ISL capacity', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=starlink');
  await pauseSim(page);
  await expect.poll(async () => (await links(page)).counts?.possible, { timeout: 30_000 }).toBe(3168);
  const s = await links(page);
  // 550 km, 72 × 22: in-plane neighbours 1,971 km apart, cross-plane ≤ 2,000 km — all within 5,000 km and clear of the atmosphere.
  expect(s.counts!.up).toBe(3168);
  expect(s.counts!.capacityUpGbps).toBe(3168 * 100);
  expect(s.draw).toMatchObject({ mode: 'all', shownLinks: 3168, totalLinks: 3168 });
  await expect.poll(async () => (await linkStats(page))?.drawnIsl, { timeout: 20_000 }).toBe(3168);
  await expect(page.getByTestId('links-up')).toContainText('3,168');
  await expect(page.getByTestId('links-possible')).toContainText('3,168');
  await expect(page.getByTestId('links-capacity')).toContainText(/316\.8 Tbps/);
  await saveScreenshot(page, 'links-starlink');
});

test('a route between two gateways: hops, latency beside fibre, and it follows time', async ({ page }) => {
  await gotoReady(page, '/?scenario=starlink');
  await pauseSim(page);
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
  const names = (await links(page)).stations;
  expect(names[0]).toMatch(/New York/);
  expect(names[1]).toMatch(/London/);

  // Choose the ends in the panel, as a user does.
  await page.getByTestId('route-from').selectOption({ label: names[0] });
  await page.getByTestId('route-to').selectOption({ label: names[1] });
  await expect.poll(async () => (await links(page)).route?.hops ?? 0, { timeout: 30_000 }).toBeGreaterThan(2);
  const r1 = (await links(page)).route!;
  // New York – London: 5,570 km of great circle, 27.9 ms in fibre at 2/3 c.
  expect(r1.fibreMs!).toBeGreaterThan(27.5);
  expect(r1.fibreMs!).toBeLessThan(28.3);
  // Through space: at least the ground distance at c (18.6 ms), far less than twice it.
  expect(r1.latencyMs).toBeGreaterThan(18.5);
  expect(r1.latencyMs).toBeLessThan(40);
  await expect(page.getByTestId('route-latency')).toContainText('ms');
  await expect.poll(() => numberIn(page, 'route-hops')).toBe(r1.hops);
  await expect(page.getByTestId('route-fibre-latency')).toContainText('ms');
  await expect(page.getByTestId('route-chart')).toBeVisible({ timeout: 30_000 });
  const series = (await links(page)).routeSeries;
  expect(series?.count).toBeGreaterThan(60);
  await expect.poll(async () => (await linkStats(page))?.routeHops ?? 0, { timeout: 20_000 }).toBe(r1.hops);
  await saveScreenshot(page, 'links-route');

  // Five minutes later the satellites have moved 2,300 km: the route takes other satellites.
  const t0 = (await getState(page)).simMs;
  await hook(page, 'seek', t0 + 5 * 60_000);
  await expect
    .poll(async () => JSON.stringify((await links(page)).route?.nodes ?? []), { timeout: 30_000 })
    .not.toBe(JSON.stringify(r1.nodes));
  const r2 = (await links(page)).route;
  if (r2) expect(r2.latencyMs).not.toBe(r1.latencyMs);
});

test('the selected node lists its four links with lengths and light times', async ({ page }) => {
  await gotoReady(page, '/?scenario=starlink');
  await pauseSim(page);
  await hook(page, 'select', 100);
  await expect.poll(async () => (await links(page)).selectedLinks?.length ?? 0, { timeout: 30_000 }).toBe(4);
  const own = (await links(page)).selectedLinks!;
  for (const l of own) {
    expect(l.up).toBe(true);
    expect(l.latencyMs).toBeCloseTo((l.lengthKm / 299792.458) * 1000, 6);
  }
  await expect(page.getByTestId('node-link-row')).toHaveCount(4);
  await expect(page.getByTestId('node-links')).toContainText('km');
  await saveScreenshot(page, 'links-selected-node');
});

test('a station added by typing coordinates joins the list; a bad latitude is refused with its reason', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
  await page.getByTestId('stations-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('station-add-name').fill('Shanghai');
  await page.getByTestId('station-add-lat').fill('95');
  await page.getByTestId('station-add-lon').fill('121.47');
  await page.getByTestId('station-add-submit').click();
  await expect(page.getByTestId('station-add-error')).toContainText(/latitude/i);
  expect((await links(page)).stations.length).toBe(4);
  await page.getByTestId('station-add-lat').fill('31.23');
  await page.getByTestId('station-add-submit').click();
  await expect.poll(async () => (await links(page)).stations).toContain('Shanghai');
  await expect.poll(async () => (await links(page)).stationsInView.length, { timeout: 20_000 }).toBe(5);
  await expect(page.getByTestId('stations-panel')).toContainText('Shanghai');
});

test('placing a station on the globe: the next click on Earth adds it there and selects nothing', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  // The default scenario's view selects one of its satellites; clear it so a stray selection shows.
  await hook(page, 'select', null);
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
  await page.getByTestId('station-place').click();
  await expect(page.getByTestId('station-place-hint')).toBeVisible();
  // The middle of the canvas looks at Earth's centre (the default camera), so it hits the globe.
  const box = await canvasBox(page);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 20_000 }).toBe(5);
  const added = (await links(page)).stations[4];
  expect(added).toMatch(/^Station/);
  await expect(page.getByTestId('station-place-hint')).toBeHidden();
  expect((await getState(page)).selected).toBeNull();
  await expect(page.getByTestId('stations-panel')).toContainText(added);
  await saveScreenshot(page, 'links-station-placed');
});

test('a route from a station to the selected satellite ends at it; there is no fibre to compare', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=starlink');
  await pauseSim(page);
  await hook(page, 'select', 300);
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
  await page.getByTestId('route-from').selectOption({ label: 'New York' });
  await page.getByTestId('route-to').selectOption('n300');
  await expect.poll(async () => (await links(page)).route?.nodes.at(-1), { timeout: 30_000 }).toBe(300);
  const r = (await links(page)).route!;
  expect(r.fibreMs).toBeNull();
  expect(r.hops).toBe(r.nodes.length); // the up-link plus one hop per satellite after the first
  await expect(page.getByTestId('route-fibre-latency')).toContainText('—');
  await expect(page.getByTestId('route-panel')).toContainText('needs two ground stations');
});

test('in Chinese, by keyboard: station names become route ends with Enter; the chart has a summary', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=starlink&lang=zh-CN');
  await pauseSim(page);
  await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
  const names = page.getByTestId('station-name');
  await names.nth(0).focus();
  await page.keyboard.press('Enter');
  await names.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await links(page)).route?.hops ?? 0, { timeout: 30_000 }).toBeGreaterThan(2);
  await expect(page.getByTestId('route-status')).toHaveText('当前路由');
  await expect(page.getByTestId('route-hops')).not.toHaveText('—');
  await expect(page.getByTestId('network-toggle')).toHaveAccessibleName('收起网络卡片');
  await expect(page.getByTestId('route-swap')).toHaveAccessibleName('互换路由两端');
  // The chart is an image with a computed summary a screen reader reads.
  const chart = page.getByTestId('route-chart').locator('[role="img"]');
  await expect(chart).toHaveAttribute('aria-label', /^未来 \d+ 分钟：[\d.]+–[\d.]+ ms/, { timeout: 30_000 });
  await page.getByTestId('route-chart').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'links-route-zh');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`the folded network card opens to a route (${lang})`, async ({ page }) => {
      await gotoReady(page, `/?scenario=starlink&lang=${lang}`);
      await pauseSim(page);
      await expect.poll(async () => (await links(page)).stations.length, { timeout: 30_000 }).toBe(4);
      await page.evaluate(() =>
        (
          window as unknown as { __constellation: { setRoute(a: unknown, b: unknown): void } }
        ).__constellation.setRoute({ station: 0 }, { station: 1 }),
      );
      await expect(page.getByTestId('network-summary')).toContainText(lang === 'en' ? 'hops' : '跳', {
        timeout: 30_000,
      });
      await page.getByTestId('network-summary').click();
      await expect(page.getByTestId('route-latency')).toContainText('ms', { timeout: 30_000 });
      await page.getByTestId('route-panel').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `links-route-phone-${lang}`);
    });
  }
});
