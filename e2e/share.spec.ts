/**
 * Share links (docs/contracts-app.md, "Share links"): the Share dialog's link, opened in a fresh
 * page, shows the same time, selection, colour mode and camera (info panel, engine state, the view
 * the second page would share, and the canvas pixels); `#scenario=<id>` opens that built-in; an
 * edited built-in travels as `#s=`; hostile links give a plain notice and the app is ready on the
 * default scenario. Screenshots of the dialog on desktop and phone go to e2e-artifacts/.
 */
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  canvasBox,
  canvasImage,
  getState,
  gotoReady,
  hook,
  saveScreenshot,
  waitFrames,
  type RgbaImage,
} from './helpers';
import { decodeShareHash, encodePayload, toBase64Url } from '../src/scenario/shareLink';
import { BUILTIN_SCENARIOS } from '../src/scenario/builtins';

const DEFAULT_NAME = BUILTIN_SCENARIOS['three-body'].build().name;
const INFO = ['info-name', 'info-id', 'info-lat', 'info-lon', 'info-altitude'];

interface EngineStateLite {
  scenario: string | null;
  simMs: number;
  warp: number;
  playing: boolean;
  selected: string | null;
  colorMode: string;
  layers: Record<string, boolean>;
  nodes: number;
}
const engineState = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __constellation: { engineState(): EngineStateLite } }
    ).__constellation.engineState(),
  );

/** Opens the Share dialog and returns the link it shows. */
async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-dialog')).toBeVisible();
  const link = await page.getByTestId('share-link').inputValue();
  await expect(page.getByTestId('share-length')).toHaveText(
    `${link.length.toLocaleString('en-US')} characters`,
  );
  return link;
}

async function infoTexts(page: Page): Promise<string[]> {
  return Promise.all(INFO.map((id) => page.getByTestId(id).innerText()));
}

/** Share of pixels whose colour differs by more than `tol` in any channel. */
function differingShare(a: RgbaImage, b: RgbaImage, tol = 24): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let diff = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) > tol ||
      Math.abs(a.data[i + 1] - b.data[i + 1]) > tol ||
      Math.abs(a.data[i + 2] - b.data[i + 2]) > tol
    )
      diff++;
  }
  return diff / (a.width * a.height);
}

async function freshPage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  return ctx.newPage();
}

test('a shared link restores time, selection, colour mode and camera in a fresh page', async ({
  page,
  browser,
}) => {
  await gotoReady(page, '/');
  await hook(page, 'pause');
  await hook(page, 'seek', Date.parse('2025-06-01T03:17:45Z'));
  await hook(page, 'setWarp', 600);
  await hook(page, 'setColorMode', 'sunlight');
  await hook(page, 'select', 'S1-P1-03' as unknown as number);
  await expect(page.getByTestId('info-id')).toHaveText('S1-P1-03');
  // Turn and zoom the camera by hand, away from any framing the scenario or the selection chooses.
  const framed = await canvasImage(page);
  const box = await canvasBox(page);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.75);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.55, { steps: 8 });
  await page.mouse.up();
  await page.mouse.wheel(0, -300);
  await waitFrames(page, 5);
  // The camera may turn to the selection; wait until the view a link records stops changing.
  let before = '';
  await expect
    .poll(
      async () => {
        await page.getByTestId('share-open').click();
        const now = await page.getByTestId('share-link').inputValue();
        await page.getByTestId('share-close').click();
        const same = now === before;
        before = now;
        return same;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBe(true);

  const link = await shareLink(page);
  expect(link).toMatch(
    /#scenario=three-body&t=2025-06-01T03:17:45Z&warp=600&play=0&sel=S1-P1-03&follow=0&color=sunlight&layers=/,
  );
  await saveScreenshot(page, 'share-dialog-desktop');
  await page.getByTestId('share-close').click();
  await waitFrames(page, 3);
  const sent = {
    state: await engineState(page),
    info: await infoTexts(page),
    image: await canvasImage(page),
  };
  const moved = differingShare(framed, sent.image);
  expect(moved).toBeGreaterThan(0.02); // the hand-moved camera shows a different picture

  const other = await freshPage(browser);
  await gotoReady(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.getByTestId('info-id')).toHaveText('S1-P1-03');
  await waitFrames(other, 5);
  const got = await engineState(other);
  expect({ ...got }).toMatchObject({
    scenario: sent.state.scenario,
    simMs: sent.state.simMs,
    warp: 600,
    playing: false,
    selected: 'S1-P1-03',
    colorMode: 'sunlight',
    layers: sent.state.layers,
  });
  expect(await infoTexts(other)).toEqual(sent.info);
  await expect(other.getByTestId('time-utc')).toHaveText(await page.getByTestId('time-utc').innerText());
  // The camera: the link the second page would share names the same pose, and the pictures agree.
  const again = await shareLink(other);
  const a = decodeShareHash(link),
    b = decodeShareHash(again);
  if (!a.ok || !b.ok) throw new Error('links do not decode');
  expect(b.view).toEqual(a.view);
  await other.getByTestId('share-close').click();
  await waitFrames(other, 3);
  await saveScreenshot(other, 'share-link-opened-desktop');
  const share = differingShare(sent.image, await canvasImage(other));
  console.info(
    `share link ${link.length} characters; canvas pixels differing: sender vs receiver ${(share * 100).toFixed(2)} %, before vs after moving the camera ${(moved * 100).toFixed(1)} %`,
  );
  expect(share).toBeLessThan(0.01);
  await other.context().close();
});

