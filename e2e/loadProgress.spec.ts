/**
 * The loading overlay's progress bar (src/app/LoadProgress.tsx): while the propagation worker's script
 * is held back the bar says "Starting workers" at 5 %, in the page's language; once the worker runs
 * the stages move on and the overlay goes when the first frame is drawn.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitReady } from './helpers';

/** Holds the propagation worker's script until the returned function is called. */
async function holdWorker(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/propagation\.worker[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const [lang, workers, building] of [
  ['en', 'Starting workers', /^Building [\d,]+ satellites$/],
  ['zh-CN', '正在启动工作线程', /^正在生成 [\d,]+ 颗卫星$/],
] as const) {
  test(`progress bar through the load stages (${lang})`, async ({ page }) => {
    const release = await holdWorker(page);
    await page.goto(`/?lang=${lang}`);
    const bar = page.getByRole('progressbar');
    await expect(bar).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveAttribute('data-testid', 'load-progress');
    await expect(bar).toHaveAttribute('aria-valuenow', '5');
    await expect(bar).toHaveAttribute('aria-valuetext', workers);
    await expect(bar).toContainText(workers);
    await expect(bar).toHaveAccessibleName(lang === 'en' ? 'Loading progress' : '加载进度');
    // The stages seen from here on, recorded in the page (the later ones pass quickly).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const el = document.querySelector('[data-testid=load-progress]')!;
      new MutationObserver(() => seen.push(el.getAttribute('aria-valuetext') ?? '')).observe(el, {
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
    release();
    await waitReady(page);
    await expect(page.getByTestId('loading-overlay')).toBeHidden();
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.some((s) => building.test(s))).toBe(true);
  });
}
