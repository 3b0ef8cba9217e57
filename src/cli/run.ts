/**
 * The headless command line (README.md, "Command line") as a function, so tests run it without a process:
 * loads a scenario (file, built-in id or share link), validates and expands it, and prints one row per node
 * per step with position, shadow (src/sim/shadow.ts, the app's conical model) and power/thermal
 * budget (the app's BudgetRunner; how, in budgets.ts; big runs over every core, threads.ts), or with `--events` the eclipse entries and
 * exits (events.ts), or with `--links` / `--route A,B` the link network's counts or a route per step
 * (links.ts, the app's LinkNetwork), or with `--burden` the Earth-burden row (burden.ts). `--set path=value`
 * overrides scenario values before validation (set.ts). Bad input returns exit code 2 with every problem on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { importElementSets, toShell } from '../scenario/importText';
import { BUILTIN_SCENARIOS, findBuiltin } from '../scenario/builtins';
import { decodeShareHash, type SharedState } from '../scenario/shareLink';
import { expandScenario } from '../scenario/expand';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import '../scenario/elementSetSupport';
import { MAX_SCENARIO_TEXT_CHARS, parseScenario, parseScenarioText } from '../scenario/validate';
import { parseArgs, USAGE, type CliOptions } from './args';
import { burdenRun } from './burden';
import { applySets } from './set';
import { budgetWork, CliBudgets } from './budgets';
import { CSV_HEADER } from './budgetRows';
import { eclipseEvents, EVENT_SAMPLE_S, EVENTS_CSV_HEADER, isoMs } from './events';
import {
  LINKS_CSV_HEADER,
  MAX_LINK_NODE_STEPS,
  resolveRouteEnd,
  ROUTE_CSV_HEADER,
  scenarioNetwork,
} from './links';
import { budgetStepText, networkStepText } from './threadJobs';
import {
  AUTO_MIN_BUDGET_NODE_STEPS,
  AUTO_MIN_NETWORK_NODE_STEPS,
  budgetThreads,
  defaultThreads,
  networkThreads,
} from './threads';
import type { Scenario } from '../scenario/schema';

/** Most rows one run may print. */
export const MAX_ROWS = 5_000_000;

/** Most shadow samples (nodes × 30 s samples over the window) one `--events` run may take. */
export const MAX_EVENT_SAMPLES = 100_000_000;
/** Most budget node-steps (warm-up included) one run may integrate (~0.1–0.2 µs each). */
export const MAX_BUDGET_NODE_STEPS = 2_000_000_000;

export { CSV_COLUMNS, CSV_HEADER, DIGITS, type Row } from './budgetRows';

export interface CliIo {
  /** Writes to stdout; may return a promise to apply back-pressure. */
  out(text: string): void | Promise<void>;
  err(text: string): void;
}

/** Output gathered into writes of about 1 MiB, so a long run streams with back-pressure (io.out may wait). */
class ChunkedOut {
  private buf: string;
  constructor(
    private readonly io: CliIo,
    head: string,
  ) {
    this.buf = head;
  }
  /** Appends; true when about 1 MiB is waiting and the caller should `await flush()`. */
  add(text: string): boolean {
    this.buf += text;
    return this.buf.length > 1 << 20;
  }
  async flush(): Promise<void> {
    const b = this.buf;
    this.buf = '';
    if (b) await this.io.out(b);
  }
  async end(tail: string): Promise<void> {
    const b = this.buf + tail;
    this.buf = '';
    if (b) await this.io.out(b);
  }
}

