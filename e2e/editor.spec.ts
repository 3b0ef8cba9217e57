/**
 * The scenario editor (issue: edit a scenario live): a field edit is validated, applied after a
 * pause without a reload (time, total and the selection survive), undone and redone; an invalid
 * value shows the validator's problem and changes nothing; save downloads the JSON, open loads one;
 * shells can be added and removed; search selects by id; the shell filter hides a shell.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  canvasImage,
  getState,
  gotoReady,
  hook,
  numberIn,
  pauseSim,
  saveScreenshot,
  waitFrames,
} from './helpers';

/** A satellite of the Starlink-like shell (shell 1) of the default `three-body` scenario. */
const STARLINK_INDEX = 600;
const BASE_TOTAL = 12 + 72 * 22;

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('editor-open').click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

/** The selected satellite's altitude in the info panel, km. */
const infoAltitude = (page: Page) => numberIn(page, 'info-altitude');

test('editing an altitude applies live and keeps time and selection; undo, redo, invalid values, save', async ({
  page,
}) => {
  await gotoReady(page, '/');
  expect((await getState(page)).warp).toBe(60);
  await hook(page, 'select', STARLINK_INDEX);
  await expect(page.getByTestId('info-panel')).toBeVisible();
  const selectedId = (await getState(page)).selectedId;
  expect(selectedId).toMatch(/^S2-P\d+-\d+$/);
  await expect(page.getByTestId('info-id')).toContainText(selectedId!);
  await expect.poll(() => infoAltitude(page)).toBeGreaterThan(525);
  expect(await infoAltitude(page)).toBeLessThan(575);

  await openEditor(page);
  await expect(page.getByTestId('editor-shell-1')).toContainText('Walker');
  await expect(page.getByTestId('editor-undo')).toBeDisabled();
  await expect(page.getByTestId('editor-redo')).toBeDisabled();
  const alt = page.getByTestId('editor-field-1-altitudeKm');
  await expect(alt).toHaveValue('550');

  const before = await getState(page);
  const wall0 = Date.now();
  await alt.fill('1200');
  // Applied without a reload: the same satellites, the same one selected, now at 1200 km.
  await expect.poll(() => infoAltitude(page), { timeout: 30_000 }).toBeGreaterThan(1170);
  expect(await infoAltitude(page)).toBeLessThan(1230);
  const after = await getState(page);
  const wallS = (Date.now() - wall0) / 1000;
  expect(after.total).toBe(BASE_TOTAL);
  expect(after.selectedId).toBe(selectedId);
  expect(after.playing).toBe(true);
  expect(after.warp).toBe(60);
  // Time went on from where it was (60× warp), not back to the epoch.
  expect(after.simMs).toBeGreaterThanOrEqual(before.simMs);
  expect(after.simMs - before.simMs).toBeLessThan((wallS * 60 + 60) * 1000);
  await expect(page.getByTestId('editor-undo')).toBeEnabled();
  await expect(page.getByTestId('editor-error')).toHaveCount(0);
  await saveScreenshot(page, 'editor-applied');

  // Save: a pretty JSON download named after the scenario, with the edited altitude.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('editor-save').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^[A-Za-z0-9._-]+\.json$/);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    shells: { altitudeKm: number }[];
    name: string;
  };
  expect(saved.shells[1].altitudeKm).toBe(1200);
  expect(saved.name).toContain('Three-Body');

  // Undo (button) → 550 km; redo (button) → 1200 km; undo (keyboard, focus outside inputs) → 550 km.
  await page.getByTestId('editor-undo').click();
  await expect.poll(() => infoAltitude(page), { timeout: 30_000 }).toBeLessThan(575);
  await expect(alt).toHaveValue('550');
  expect((await getState(page)).selectedId).toBe(selectedId);
  await expect(page.getByTestId('editor-redo')).toBeEnabled();
  await page.getByTestId('editor-redo').click();
  await expect.poll(() => infoAltitude(page), { timeout: 30_000 }).toBeGreaterThan(1170);
  await expect(alt).toHaveValue('1200');
  await page.getByTestId('editor').getByRole('heading', { name: 'Edit scenario' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => infoAltitude(page), { timeout: 30_000 }).toBeLessThan(575);
  await expect(alt).toHaveValue('550');

  // An invalid value: the problem inline, the scene keeps running the previous scenario.
  await alt.fill('-3');
  const error = page.getByTestId('editor-shell-1').getByTestId('editor-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('160');
  await expect(error).toContainText('-3');
  const t0 = (await getState(page)).simMs;
  await expect.poll(async () => (await getState(page)).simMs).toBeGreaterThan(t0 + 60_000);
  const still = await getState(page);
  expect(still.total).toBe(BASE_TOTAL);
  expect(still.selectedId).toBe(selectedId);
  const altNow = await infoAltitude(page);
  expect(altNow).toBeGreaterThan(525);
  expect(altNow).toBeLessThan(575);
  await saveScreenshot(page, 'editor-invalid');

  // Fixing the value clears the problem.
  await alt.fill('700');
  await expect(error).toHaveCount(0);
  await expect.poll(() => infoAltitude(page), { timeout: 30_000 }).toBeGreaterThan(675);
});

test('node defaults are edited and validated', async ({ page }) => {
  await gotoReady(page, '/');
  await openEditor(page);
  const eps = page.getByTestId('editor-node-emissivity');
  await expect(eps).toHaveValue('0.9');
  await eps.fill('2');
  await expect(page.getByTestId('editor').getByTestId('editor-error')).toContainText('between 0 and 1');
  await eps.fill('0.8');
  await expect(page.getByTestId('editor').getByTestId('editor-error')).toHaveCount(0);
  await expect(page.getByTestId('editor-undo')).toBeEnabled({ timeout: 30_000 });
  expect((await getState(page)).total).toBe(BASE_TOTAL);
});

test('adding and removing shells; the last shell stays', async ({ page }) => {
  await gotoReady(page, '/');
  await openEditor(page);
  await page.getByTestId('editor-add-shell').click();
  await expect(page.getByTestId('editor-shell-2')).toBeVisible();
  await expect(page.getByTestId('editor-field-2-altitudeKm')).toHaveValue(/\d+/);
  await expect.poll(async () => (await getState(page)).total, { timeout: 30_000 }).toBe(BASE_TOTAL + 60);
  await expect(page.getByTestId('shell-legend').locator('li')).toHaveCount(3);
  await saveScreenshot(page, 'editor-added-shell');

  await page.getByTestId('editor-remove-shell-2').click();
  await expect(page.getByTestId('editor-shell-2')).toHaveCount(0);
  await expect.poll(async () => (await getState(page)).total, { timeout: 30_000 }).toBe(BASE_TOTAL);

  await page.getByTestId('editor-remove-shell-0').click();
  await expect.poll(async () => (await getState(page)).total, { timeout: 30_000 }).toBe(72 * 22);
  await expect(page.getByTestId('editor-remove-shell-0')).toBeDisabled();
  // Undo brings the removed shell back.
  await page.getByTestId('editor-undo').click();
  await expect.poll(async () => (await getState(page)).total, { timeout: 30_000 }).toBe(BASE_TOTAL);
});

test('opening a file: bad JSON keeps the scenario, a good file loads from its epoch', async ({ page }) => {
  await gotoReady(page, '/');
  await openEditor(page);
  const input = page.getByTestId('editor-file-input');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1,'),
  });
  await expect(page.getByTestId('notice')).toContainText('not valid JSON');
  expect((await getState(page)).total).toBe(BASE_TOTAL);

  await input.setInputFiles({
    name: 'invalid.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        version: 1,
        name: 'Bad',
        shells: [{ kind: 'walker', altitudeKm: -3, inclinationDeg: 53, planes: 2, satsPerPlane: 2 }],
      }),
    ),
  });
  await expect(page.getByTestId('notice')).toContainText('shells[0].altitudeKm');
  expect((await getState(page)).total).toBe(BASE_TOTAL);

  const small = {
    version: 1,
    name: 'Small test',
    epoch: '2026-01-01T00:00:00Z',
    shells: [{ kind: 'walker', altitudeKm: 800, inclinationDeg: 60, planes: 3, satsPerPlane: 4 }],
  };
  await input.setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(small)),
  });
  await expect.poll(async () => (await getState(page)).total, { timeout: 30_000 }).toBe(12);
  expect((await getState(page)).timeUtc.startsWith('2026-01-01')).toBe(true);
  await expect(page.getByTestId('editor-field-0-altitudeKm')).toHaveValue('800');
  await expect(page.getByTestId('editor-undo')).toBeDisabled();
});

