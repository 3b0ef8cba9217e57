/** Without WebGL the app says so in words instead of showing a blank page. */
import { expect, test } from '@playwright/test';
import { saveScreenshot } from './helpers';

test('missing WebGL shows a readable error', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // Any WebGL context request fails, as on a browser with WebGL disabled.
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
    if ('OffscreenCanvas' in window) {
      const off = OffscreenCanvas.prototype.getContext;
      OffscreenCanvas.prototype.getContext = function (
        this: OffscreenCanvas,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null;
        return (off as (...a: unknown[]) => OffscreenRenderingContext | null).call(this, type, ...rest);
      } as typeof OffscreenCanvas.prototype.getContext;
    }
  });
  await page.goto('/');
  const err = page.getByTestId('webgl-error');
  await expect(err).toBeVisible({ timeout: 45_000 });
  const text = (await err.innerText()).trim();
  expect(text.length, `error text: "${text}"`).toBeGreaterThanOrEqual(20);
  expect(text).toMatch(/webgl/i);
  expect(await page.evaluate(() => document.documentElement.dataset.ready)).not.toBe('true');
  await saveScreenshot(page, 'webgl-error');
});
