#!/usr/bin/env node
/**
 * `npm run bench [-- --full] [-- --no-browser] [-- --no-node] [-- --no-1m-links] [-- --dist DIR] [-- --cases k,k]`:
 * the performance figures of docs/performance.md, with the machine and the date, as one JSON document on
 * stdout and in bench/results/<date>-<host>.json. `--dist DIR` measures that build (built there when
 * missing; default dist/), `--cases` limits the browser scenarios (e.g. `10000,links10000`; `nav` keeps the
 * navigation → ready figures, `download` the first-download figures), `--no-node` skips the Node and
 * link figures.
 *
 *  Node:    SGP4 keyframe throughput of the worker core (bench/propagation.ts through tsx), on one
 *           core and on min(cpus, 2) cores at once; Hermite interpolation error; closed-form
 *           expansion of 1,000,000 satellites; one power/thermal step for 100,000 nodes. The link
 *           network (bench/links.ts): LinkNetwork.update and a route recomputed across a
 *           10,000-satellite +Grid shell, one update and one route at 1,000,000 (spacex-1m).
 *  Browser: the production build under `vite preview`, Debian's Chromium with SwiftShader WebGL:
 *           navigation → first frame → ready; then Walker scenarios of 10,000 and 100,000
 *           satellites (1,000,000 with --full) and 20,000 synthetic TLEs (SGP4 keyframes in the
 *           worker) loaded through window.__constellation: load time, main-thread ms per frame (the
 *           app's frameStats over ≥ 300 frames), DevTools ScriptDuration / TaskDuration per frame,
 *           and for the TLEs the worker's keyframe throughput; the 10,000 Walker again with +Grid
 *           links, measured once `linkStats()` reports the links drawn. The naive baseline at 10,000
 *           and 100,000 (satellite.js propagate for every satellite on the main thread every frame, in
 *           the same page) and the speed-up over it. Navigation → ready measured from outside
 *           (page.goto → data-ready, fresh context) at 100,000 and 1,000,000.
 *  Download: gzip of everything the default view, the embed and the Chinese view request from
 *           navigation until ready (workers included, textures not), and of the whole build.
 *
 * A figure over budget is reported (withinBudget: false), never an error; the bench exits non-zero
 * only when something could not be measured because of an error.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { walkerTleText } from '../bench/synthetic.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const FULL = process.argv.includes('--full');
const NO_BROWSER = process.argv.includes('--no-browser');
/** `--no-1m-links`: skip the 1,000,000-satellite link figures (about 10 s and 1 GB of memory). */
const NO_1M_LINKS = process.argv.includes('--no-1m-links');
/** `--no-node`: skip the Node and link figures (browser and download only). */
const NO_NODE = process.argv.includes('--no-node');
/** How long to wait for `linkStats()` to report drawn links after a load with links. */
const LINKS_DEADLINE_MS = 60_000;
/** Value of `--name V` or `--name=V`, else undefined. */
function option(name) {
  const k = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (k < 0) return undefined;
  const a = process.argv[k];
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : process.argv[k + 1];
}
/** `--dist DIR`: the production build to measure (default dist/; built there when missing). */
const DIST = option('dist') ?? 'dist';
/** `--cases 10000,links10000`: only these browser scenarios (keys as in figures.browser.scenarios). */
const ONLY_CASES =
  option('cases')
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean) ?? null;
const PORT = 4174;
const BASE = `http://localhost:${PORT}`;
const CHROMIUM = CHROMIUM_PATH;
const MIN_FRAMES = 300;
/** Frames measured for the naive baseline (each one propagates every satellite on the main thread). */
const MIN_FRAMES_NAIVE = 40;
const FRAME_DEADLINE_MS = 240_000;
const TEXTURE_EXT = /\.(png|jpe?g|webp|avif|gif|ktx2|basis|hdr|exr)$/i;

