/**
 * The headless command line (DESIGN §6) as a function, so tests run it without a process:
 * loads a scenario (file or built-in id), validates and expands it, and prints one row per node
 * per step. Bad input returns exit code 2 with every problem on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { sgp4, shadowFraction, sunPos } from 'satellite.js';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { expandScenario } from '../scenario/expand';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import { MAX_SCENARIO_TEXT_CHARS, parseScenario, parseScenarioText } from '../scenario/validate';
import { closedFormState } from '../sim/closedForm';
import { eciToGeodeticKm } from '../sim/frames';
import { satrecEpochMs } from '../sim/keyframes';
import { gmstRad, julianDate } from '../sim/time';
import { parseArgs, USAGE, type CliOptions } from './args';

/** Most rows one run may print. */
export const MAX_ROWS = 5_000_000;

export const CSV_HEADER = 'time_utc,node_id,lat_deg,lon_deg,alt_km,shadow_fraction';

export interface CliIo {
  /** Writes to stdout; may return a promise to apply back-pressure. */
  out(text: string): void | Promise<void>;
  err(text: string): void;
}

export interface Row {
  time_utc: string;
  node_id: string;
  lat_deg: number | null;
  lon_deg: number | null;
  alt_km: number | null;
  shadow_fraction: number | null;
}

const RAD = 180 / Math.PI;

/** ISO 8601 UTC, milliseconds only when not whole seconds. */
function isoTime(ms: number): string {
  const s = new Date(Math.round(ms)).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

function loadScenarioInput(arg: string): { ok: true; value: unknown; text?: string } | { ok: false; issues: string[] } {
  if (Object.prototype.hasOwnProperty.call(BUILTIN_SCENARIOS, arg)) return { ok: true, value: BUILTIN_SCENARIOS[arg].build() };
  if (/^https?:\/\//i.test(arg) || arg.includes('#s=')) {
    return { ok: false, issues: [`share links are not supported by the command line yet; save the scenario as a .json file (got "${arg.slice(0, 60)}")`] };
  }
  let size: number;
  try {
    const st = statSync(arg);
    if (!st.isFile()) return { ok: false, issues: [`${arg}: not a file`] };
    size = st.size;
  } catch {
    return {
      ok: false,
      issues: [`${arg}: no such file, and not a built-in scenario (built-ins: ${Object.keys(BUILTIN_SCENARIOS).join(', ')})`],
    };
  }
  if (size > MAX_SCENARIO_TEXT_CHARS) return { ok: false, issues: [`${arg}: file is ${size} bytes; the limit is ${MAX_SCENARIO_TEXT_CHARS} (32 MB)`] };
  try {
    return { ok: true, value: undefined, text: readFileSync(arg, 'utf8') };
  } catch (err) {
    return { ok: false, issues: [`${arg}: cannot be read (${err instanceof Error ? err.message : String(err)})`] };
  }
}

function fail(io: CliIo, issues: readonly string[]): number {
  for (const i of issues) io.err(`error: ${i}\n`);
  return 2;
}

/** Runs the command line; resolves to the exit code (0 ok, 2 bad input). */
export async function runCli(argv: readonly string[], io: CliIo, options: { nowMs?: number } = {}): Promise<number> {
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
  const parsed = input.text !== undefined ? parseScenarioText(input.text, options) : parseScenario(input.value, options);
  if (!parsed.ok) {
    io.err(`error: ${o.scenario} is not a valid scenario (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n`);
    return fail(io, parsed.issues);
  }
  const ex = expandScenario(parsed.scenario);
  for (const w of ex.warnings) io.err(`warning: ${w}\n`);

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
  const stepMs = o.stepS * 1000;
  const steps = Math.floor((o.hours * 3600000) / stepMs + 1e-9) + 1;
  const rows = steps * nodes.length;
  if (rows > MAX_ROWS) {
    return fail(io, [
      `this run would print ${rows.toLocaleString('en-US')} rows (${nodes.length.toLocaleString('en-US')} nodes × ${steps.toLocaleString('en-US')} steps); the limit is ${MAX_ROWS.toLocaleString('en-US')}. Narrow it with --nodes id,id, a shorter --hours or a longer --step-s`,
    ]);
  }
  const ids = nodes.map((k) => satelliteIdentity(ex.shells, k).id);
  const fromMs = o.fromMs ?? ex.epochMs;
  const cf = ex.closedForm;
  const pv = new Float64Array(6);
  const json = o.format === 'json';
  const fmt = (v: number | null, digits: number) => (v === null ? '' : v.toFixed(digits));

  let buf = json ? '[' : `${CSV_HEADER}\n`;
  let first = true;
  for (let k = 0; k < steps; k++) {
    const t = fromMs + k * stepMs;
    const time = isoTime(t);
    const gmst = gmstRad(t);
    const sun = sunPos(julianDate(t) as never).rsun;
    for (let n = 0; n < nodes.length; n++) {
      const idx = nodes[n];
      let ok = true;
      if (idx < cf.count) {
        closedFormState(cf, idx, t, pv);
      } else {
        const rec = ex.satrecs[idx - cf.count];
        const r = sgp4(rec, (t - satrecEpochMs(rec)) / 60000);
        if (r && Number.isFinite(r.position.x)) {
          pv[0] = r.position.x;
          pv[1] = r.position.y;
          pv[2] = r.position.z;
        } else ok = false;
      }
      const row: Row = { time_utc: time, node_id: ids[n], lat_deg: null, lon_deg: null, alt_km: null, shadow_fraction: null };
      if (ok) {
        const g = eciToGeodeticKm(pv[0], pv[1], pv[2], gmst);
        let lon = g.lonRad * RAD;
        if (lon <= -180) lon += 360;
        else if (lon > 180) lon -= 360;
        row.lat_deg = g.latRad * RAD;
        row.lon_deg = lon;
        row.alt_km = g.heightKm;
        const f = shadowFraction(sun, { x: pv[0], y: pv[1], z: pv[2] } as never);
        row.shadow_fraction = Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : null;
      }
      if (json) {
        buf += `${first ? '\n' : ',\n'}${JSON.stringify({
          ...row,
          lat_deg: row.lat_deg === null ? null : Number(row.lat_deg.toFixed(6)),
          lon_deg: row.lon_deg === null ? null : Number(row.lon_deg.toFixed(6)),
          alt_km: row.alt_km === null ? null : Number(row.alt_km.toFixed(3)),
          shadow_fraction: row.shadow_fraction === null ? null : Number(row.shadow_fraction.toFixed(4)),
        })}`;
      } else {
        buf += `${time},${ids[n]},${fmt(row.lat_deg, 6)},${fmt(row.lon_deg, 6)},${fmt(row.alt_km, 3)},${fmt(row.shadow_fraction, 4)}\n`;
      }
      first = false;
      if (buf.length > 1 << 20) {
        await io.out(buf);
        buf = '';
      }
    }
  }
  buf += json ? '\n]\n' : '';
  if (buf) await io.out(buf);
  return 0;
}
