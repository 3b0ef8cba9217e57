/**
 * The Earth-burden panel (issue 15): it opens on demand, gets the year's compute energy from the
 * budget worker, and answers in words and numbers; changing PUE and grid carbon moves the payback
 * (undo takes a change back); the presets switch every assumption; the burden object is saved with
 * the scenario. Screenshots on desktop and phone go to e2e-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoReady, pauseSim, saveScreenshot } from './helpers';

/** The payback in years as the panel computed it (data-value; Infinity for "never"). */
async function paybackYears(page: Page): Promise<number> {
  const v = await page.getByTestId('burden-payback').getAttribute('data-value');
  return v === 'never' ? Infinity : Number(v);
}

/** Waits until the panel's last edit has been applied to the scenario (one undo step). */
async function applied(page: Page): Promise<void> {
  await expect(page.getByTestId('burden-panel')).toHaveAttribute('data-pending', 'false');
}

async function openBurden(page: Page): Promise<void> {
  await page.getByTestId('burden-open').click();
  await expect(page.getByTestId('burden-panel')).toBeVisible();
  // The answer appears once the budget worker has sampled the year.
  await expect(page.getByTestId('burden-verdict')).toBeVisible({ timeout: 60_000 });
}

test('PUE and grid carbon move the payback, undo takes it back, presets switch, saved with the scenario', async ({
  page,
}) => {
  await gotoReady(page, '/?scenario=suncatcher');
  await pauseSim(page);
  await openBurden(page);
  await expect(page.getByTestId('burden-verdict')).toHaveClass(/good/);
  await expect(page.getByTestId('burden-preset-defaults')).toHaveAttribute('aria-pressed', 'true');
  // 81 satellites of 10 kW in a dawn-dusk orbit: all of the installed compute runs.
  const energy = Number(await page.getByTestId('burden-energy').getAttribute('data-value'));
  expect(energy / (0.81 * 8766)).toBeGreaterThan(0.99);
  const p0 = await paybackYears(page);
  expect(p0).toBeGreaterThan(0);

  // A more efficient ground data centre emits less a year: orbit takes longer to pay back.
  await page.getByTestId('burden-input-pue').fill('1.1');
  await expect.poll(() => paybackYears(page)).toBeGreaterThan(p0 * 1.3);
  const p1 = await paybackYears(page);
  expect(p1 / p0).toBeCloseTo(1.56 / 1.1, 2);
  await expect(page.getByTestId('burden-field-pue')).toContainText('your value');
  await applied(page);

  // A cleaner grid: the slider crosses the flip point and the verdict turns.
  await page.getByTestId('burden-grid-range').fill('0.02');
  await expect.poll(() => paybackYears(page)).toBeGreaterThan(5);
  await expect(page.getByTestId('burden-verdict')).toHaveClass(/bad/);
  await expect(page.getByTestId('burden-verdict')).toContainText('never pays back');
  await expect(page.getByTestId('burden-grid-value')).toHaveText('0.02');
  await applied(page);
  await saveScreenshot(page, 'burden-desktop-grid');

  // Undo takes the grid back (one step per pause), the PUE edit stays.
  await expect(page.getByTestId('burden-undo')).toBeEnabled();
  await page.getByTestId('burden-undo').click();
  await expect.poll(() => paybackYears(page)).toBeCloseTo(p1, 6);
  await expect(page.getByTestId('burden-input-pue')).toHaveValue('1.1');

  // Presets switch every assumption at once, dropping the user's own values.
  await page.getByTestId('burden-preset-critics').click();
  await expect(page.getByTestId('burden-preset-critics')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('burden-preset-summary')).toContainText(
    'Published launch-emission estimates',
  );
  await expect(page.getByTestId('burden-input-launchKgCo2ePerKg')).toHaveValue('44');
  await expect(page.getByTestId('burden-input-pue')).toHaveValue('1.1');
  await expect(page.getByTestId('burden-field-pue')).toContainText('critics');
  await expect.poll(() => paybackYears(page)).toBeGreaterThan(p1);
  const critics = await paybackYears(page);
  await page.getByTestId('burden-preset-proponents').click();
  await expect(page.getByTestId('burden-input-launchKgCo2ePerKg')).toHaveValue('18');
  await expect.poll(() => paybackYears(page)).toBeLessThan(critics / 10);
  await expect(page.getByTestId('burden-verdict')).toHaveClass(/good/);
  await expect(page.getByTestId('burden-tornado').locator('g')).toHaveCount(6);
  await saveScreenshot(page, 'burden-desktop');
  await page.getByTestId('burden-field-massKgPerNode').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('burden-field-massKgPerNode')).toContainText('2.5 kg per kW × 10 kW = 25 kg');
  await expect(page.getByTestId('burden-field-massKgPerNode').getByText('assumed')).toBeVisible();
  await saveScreenshot(page, 'burden-desktop-assumptions');

  // Saved with the scenario: the editor's Save JSON carries the burden object.
  await page.getByTestId('editor-open').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('editor-save').click(),
  ]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { burden?: unknown };
  expect(saved.burden).toEqual({ preset: 'proponents' });
});

test('in Chinese: the button, the verdict and the tornado summary', async ({ page }) => {
  await gotoReady(page, '/?scenario=suncatcher&lang=zh-CN');
  await pauseSim(page);
  await expect(page.getByTestId('burden-open')).toHaveText('地球负担');
  await openBurden(page);
  await expect(page.getByTestId('burden-verdict')).toContainText('轨道在');
  await expect(page.getByTestId('burden-payback')).toContainText('天');
  await expect(page.getByTestId('burden-tornado-summary')).toContainText('当前回收期为寿命的');
  await expect(page.getByTestId('burden-close')).toHaveAccessibleName('关闭地球负担面板');
  await saveScreenshot(page, 'burden-desktop-zh');
  await page.getByTestId('burden-tornado').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'burden-desktop-zh-tornado');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

  test('the panel is a sheet that fits the screen and answers', async ({ page }) => {
    await gotoReady(page, '/?scenario=three-body-2800');
    await pauseSim(page);
    await openBurden(page);
    const box = await page.getByTestId('burden-panel').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await expect(page.getByTestId('burden-payback')).toBeVisible();
    await saveScreenshot(page, 'burden-phone');
    await page.getByTestId('burden-tornado').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'burden-phone-tornado');
  });

  test('in Chinese the sheet answers too', async ({ page }) => {
    await gotoReady(page, '/?scenario=three-body-2800&lang=zh-CN');
    await pauseSim(page);
    await openBurden(page);
    await expect(page.getByTestId('burden-verdict')).toContainText('轨道');
    await saveScreenshot(page, 'burden-phone-zh');
  });
});