const errors = [];
const notes = [];
const figures = {};
const log = (...a) => console.error('[bench]', ...a);
const round = (x, d = 3) => (x == null || !Number.isFinite(x) ? x : Math.round(x * 10 ** d) / 10 ** d);

/** Runs a command; resolves { code, stdout }. stderr streams through. */
function run(cmd, args, { capture = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let stdout = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.on('error', (e) => resolve({ code: 127, stdout: '', error: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

const lastJsonLine = (text) => {
  const line = text.trim().split('\n').filter(Boolean).pop();
  return line ? JSON.parse(line) : null;
};

// ------------------------------------------------------------------------------------ Node figures
async function nodeFigures() {
  log('node: propagation (1 core)…');
  const single = await run('npx', ['tsx', 'bench/propagation.ts']);
  if (single.code !== 0) {
    errors.push(`bench/propagation.ts exited ${single.code}`);
    return;
  }
  const r = lastJsonLine(single.stdout);
  figures.node = {
    satellites: r.satellites,
    keyframesPerWindow: r.keyframes,
    json2satrecUsPerSat: round(r.json2satrecUsPerSat, 2),
    sgp4StatesPerS1Core: Math.round(r.sgp4StatesPerSMedian),
    sgp4StatesPerS1CoreBest: Math.round(r.sgp4StatesPerSBest),
    wasmStatesPerS1Core: r.wasmStatesPerSMedian ? Math.round(r.wasmStatesPerSMedian) : null,
    interpolationStepS: r.interpolationStepS,
    interpolationMaxErrorKm: round(r.interpolationMaxErrorKm, 4),
    interpolationMeanErrorKm: round(r.interpolationMeanErrorKm, 4),
    expand1MMs: round(r.expand1MMsMedian, 1),
    validate1MMs: round(r.validate1MMsMedian, 1),
    powerThermalStep100kMs: round(r.budget100kMsPerStepMedian, 2),
  };
  if (r.expandError) errors.push(`expansion of 1,000,000 satellites failed: ${r.expandError}`);
  notes.push(...(r.notes ?? []));

  const cores = Math.min(os.cpus().length, 2);
  if (cores > 1) {
    log(`node: propagation (${cores} processes at once)…`);
    const runs = await Promise.all(
      Array.from({ length: cores }, () =>
        run('npx', ['tsx', 'bench/propagation.ts', '--no-expand', '--no-interp', '--no-wasm', '--no-budget']),
      ),
    );
    if (runs.some((x) => x.code !== 0)) errors.push('parallel propagation run failed');
    else {
      const rates = runs.map((x) => lastJsonLine(x.stdout).sgp4StatesPerSMedian);
      figures.node[`sgp4StatesPerS${cores}Cores`] = Math.round(rates.reduce((a, b) => a + b, 0));
    }
  }
  figures.node.propagationCores = cores;
}

/** The link network on one core (bench/links.ts), after the propagation runs so they do not compete. */
async function linkFigures() {
  log('node: link network (10,000 and 1,000,000 satellites)…');
  const res = await run('npx', ['tsx', 'bench/links.ts', ...(NO_1M_LINKS ? ['--no-1m'] : [])]);
  if (res.code !== 0) {
    errors.push(`bench/links.ts exited ${res.code}`);
    return;
  }
  const r = lastJsonLine(res.stdout);
  figures.links = {
    satellites10k: r.satellites10k,
    linkCandidates10k: r.linkCandidates10k,
    linksUp10k: r.linksUp10k,
    linkUpdate10kMs: round(r.linkUpdate10kMsMedian, 2),
    linkUpdate10kMsMax: round(r.linkUpdate10kMsMax, 2),
    route10k: r.route10k && {
      ...r.route10k,
      latencyMs: round(r.route10k.latencyMs, 3),
      fibreMs: round(r.route10k.fibreMs, 3),
    },
    route10kMs: round(r.route10kRecomputeMsMedian, 2),
    route10kMsMax: round(r.route10kRecomputeMsMax, 2),
    route10kRouteOnlyMs: round(r.route10kRouteOnlyMsMedian, 2),
    routeNodeToAntipode10k: r.routeNodeToAntipode10k && {
      ...r.routeNodeToAntipode10k,
      recomputeMsMedian: round(r.routeNodeToAntipode10k.recomputeMsMedian, 2),
    },
    ...(r.satellites1M
      ? {
          satellites1M: r.satellites1M,
          linkCandidates1M: r.linkCandidates1M,
          linksUp1M: r.linksUp1M,
          load1MWithLinksMs: round(r.load1MWithLinksMs, 0),
          linkNetworkBuild1MMs: round(r.linkNetworkBuild1MMs, 0),
          linkUpdate1MMs: round(r.linkUpdate1MMsMedian, 0),
          route1M: r.route1M && { ...r.route1M, routeOnlyMsMedian: round(r.route1M.routeOnlyMsMedian, 0) },
        }
      : {}),
  };
  notes.push(...(r.notes ?? []));
}

// ---------------------------------------------------------------------------------- build figures
function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Gzip size of every non-texture file the build holds (the whole app, lazy chunks included). */
function buildFigures() {
  let all = 0;
  for (const f of walk(DIST)) if (!TEXTURE_EXT.test(f)) all += gzipSync(readFileSync(f), { level: 9 }).length;
  figures.download = { ...figures.download, allNonTextureGzipKB: round(all / 1024, 1) };
}

// -------------------------------------------------------------------------------- browser figures
async function waitHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** A scenario of `n` synthetic two-line element sets: SGP4 in the worker, keyframes on the GPU. */
const tleScenario = (n) => ({
  version: 1,
  name: 'bench-tle',
  epoch: '2025-06-01T00:00:00Z',
  shells: [{ kind: 'tle', name: 'bench', text: walkerTleText(n) }],
});

const walker = (planes, satsPerPlane, extra = {}) => ({
  version: 1,
  name: 'bench',
  epoch: '2025-06-01T00:00:00Z',
  shells: [{ kind: 'walker', name: 'bench', altitudeKm: 550, inclinationDeg: 53, planes, satsPerPlane }],
  ...extra,
});

/**
 * Polls `window.__constellation.linkStats()` until it reports links drawn (`drawnIsl > 0`) or the
 * deadline passes. Resolves { hook: whether linkStats exists, stats: its last answer, waitedMs }.
 */
async function waitLinksDrawn(page, deadlineMs) {
  const t0 = Date.now();
  let last = { hook: false, stats: null };
  while (Date.now() - t0 < deadlineMs) {
    last = await page.evaluate(() => {
      const h = window.__constellation;
      return typeof h.linkStats === 'function'
        ? { hook: true, stats: h.linkStats() ?? null }
        : { hook: false, stats: null };
    });
    if (last.stats && last.stats.drawnIsl > 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { ...last, waitedMs: Date.now() - t0 };
}

const pageErrors = [];

/** Waits for `<html data-ready="true">`; on timeout says what the page was doing. */
async function waitReady(page, what) {
  try {
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
      timeout: 120_000,
    });
  } catch {
    const status = await page.evaluate(() => document.documentElement.dataset.status).catch(() => '?');
    throw new Error(
      `${what}: not ready after 120 s (status ${status}; page errors: ${pageErrors.join(' | ') || 'none'})`,
    );
  }
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** A share link (docs/contracts-app.md, compressed form) that opens `scenario`. */
const shareHash = (scenario) =>
  `#s=${deflateRawSync(Buffer.from(JSON.stringify({ v: 1, scenario }))).toString('base64url')}`;

/**
 * Navigation → ready measured from outside, in a fresh context (nothing cached): wall time from
 * `page.goto(url)` until `<html data-ready="true">`, polled every 20 ms.
 */
async function navigationToReady(browser, url, what) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, {
      timeout: 120_000,
      polling: 20,
    });
    const ms = Date.now() - t0;
    const total = await page.evaluate(() => window.__constellation.getState().total);
    return { ms, satellites: total };
  } catch (e) {
    errors.push(`navigation → ready, ${what}: ${e.message}`);
    return null;
  } finally {
    await context.close();
  }
}

/**
 * What a first visit downloads before the app is ready (DESIGN §8 "initial download"): the gzip
 * (level 9) of every page, script, style sheet and WASM module requested from navigation until the
 * engine's `cc-ready` performance mark, which it sets with `<html data-ready>` — the workers
 * included, textures not. Fresh context, service worker blocked (nothing cached). What the panels
 * and dialogs fetch after the first frame is reported beside it.
 */
async function firstDownload(browser, url, what) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const bodies = [];
    const onFinished = (req) => {
      const { pathname } = new URL(req.url());
      if (TEXTURE_EXT.test(pathname)) return;
      bodies.push(
        req
          .response()
          .then(async (r) => ({
            file: pathname,
            startMs: req.timing().startTime,
            gz: r ? gzipSync(await r.body(), { level: 9 }).length : 0,
          }))
          .catch(() => null), // a body the closing page no longer has
      );
    };
    page.on('requestfinished', onFinished);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('cc-ready').length > 0, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    const readyAt = await page.evaluate(
      () => performance.timeOrigin + performance.getEntriesByName('cc-ready')[0].startTime,
    );
    // What ready sets off (the panels, the spare workers) is requested within a few frames; wait for
    // the network to be quiet after that (not a measurement, only so the "after ready" sum is whole).
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    page.off('requestfinished', onFinished);
    const rows = (await Promise.all(bodies)).filter((r) => r && r.gz > 0);
    const before = rows.filter((r) => r.startMs <= readyAt);
    const after = rows.filter((r) => r.startMs > readyAt);
    const kb = (list) => round(list.reduce((n, r) => n + r.gz, 0) / 1024, 1);
    return {
      gzipKB: kb(before),
      files: before.length,
      largest: before
        .sort((x, y) => y.gz - x.gz)
        .slice(0, 8)
        .map((r) => `${r.file.replace(/^\/assets\//, '')} ${round(r.gz / 1024, 1)}`),
      afterReadyGzipKB: kb(after),
    };
  } catch (e) {
    errors.push(`first download, ${what}: ${e.message}`);
    return null;
  } finally {
    await context.close();
  }
}

async function browserFigures() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    log(`no ${DIST}/: building…`);
    const b = await run('npx', ['vite', 'build', '--outDir', DIST], { capture: false });
    if (b.code !== 0) throw new Error('vite build failed');
  }
  buildFigures();

  // Something already answering on the port (a server left by an interrupted run) would be measured
  // instead of this build: refuse.
  if (
    await fetch(BASE).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`${BASE} already answers: stop the server on port ${PORT} first`);
  log(`serving dist on ${BASE}…`);
  const server = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stopServer = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let browser;
  try {
    await waitHttp(BASE, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    figures.browser = { chromium: browser.version() };
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      log('page error:', e.message);
    });
    await page.addInitScript(() => {
      const marks = {};
      window.__benchMarks = marks;
      const tick = () => {
        const h = window.__constellation;
        if (marks.firstFrameMs == null && h && h.frameStats && h.frameStats().count > 0)
          marks.firstFrameMs = performance.now();
        if (
          marks.readyMs == null &&
          document.documentElement &&
          document.documentElement.dataset.ready === 'true'
        ) {
          marks.readyMs = performance.now();
          if (marks.firstFrameMs == null) marks.firstFrameMs = marks.readyMs;
        }
        if (marks.readyMs == null || marks.firstFrameMs == null) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const cdp = await context.newCDPSession(page);
    await cdp
      .send('Performance.enable', { timeDomain: 'threadTicks' })
      .catch(() => cdp.send('Performance.enable'));

    log('navigating…');
    await page.goto(BASE);
    await waitReady(page, 'the default scenario');
    const marks = await page.evaluate(() => window.__benchMarks);
    const defaultState = await page.evaluate(() => window.__constellation.getState());
    const prop = await page.evaluate(() => window.__constellation.propagationStats());
    figures.browser.navigationToFirstFrameMs = round(marks.firstFrameMs, 0);
    figures.browser.navigationToReadyMs = round(marks.readyMs, 0);
    figures.browser.defaultScenarioSatellites = defaultState.total;
    figures.browser.propagation = {
      runtime: prop.runtime,
      keyframeSatStatesPerS: Math.round(prop.keyframeSatStatesPerS),
      lastKeyframeMs: round(prop.lastKeyframeMs, 1),
    };

    // Navigation → ready from outside at 100,000 (a Walker shell through a share link) and 1,000,000
    // (the built-in spacex-1m with its links, and a bare Walker shell), each in a fresh context.
    figures.browser.navigationToReadyFromOutside = {};
    const navCases =
      ONLY_CASES && !ONLY_CASES.includes('nav')
        ? []
        : [
            ['walker100000', `${BASE}/${shareHash(walker(400, 250))}`],
            ['spacex-1m', `${BASE}/?scenario=spacex-1m`],
            ['walker1000000', `${BASE}/${shareHash(walker(1000, 1000))}`],
          ];
    // The page above keeps rendering (clock playing, SwiftShader on both cores); a user opening a link
    // has no second copy of the app drawing beside it, so it leaves for about:blank while these run.
    if (navCases.length) await page.goto('about:blank');
    for (const [key, url] of navCases) {
      log(`navigation → ready: ${key}…`);
      const r = await navigationToReady(browser, url, key);
      figures.browser.navigationToReadyFromOutside[key] = r ? { ms: r.ms, satellites: r.satellites } : null;
    }
    // The first visit's download: the default view, the embed and the Chinese default view.
    if (!ONLY_CASES || ONLY_CASES.includes('download')) {
      if (!navCases.length) await page.goto('about:blank');
      for (const [key, q] of [
        ['default', '/'],
        ['embed', '/?embed=1'],
        ['zhCN', '/?lang=zh-CN'],
      ]) {
        log(`first download: ${key}…`);
        figures.download = { ...figures.download, [key]: await firstDownload(browser, `${BASE}${q}`, key) };
      }
      await page.goto(BASE);
      await waitReady(page, 'the default scenario');
    } else if (navCases.length) {
      await page.goto(BASE);
      await waitReady(page, 'the default scenario');
    }

    /**
     * [key, satellites, scenario JSON, colour mode, with links, naive]: closed-form Walker shells, the
     * 10,000 again with its +Grid links drawn, then SGP4 element sets (keyframes).
     */
    const cases = [
      ['10000', 10_000, walker(100, 100)],
      // The naive baseline (src/engine/naiveBaseline.ts): the same page, plus satellite.js propagate for
      // every satellite on the main thread every frame.
      ['naive10000', 10_000, walker(100, 100), null, false, true],
      [
        'links10000',
        10_000,
        walker(100, 100, { links: { pattern: 'plus-grid', maxRangeKm: 5000 } }),
        null,
        true,
      ],
      ['100000', 100_000, walker(400, 250)],
      ['naive100000', 100_000, walker(400, 250), null, false, true],
      // The same with the constellation coloured by a budget quantity (issue 5: ±0.2 ms per frame).
      ['100000-colourByTemperature', 100_000, walker(400, 250), 'temperature'],
      ...(FULL ? [['1000000', 1_000_000, walker(1000, 1000)]] : []),
      // 2,000,000 candidate links: the worker sends a legible sample (the scene draws ≈ 5,000).
      ...(FULL
        ? [
            [
              'links1000000',
              1_000_000,
              walker(1000, 1000, { links: { pattern: 'plus-grid', maxRangeKm: 5000 } }),
              null,
              true,
            ],
          ]
        : []),
      ['tle20000', 20_000, tleScenario(20_000)],
    ];
    figures.browser.scenarios = {};
    if (ONLY_CASES) {
      // `nav` and `download` name the figures above, not a scenario case.
      const unknown = ONLY_CASES.filter(
        (c) => c !== 'nav' && c !== 'download' && !cases.some(([k]) => k === c),
      );
      if (unknown.length)
        errors.push(
          `--cases: no browser case ${unknown.join(', ')} (cases: ${cases.map(([k]) => k).join(', ')})`,
        );
      notes.push(`--cases: browser scenarios limited to ${ONLY_CASES.join(', ')}`);
    }
    for (const [key, n, scenarioJson, colorMode, withLinks, naive] of cases) {
      if (ONLY_CASES && !ONLY_CASES.includes(key)) continue;
      log(`loading ${key} (${n} satellites)…`);
      const loadMs = await page.evaluate(async (json) => {
        const t0 = performance.now();
        await window.__constellation.loadScenario(json);
        return performance.now() - t0;
      }, scenarioJson);
      await waitReady(page, `${n} satellites`);
      const st = await page.evaluate(() => window.__constellation.getState());
      if (st.total !== n) errors.push(`${key}: loaded ${n} satellites but getState().total is ${st.total}`);
      await page.evaluate((mode) => {
        const h = window.__constellation;
        h.setColorMode(mode ?? 'shell');
        h.setWarp(60);
        h.play();
      }, colorMode);
      let links = null;
      if (withLinks) {
        // The link worker's first answer must be drawn before frames count.
        const w = await waitLinksDrawn(page, LINKS_DEADLINE_MS);
        const drawn = !!w.stats && w.stats.drawnIsl > 0;
        if (!w.hook)
          notes.push(`${key}: window.__constellation.linkStats does not exist: the links figure is null`);
        else if (!drawn)
          notes.push(
            `${key}: linkStats() reported no links drawn within ${LINKS_DEADLINE_MS / 1000} s (last: ${JSON.stringify(w.stats)}): the links figure is null`,
          );
        links = { linksDrawn: drawn, linkStats: w.stats, linksWaitMs: w.waitedMs };
      }
      if (colorMode) {
        // Budgets must have arrived (first snapshot includes the warm-up) before frames count.
        const t0 = Date.now();
        while (Date.now() - t0 < 120_000) {
          if (await page.evaluate(() => !!window.__constellation.budgetTotals())) break;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      let naiveSatellites = null;
      if (naive) {
        naiveSatellites = await page.evaluate((k) => window.__constellation.naiveBaseline(k), n);
        if (naiveSatellites !== n)
          errors.push(`${key}: the naive baseline propagates ${naiveSatellites} satellites, not ${n}`);
      }
      const minFrames = naive ? MIN_FRAMES_NAIVE : MIN_FRAMES;
      await page.evaluate(() => window.__constellation.resetFrameStats());
      const m0 = await metrics(cdp);
      const started = Date.now();
      let count = 0;
      while (Date.now() - started < FRAME_DEADLINE_MS) {
        count = await page.evaluate(() => window.__constellation.frameStats().count);
        if (count >= minFrames) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const fs = await page.evaluate(() => window.__constellation.frameStats());
      if (naive) await page.evaluate(() => window.__constellation.naiveBaseline(0));
      const ps = await page.evaluate(() => window.__constellation.propagationStats());
      const m1 = await metrics(cdp);
      const wallS = (Date.now() - started) / 1000;
      if (fs.count < minFrames)
        notes.push(`${key}: only ${fs.count} frames in ${FRAME_DEADLINE_MS / 1000} s`);
      const perFrame = (name) => (fs.count ? ((m1[name] - m0[name]) * 1000) / fs.count : null);
      figures.browser.scenarios[key] = {
        loadToFirstFrameMs: round(loadMs, 0),
        frames: fs.count,
        fps: round(fs.count / wallS, 1),
        frameMainMsMedian: round(fs.medianMs),
        frameMainMsP95: round(fs.p95Ms),
        frameMainMsMean: round(fs.meanMs),
        scriptDurationMsPerFrame: round(perFrame('ScriptDuration')),
        taskDurationMsPerFrame: round(perFrame('TaskDuration')),
        jsHeapUsedMB: round((m1.JSHeapUsedSize ?? 0) / 2 ** 20, 1),
        ...(naive ? { naiveSatellitesPropagatedPerFrame: naiveSatellites } : {}),
        ...(colorMode ? { colorMode, workerBudgetSnapshotMs: round(ps.budgetMs, 1) } : {}),
        ...(links
          ? {
              ...links,
              // Taken again after the frames: what was drawn while they were counted.
              linkStatsAfter: await page.evaluate(() => window.__constellation.linkStats?.() ?? null),
            }
          : {}),
        ...(key.startsWith('tle')
          ? {
              keyframeRuntime: ps.keyframeRuntime,
              keyframeSatStatesPerS: Math.round(ps.keyframeSatStatesPerS),
              lastKeyframeWindowMs: round(ps.lastKeyframeMs, 1),
            }
          : {}),
      };
    }
    // The naive baseline against the app, same page, same scenario: main-thread ms per frame (the app's
    // own median) and DevTools ScriptDuration per frame.
    const sc = figures.browser.scenarios;
    figures.browser.naiveSpeedUp = {};
    for (const k of ['10000', '100000']) {
      const app = sc[k];
      const nv = sc[`naive${k}`];
      if (!app || !nv) continue;
      const ratio = (a, b) => (a > 0 && b > 0 ? round(b / a, 1) : null);
      figures.browser.naiveSpeedUp[k] = {
        frameMainMedian: ratio(app.frameMainMsMedian, nv.frameMainMsMedian),
        scriptDurationPerFrame: ratio(app.scriptDurationMsPerFrame, nv.scriptDurationMsPerFrame),
      };
      log(
        `speed-up over the naive baseline at ${k}: ×${figures.browser.naiveSpeedUp[k].frameMainMedian} (main thread per frame, median ` +
          `${app.frameMainMsMedian} vs ${nv.frameMainMsMedian} ms), ×${figures.browser.naiveSpeedUp[k].scriptDurationPerFrame} (DevTools ScriptDuration per frame)`,
      );
    }
    await context.close();
  } finally {
    if (browser) await browser.close();
    stopServer();
  }
}

// ------------------------------------------------------------------------------------------ main
if (NO_NODE) notes.push('--no-node: Node and link figures skipped');
else {
  await nodeFigures().catch((e) => errors.push(`node figures: ${e.message}`));
  await linkFigures().catch((e) => errors.push(`link figures: ${e.message}`));
}
if (NO_BROWSER) {
  notes.push('--no-browser: browser figures skipped');
  if (existsSync(path.join(DIST, 'index.html'))) buildFigures();
} else {
  await browserFigures().catch((e) => errors.push(`browser figures: ${e.stack ?? e.message}`));
}

const sc = figures.browser?.scenarios ?? {};
const perFrameMain = (k) => sc[k]?.frameMainMsMedian;
const cores = figures.node?.propagationCores ?? 1;
/** [budget text, measured value, passes?]; the value is undefined when not measured. */
const checks = {
  frameMain10kMs: ['≤ 1 ms main-thread per frame at 10,000 satellites', perFrameMain('10000'), (v) => v <= 1],
  frameMain100kMs: [
    '≤ 2 ms main-thread per frame at 100,000 satellites',
    perFrameMain('100000'),
    (v) => v <= 2,
  ],
  links10kMainThreadMsPerFrame: [
    '≤ 1 ms main-thread per frame at 10,000 satellites with their +Grid links drawn',
    sc.links10000?.linksDrawn ? sc.links10000.frameMainMsMedian : null,
    (v) => v <= 1,
  ],
  route10kMs: [
    '≤ 20 ms to recompute a route across 10,000 satellites (advance + route, New York → Sydney, one core)',
    figures.links?.route10kMs,
    (v) => v <= 20,
  ],
  frameMain1MMs: [
    '≤ 4 ms main-thread per frame at 1,000,000 satellites',
    perFrameMain('1000000'),
    (v) => v <= 4,
  ],
  propagationStatesPerS: [
    `≥ 3,000,000 satellite-states/s on 2 cores (measured: SGP4 keyframes on ${cores} core${cores > 1 ? 's' : ''})`,
    figures.node?.[`sgp4StatesPerS${cores}Cores`] ?? figures.node?.sgp4StatesPerS1Core,
    (v) => v >= 3_000_000,
  ],
  load1MToFirstFrameMs: [
    '≤ 5000 ms to load 1,000,000 Walker satellites to first frame',
    sc['1000000']?.loadToFirstFrameMs,
    (v) => v <= 5000,
  ],
  interpolationErrorKm: [
    '≤ 1 km GPU interpolation error between keyframes (LEO)',
    figures.node?.interpolationMaxErrorKm,
    (v) => v <= 1,
  ],
  powerThermal100kMs: [
    '≤ 50 ms per simulated step batch for 100,000 nodes (one stepBudgets call, one core)',
    figures.node?.powerThermalStep100kMs,
    (v) => v <= 50,
  ],
  navigationToReady100kMs: [
    '≤ 2000 ms from navigation to ready at 100,000 satellites (measured from outside)',
    figures.browser?.navigationToReadyFromOutside?.walker100000?.ms,
    (v) => v <= 2000,
  ],
  navigationToReady1MMs: [
    '≤ 5000 ms from navigation to ready for spacex-1m (1,000,000 satellites, measured from outside)',
    figures.browser?.navigationToReadyFromOutside?.['spacex-1m']?.ms,
    (v) => v <= 5000,
  ],
  initialDownloadGzipKB: [
    '≤ 400 KB initial download, gzip, without textures: everything the default view requests before ready',
    figures.download?.default?.gzipKB,
    (v) => v <= 400,
  ],
  embedDownloadGzipKB: [
    "the embed's first download smaller than the default view's",
    figures.download?.embed?.gzipKB,
    (v) => v < (figures.download?.default?.gzipKB ?? -Infinity),
  ],
};
const budgets = {};
const withinBudget = {};
for (const [k, [text, value, ok]] of Object.entries(checks)) {
  budgets[k] = text;
  withinBudget[k] = value == null || !Number.isFinite(value) ? null : ok(value);
}
if (!FULL) notes.push('1,000,000-satellite browser figures need --full');

const cpus = os.cpus();
const date = new Date().toISOString();
const doc = {
  machine: {
    cpus: cpus.length,
    model: cpus[0]?.model ?? 'unknown',
    memGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    chromium: figures.browser?.chromium ?? null,
    platform: `${os.platform()} ${os.release()}`,
    host: os.hostname(),
  },
  date,
  figures,
  budgets,
  withinBudget,
  notes,
  errors,
};

const text = JSON.stringify(doc, null, 2);
console.log(text);
mkdirSync('bench/results', { recursive: true });
const host = os.hostname().replace(/[^A-Za-z0-9._-]/g, '_');
const file = `bench/results/${date.slice(0, 10)}-${host}.json`;
writeFileSync(file, `${text}\n`);
log(`written ${file}`);
if (errors.length) {
  log(`${errors.length} error(s):\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}
