#!/usr/bin/env node
/**
 * `npm test`: lint → format (prettier --check) → typecheck → unit → build → e2e, streaming each stage's output.
 * Every stage runs even after an earlier one failed, except e2e, which needs a successful build.
 * Counts: unit and e2e tests from their JSON reports (test-results/unit.json, test-results/e2e.json);
 * lint, typecheck and build count as one check each. The last line is exactly `N passed, N failed`;
 * the exit code is 0 only when everything passed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const UNIT_JSON = 'test-results/unit.json';
const E2E_JSON = 'test-results/e2e.json';

mkdirSync('test-results', { recursive: true });
for (const f of [UNIT_JSON, E2E_JSON]) rmSync(f, { force: true });

/** Runs a command with inherited stdio; resolves to its exit code (127 if it could not start). */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: process.env });
    child.on('error', (e) => {
      console.error(`could not start ${cmd}: ${e.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON reporter (Jest-compatible shape). */
function unitCounts() {
  const r = readJson(UNIT_JSON);
  if (!r) return null;
  // A test file that fails to load has no tests but counts as one failure.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
  ).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + brokenFiles };
}

/** Playwright's JSON reporter: stats.expected / unexpected / flaky (+ global errors). */
function e2eCounts() {
  const r = readJson(E2E_JSON);
  if (!r || !r.stats) return null;
  const s = r.stats;
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (r.errors?.length ?? 0),
  };
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const summary = [];
let passed = 0;
let failed = 0;

function banner(name) {
  console.log(`\n━━━━ ${name} ━━━━`);
}

function record(name, p, f, note = '') {
  passed += p;
  failed += f;
  summary.push(`  ${f ? '✗' : '✓'} ${name.padEnd(10)} ${p} passed, ${f} failed${note ? ` (${note})` : ''}`);
}

async function single(name, args) {
  banner(name);
  const code = await run(npx, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, code === 0 ? '' : `exit ${code}`);
  return code === 0;
}

async function counted(name, args, counts) {
  banner(name);
  const code = await run(npx, args);
  const c = counts();
  if (!c) {
    record(name, 0, 1, `no report, exit ${code}`);
    return;
  }
  // A non-zero exit with no failed test (e.g. a crash after the report) still counts as a failure.
  const extra = code !== 0 && c.failed === 0 ? 1 : 0;
  record(name, c.passed, c.failed + extra, code === 0 ? '' : `exit ${code}`);
}

await single('lint', ['eslint', '.', '--max-warnings', '0']);
await single('format', ['prettier', '--check', '.']);
await single('typecheck', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
await counted(
  'unit',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_JSON}`],
  unitCounts,
);
const built = await single('build', ['vite', 'build']);
if (built && existsSync('dist/index.html')) {
  await counted('e2e', ['playwright', 'test'], e2eCounts);
} else {
  banner('e2e');
  console.log('skipped: the build failed');
  record('e2e', 0, 1, 'skipped: build failed');
}

console.log('\n━━━━ summary ━━━━');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
