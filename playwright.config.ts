/**
 * Playwright e2e configuration (docs/architecture.md): the production build served by `vite preview`,
 * Debian's Chromium with WebGL through SwiftShader, one worker (the test machine has 2 cores and
 * software WebGL needs both). Screenshots are written by the tests themselves into e2e-artifacts/.
 */
import { defineConfig, devices } from '@playwright/test';

const CI = !!process.env.CI;
/** Port and build folder can be moved (E2E_PORT, E2E_DIST) so two checkouts' runs do not collide. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  // One retry in CI only: software WebGL on a shared 2-core machine can miss a timing once; a retried
  // pass is reported as "flaky" in the JSON report, so it stays visible.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results/e2e-output',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: 'off',
    // The build's service worker (offline mode) stays out of every test but e2e/offline.spec.ts, so
    // page.route and fresh loads behave as without it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PREVIEW_PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PREVIEW_PORT}`,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        // devices[] sets channel-less chromium; keep our executable and flags.
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
      },
    },
  ],
});