test('search selects a satellite by id or name', async ({ page }) => {
  await gotoReady(page, '/');
  const search = page.getByTestId('search-input');
  await search.fill('S2-P01-01');
  await search.press('Enter');
  await expect(page.getByTestId('info-id')).toContainText('S2-P01-01');
  expect((await getState(page)).selectedId).toBe('S2-P01-01');
  await expect(page.getByTestId('search-message')).toContainText('S2-P01-01');

  await search.fill('no-such-satellite');
  await search.press('Enter');
  await expect(page.getByTestId('search-message')).toContainText('No satellite');
  expect((await getState(page)).selectedId).toBe('S2-P01-01');

  // By name, case-insensitively.
  await search.fill('three-body (assumed orbit) 1-3');
  await search.press('Enter');
  await expect(page.getByTestId('info-id')).toContainText('S1-P1-03');
});

test('the shell filter hides a shell', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  // Where satellites of the Starlink-like shell (the second) are drawn: in the canvas, not behind Earth.
  const spots: { x: number; y: number }[] = [];
  for (let i = 12; i < BASE_TOTAL && spots.length < 60; i += 17) {
    const p = await hook(page, 'screenPosition', i);
    if (p && p.x > 4 && p.y > 4) spots.push(p);
  }
  expect(spots.length).toBeGreaterThan(20);
  /** How many of those spots show a bright blue dot (the shell's colour). */
  const lit = async () => {
    await waitFrames(page, 3);
    const img = await canvasImage(page);
    let n = 0;
    for (const { x, y } of spots) {
      let hit = false;
      for (let dx = -1; dx <= 1 && !hit; dx++) {
        for (let dy = -1; dy <= 1 && !hit; dy++) {
          const xi = Math.round(x) + dx;
          const yi = Math.round(y) + dy;
          if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) continue;
          const o = (yi * img.width + xi) * 4;
          const [r, g, b] = [img.data[o], img.data[o + 1], img.data[o + 2]];
          // The second shell's blue (#6887ff): blue well above red and green.
          hit = b > 150 && b - r > 40 && b - g > 30;
        }
      }
      if (hit) n++;
    }
    return n;
  };
  const shown = await lit();
  expect(shown).toBeGreaterThan(spots.length * 0.5);
  const box = page.getByTestId('shell-filter-1');
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect(box).not.toBeChecked();
  await expect.poll(lit).toBeLessThan(shown * 0.3);
  await saveScreenshot(page, 'editor-filter-hidden');
  await box.check();
  await expect.poll(lit).toBeGreaterThan(shown * 0.7);
});

