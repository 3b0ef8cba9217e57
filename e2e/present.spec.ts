/**
 * Presenter mode, tours and export (docs/contracts-app.md, "Presenter mode"): `?present=1` plays the
 * scenario's tour with clicker keys (PageDown / PageUp, `B` blackout, Escape), each step setting the
 * caption, time and selection; `H` hides and restores every panel; a step added in the editor replays;
 * the PNG export has the asked pixel size and is not blank; the CSV export equals the command line's
 * rows. Screenshots at 1920×1080 of two tour steps and of the export dialog.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { decodePng, getState, gotoReady, hook, pauseSim, saveScreenshot, waitFrames } from './helpers';
import { BUILTIN_SCENARIOS } from '../src/scenario/builtins';
import { tourStepView } from '../src/scenario/tour';
import type { ScenarioInput } from '../src/scenario/schema';
import { scenarios as zhScenarios } from '../src/i18n/locales/zh-CN/scenarios';

test.use({ viewport: { width: 1920, height: 1080 } });

/** The built-in's tour steps as the app resolves them: caption, time (Unix ms) and selection. */
function tourOf(id: string) {
  const sc = BUILTIN_SCENARIOS[id].build() as ScenarioInput & { epoch: string };
  const epochMs = Date.parse(sc.epoch);
  return (sc.tour ?? []).map((s) => ({
    caption: s.caption ?? '',
    view: tourStepView({ caption: '', ...s }, epochMs),
  }));
}

const caption = (page: Page) => page.getByTestId('caption');