test('#scenario=suncatcher opens Suncatcher; an edited built-in shares as #s= and opens edited', async ({
  page,
  browser,
}) => {
  await gotoReady(page, '/#scenario=suncatcher');
  expect((await engineState(page)).scenario).toBe(BUILTIN_SCENARIOS.suncatcher.build().name);
  const edited = { ...BUILTIN_SCENARIOS.suncatcher.build(), name: 'Suncatcher, edited for the article' };
  await hook(page, 'loadScenario', edited);
  const link = await shareLink(page);
  expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share-copy').click();
  await expect(page.getByTestId('share-copy-status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const other = await freshPage(browser);
  await gotoReady(other, link.replace(/^https?:\/\/[^/]+/, ''));
  const st = await engineState(other);
  expect(st.scenario).toBe('Suncatcher, edited for the article');
  expect(st.nodes).toBe(81);
  await other.context().close();
});

test('a link carries the language chosen in the dialog; lang=zh-CN opens in Chinese', async ({
  page,
  browser,
}) => {
  await gotoReady(page, '/#scenario=suncatcher');
  await page.getByTestId('share-open').click();
  // The language in use to start with; the sharer can pick the reader's.
  await expect(page.getByTestId('share-lang')).toHaveValue('en');
  await page.getByTestId('share-lang').selectOption('zh-CN');
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/[#&]lang=zh-CN(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // choosing it does not switch the sharer

  const other = await freshPage(browser);
  await gotoReady(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(other.getByTestId('share-open')).toHaveText('分享');
  await expect(other.getByTestId('library-open')).toHaveText('场景');
  await other.getByTestId('share-open').click();
  await expect(other.getByTestId('share-dialog').locator('h2')).toHaveText('分享此视图');
  await expect(other.getByTestId('share-lang')).toHaveValue('zh-CN');
  await expect(other.getByTestId('share-length')).toContainText('个字符');
  await other.context().close();
});

test('the dialog on a phone, and a scenario too big for a link offers the file', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoReady(page, '/#scenario=suncatcher&color=battery');
  await shareLink(page);
  await expect(page.getByTestId('share-qr')).toBeVisible();
  await saveScreenshot(page, 'share-dialog-phone');
  await page.getByTestId('share-close').click();
  // Satellites listed one by one: far over the link limit.
  const listed = (n: number, name: string) => ({
    version: 1,
    name,
    shells: [
      {
        kind: 'elements',
        satellites: Array.from({ length: n }, (_, i) => ({
          name: `N${i}`,
          altitudeKm: 500 + (i % 700),
          inclinationDeg: (i * 7.31) % 180,
          raanDeg: (i * 13.7) % 360,
          meanAnomalyDeg: (i * 29.3) % 360,
        })),
      },
    ],
  });
  await hook(page, 'loadScenario', listed(2000, 'Two thousand listed satellites'));
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-too-big')).toContainText(
    /too big for a link: it would be [\d,]+ characters long/,
  );
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByTestId('share-download').click();
  expect((await download).suggestedFilename()).toBe('Two-thousand-listed-satellites.json');
  await saveScreenshot(page, 'share-dialog-too-big-phone');
  // Over 400,000 characters of JSON the dialog does not even try to compress it.
  await page.getByTestId('share-close').click();
  await hook(page, 'loadScenario', listed(6000, 'Six thousand listed satellites'));
  const t0 = Date.now();
  await page.getByTestId('share-open').click();
  await expect(page.getByTestId('share-too-big')).toContainText(
    'too big for a link: it would be far more than that',
  );
  console.info(
    `share dialog for a ${6000}-satellite listed scenario: too-big message in ${Date.now() - t0} ms`,
  );
});

const raw = (text: string) => 's=' + toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(text))));
const HOSTILE: [string, string, RegExp][] = [
  [
    'corrupted base64',
    's=' + encodePayload({ v: 1, scenario: {} }).slice(0, 10) + '*<b>x</b>',
    /The link is corrupted: it holds the character “\*”/,
  ],
  [
    'truncated data',
    's=' + encodePayload({ v: 1, base: 'suncatcher', patch: { name: 'x'.repeat(200) } }).slice(0, 40),
    /cut short/,
  ],
  [
    'a future version',
    's=' + encodePayload({ v: 7, scenario: {} }),
    /newer version of this app \(link format 7\)/,
  ],
  ['an inflate bomb (24 MB)', raw('\0'.repeat(24 * 1024 * 1024)), /expands to more than 2 MB/],
  ['deep nesting', raw('['.repeat(5000) + ']'.repeat(5000)), /nests lists or objects more than 32 deep/],
  [
    'a 100,000-item array',
    's=' + encodePayload({ v: 1, scenario: { version: 1, name: 'x', shells: new Array(100000).fill(0) } }),
    /list of 100,000 items/,
  ],
  [
    'a __proto__ key',
    raw('{"v":1,"base":"suncatcher","patch":{"__proto__":{"polluted":true}}}'),
    /has the key “__proto__”/,
  ],
  [
    'a javascript: source URL',
    's=' +
      encodePayload({
        v: 1,
        scenario: {
          version: 1,
          name: 'x',
          sources: [{ title: 't', url: 'javascript:alert(1)' }],
          shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 2 }],
        },
      }),
    /Its scenario is not valid:[\s\S]*sources\[0\]\.url/,
  ],
  [
    'a data: source URL',
    's=' +
      encodePayload({
        v: 1,
        scenario: {
          version: 1,
          name: 'x',
          sources: [{ title: 't', url: 'data:text/html,<script>alert(1)</script>' }],
          shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 2 }],
        },
      }),
    /sources\[0\]\.url/,
  ],
  ['an unknown built-in', 'scenario=constructor', /“constructor”, which does not exist/],
  ['not a share link', '<img src=x onerror=alert(1)>', /is not a share link/],
];