function loadScenarioInput(
  arg: string,
): { ok: true; value: unknown; text?: string; link?: SharedState } | { ok: false; issues: string[] } {
  const builtin = findBuiltin(arg);
  if (builtin) return { ok: true, value: builtin.build() };
  // A share link (docs/contracts-app.md, "Share links"), decoded exactly as the app decodes it.
  if (/^https?:\/\//i.test(arg) || /^#?(s|scenario)=/.test(arg) || /#(s|scenario)=/.test(arg)) {
    if (!arg.includes('#') && /^https?:/i.test(arg))
      return {
        ok: false,
        issues: [`${arg.slice(0, 80)}: a URL without a share link's #scenario= or #s= part`],
      };
    const link = decodeShareHash(arg);
    if (!link.ok) return { ok: false, issues: [`share link: ${link.error}`] };
    return { ok: true, value: link.scenario, link };
  }
  let size: number;
  try {
    const st = statSync(arg);
    if (!st.isFile()) return { ok: false, issues: [`${arg}: not a file`] };
    size = st.size;
  } catch {
    return {
      ok: false,
      issues: [
        `${arg}: no such file, and not a built-in scenario (built-ins: ${Object.keys(BUILTIN_SCENARIOS).join(', ')})`,
      ],
    };
  }
  if (size > MAX_SCENARIO_TEXT_CHARS)
    return {
      ok: false,
      issues: [`${arg}: file is ${size} bytes; the limit is ${MAX_SCENARIO_TEXT_CHARS} (32 MB)`],
    };
  try {
    return { ok: true, value: undefined, text: readFileSync(arg, 'utf8') };
  } catch (err) {
    return {
      ok: false,
      issues: [`${arg}: cannot be read (${err instanceof Error ? err.message : String(err)})`],
    };
  }
}

/** A JSON object with a `version` key is a scenario; anything else is treated as an element-set file. */
function looksLikeScenario(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith('{')) return false;
  try {
    const v = JSON.parse(t) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && 'version' in v;
  } catch {
    return true; // broken JSON: let the scenario parser say what is wrong with it
  }
}

function fail(io: CliIo, issues: readonly string[]): number {
  for (const i of issues) io.err(`error: ${i}\n`);
  return 2;
}

/** Rows of the window: from --from through --hours every --step-s, both ends included. */
function stepCount(o: CliOptions): number {
  return Math.floor((o.hours * 3600000) / (o.stepS * 1000) + 1e-9) + 1;
}

/** `--links` or `--route A,B`: one row per step over the whole network (links.ts). */
async function networkRun(
  io: CliIo,
  o: CliOptions,
  ex: ReturnType<typeof expandScenario>,
  scenario: Scenario,
): Promise<number> {
  const flag = o.links ? '--links' : '--route';
  if (o.nodesGiven)
    io.err(`warning: --nodes does not apply to ${flag} (it uses the whole network); ignored\n`);
  const steps = stepCount(o);
  if (steps > MAX_ROWS) {
    return fail(io, [
      `this run would print ${steps.toLocaleString('en-US')} rows; the limit is ${MAX_ROWS.toLocaleString('en-US')}. Use a shorter --hours or a longer --step-s`,
    ]);
  }
  const work = ex.total * steps;
  if (work > MAX_LINK_NODE_STEPS) {
    return fail(io, [
      `${flag} over ${ex.total.toLocaleString('en-US')} satellites and ${steps.toLocaleString('en-US')} steps would take ${work.toLocaleString('en-US')} satellite-steps; the limit is ${MAX_LINK_NODE_STEPS.toLocaleString('en-US')}. Use a shorter --hours or a longer --step-s`,
    ]);
  }
  const built = scenarioNetwork(ex, scenario);
  if (!built.ok) return fail(io, built.issues);
  const { net, stations } = built;
  let from: ReturnType<typeof resolveRouteEnd> = null;
  let to: ReturnType<typeof resolveRouteEnd> = null;
  if (o.route) {
    if (ex.total === 0) return fail(io, ['--route: this scenario has no satellites to route through']);
    const ends = o.route.map((q) => resolveRouteEnd(ex, stations, q));
    const names = stations.map((g) => g.name);
    const listed = names.length ? `its ground stations: ${names.join(', ')}` : 'it has no ground stations';
    const example = satelliteIdentity(ex.shells, 0).id;
    const missing = o.route
      .filter((_, k) => ends[k] === null)
      .map(
        (q) =>
          `--route: no ground station or satellite "${q}" in this scenario; ${listed} (or give a satellite id such as ${example})`,
      );
    if (missing.length) return fail(io, missing);
    [from, to] = ends;
    if (from && to && JSON.stringify(from.end) === JSON.stringify(to.end))
      return fail(io, [`--route: both ends are ${from.label}; give two different ends`]);
  }
  if (scenario.links.pattern === 'none')
    io.err(
      `warning: this scenario has no inter-satellite links (links.pattern is "none")${o.route ? '; routes can only use one satellite both ends see' : ''}\n`,
    );
  for (const n of net.notes) io.err(`note: ${n}\n`);
  const fromMs = o.fromMs ?? ex.epochMs;
  const json = o.format === 'json';
  const out = new ChunkedOut(io, json ? '[' : `${o.links ? LINKS_CSV_HEADER : ROUTE_CSV_HEADER}\n`);
  const job = {
    kind: o.links ? ('links' as const) : ('route' as const),
    scenario,
    fromMs,
    stepS: o.stepS,
    json,
    from: from?.end ?? null,
    to: to?.end ?? null,
  };
  const threads = Math.min(steps, o.threads ?? (work >= AUTO_MIN_NETWORK_NODE_STEPS ? defaultThreads() : 1));
  if (threads > 1) await networkThreads(out, job, steps, threads);
  else {
    for (let k = 0; k < steps; k++) if (out.add(networkStepText(net, job, k))) await out.flush();
  }
  await out.end(json ? '\n]\n' : '');
  return 0;
}

