/**
 * The scenario library and import (src/app/library/): the picker lists every built-in and loads the
 * chosen one with the count its card shows and `?scenario=<id>` in the address bar; the 1,000,000
 * satellite scenario shows progress while the page stays responsive; pasted, dropped-in and live
 * catalogue element sets become a new shell (bad ones are listed and change nothing). The live
 * catalogue is served from a fixture: no test reaches the internet (docs/architecture.md).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getState, gotoReady, hook, saveScreenshot, waitReady } from './helpers';

/** Built-ins too slow to load under software WebGL on every run (spacex-1m has its own test). */
const SKIPPED = ['spacex-1m', 'starcloud-88k', 'blue-origin-sunrise'];

/** Vanguard 1 (00005) exactly as published in the SGP4 verification set (src/scenario/catalogs/vallado00005.ts). */
function valladoLines(): [string, string] {
  const src = readFileSync('src/scenario/catalogs/vallado00005.ts', 'utf8');
  const m = /'(1 00005U[^'\\]+)\\n' \+\s*'(2 00005 [^'\\]+)'/.exec(src);
  if (!m) throw new Error('Vallado 00005 lines not found in the catalogue module');
  return [m[1], m[2]];
}

const FIXTURE = readFileSync('e2e/fixtures/celestrak-starlink.json', 'utf8');
const FIXTURE_COUNT = (JSON.parse(FIXTURE) as unknown[]).length;

async function openPicker(page: Page): Promise<void> {
  await page.getByTestId('library-open').click();
  await expect(page.getByTestId('library-dialog')).toBeVisible();
}

/** The satellite count a card shows ("1,584 satellites" → 1584). */
async function cardCount(page: Page, id: string): Promise<number> {
  const text = await page.getByTestId(`library-count-${id}`).innerText();
  const m = /^([\d,]+) satellites?$/.exec(text.trim());
  if (!m) throw new Error(`library-count-${id}: unexpected text "${text}"`);
  return Number(m[1].replace(/,/g, ''));
}

const scenarioParam = (page: Page) => new URL(page.url()).searchParams.get('scenario');

/** Chooses a built-in in the picker; returns the count its card showed. Waits for the address bar and readiness. */
async function pick(page: Page, id: string, readyTimeout = 75_000): Promise<number> {
  await openPicker(page);
  const count = await cardCount(page, id);
  await page.getByTestId(`library-item-${id}`).click();
  await expect(page.getByTestId('library-dialog')).toHaveCount(0);
  // The address bar changes once the engine has the new scenario (and has cleared the ready flag).
  await expect.poll(() => scenarioParam(page), { timeout: readyTimeout }).toBe(id);
  await waitReady(page, readyTimeout);
  return count;
}

async function openImport(page: Page): Promise<void> {
  await page.getByTestId('import-open').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
}

const legendItems = (page: Page) => page.getByTestId('shell-legend').locator('li');

test('the picker is a modal listing every built-in; choosing one loads it and sets ?scenario=', async ({
  page,
}) => {
  await gotoReady(page, '/?warp=60');
  await openPicker(page);
  const dialog = page.getByTestId('library-dialog');
  await expect(dialog).toHaveAttribute('role', 'dialog');
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus moved into the dialog.
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="library-dialog"]'))).toBe(
    true,
  );
  const items = dialog.locator('[data-testid^="library-item-"]');
  expect(await items.count()).toBeGreaterThanOrEqual(11);
  // The default scenario is marked as the current one.
  await expect(page.getByTestId('library-item-three-body')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('library-count-spacex-1m')).toHaveText('1,000,000 satellites');
  // Sources open in a new tab without an opener.
  const link = dialog.locator('.lib-sources a').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  await saveScreenshot(page, 'library-picker');

  // Escape and the close button close it, without touching the selection.
  await hook(page, 'select', 0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await getState(page)).selected).toBe(0);
  await openPicker(page);
  await page.getByTestId('library-close').click();
  await expect(dialog).toHaveCount(0);

  expect(await pick(page, 'suncatcher')).toBe(81);
  await expect.poll(async () => (await getState(page)).total).toBe(81);
  expect(new URL(page.url()).searchParams.get('warp')).toBe('60');
  await openPicker(page);
  await expect(page.getByTestId('library-item-suncatcher')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');

  expect(await pick(page, 'starlink')).toBe(1584);
  await expect.poll(async () => (await getState(page)).total).toBe(1584);
  expect(scenarioParam(page)).toBe('starlink');
});