/** Waits until the caption shows step `i` and the clock has reached the step's time (and runs on from there at most `slackS` of wall time). */
async function expectStep(
  page: Page,
  steps: ReturnType<typeof tourOf>,
  i: number,
  slackS = 20,
): Promise<void> {
  await expect(caption(page)).toHaveAttribute('data-step', String(i));
  await expect(caption(page)).toHaveText(steps[i].caption);
  const t = steps[i].view.timeMs!;
  await expect
    .poll(
      async () => {
        const s = await getState(page);
        return s.simMs - t >= -1000 && s.simMs - t <= Math.max(1, Math.abs(s.warp)) * slackS * 1000;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  if (steps[i].view.selected !== undefined)
    await expect.poll(async () => (await getState(page)).selectedId).toBe(steps[i].view.selected);
}

test('?present=1 plays the tour: PageDown/PageUp move steps with caption, time and selection; B blacks out; Escape leaves', async ({
  page,
}) => {
  const steps = tourOf('three-body');
  await gotoReady(page, '/?scenario=three-body&present=1');
  await expect(caption(page)).toBeVisible();
  await expectStep(page, steps, 0);
  // Panels are hidden, the step indicator shows 1 / n.
  await expect(page.locator('.header')).toBeHidden();
  await expect(page.locator('.timebar')).toBeHidden();
  await expect(page.getByTestId('step-indicator')).toContainText(`1 / ${steps.length}`);

  await page.keyboard.press('PageDown');
  await expectStep(page, steps, 1);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, steps, 2);
  await waitFrames(page, 30);
  await saveScreenshot(page, 'present-three-body-route');
  // Space (what some clickers send) is "next" here, not play/pause.
  await page.keyboard.press('Space');
  await expectStep(page, steps, 3);
  expect(steps[3].view.selected).toBe('S1-P1-01');
  await waitFrames(page, 30);
  await saveScreenshot(page, 'present-three-body-eclipse');

  await page.keyboard.press('PageUp');
  await expectStep(page, steps, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, steps, 1);

  await page.keyboard.press('b');
  await expect(page.getByTestId('blackout')).toBeVisible();
  await page.keyboard.press('B');
  await expect(page.getByTestId('blackout')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(caption(page)).toHaveCount(0);
  await expect(page.locator('.header')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.present)).toBeUndefined();
});

test('in Chinese a built-in tour shows its Chinese captions, name and controls; back in English the English ones', async ({
  page,
}) => {
  const zh = zhScenarios.builtins.suncatcher;
  await gotoReady(page, '/?scenario=suncatcher&present=1&lang=zh-CN');
  await expect(caption(page)).toHaveAttribute('data-step', '0');
  await expect(caption(page)).toHaveText(zh.tour['0']);
  await expect(page.getByTestId('step-indicator')).toContainText(zh.name);
  await expect(page.getByRole('button', { name: '退出演示模式' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveAttribute('data-step', '1');
  await expect(caption(page)).toHaveText(zh.tour['1']);
  await waitFrames(page, 10);
  await saveScreenshot(page, 'present-suncatcher-zh-CN');
  // The same step in English: the built-in's own caption.
  await gotoReady(page, '/?scenario=suncatcher&present=1&lang=en');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveText(tourOf('suncatcher')[1].caption);
  await expect(page.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
});

test('reduced motion: a step jumps straight to its time; P enters presenter mode', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const steps = tourOf('starcloud-1');
  await gotoReady(page, '/?scenario=starcloud-1');
  await page.keyboard.press('p');
  await expectStep(page, steps, 0);
  for (let i = 1; i < steps.length; i++) {
    await page.keyboard.press('PageDown');
    await expectStep(page, steps, i);
  }
  // Past the last step it stays there.
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveAttribute('data-step', String(steps.length - 1));
});

test('H hides and restores every panel; so do the buttons', async ({ page }) => {
  await gotoReady(page, '/');
  const panels = ['.header', '.timebar'];
  for (const p of panels) await expect(page.locator(p)).toBeVisible();
  await page.keyboard.press('h');
  for (const p of panels) await expect(page.locator(p)).toBeHidden();
  await expect(page.getByTestId('panels-restore')).toBeVisible();
  await page.keyboard.press('H');
  for (const p of panels) await expect(page.locator(p)).toBeVisible();
  await page.getByTestId('panels-hide').click();
  await expect(page.locator('.header')).toBeHidden();
  await page.getByTestId('panels-restore').click();
  await expect(page.locator('.header')).toBeVisible();
  await expect(page.getByTestId('panels-restore')).toHaveCount(0);
});

/** Clicks `testId` and returns the downloaded file's bytes and name. */
async function downloadOf(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

test('export: a 3840×2160 PNG drawn at that size and not blank; CSVs equal the command line', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await gotoReady(page, '/?scenario=three-body');
  await pauseSim(page);
  await hook(page, 'select', 0);
  await expect.poll(async () => (await getState(page)).selectedId).toBe('S1-P1-01');
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-caption-on').check();
  await page
    .getByTestId('export-caption')
    .fill('Three-Body Computing Constellation: 12 satellites, 744 TOPS each');
  await saveScreenshot(page, 'present-export-dialog');

  // PNG at 4K (the window is 1920×1080: drawn at pixel ratio 2, not enlarged).
  const png = await downloadOf(page, 'export-png');
  expect(png.name).toMatch(/3840x2160\.png$/);
  mkdirSync('e2e-artifacts', { recursive: true });
  writeFileSync('e2e-artifacts/present-export-4k.png', png.bytes);
  const img = decodePng(png.bytes);
  expect([img.width, img.height]).toEqual([3840, 2160]);
  let lit = 0;
  const colours = new Set<number>();
  for (let i = 0; i < img.data.length; i += 4 * 97) {
    const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
    if (r + g + b > 90) lit++;
    colours.add((r >> 3) * 1024 + (g >> 3) * 32 + (b >> 3));
  }
  expect(lit / (img.data.length / 4 / 97)).toBeGreaterThan(0.05);
  expect(colours.size).toBeGreaterThan(200);
  await expect(page.getByTestId('export-png-status')).toHaveAttribute('data-kind', 'ok');
  console.log(
    `PNG 3840×2160: ${(png.bytes.length / 1e6).toFixed(1)} MB in ${await page.getByTestId('export-png-status').getAttribute('data-ms')} ms`,
  );

  // A custom size: exact pixels.
  await page.getByTestId('export-size').selectOption(String(4));
  await page.getByTestId('export-width').fill('1000');
  await page.getByTestId('export-height').fill('1000');
  const square = decodePng((await downloadOf(page, 'export-png')).bytes);
  expect([square.width, square.height]).toEqual([1000, 1000]);

  // The selected node's budget series: the command line's rows for the same node and window.
  await page.getByTestId('export-csv-from').fill('2025-06-01T01:00:00Z');
  await page.getByTestId('export-csv-hours').fill('1');
  await page.getByTestId('export-csv-step').fill('60');
  const csv = (await downloadOf(page, 'export-csv-node')).bytes.toString('utf8');
  const cli = execFileSync(
    'npx',
    [
      'tsx',
      'src/cli/main.ts',
      'three-body',
      '--nodes',
      'S1-P1-01',
      '--from',
      '2025-06-01T01:00:00Z',
      '--hours',
      '1',
      '--step-s',
      '60',
    ],
    { encoding: 'utf8' },
  );
  expect(csv.split('\n').length).toBe(63);
  expect(csv).toBe(cli);
  console.log(`CSV node: ${await page.getByTestId('export-csv-status').getAttribute('data-ms')} ms`);

  // The constellation's state now: one row per node, same columns.
  const state = (await downloadOf(page, 'export-csv-state')).bytes.toString('utf8');
  const lines = state.trimEnd().split('\n');
  expect(lines[0]).toBe(cli.split('\n')[0]);
  expect(lines.length - 1).toBe(12 + 72 * 22);
  const t = lines[1].split(',')[0];
  expect(state).toBe(
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'three-body', '--from', t, '--hours', '0'], {
      encoding: 'utf8',
    }),
  );
  console.log(`CSV state: ${await page.getByTestId('export-csv-status').getAttribute('data-ms')} ms`);
});

test('a tour step added in the editor from the current view replays in presenter mode', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const steps = tourOf('suncatcher');
  await gotoReady(page, '/?scenario=suncatcher');
  await pauseSim(page);
  const epochMs = Date.parse('2026-03-20T00:00:00Z');
  const t = epochMs + 2 * 3600_000 + 17 * 60_000;
  await hook(page, 'seek', t);
  await hook(page, 'select', 40);
  const id = (await getState(page)).selectedId!;
  await page.getByTestId('editor-open').click();
  await page.getByTestId('tour-add').click();
  const i = steps.length;
  await page.getByTestId(`tour-caption-${i}`).fill('My own step: the middle of the cluster.');
  await expect(page.getByTestId(`tour-step-${i}`)).toContainText(`+02:17:00 · ${id}`);
  // Reorder: up, then down again; the first step deleted, then restored by undo.
  await page.getByTestId(`tour-up-${i}`).click();
  await expect(page.getByTestId(`tour-caption-${i - 1}`)).toHaveValue(
    'My own step: the middle of the cluster.',
  );
  await page.getByTestId(`tour-down-${i - 1}`).click();
  await expect(page.getByTestId(`tour-caption-${i}`)).toHaveValue('My own step: the middle of the cluster.');
  await expect(page.getByTestId('editor-file-note')).toBeEmpty();
  await page.getByTestId('tour-remove-0').click();
  await expect(page.getByTestId(`tour-step-${i}`)).toHaveCount(0);
  await expect(page.getByTestId(`tour-caption-${i - 1}`)).toHaveValue(
    'My own step: the middle of the cluster.',
  );
  await expect(page.getByTestId('editor-file-note')).toBeEmpty();
  await page.getByTestId('editor-undo').click();
  await expect(page.getByTestId(`tour-caption-${i}`)).toHaveValue('My own step: the middle of the cluster.');
  await expect(page.getByTestId('tour-caption-0')).toHaveValue(steps[0].caption);
  await page.getByTestId('editor-close').click();

  // Somewhere else, then play the tour to its end.
  await hook(page, 'seek', epochMs);
  await hook(page, 'select', null);
  await page.keyboard.press('p');
  await expect(caption(page)).toHaveAttribute('data-step', '0');
  for (let k = 1; k <= i; k++) await page.keyboard.press('PageDown');
  await expect(caption(page)).toHaveAttribute('data-step', String(i));
  await expect(caption(page)).toHaveText('My own step: the middle of the cluster.');
  await expect.poll(async () => (await getState(page)).selectedId).toBe(id);
  const s = await getState(page);
  expect(Math.abs(s.simMs - t)).toBeLessThan(1000 + Math.abs(s.warp) * 20_000);
});

test('a short WebM recording is a playable file of non-zero duration, or where the browser cannot encode an error with the clock put back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await gotoReady(page, '/?scenario=three-body');
  await page.getByTestId('export-open').click();
  await page.getByTestId('record-span').fill('10');
  await page.getByTestId('record-warp').fill('300');
  await expect(page.getByTestId('record-estimate')).toContainText('2.0 s of video');
  // Headless Chromium may run MediaRecorder without its encoder delivering any data: the app then
  // reports an error and puts the clock back (the state machine: src/app/present/recorder.test.ts).
  const warpBefore = (await getState(page)).warp;
  const download = page.waitForEvent('download', { timeout: 120_000 }).catch(() => null);
  await page.getByTestId('record-start-button').click();
  await expect(page.getByTestId('record-progress')).toHaveAttribute('data-state', /done|error/, {
    timeout: 120_000,
  });
  if ((await page.getByTestId('record-progress').getAttribute('data-state')) === 'error') {
    await expect(page.getByTestId('record-status')).toContainText(/no video data|cannot record/);
    test.info().annotations.push({
      type: 'note',
      description: 'This Chromium cannot encode WebM: checked the error state and the restored clock.',
    });
    console.log('WebM: this Chromium delivers no encoded data; error state checked');
    expect((await getState(page)).warp).toBe(warpBefore);
    return;
  }
  const dl = (await download)!;
  expect(dl.suggestedFilename()).toMatch(/30fps\.webm$/);
  const bytes = readFileSync(await dl.path());
  expect(bytes.length).toBeGreaterThan(1000);
  await expect(page.getByTestId('record-progress')).toHaveAttribute('data-state', 'done');
  // A WebM file: an EBML header whose DocType is "webm".
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(bytes.subarray(0, 64).includes(Buffer.from('webm'))).toBe(true);
  // Played back in the page: a WebM whose duration (found by seeking to the end) is more than 0.
  // Some Chromium builds encode WebM but cannot decode it (MEDIA_ERR_SRC_NOT_SUPPORTED, code 4):
  // then the header checks above are what this machine can verify, and the test says so.
  const played = await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const v = document.createElement('video');
    v.muted = true;
    v.src = URL.createObjectURL(new Blob([bin], { type: 'video/webm' }));
    const error = await new Promise<number | null>((ok) => {
      v.onloadedmetadata = () => ok(null);
      v.onerror = () => ok(v.error?.code ?? -1);
    });
    if (error !== null) return { error, durationS: NaN };
    if (!Number.isFinite(v.duration)) {
      v.currentTime = 1e9;
      await new Promise<void>((ok) => (v.ondurationchange = () => Number.isFinite(v.duration) && ok()));
    }
    return { error: null, durationS: v.duration };
  }, bytes.toString('base64'));
  if (played.error === 4) {
    test.info().annotations.push({
      type: 'note',
      description: 'This Chromium encodes WebM but cannot decode it: checked the file header only.',
    });
    console.log(
      `WebM: ${(bytes.length / 1e6).toFixed(2)} MB written; this Chromium cannot decode WebM to check its duration`,
    );
    return;
  }
  expect(played.error).toBeNull();
  const durationS = played.durationS;
  expect(durationS).toBeGreaterThan(0.5);
  console.log(`WebM: ${(bytes.length / 1e6).toFixed(2)} MB, ${durationS.toFixed(2)} s`);
});
