/**
 * Presenter mode, tours and export (docs/contracts-app.md, "Presenter mode"): `?present=1` plays the
 * scenario's tour with clicker keys (PageDown / PageUp, `B` blackout, Escape), each step setting the
 * caption, time and selection; `H` hides and restores every panel; a step added in the editor replays;
 * the PNG export has the asked pixel size and is not blank; the CSV export equals the command line's
 * rows. Screenshots at 1920×1080 of two tour steps and of the export dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import { getState, gotoReady, saveScreenshot, waitFrames } from './helpers';
import { BUILTIN_SCENARIOS } from '../src/scenario/builtins';
import { tourStepView } from '../src/scenario/tour';
import type { ScenarioInput } from '../src/scenario/schema';

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