test('every other built-in loads with the satellite count its card shows', async ({ page }) => {
  test.setTimeout(240_000);
  await gotoReady(page, '/?scenario=suncatcher');
  await openPicker(page);
  const ids = await page
    .getByTestId('library-dialog')
    .locator('[data-testid^="library-item-"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('library-item-', '')));
  await page.keyboard.press('Escape');
  const rest = ids.filter((id) => !SKIPPED.includes(id) && id !== 'suncatcher' && id !== 'starlink');
  expect(rest.length).toBeGreaterThanOrEqual(6);
  for (const id of rest) {
    const count = await pick(page, id);
    expect(count, id).toBeGreaterThan(0);
    await expect.poll(async () => (await getState(page)).total, { message: id }).toBe(count);
  }
});

test('the 1,000,000-satellite scenario shows its progress, the page stays responsive, and it gets there', async ({
  page,
}) => {
  test.setTimeout(200_000);
  await gotoReady(page, '/');
  await openPicker(page);
  expect(await cardCount(page, 'spacex-1m')).toBe(1_000_000);
  const wall0 = Date.now();
  await page.getByTestId('library-item-spacex-1m').click();
  await expect(page.getByTestId('loading-overlay')).toBeVisible();
  // Responsive while it loads: the clock display keeps moving and a key still plays/pauses.
  const time0 = await page.getByTestId('time-utc').innerText();
  await expect.poll(() => page.getByTestId('time-utc').innerText(), { timeout: 30_000 }).not.toBe(time0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const playing0 = (await getState(page)).playing;
  await page.keyboard.press('Space');
  await expect.poll(async () => (await getState(page)).playing, { timeout: 30_000 }).toBe(!playing0);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await getState(page)).playing, { timeout: 30_000 }).toBe(playing0);
  // The address bar follows once the engine has the scenario (and has cleared the ready flag).
  await expect.poll(() => scenarioParam(page), { timeout: 120_000 }).toBe('spacex-1m');
  await waitReady(page, Math.max(1000, 120_000 - (Date.now() - wall0)));
  const st = await getState(page);
  expect(st.total).toBe(1_000_000);
  expect(scenarioParam(page)).toBe('spacex-1m');
  test.info().annotations.push({
    type: 'spacex-1m ready after',
    description: `${((Date.now() - wall0) / 1000).toFixed(1)} s`,
  });
});

test('pasting a valid TLE adds a shell, keeping time and selection; Escape closes without deselecting', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await hook(page, 'select', 3);
  const before = await getState(page);
  const legend0 = await legendItems(page).count();
  const [l1, l2] = valladoLines();
  await openImport(page);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(page.getByTestId('import-text')).toBeFocused();
  await page.getByTestId('import-text').fill(`VANGUARD 1\n${l1}\n${l2}\n`);
  await page.getByTestId('import-name').fill('Vanguard (pasted)');
  await saveScreenshot(page, 'library-import');
  await page.getByTestId('import-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total).toBe(before.total + 1);
  await expect(legendItems(page)).toHaveCount(legend0 + 1);
  await expect(page.getByTestId('shell-legend')).toContainText('Vanguard (pasted)');
  const after = await getState(page);
  expect(after.selectedId).toBe(before.selectedId);
  expect(after.simMs).toBeGreaterThanOrEqual(before.simMs);

  await openImport(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await getState(page)).selectedId).toBe(before.selectedId);
});

