/**
 * The embedded view (`?embed=1`, docs/embed.md): a host page on another origin drives it through
 * postMessage (seek, select, getNode, getState, and hostile messages that get `error` replies); the
 * 720×420 article frame shows the globe unobstructed; reduced motion starts paused; the first load
 * fetches no editor, import, dialog or chart code (sizes written to e2e-artifacts/); the Embed
 * dialog's snippet and preview; the production page's Content-Security-Policy.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { ARTIFACTS_DIR, decodePng, gotoReady, pixelAt, saveScreenshot, waitFrames } from './helpers';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const APP = `http://localhost:${PORT}/`;
/**
 * The host page's origin: a tiny static server on another port of 127.0.0.1 (not the app's
 * localhost origin; both local, so Chromium's local-network checks allow the frame), serving
 * public/embed-example.{html,js} with no cross-origin isolation headers.
 */
let host: Server;
let HOST = '';
const hostPage = () => `${HOST}/embed-example.html?app=${encodeURIComponent(APP)}`;

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const type = (
      {
        '/embed-example.html': 'text/html',
        '/embed-example.js': 'text/javascript',
        '/favicon.svg': 'image/svg+xml',
      } as Record<string, string>
    )[path];
    if (!type) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(readFileSync(join('public', path)));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

type Msg = { type: string; id?: unknown; [k: string]: unknown };

/** Opens the host page and waits until the embedded view is ready and has said so. */
async function openHost(page: Page): Promise<Frame> {
  await page.goto(hostPage());
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().includes('embed=1')))).toBeTruthy();
  await frame!.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
    timeout: 75_000,
    polling: 100,
  });
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { embedReceived: Msg[] }).embedReceived.some((m) => m.type === 'ready'),
      ),
    )
    .toBe(true);
  return frame!;
}

/** Sends a request from the host page's script and resolves with the reply carrying its id. */
async function request(page: Page, msg: Msg): Promise<Msg> {
  const id: number = await page.evaluate(
    (m) => (window as unknown as { embedSend(m: unknown): number }).embedSend(m),
    msg,
  );
  return replyTo(page, id);
}

async function replyTo(page: Page, id: unknown): Promise<Msg> {
  let reply: Msg | undefined;
  await expect
    .poll(async () => {
      reply = await page.evaluate(
        (want) =>
          (window as unknown as { embedReceived: Msg[] }).embedReceived.find(
            (m) => m.id === want && (m.type === 'reply' || m.type === 'error'),
          ),
        id,
      );
      return reply !== undefined;
    })
    .toBe(true);
  return reply!;
}

/** Hostile messages, built in the host page (its CSP allows no eval) and posted with targetOrigin `*`. */
const HOSTILE: RegExp[] = [
  /^A message must be an object \{ type, id\?, … \}, got “<script>alert\(1\)<\/script>”\.$/,
  /^Refused: message has the key “__proto__”, which is not allowed\.$/,
  /^Refused: message\.scenario\.shells\[0\] has the key “constructor”, which is not allowed\.$/,
  /“timeUtc” must be an ISO 8601 time .* got “javascript:alert\(1\)”/,
  /“warp” must be a number .* got “1e9”/,
  /^No satellite “<img src=x onerror=alert\(1\)>” in this scenario\.$/,
  /“nodeId” must be a satellite id .* got an object/,
  /larger than 4,000,000 characters/,
  /nested more than 64 levels deep/,
  /^There is no built-in scenario called “constructor”\.$/,
  /^Unknown field “extra” in “play”; it takes no fields\.$/,
  /^Unknown message type “__proto__”/,
];
async function postHostile(page: Page, k: number): Promise<void> {
  await page.evaluate((i) => {
    let deep: unknown = 1;
    for (let d = 0; d < 100; d++) deep = [deep];
    const cases: (() => unknown)[] = [
      () => '<script>alert(1)</script>',
      () => JSON.parse('{"type":"play","id":"h1","__proto__":{"polluted":true}}') as unknown,
      () =>
        JSON.parse(
          '{"type":"load","id":"h2","scenario":{"shells":[{"constructor":{"prototype":{"polluted":true}}}]}}',
        ) as unknown,
      () => ({ type: 'seek', id: 'h3', timeUtc: 'javascript:alert(1)' }),
      () => ({ type: 'setWarp', id: 'h4', warp: '1e9' }),
      () => ({ type: 'select', id: 'h5', nodeId: '<img src=x onerror=alert(1)>' }),
      () => ({ type: 'getNode', id: 'h6', nodeId: { toString: 1 } }),
      () => ({ type: 'load', id: 'h7', scenario: { name: 'x'.repeat(4_000_001) } }),
      () => ({ type: 'load', id: 'h8', scenario: { deep } }),
      () => ({ type: 'load', id: 'h9', scenario: 'constructor' }),
      () => ({ type: 'play', id: 'h10', extra: 1 }),
      () => ({ type: '__proto__', id: 'h11' }),
    ];
    (document.getElementById('embed') as HTMLIFrameElement).contentWindow!.postMessage(cases[i](), '*');
  }, k);
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { embedReceived: Msg[] }).embedReceived);

