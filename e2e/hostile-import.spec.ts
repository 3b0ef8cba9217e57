/**
 * Huge and hostile element-set files (docs/scenario-format.md, "Importing element sets"): they are
 * read in the import worker, reading stops at the limits, and the dialog says what was cut. Text
 * that is not element sets at all gets one headline before its per-line problems.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getState, gotoReady } from './helpers';

test('garbage pasted: one headline, then the per-line problems, and nothing changes', async ({ page }) => {
  await gotoReady(page, '/');
  const total0 = (await getState(page)).total;
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-text').fill('lorem ipsum\nhello <script>alert(1)</script>\n');
  await page.getByTestId('import-submit').click();
  await expect(page.getByTestId('import-headline')).toContainText('This is not TLE or OMM text');
  await expect(page.getByTestId('import-errors')).toContainText(
    'expected line 1 after the title line, got "hello <script>alert("',
  );
  await expect(page.getByTestId('import-errors').locator('script')).toHaveCount(0);
  await expect(page.getByTestId('import-status')).toContainText('Nothing imported');
  expect((await getState(page)).total).toBe(total0);
});

test('an OMM JSON file of 25,000,000 tiny entries is read in the worker and stops at 1,000 problems', async ({
  page,
}) => {
  const dir = join('test-results', 'hostile-import');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tiny-entries.json');
  writeFileSync(file, `[${'0,'.repeat(25_000_000 - 1)}0]`);
  await gotoReady(page, '/');
  await page.getByTestId('import-open').click();
  await page.getByTestId('import-tab-file').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-status')).toContainText(
    'Stopped reading after 1,000 problems, under 1 % of the way through the text',
    { timeout: 60_000 },
  );
  await expect(page.getByTestId('import-errors').locator('li')).toHaveCount(1000);
  await expect(page.getByTestId('import-errors')).toContainText(
    'record 1: must be an object with OMM keys, got 0',
  );
  // The import worker's script was loaded: the file was read off the page's thread.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(scripts.some((u) => /import\.worker[^/]*\.js/.test(u))).toBe(true);
});