test('a bad checksum is listed and imports nothing; with one good set the valid one can be imported', async ({
  page,
}) => {
  await gotoReady(page, '/');
  const total0 = (await getState(page)).total;
  const [l1, l2] = valladoLines();
  const bad2 = `${l2.slice(0, -1)}${(Number(l2.slice(-1)) + 1) % 10}`;
  await openImport(page);
  await page.getByTestId('import-text').fill(`VANGUARD 1\n${l1}\n${bad2}\n`);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-errors')).toContainText('checksum');
  await expect(page.getByTestId('import-status')).toContainText('Nothing imported');
  await expect(page.getByTestId('import-valid')).toHaveCount(0);
  await saveScreenshot(page, 'library-import-errors');
  expect((await getState(page)).total).toBe(total0);

  // One good set and one bad: "1 valid, 1 rejected", then import the valid one.
  await page.getByTestId('import-text').fill(`VANGUARD 1\n${l1}\n${l2}\nBROKEN\n${l1}\n${bad2}\n`);
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-status')).toContainText('1 valid, 1 rejected');
  await expect(page.getByTestId('import-errors')).toContainText('checksum');
  expect((await getState(page)).total).toBe(total0);
  await page.getByTestId('import-valid').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total).toBe(total0 + 1);
});

test('the live catalogue shows its URL, fetches only on Fetch, and imports the answer', async ({ page }) => {
  const requested: string[] = [];
  let answer: { status: number; body: string } = { status: 500, body: 'Internal error' };
  await page.route('https://celestrak.org/**', async (route) => {
    requested.push(route.request().url());
    await route.fulfill({
      status: answer.status,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: answer.body,
    });
  });
  await gotoReady(page, '/');
  const total0 = (await getState(page)).total;
  await openImport(page);
  await page.getByTestId('import-tab-live').click();
  await page.getByTestId('catalog-group').selectOption('starlink');
  const url = 'https://celestrak.org/NORAD/elements/gp.php?GROUP=starlink&FORMAT=json';
  await expect(page.getByTestId('catalog-url')).toHaveText(url);
  // A bad catalogue number is refused before anything is fetched.
  await page.getByTestId('catalog-kind').selectOption('catnr');
  await page.getByTestId('catalog-catnr').fill('1000000000');
  await expect(page.getByTestId('catalog-url-error')).toContainText('999,999,999');
  await expect(page.getByTestId('catalog-fetch')).toBeDisabled();
  await page.getByTestId('catalog-kind').selectOption('group');
  await expect(page.getByTestId('catalog-url')).toHaveText(url);
  expect(requested).toEqual([]);

  // An HTTP error is shown as text and changes nothing.
  await page.getByTestId('catalog-fetch').click();
  await expect(page.getByTestId('import-status')).toContainText('HTTP 500');
  expect((await getState(page)).total).toBe(total0);

  answer = { status: 200, body: FIXTURE };
  await page.getByTestId('catalog-fetch').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total).toBe(total0 + FIXTURE_COUNT);
  await expect(page.getByTestId('shell-legend')).toContainText('CelesTrak starlink');
  expect(requested).toEqual([url, url]);
});

test('a file chosen in the File tab is imported', async ({ page }) => {
  await gotoReady(page, '/');
  const total0 = (await getState(page)).total;
  const [l1, l2] = valladoLines();
  await openImport(page);
  await page.getByTestId('import-tab-file').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'vanguard.tle',
    mimeType: 'text/plain',
    buffer: Buffer.from(`VANGUARD 1\n${l1}\n${l2}\n`),
  });
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total).toBe(total0 + 1);
  await expect(page.getByTestId('shell-legend')).toContainText('vanguard');

  // An OMM JSON file (the CelesTrak fixture) as well.
  await openImport(page);
  await page.getByTestId('import-tab-file').click();
  await page.getByTestId('import-file').setInputFiles('e2e/fixtures/celestrak-starlink.json');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total).toBe(total0 + 1 + FIXTURE_COUNT);
});