test('the production page carries a CSP without inline script and without frame-ancestors', async ({
  request: http,
}) => {
  const html = await (await http.get('/')).text();
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  expect(m, 'CSP meta in the built index.html').not.toBeNull();
  const directives = Object.fromEntries(
    m![1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  expect(directives['script-src']).toBeDefined();
  expect(directives['script-src']).not.toContain("'unsafe-inline'");
  expect(directives['script-src']).not.toContain("'unsafe-eval'");
  expect(directives['frame-ancestors']).toBeUndefined();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script element at all
});

test('a host page on another origin drives the embed through postMessage', async ({ page }) => {
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on(
    'console',
    (m) => /Content Security Policy|Refused to/i.test(m.text()) && cspViolations.push(m.text()),
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  const frame = await openHost(page);
  expect(await page.evaluate(() => location.origin)).toBe(HOST);
  expect(await frame.evaluate(() => [window.crossOriginIsolated, location.origin])).toEqual([
    false,
    APP.replace(/\/$/, ''),
  ]);
  const ready = (await received(page)).find((m) => m.type === 'ready')!;
  expect(ready).toMatchObject({
    type: 'ready',
    scenario: expect.any(String),
    nodes: expect.any(Number),
    timeUtc: expect.stringMatching(/Z$/),
  });

  // seek: the reply carries the id and the time; the embed's clock is there (autoplay=0: paused).
  const seek = await request(page, { type: 'seek', timeUtc: '2026-06-21T12:00:00Z' });
  expect(seek).toMatchObject({
    type: 'reply',
    request: 'seek',
    result: { timeUtc: '2026-06-21T12:00:00Z', simMs: Date.UTC(2026, 5, 21, 12) },
  });
  expect(
    await frame.evaluate(
      () =>
        (
          window as unknown as { __constellation: { getState(): { timeUtc: string } } }
        ).__constellation.getState().timeUtc,
    ),
  ).toBe('2026-06-21T12:00:00Z');
  await expect(frame.getByTestId('time-utc')).toHaveText('2026-06-21 12:00:00 UTC');

  // getNode by index, then select by its id: a reply and a select event.
  const node0 = await request(page, { type: 'getNode', nodeId: 0 });
  expect(node0).toMatchObject({
    type: 'reply',
    request: 'getNode',
    result: { index: 0, id: expect.any(String), position: { altitudeKm: expect.any(Number) } },
  });
  const id0 = (node0.result as { id: string }).id;
  const sel = await request(page, { type: 'select', nodeId: id0 });
  expect(sel).toMatchObject({ type: 'reply', request: 'select', result: { index: 0, nodeId: id0 } });
  await expect
    .poll(async () => (await received(page)).some((m) => m.type === 'select' && m.nodeId === id0))
    .toBe(true);
  // The node's budget arrives with the budget worker's next update.
  await expect
    .poll(
      async () =>
        ((await request(page, { type: 'getNode', nodeId: id0 })).result as { budget: unknown }).budget,
      { timeout: 30_000 },
    )
    .toMatchObject({
      stateOfCharge: expect.any(Number),
      temperatureK: expect.any(Number),
      computeAvailable: expect.any(Number),
      powerMarginW: expect.any(Number),
    });
  const state = await request(page, { type: 'getState' });
  expect(state.result).toMatchObject({
    timeUtc: '2026-06-21T12:00:00Z',
    playing: false,
    selected: id0,
    nodes: ready.nodes,
  });
  expect(Object.keys(state.result as object).sort()).toEqual([
    'nodes',
    'playing',
    'scenario',
    'selected',
    'simMs',
    'timeUtc',
    'totals',
    'warp',
  ]);

  // Junk and hostile messages: an error reply naming the problem, nothing executed, state unchanged.
  await page.getByRole('button', { name: 'Send junk' }).click();
  await expect
    .poll(async () =>
      (await received(page)).find(
        (m) =>
          m.type === 'error' &&
          typeof m.message === 'string' &&
          (m.message as string).startsWith('Unknown message type “eval”'),
      ),
    )
    .toMatchObject({ type: 'error', request: null, id: expect.any(Number) });
  for (let k = 0; k < HOSTILE.length; k++) {
    const before = (await received(page)).length;
    await postHostile(page, k);
    await expect
      .poll(
        async () =>
          (await received(page)).slice(before).find((m) => m.type === 'error' && 'id' in m)
            ?.message as string,
        `hostile message ${k}`,
      )
      .toMatch(HOSTILE[k]);
  }
  // A load that fails validation keeps the scenario shown.
  const badLoad = await request(page, {
    type: 'load',
    scenario: { version: 1, name: '<b>x</b>', shells: 'nope' },
  });
  expect(badLoad).toMatchObject({
    type: 'error',
    request: 'load',
    message: expect.stringMatching(/^The scenario was not loaded \(the one shown stays\)/),
  });
  const after = await request(page, { type: 'getState' });
  expect(after.result).toMatchObject({
    scenario: ready.scenario,
    nodes: ready.nodes,
    timeUtc: '2026-06-21T12:00:00Z',
    selected: id0,
  });
  expect(
    await frame.evaluate(() => [
      ({} as Record<string, unknown>).polluted,
      document.querySelectorAll('img, script:not([src])').length,
    ]),
  ).toEqual([undefined, 0]);
  expect(dialogs).toEqual([]);

  // timechange: at most 4 a second while time runs.
  await request(page, { type: 'setWarp', warp: 600 });
  await request(page, { type: 'play' });
  const count = async () => (await received(page)).filter((m) => m.type === 'timechange').length;
  const [n0, t0] = [await count(), await page.evaluate(() => performance.now())];
  await page.waitForFunction((t) => performance.now() > t + 2500, t0, { polling: 100 });
  const [n1, t1] = [await count(), await page.evaluate(() => performance.now())];
  const perS = (n1 - n0) / ((t1 - t0) / 1000);
  expect(perS).toBeGreaterThan(0.5);
  expect(perS).toBeLessThanOrEqual(4.5);
  await request(page, { type: 'pause' });

  // The 720×420 article frame: nothing covers the globe, and the globe is drawn.
  const box = (await page.locator('#embed').boundingBox())!;
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([720, 420]);
  const covered = await frame.evaluate(() => {
    const canvas = document.querySelector('[data-testid="scene-canvas"] canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    const rad = 0.3 * Math.min(r.width, r.height);
    const bad: string[] = [];
    for (let k = 0; k <= 16; k++) {
      const [x, y] =
        k === 16
          ? [cx, cy]
          : [cx + rad * Math.cos((k * Math.PI) / 8), cy + rad * Math.sin((k * Math.PI) / 8)];
      const el = document.elementFromPoint(x, y);
      if (el !== canvas) bad.push(`${Math.round(x)},${Math.round(y)}: ${el?.className || el?.tagName}`);
    }
    return { bad, canvas: [r.width, r.height] };
  });
  expect(covered.bad).toEqual([]);
  expect(covered.canvas[1]).toBeGreaterThan(300);
  const shot = decodePng(
    await page.screenshot({
      clip: { x: box.x, y: box.y, width: box.width, height: box.height - 44 },
      scale: 'css',
    }),
  );
  const centre = pixelAt(shot, shot.width / 2, shot.height / 2);
  const corner = pixelAt(shot, 40, shot.height - 10);
  expect(
    Math.abs(centre[0] - corner[0]) + Math.abs(centre[1] - corner[1]) + Math.abs(centre[2] - corner[2]),
  ).toBeGreaterThan(30);
  await saveScreenshot(page, 'embed-host-desktop');
  expect(cspViolations).toEqual([]);
});

test('phone: the host page and its embed', async ({ browser }) => {
  const ctx = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await ctx.newPage();
  const frame = await openHost(page);
  const box = (await page.locator('#embed').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  // The control bar fits the phone-wide frame.
  const bar = await frame.getByRole('toolbar', { name: 'Time controls' }).boundingBox();
  expect(bar!.width).toBeLessThanOrEqual(box.width + 1);
  for (const id of ['play-toggle', 'embed-warp', 'embed-color']) {
    const b = (await frame.getByTestId(id).boundingBox())!;
    expect(b.x + b.width, id).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  await saveScreenshot(page, 'embed-host-phone');
  await ctx.close();
});

test('reduced motion: the embed starts paused even with autoplay; phone-sized frame', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await gotoReady(page, '/?embed=1&autoplay=1&color=sunlight');
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('aria-label', 'Play');
  expect(
    await page.evaluate(
      () =>
        (
          window as unknown as { __constellation: { getState(): { playing: boolean } } }
        ).__constellation.getState().playing,
    ),
  ).toBe(false);
  await expect(page.getByTestId('embed-color')).toHaveValue('sunlight');
  await expect(page.getByTestId('embed-open')).toHaveAttribute('target', '_blank');
  await expect(page.getByTestId('embed-open')).toHaveAttribute('rel', 'noopener');
  const href = await page.getByTestId('embed-open').getAttribute('href');
  expect(href).toMatch(
    /^http:\/\/localhost:\d+\/\?scenario=three-body#scenario=three-body&t=[^&]+&warp=[^&]+&play=0&color=sunlight$/,
  );
  await saveScreenshot(page, 'embed-phone-reduced-motion');
  await ctx.close();
});

test('?lang=zh-CN: the control bar and title in Chinese, <html lang> follows, not remembered', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 720, height: 420 } });
  const page = await ctx.newPage();
  await gotoReady(page, '/?embed=1&lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('toolbar', { name: '时间控制' })).toBeVisible();
  await expect(page.getByTestId('embed-open')).toHaveText('打开完整视图 ↗');
  await expect(page.getByTestId('embed-title')).toContainText('颗卫星');
  await expect(page.getByTestId('embed-color').locator('option:checked')).toHaveText('壳层');
  // The full view opens in the same language; an embed's language is never kept for the next visit.
  await page.getByTestId('embed-open').hover();
  expect(await page.getByTestId('embed-open').getAttribute('href')).toMatch(/[#&]lang=zh-CN(&|$)/);
  expect(await page.evaluate(() => localStorage.getItem('cc.lang'))).toBeNull();
  await saveScreenshot(page, 'embed-zh-CN');
  await ctx.close();
});

test('first load: the embed fetches no editor, import, dialog or chart code, and is smaller than the app', async ({
  browser,
}) => {
  const gz = (url: string) => {
    const p = join(
      DIST,
      decodeURIComponent(new URL(url).pathname) === '/'
        ? 'index.html'
        : decodeURIComponent(new URL(url).pathname),
    );
    return existsSync(p) ? gzipSync(readFileSync(p)).length : 0;
  };
  const firstLoad = async (url: string) => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const urls = new Set<string>();
    page.on('request', (r) => {
      if (r.url().startsWith(APP)) urls.add(r.url().split('?')[0].split('#')[0]);
    });
    await gotoReady(page, url);
    await waitFrames(page, 10);
    await ctx.close();
    const files = [...urls].map((u) => ({ path: new URL(u).pathname, gzipBytes: gz(u) }));
    const code = files.filter((f) => /\.(js|css|html|wasm)$|\/$/.test(f.path));
    return {
      files,
      codeGzipBytes: code.reduce((s, f) => s + f.gzipBytes, 0),
      allGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    };
  };
  const embed = await firstLoad('/?embed=1');
  const app = await firstLoad('/');
  const forbidden =
    /\/assets\/(App|ImportDialog|ScenarioPicker|ScenarioEditor|BudgetCharts|RouteChart|chartParts|validate|EmbedDialog|ShareDialog|BurdenPanel|qr)-/;
  expect(embed.files.map((f) => f.path).filter((p) => forbidden.test(p))).toEqual([]);
  expect(embed.files.some((f) => /EmbedApp-/.test(f.path))).toBe(true);
  expect(app.files.some((f) => /\/assets\/App-/.test(f.path))).toBe(true);
  expect(embed.codeGzipBytes).toBeLessThan(app.codeGzipBytes);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'embed-first-load.json'), JSON.stringify({ embed, app }, null, 2));
  console.log(
    // Until 10 frames after ready, so what ready sets off (panels, spare workers) counts too; the first
    // download proper (until ready) is the bench's figure (docs/performance.md).
    `fetched by 10 frames after ready, gzip: embed code ${(embed.codeGzipBytes / 1024).toFixed(1)} KiB (all ${(embed.allGzipBytes / 1024).toFixed(1)} KiB); app code ${(app.codeGzipBytes / 1024).toFixed(1)} KiB (all ${(app.allGzipBytes / 1024).toFixed(1)} KiB)`,
  );
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`Embed dialog: snippet, Copy and a live preview (${name})`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    await gotoReady(page, '/');
    await page.getByTestId('embed-open-dialog').click();
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeVisible();
    const snippet = page.getByTestId('embed-snippet');
    await expect(snippet).toHaveValue(
      /^<iframe src="http:\/\/localhost:\d+\/\?embed=1#scenario=three-body&amp;t=[^"]+" title="[^"]+" width="100%" height="420"/,
    );
    await page.getByTestId('embed-opt-controls').uncheck();
    await page.getByTestId('embed-opt-height').fill('360');
    await page.getByTestId('embed-opt-color').selectOption('battery');
    await expect(snippet).toHaveValue(
      /\?embed=1&amp;controls=0#scenario=three-body&amp;.*color=battery.*height="360"/,
    );
    await page.getByTestId('embed-opt-warp').fill('fast');
    await expect(page.getByTestId('embed-problem')).toContainText('Warp must be a number');
    await page.getByTestId('embed-opt-warp').fill('600');
    await expect(page.getByTestId('embed-problem')).toBeHidden();
    // The preview is the snippet's own address, and it becomes ready.
    const src = (await snippet.inputValue()).match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
    await expect(page.getByTestId('embed-preview')).toHaveAttribute('src', src);
    let preview: Frame | undefined;
    await expect.poll(() => (preview = page.frames().find((f) => f.url() === src))).toBeTruthy();
    await preview!.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
      timeout: 75_000,
      polling: 100,
    });
    await expect(preview!.getByTestId('embed-title')).toBeVisible();
    await expect(preview!.getByRole('toolbar')).toHaveCount(0);
    await page.getByTestId('embed-copy').click();
    await expect(page.getByTestId('embed-copy-status')).toBeVisible();
    await saveScreenshot(page, `embed-dialog-${name}`);
    await ctx.close();
  });
}
