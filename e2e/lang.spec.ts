/**
 * Languages (docs/i18n.md, issue 13): `?lang=zh-CN` shows the Chinese UI; the header's language menu
 * switches back to English without a reload, `<html lang>` follows and the choice is remembered.
 * Then a scan of the main view in Chinese (desktop and phone, and the keyboard dialogs) for English
 * left behind: every visible text node and every accessible name, title and placeholder of a visible
 * element, split into Latin words, each checked against an allow-list of units and ids. Text an
 * element marks as English itself (`lang="en"`, e.g. "English" in the language menu) is not counted.
 * The scan is the last test, so the switching checks run even while a panel is still untranslated.
 */
import { expect, test, type Page } from '@playwright/test';
import { getState, gotoReady, pauseSim, saveScreenshot } from './helpers';

/** Latin words allowed in the Chinese UI: units, standards, ids, key names, brand-free acronyms. */
const ALLOWED = new Set(
  (
    'km m s min h d ms kW MW GW W Wh kWh MWh GWh TWh kg t K TOPS POPS PFLOPS FLOPS Gbps Mbps Tbps UTC ' +
    'GMST ECI ISS TLE OMM SSO LTAN RAAN SoC WebGL CSV JSON PNG SVG WebM QR URL NORAD SGP4 ' +
    'Esc Tab PgUp PgDn ⇧ ' +
    // Product names kept as names in Chinese tech media.
    'Starlink'
  ).split(' '),
);

/** An id the app generates ("S1-P05-13", "S2-E4") or a NORAD-style catalogue token. */
const ID = /^S\d+(-[PE]\d+(-\d+)?)?$/;

/** One visible text (or attribute) with the English words found in it. */
interface Leftover {
  words: string[];
  where: string;
}

/** Texts under `root` in the visible UI with Latin words not in ALLOWED (runs in the page; no app code). */
async function englishLeft(page: Page, allowed: string[], root = 'body'): Promise<Leftover[]> {
  return page.evaluate(
    ({ allowed, idSource, root }) => {
      const top = document.querySelector(root) ?? document.body;
      const allow = new Set(allowed);
      const id = new RegExp(idSource);
      const out: { words: string[]; where: string }[] = [];
      const isEnglish = (el: Element | null) => !!el?.closest('[lang]:not(html)[lang^="en"]');
      const visible = (el: Element) =>
        el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
        !el.closest('[aria-hidden="true"]');
      const check = (text: string, el: Element, kind: string) => {
        const words = (text.match(/[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]/g) ?? []).filter(
          // A single capital is a key name (P, H, B); units and ids are allowed.
          (w) => !(w.length === 1 && /[A-Z]/.test(w)) && !allow.has(w) && !id.test(w),
        );
        if (words.length === 0) return;
        const label = el.getAttribute('data-testid') ?? (el.className.toString().split(' ')[0] || el.id);
        out.push({ words, where: `${kind} <${el.tagName.toLowerCase()} ${label}> “${text.slice(0, 90)}”` });
      };
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.trim();
        if (!el || !text || isEnglish(el) || !visible(el)) continue;
        if (el.closest('script, style, noscript, option')) continue;
        check(text, el, 'text');
      }
      for (const el of top.querySelectorAll('[aria-label], [title], [placeholder], [alt], select')) {
        if (!visible(el) || isEnglish(el)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v) check(v, el, a);
        }
        // A closed select shows only its chosen option.
        if (el instanceof HTMLSelectElement && el.selectedOptions[0] && !isEnglish(el.selectedOptions[0]))
          check(el.selectedOptions[0].text, el, 'option');
      }
      return out;
    },
    { allowed: [...allowed], idSource: ID.source, root },
  );
}

const chineseReady = async (page: Page) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.brand h1')).toHaveText('算力星座');
  await expect(page).toHaveTitle('算力星座');
};

