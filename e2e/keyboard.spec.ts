/**
 * Keyboard only (issue 13): with no mouse at all, load a built-in through the scenario picker,
 * select a satellite with the search box, open its budget, change the colour mode and play. Every
 * control is reached with Tab (counted, so a focus order that wanders shows) and shows a visible
 * focus indicator when it is reached.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getState, gotoReady } from './helpers';

/** Most Tab presses to reach any one control. */
const MAX_TABS = 80;

/** Presses Tab (Shift+Tab with `back`) until `target` has focus; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, back = false): Promise<number> {
  for (let n = 1; n <= MAX_TABS; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return n;
  }
  throw new Error(`${target} was not reached with ${MAX_TABS} ${back ? 'Shift+Tab' : 'Tab'} presses`);
}

/** The focused element draws a focus indicator (an outline or a box shadow). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(
    (style.outline !== 'none' && style.width > 0) || style.shadow !== 'none',
    `focus indicator on ${target}: ${JSON.stringify(style)}`,
  ).toBe(true);
}

test('keyboard only: built-in from the picker, a satellite by search, its budget, colour mode, play', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await gotoReady(page, '/');
  const tabs: Record<string, number> = {};

  // Pause with the keyboard first (Space toggles play anywhere outside a text field).
  await page.locator('body').focus();
  if ((await getState(page)).playing) await page.keyboard.press('Space');
  await expect.poll(async () => (await getState(page)).playing).toBe(false);

  // 1. The scenario picker: Tab to its button, Enter, Tab to a built-in, Enter.
  const libraryOpen = page.getByTestId('library-open');
  tabs.picker = await tabTo(page, libraryOpen);
  await expectVisibleFocus(libraryOpen);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('library-dialog');
  await expect(dialog).toBeVisible();
  // Focus moves into the dialog, and Tab stays inside it.
  await expect
    .poll(() => dialog.evaluate((d) => d.contains(document.activeElement)), {
      message: 'focus inside the picker',
    })
    .toBe(true);
  const item = page.getByTestId('library-item-suncatcher');
  tabs.builtin = await tabTo(page, item);
  await expectVisibleFocus(item);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.ready), { timeout: 75_000 })
    .toBe('true');
  const total = (await getState(page)).total;
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId('scene-description')).toContainText('No satellite is selected');

  // 2. A satellite through the search box: type part of an id, Enter takes the first suggestion.
  const search = page.getByTestId('search-input');
  await page.locator('body').focus();
  tabs.search = await tabTo(page, search);
  await expectVisibleFocus(search);
  await page.keyboard.type('S1-');
  await expect(page.getByTestId('search-suggestions')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getState(page)).selected).not.toBeNull();
  const selectedId = (await getState(page)).selectedId!;
  await expect(page.getByTestId('info-id')).toContainText(selectedId);

  // 3. Its budget: the panel's show / hide button works from the keyboard.
  const budget = page.getByTestId('budget-panel');
  await expect(budget).toBeVisible();
  const collapse = budget.locator('button.budget-collapse');
  tabs.budget = await tabTo(page, collapse);
  await expectVisibleFocus(collapse);
  if ((await collapse.getAttribute('aria-expanded')) === 'true') {
    await page.keyboard.press('Enter');
    await expect(collapse).toHaveAttribute('aria-expanded', 'false');
  }
  await page.keyboard.press('Enter');
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('budget-sunlight')).toBeVisible({ timeout: 30_000 });

  // 4. Colour mode: the select is reached with (Shift+)Tab and changed with the arrow keys.
  const mode = page.getByTestId('color-mode');
  const before = await mode.inputValue();
  tabs.colourMode = await tabTo(page, mode, true);
  await expectVisibleFocus(mode);
  await page.keyboard.press('ArrowDown');
  await expect(mode).not.toHaveValue(before);

  // 5. Play: Tab to the play button, Enter.
  const play = page.getByTestId('play-toggle');
  tabs.play = await tabTo(page, play);
  await expectVisibleFocus(play);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await getState(page)).playing).toBe(true);
  const t0 = (await getState(page)).simMs;
  await expect.poll(async () => (await getState(page)).simMs).toBeGreaterThan(t0);

  // The selection survived all of it, and nothing took a mouse.
  expect((await getState(page)).selectedId).toBe(selectedId);
  test.info().annotations.push({ type: 'tab presses', description: JSON.stringify(tabs) });
});
