import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { expandScenario } from '../scenario/expand';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import { parseScenario } from '../scenario/validate';
import { budgetCsv, csvLine, CSV_HEADER, isoTime, stepCount, type Row } from './budgetRows';
import { runCli } from './run';

async function cli(args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}

function expanded(id: string) {
  const parsed = parseScenario(BUILTIN_SCENARIOS[id].build());
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return expandScenario(parsed.scenario);
}

describe('budget CSV (the app export)', () => {
  it.each([
    ['three-body', 'S1-P1-01', '2025-06-01T01:00:30Z', 0.75, 60],
    ['starcloud-1', '270001', '2025-11-03T00:20:00Z', 0.5, 45],
  ] as const)('%s %s equals the command line, byte for byte', async (id, node, from, hours, stepS) => {
    const ex = expanded(id);
    const index = findSatellite(ex.shells, node)!;
    const csv = budgetCsv(
      ex,
      [index],
      [satelliteIdentity(ex.shells, index).id],
      Date.parse(from),
      hours,
      stepS,
    );
    const out = await cli([
      id,
      '--nodes',
      node,
      '--from',
      from,
      '--hours',
      String(hours),
      '--step-s',
      String(stepS),
    ]);
    expect(csv).toBe(out);
    expect(csv.split('\n').length - 2).toBe(stepCount(hours, stepS));
  });

  it('the constellation state at one instant equals the command line over every node', async () => {
    const ex = expanded('suncatcher');
    const nodes = Array.from({ length: ex.total }, (_, k) => k);
    const ids = nodes.map((k) => satelliteIdentity(ex.shells, k).id);
    const csv = budgetCsv(ex, nodes, ids, Date.parse('2026-03-20T00:10:00Z'), 0, 60);
    expect(csv).toBe(await cli(['suncatcher', '--from', '2026-03-20T00:10:00Z', '--hours', '0']));
    expect(csv.split('\n').length - 2).toBe(81);
  });

  it('formats units and missing positions as the command line documents', () => {
    expect(CSV_HEADER).toBe(
      'time_utc,node_id,lat_deg,lon_deg,alt_km,shadow_fraction,power_gen_w,power_load_w,battery_wh,temp_k,compute_available',
    );
    const row: Row = {
      time_utc: isoTime(Date.UTC(2025, 5, 1, 0, 0, 0, 500)),
      node_id: 'X',
      lat_deg: 0,
      lon_deg: 12.5,
      alt_km: 500,
      shadow_fraction: 1,
      power_gen_w: 0,
      power_load_w: 11500,
      battery_wh: 15157.94,
      temp_k: 301.6449,
      compute_available: 0.7,
    };
    expect(csvLine(row)).toBe(
      '2025-06-01T00:00:00.500Z,X,0.000000,12.500000,500.000,1.0000,0.0,11500.0,15157.9,301.64,0.7000\n',
    );
    const none: Row = {
      ...row,
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
    expect(csvLine(none)).toBe('2025-06-01T00:00:00.500Z,X,,,,,,,,,\n');
  });
});