test('?lang=zh-CN speaks Chinese; the header menu switches back without a reload and is remembered', async ({
  page,
}) => {
  await gotoReady(page, '/?lang=zh-CN');
  await chineseReady(page);
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-label', /播放|暂停/);
  await expect(page.getByTestId('warp-reverse')).toHaveAccessibleName('倒放');

  // Switch in place: the same document (a marker survives), English text, <html lang="en">.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByTestId('language-menu').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.brand h1')).toHaveText('Compute Constellations');
  await expect(page.getByTestId('warp-reverse')).toHaveAccessibleName('Reverse');
  await expect(page.getByTestId('time-utc')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(page.url()).toContain('lang=en');

  // Remembered: a reload of the plain address comes back in English, and then in Chinese once chosen.
  await gotoReady(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.brand h1')).toHaveText('Compute Constellations');
  await page.getByTestId('language-menu').selectOption('zh-CN');
  await chineseReady(page);
  await gotoReady(page, '/');
  await chineseReady(page);
  await expect(page.getByTestId('time-utc')).toHaveText(/UTC$/);
  expect((await getState(page)).status).toBe('ready');
});

test('keyboard: ? lists the keys, the search box suggests, arrows step through the plane', async ({
  page,
}) => {
  await gotoReady(page, '/?lang=en');
  await pauseSim(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Previous or next satellite in the same orbital plane');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Partial, case-insensitive: "three-body 1-" lists satellites; ↓ Enter follows the first.
  const search = page.getByTestId('search-input');
  await search.fill('THREE-BODY (ASSUMED ORBIT) 1-');
  await expect(page.getByTestId('search-suggestions').getByRole('option').first()).toBeVisible();
  await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /opt-0$/);
  await search.press('Enter');
  await expect.poll(async () => (await getState(page)).selectedId).toMatch(/^S1-P1-\d+$/);

  // Arrows (focus outside the input) step in the plane: Right then Left comes back.
  await selectFirst(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await getState(page)).selectedId).toBe('S1-P1-02');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await getState(page)).selectedId).toBe('S1-P1-01');

  // The satellite list, by keyboard: open it, filter by shell and text, Enter on a row follows it.
  await page.getByTestId('satellite-list-open').focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('satellite-list');
  await expect(list).toBeVisible();
  await expect(page.getByTestId('sl-text')).toBeFocused();
  await page.getByTestId('sl-shell').selectOption('1');
  await expect(page.getByTestId('sl-count')).toContainText('Showing 50 of 1,584');
  await page.getByTestId('sl-text').fill('S2-P02-1');
  await expect(page.getByTestId('sl-rows').getByRole('button')).toHaveCount(10);
  await page.getByTestId('sl-rows').getByRole('button').nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeHidden();
  await expect.poll(async () => (await getState(page)).selectedId).toBe('S2-P02-12');
});

/** Selects S1-P1-01 through the search box (Enter on the exact id). */
async function selectFirst(page: Page) {
  const search = page.getByTestId('search-input');
  await search.fill('S1-P1-01');
  await search.press('Enter');
  await expect.poll(async () => (await getState(page)).selectedId).toBe('S1-P1-01');
}

test('no English left in the Chinese main view, desktop and phone (screenshots in both languages)', async ({
  page,
}) => {
  const found: Leftover[] = [];
  for (const [name, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await gotoReady(page, '/?lang=en');
    await pauseSim(page);
    await saveScreenshot(page, `lang-en-${name}`);
    await gotoReady(page, '/?lang=zh-CN');
    await chineseReady(page);
    await pauseSim(page);
    await saveScreenshot(page, `lang-zh-${name}`);
    found.push(
      ...(await englishLeft(page, [...ALLOWED])).map((f) => ({ ...f, where: `${name} ${f.where}` })),
    );
    if (name === 'desktop') {
      await page.keyboard.press('?');
      await expect(page.getByTestId('shortcuts-dialog')).toBeVisible();
      found.push(
        ...(await englishLeft(page, [...ALLOWED], '[data-testid="shortcuts-dialog"]')).map((f) => ({
          ...f,
          where: `shortcuts ${f.where}`,
        })),
      );
      await page.keyboard.press('Escape');
      await page.getByTestId('satellite-list-open').click();
      await expect(page.getByTestId('sl-rows').getByRole('button').first()).toBeVisible();
      found.push(
        ...(await englishLeft(page, [...ALLOWED], '[data-testid="satellite-list"]')).map((f) => ({
          ...f,
          where: `satellite list ${f.where}`,
        })),
      );
      await saveScreenshot(page, 'lang-zh-satellite-list');
      await page.keyboard.press('Escape');
    } else {
      // The phone's header unfolded: legend, filters, search, list button, hint.
      await page.getByTestId('panel-toggle').click();
      await expect(page.getByTestId('shell-legend')).toBeVisible();
      await saveScreenshot(page, 'lang-zh-phone-open');
      found.push(
        ...(await englishLeft(page, [...ALLOWED])).map((f) => ({ ...f, where: `phone open ${f.where}` })),
      );
    }
  }
  const report = [...new Set(found.map((f) => `${f.where}: ${f.words.join(', ')}`))];
  console.log(`English left in the Chinese UI (${report.length}):\n${report.join('\n')}`);
  expect(report, 'English words left in the Chinese UI').toEqual([]);
});
