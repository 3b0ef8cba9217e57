/**
 * Hostile and unknown `?scenario=` ids (docs/scenario-format.md): an id that is an inherited member
 * of every JavaScript object (`constructor`, `__proto__`) once found one in the built-ins table and
 * the app never started. Every unknown id must start the default scenario and open the picker with
 * a message naming the id, as text.
 */
import { expect, test } from '@playwright/test';
import { getState, gotoReady } from './helpers';

for (const id of ['constructor', '__proto__', 'nope', '<b>bold</b>']) {
  test(`?scenario=${id} starts the default scenario and opens the picker naming the id`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await gotoReady(page, `/?scenario=${encodeURIComponent(id)}`);
    const state = await getState(page);
    expect(state.status).toBe('ready');
    expect(state.total).toBeGreaterThan(0);
    await expect(page.getByTestId('library-dialog')).toBeVisible();
    const message = page.getByTestId('library-message');
    await expect(message).toContainText(`There is no built-in scenario called “${id}”`);
    // Input from the address bar is text, never markup.
    await expect(message.locator('b')).toHaveCount(0);
    // The picker still works: closing it leaves the running scenario; opening it again shows no message.
    await page.getByTestId('library-close').click();
    await expect(page.getByTestId('library-dialog')).toHaveCount(0);
    await page.getByTestId('library-open').click();
    await expect(page.getByTestId('library-dialog')).toBeVisible();
    await expect(page.getByTestId('library-message')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