test('phone: the editor is a sheet above the time bar with a close button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoReady(page, '/');
  await openEditor(page);
  const sheet = await page.getByTestId('editor').boundingBox();
  const bar = await page.locator('.timebar').boundingBox();
  expect(sheet && bar).toBeTruthy();
  expect(sheet!.width).toBeGreaterThan(360);
  expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(bar!.y + 1);
  await saveScreenshot(page, 'editor-phone');
  await page.getByTestId('editor-close').click();
  await expect(page.getByTestId('editor')).toHaveCount(0);
});

test('Chinese: labels, hints and problems of the editor, switching back to English', async ({ page }) => {
  await gotoReady(page, '/?lang=zh-CN');
  await openEditor(page);
  const editor = page.getByTestId('editor');
  await expect(editor.getByRole('heading', { name: '编辑场景' })).toBeVisible();
  await expect(page.getByTestId('editor-shell-1')).toContainText('每面卫星数');
  // The plain-words hint of "Phasing F", opened from its ? button.
  await page.getByTestId('editor-field-1-phasing-hint').click();
  await expect(page.getByTestId('editor-shell-1')).toContainText('相邻轨道面卫星之间的错开程度');
  // A validation problem in Chinese, with its numbers.
  await page.getByTestId('editor-field-1-altitudeKm').fill('-3');
  const error = page.getByTestId('editor-shell-1').getByTestId('editor-error');
  await expect(error).toContainText('必须在 160 到 50000 km 之间，实际为 -3');
  await saveScreenshot(page, 'editor-zh-error');
  // The same problem, still on screen, follows the language.
  await page.getByTestId('language-menu').selectOption('en');
  await expect(error).toContainText('must be between 160 and 50000 km, got -3');
  await expect(editor.getByRole('heading', { name: 'Edit scenario' })).toBeVisible();
});
