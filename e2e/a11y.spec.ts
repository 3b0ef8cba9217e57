/**
 * Accessibility (issue 13): axe-core (WCAG 2.0 / 2.1, levels A and AA) finds no serious or critical
 * violation in the main view, each dialog, the budget, network and Earth-burden panels and the phone
 * layout. Each view's counts by impact go to test-results/a11y-axe.json (the closing note's table);
 * the screen-reader description of the scene and reduced motion are checked here too.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getState, gotoReady, hook, pauseSim, waitWall } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const REPORT = 'test-results/a11y-axe.json';

type Counts = Record<'critical' | 'serious' | 'moderate' | 'minor', number>;

/** Adds one view's counts to the report file (kept across the tests of a run). */
function record(view: string, counts: Counts, ids: string[]): void {
  mkdirSync('test-results', { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(REPORT, 'utf8'));
  } catch {
    // first view of the run
  }
  all[view] = { ...counts, rules: ids };
  writeFileSync(REPORT, JSON.stringify(all, null, 2));
}

/** Runs axe on the page (or inside `include`), records the counts, and fails softly on serious or critical violations. */
async function scan(page: Page, view: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) if (v.impact) counts[v.impact] += v.nodes.length;
  record(
    view,
    counts,
    violations.map((v) => `${v.impact}: ${v.id} ×${v.nodes.length}`),
  );
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect.soft(bad, `${view}: serious or critical axe violations`).toEqual([]);
}

/** Opens a dialog with its button, scans the page while it is open, and closes it with Escape. */
async function scanDialog(page: Page, view: string, open: Locator, dialog: Locator): Promise<void> {
  await open.click();
  await expect(dialog).toBeVisible();
  await scan(page, view);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('main view and every dialog: no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(240_000);
  await gotoReady(page, '/');
  await pauseSim(page);
  await scan(page, 'main view');

  await scanDialog(
    page,
    'scenario picker',
    page.getByTestId('library-open'),
    page.getByTestId('library-dialog'),
  );
  await scanDialog(page, 'import', page.getByTestId('import-open'), page.getByTestId('import-dialog'));
  await scanDialog(page, 'share', page.getByTestId('share-open'), page.getByTestId('share-dialog'));
  await scanDialog(page, 'embed', page.getByTestId('embed-open-dialog'), page.getByTestId('embed-dialog'));
  await scanDialog(page, 'export', page.getByTestId('export-open'), page.getByTestId('export-dialog'));
  await scanDialog(
    page,
    'shortcuts',
    page.getByTestId('shortcuts-open'),
    page.getByTestId('shortcuts-dialog'),
  );

  // The editor is a sheet beside the scene; it closes with its own button.
  await page.getByTestId('editor-open').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await scan(page, 'editor');
  await page.getByTestId('editor-close').click();
  await expect(page.getByTestId('editor')).toHaveCount(0);
});

test('budget, network and Earth-burden panels: no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(180_000);
  await gotoReady(page, '/');
  await pauseSim(page);
  await hook(page, 'select', 600);
  await expect(page.getByTestId('budget-panel')).toBeVisible();
  await expect.poll(async () => (await hook(page, 'series'))?.index, { timeout: 30_000 }).toBe(600);
  await scan(page, 'budget panel (a satellite selected)');
  await scan(page, 'network panel', '[data-testid="network-panel"]');

  await page.getByTestId('burden-open').click();
  await expect(page.getByTestId('burden-panel')).toBeVisible();
  await expect(page.getByTestId('burden-panel')).toHaveAttribute('data-pending', 'false', {
    timeout: 60_000,
  });
  await scan(page, 'Earth-burden panel');
});

test.describe('phone layout', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

  test('390×844: no serious or critical axe violations, panel closed and open', async ({ page }) => {
    test.setTimeout(180_000);
    await gotoReady(page, '/');
    await pauseSim(page);
    await scan(page, 'phone');
    await hook(page, 'select', 600);
    await expect(page.getByTestId('info-panel')).toBeVisible();
    await scan(page, 'phone, a satellite selected');
  });
});

test('the scene is described for screen readers and kept current', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  const scene = page.getByRole('group', { name: '3D view of the constellation' });
  await expect(scene).toBeVisible();
  const desc = page.getByTestId('scene-description');
  const total = (await getState(page)).total;
  await expect(desc).toContainText(`${total.toLocaleString('en-US')} satellites`);
  await expect(desc).toContainText('No satellite is selected');
  await expect(scene).toHaveAttribute('aria-describedby', 'scene-description');

  await hook(page, 'select', 600);
  const name = (await page.getByTestId('info-name').innerText()).trim();
  await expect(desc).toContainText(`Selected: ${name}`);
  // Once the budget series arrives, its sunlight state is part of the description.
  await expect(desc).toContainText(/in sunlight|partial shadow|full shadow/, { timeout: 30_000 });
  await expect(page.getByTestId('live-region')).toHaveAttribute('aria-live', 'polite');
});

test('the live region announces the selected satellite entering Earth’s shadow', async ({ page }) => {
  await gotoReady(page, '/');
  await pauseSim(page);
  await hook(page, 'select', 600);
  await expect.poll(async () => (await hook(page, 'series'))?.index, { timeout: 30_000 }).toBe(600);
  const now = (await getState(page)).simMs;
  const series = (await hook(page, 'series'))!;
  const entry = series.events.find((e) => e.kind === 'penumbra_in' && e.tMs > now + 60_000);
  expect(entry, 'an eclipse within the series').toBeTruthy();
  // Just before the shadow, then just inside it: the region speaks once the state changes.
  await hook(page, 'seek', entry!.tMs - 20_000);
  await expect(page.getByTestId('scene-description')).toContainText('in sunlight');
  await hook(page, 'seek', entry!.tMs + 20_000);
  await expect(page.getByTestId('live-region')).toContainText('entered Earth’s shadow');
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the clock starts paused and the view stays still until the reader presses play', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoReady(page, '/');
    const a = await getState(page);
    expect(a.playing).toBe(false);
    await waitWall(page, 1000);
    expect((await getState(page)).simMs).toBe(a.simMs);
    await page.getByTestId('play-toggle').click();
    await expect.poll(async () => (await getState(page)).playing).toBe(true);
  });
});

test('without reduced motion the clock starts playing (the default stays as it was)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await gotoReady(page, '/');
  expect((await getState(page)).playing).toBe(true);
});