/** Runs the command line; resolves to the exit code (0 ok, 2 bad input). */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: { nowMs?: number } = {},
): Promise<number> {
  const args = parseArgs(argv);
  if (!args.ok) {
    fail(io, args.issues);
    io.err(`${USAGE}\n`);
    return 2;
  }
  const o: CliOptions = args.options;
  if (o.help) {
    await io.out(`${USAGE}\nbuilt-in scenarios: ${Object.keys(BUILTIN_SCENARIOS).join(', ')}\n`);
    return 0;
  }
  const input = loadScenarioInput(o.scenario);
  if (!input.ok) return fail(io, input.issues);
  if (input.link) {
    // The link's moment is the default start; its view's problems are warnings (the view is not printed).
    if (o.fromMs === null && input.link.view.timeMs !== undefined) o.fromMs = input.link.view.timeMs;
    for (const p of input.link.problems) io.err(`warning: share link: ${p}\n`);
  }
  let scenarioInput: unknown = input.value;
  if (input.text !== undefined && !looksLikeScenario(input.text)) {
    // A bare element-set file (TLE, OMM as JSON, CSV or XML): it becomes a one-shell scenario whose
    // epoch is the newest element set's, so the default window starts where the data is freshest.
    const imported = importElementSets(input.text, basename(o.scenario));
    if (imported.entries.length === 0) {
      io.err(
        `error: ${o.scenario} is neither a scenario nor a readable element-set file (${imported.format}):\n`,
      );
      const problems = [
        ...(imported.headline ? [imported.headline] : []),
        ...imported.errors,
        ...(imported.cut ? [imported.cut] : []),
      ];
      return fail(io, problems.length ? problems : ['no satellites found']);
    }
    for (const e of imported.errors) io.err(`warning: rejected: ${e}\n`);
    if (imported.cut) io.err(`warning: ${imported.cut}\n`);
    const epochMs = imported.entries.reduce((m, e) => Math.max(m, e.epochMs), -Infinity);
    scenarioInput = {
      version: 1,
      name: basename(o.scenario).slice(0, 200),
      epoch: new Date(Math.round(epochMs / 1000) * 1000).toISOString(),
      shells: [toShell(imported, basename(o.scenario))],
    };
  }
  if (o.sets.length) {
    // --set edits the JSON before validation; a file that is not JSON is left to the parser to report.
    let base = scenarioInput;
    if (base === undefined && input.text !== undefined) {
      try {
        base = JSON.parse(input.text) as unknown;
      } catch {
        base = undefined;
      }
    }
    if (base !== undefined) {
      const set = applySets(base, o.sets);
      if (!set.ok) return fail(io, set.issues);
      scenarioInput = set.value;
    }
  }
  const parsed =
    scenarioInput === undefined && input.text !== undefined
      ? parseScenarioText(input.text, options)
      : parseScenario(scenarioInput, options);
  if (!parsed.ok) {
    io.err(
      `error: ${o.scenario} is not a valid scenario (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n`,
    );
    return fail(io, parsed.issues);
  }
  const ex = expandScenario(parsed.scenario);
  for (const w of ex.warnings) io.err(`warning: ${w}\n`);
  if (o.links || o.route) return networkRun(io, o, ex, parsed.scenario);
  if (o.burden) {
    if (o.nodesGiven)
      io.err('warning: --nodes does not apply to --burden (it samples the whole constellation); ignored\n');
    return burdenRun(io, o.format, ex, parsed.scenario);
  }

  // Nodes.
  let nodes: number[];
  if (o.nodes === null) {
    nodes = Array.from({ length: ex.total }, (_, k) => k);
  } else {
    const missing: string[] = [];
    nodes = [];
    for (const q of o.nodes) {
      const idx = findSatellite(ex.shells, q);
      if (idx === null) missing.push(`--nodes: no node "${q}" in this scenario`);
      else nodes.push(idx);
    }
    if (missing.length) return fail(io, missing);
  }
  const fromMs = o.fromMs ?? ex.epochMs;
  const endMs = fromMs + o.hours * 3600000;
  const ids = nodes.map((k) => satelliteIdentity(ex.shells, k).id);
  const json = o.format === 'json';

  if (o.events) {
    const samples = nodes.length * Math.ceil((endMs - fromMs) / (EVENT_SAMPLE_S * 1000));
    if (samples > MAX_EVENT_SAMPLES) {
      return fail(io, [
        `--events over ${nodes.length.toLocaleString('en-US')} nodes and ${o.hours} h would take ${samples.toLocaleString('en-US')} shadow samples; the limit is ${MAX_EVENT_SAMPLES.toLocaleString('en-US')}. Narrow it with --nodes id,id or a shorter --hours`,
      ]);
    }
    const events = eclipseEvents(ex, nodes, fromMs, endMs);
    let buf = json ? '[' : `${EVENTS_CSV_HEADER}\n`;
    events.forEach((e, k) => {
      const time = isoMs(e.tMs);
      buf += json
        ? `${k ? ',\n' : '\n'}${JSON.stringify({ node_id: ids[e.node], event: e.kind, time_utc: time })}`
        : `${ids[e.node]},${e.kind},${time}\n`;
    });
    buf += json ? (events.length ? '\n]\n' : ']\n') : '';
    await io.out(buf);
    return 0;
  }

  const stepMs = o.stepS * 1000;
  const steps = stepCount(o);
  const rows = steps * nodes.length;
  if (rows > MAX_ROWS) {
    return fail(io, [
      `this run would print ${rows.toLocaleString('en-US')} rows (${nodes.length.toLocaleString('en-US')} nodes × ${steps.toLocaleString('en-US')} steps); the limit is ${MAX_ROWS.toLocaleString('en-US')}. Narrow it with --nodes id,id, a shorter --hours or a longer --step-s`,
    ]);
  }
  const budgets = new CliBudgets(ex, Uint32Array.from(nodes), o.stepS);
  const work = budgetWork(nodes.length, stepMs, steps, budgets.stepS, budgets.warmupS);
  if (work > MAX_BUDGET_NODE_STEPS) {
    return fail(io, [
      `the budgets of this run would take ${Math.round(work).toLocaleString('en-US')} node-steps of ${budgets.stepS} s (warm-up of ${(budgets.warmupS / 3600).toFixed(1)} h included); the limit is ${MAX_BUDGET_NODE_STEPS.toLocaleString('en-US')}. Narrow it with --nodes id,id, a shorter --hours, or a --step-s of 60 s or more`,
    ]);
  }

  const out = new ChunkedOut(io, json ? '[' : `${CSV_HEADER}\n`);
  const threads = Math.min(
    nodes.length,
    o.threads ?? (work >= AUTO_MIN_BUDGET_NODE_STEPS ? defaultThreads() : 1),
  );
  if (threads > 1) {
    await budgetThreads(
      out,
      { scenario: parsed.scenario, fromMs, stepS: o.stepS, json },
      nodes,
      ids,
      steps,
      threads,
    );
  } else {
    let first = true;
    for (let k = 0; k < steps; k++) {
      const t = fromMs + k * stepMs;
      const b = budgets.at(t);
      for (let n = 0; n < nodes.length; n += 10_000) {
        let text = budgetStepText(b, ids, t, json, n, Math.min(nodes.length, n + 10_000));
        // JSON rows come as ",\n{…}": the first row of the run has no comma.
        if (first && json) text = text.slice(1);
        first = false;
        if (out.add(text)) await out.flush();
      }
    }
  }
  await out.end(json ? '\n]\n' : '');
  return 0;
}
