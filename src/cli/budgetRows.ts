/**
 * The command line's budget rows (README.md "Command line", docs/physics.md): columns, units,
 * rounding and the CSV text, with no Node dependency, so the app's CSV export (src/app/present)
 * writes exactly the rows `npm run sim -- <scenario> --nodes <id>` prints for the same node and window.
 */
import type { ExpandedScenario } from '../scenario/types';
import { eciToGeodeticKm } from '../sim/frames';
import { gmstRad } from '../sim/time';
import { CliBudgets, type BudgetSample } from './budgets';

/** The command line's columns (README.md), in order. */
export const CSV_COLUMNS = [
  'time_utc',
  'node_id',
  'lat_deg',
  'lon_deg',
  'alt_km',
  'shadow_fraction',
  'power_gen_w',
  'power_load_w',
  'battery_wh',
  'temp_k',
  'compute_available',
] as const;
export const CSV_HEADER = CSV_COLUMNS.join(',');

/** Decimals printed per numeric column (W and Wh to 0.1, K to 0.01, fractions to 0.0001). */
export const DIGITS = {
  lat_deg: 6,
  lon_deg: 6,
  alt_km: 3,
  shadow_fraction: 4,
  power_gen_w: 1,
  power_load_w: 1,
  battery_wh: 1,
  temp_k: 2,
  compute_available: 4,
} as const;

export interface Row {
  time_utc: string;
  node_id: string;
  lat_deg: number | null;
  lon_deg: number | null;
  alt_km: number | null;
  shadow_fraction: number | null;
  power_gen_w: number | null;
  power_load_w: number | null;
  battery_wh: number | null;
  temp_k: number | null;
  compute_available: number | null;
}

/** Rounds to `digits` decimals (−0 becomes 0). */
function round(v: number, digits: number): number {
  return Number(v.toFixed(digits)) + 0;
}

function fmt(v: number | null, column: keyof typeof DIGITS): string {
  return v === null ? '' : v.toFixed(DIGITS[column]);
}

const RAD = 180 / Math.PI;

/** ISO 8601 UTC, milliseconds only when not whole seconds. */
export function isoTime(ms: number): string {
  const s = new Date(Math.round(ms)).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

/** Row `n` of one budget sample at `tMs` (Unix ms): position (geodetic, WGS-84), shadow and budget, rounded; nulls where SGP4 has no position. */
export function budgetRow(b: BudgetSample, n: number, tMs: number, time: string, nodeId: string): Row {
  const row: Row = {
    time_utc: time,
    node_id: nodeId,
    lat_deg: null,
    lon_deg: null,
    alt_km: null,
    shadow_fraction: null,
    power_gen_w: null,
    power_load_w: null,
    battery_wh: null,
    temp_k: null,
    compute_available: null,
  };
  const p = b.pos;
  const x = p[3 * n],
    y = p[3 * n + 1],
    z = p[3 * n + 2];
  if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
    const g = eciToGeodeticKm(x, y, z, gmstRad(tMs));
    let lon = g.lonRad * RAD;
    if (lon <= -180) lon += 360;
    else if (lon > 180) lon -= 360;
    row.lat_deg = round(g.latRad * RAD, DIGITS.lat_deg);
    row.lon_deg = round(lon, DIGITS.lon_deg);
    row.alt_km = round(g.heightKm, DIGITS.alt_km);
    row.shadow_fraction = Number.isFinite(b.shadow[n]) ? round(b.shadow[n], DIGITS.shadow_fraction) : null;
    row.power_gen_w = round(b.powerGenW[n], DIGITS.power_gen_w);
    row.power_load_w = round(b.loadW[n], DIGITS.power_load_w);
    row.battery_wh = round(b.batteryWh[n], DIGITS.battery_wh);
    row.temp_k = round(b.tempK[n], DIGITS.temp_k);
    row.compute_available = round(b.computeAvailable[n], DIGITS.compute_available);
  }
  return row;
}

/** One CSV line (with its newline) of a row, in {@link CSV_COLUMNS} order and {@link DIGITS} decimals. */
export function csvLine(row: Row): string {
  return `${row.time_utc},${row.node_id},${fmt(row.lat_deg, 'lat_deg')},${fmt(row.lon_deg, 'lon_deg')},${fmt(row.alt_km, 'alt_km')},${fmt(row.shadow_fraction, 'shadow_fraction')},${fmt(row.power_gen_w, 'power_gen_w')},${fmt(row.power_load_w, 'power_load_w')},${fmt(row.battery_wh, 'battery_wh')},${fmt(row.temp_k, 'temp_k')},${fmt(row.compute_available, 'compute_available')}\n`;
}

/** Rows in a window: from `fromMs` through `hours` every `stepS`, both ends included (as the command line counts them). */
export function stepCount(hours: number, stepS: number): number {
  return Math.floor((hours * 3600000) / (stepS * 1000) + 1e-9) + 1;
}

/**
 * The CSV (header and rows) the command line prints for `nodes` (global indices, with their ids)
 * from `fromMs` over `hours` every `stepS` seconds: the same BudgetRunner, grid and warm-up.
 */
export function budgetCsv(
  ex: ExpandedScenario,
  nodes: readonly number[],
  ids: readonly string[],
  fromMs: number,
  hours: number,
  stepS: number,
): string {
  const budgets = new CliBudgets(ex, Uint32Array.from(nodes), stepS);
  const steps = stepCount(hours, stepS);
  const parts: string[] = [`${CSV_HEADER}\n`];
  for (let k = 0; k < steps; k++) {
    const t = fromMs + k * stepS * 1000;
    const time = isoTime(t);
    const b = budgets.at(t);
    for (let n = 0; n < nodes.length; n++) parts.push(csvLine(budgetRow(b, n, t, time, ids[n])));
  }
  return parts.join('');
}