for (const [what, hash, message] of HOSTILE) {
  test(`hostile link: ${what} gives a plain notice and the default scenario`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
    const t0 = Date.now();
    await gotoReady(page, `/#${hash}`);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText('This share link could not be opened.');
    await expect(notice).toContainText(message);
    await expect(notice).toContainText('instead.');
    await expect(notice.locator('img, b, script')).toHaveCount(0);
    const st = await getState(page);
    expect(st.status).toBe('ready');
    expect((await engineState(page)).scenario).toBe(DEFAULT_NAME);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(errors).toEqual([]);
    console.info(
      `hostile link (${what}, ${hash.length} characters): ready on the default scenario in ${Date.now() - t0} ms; notice: ${(await notice.innerText()).split('\n').slice(0, 2).join(' / ')}`,
    );
  });
}

test('hostile link: HTML in names loads as text and runs nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const scenario = {
    version: 1,
    name: evil,
    description: evil,
    shells: [{ kind: 'walker', name: evil, altitudeKm: 550, inclinationDeg: 53, planes: 3, satsPerPlane: 3 }],
  };
  await gotoReady(page, `/#s=${encodePayload({ v: 1, scenario })}`);
  await expect(page.locator('.scenario-name')).toHaveText(evil);
  await expect(page.locator('.header img, .header script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a link pasted into an open app (hashchange) loads; a bad one keeps the scenario shown', async ({
  page,
}) => {
  await gotoReady(page, '/');
  await page.evaluate(() => (location.hash = '#scenario=eu-ascend&color=battery'));
  await expect
    .poll(async () => (await engineState(page)).scenario, { timeout: 60_000 })
    .toBe(BUILTIN_SCENARIOS['eu-ascend'].build().name);
  expect((await engineState(page)).colorMode).toBe('battery');
  await page.evaluate(() => (location.hash = '#s=%%%'));
  await expect(page.getByTestId('notice')).toContainText('The scenario shown stays.');
  expect((await engineState(page)).scenario).toBe(BUILTIN_SCENARIOS['eu-ascend'].build().name);
});
