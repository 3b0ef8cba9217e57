import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { BURDEN_COLUMNS, burdenInputOf, burdenReport } from '../sim/burden';
import { WorkerCore } from '../worker/core';
import { parseArgs } from './args';
import { BURDEN_CSV_HEADER, roundBurdenRow } from './burden';
import { runCli } from './run';
import { applySets, parseSet } from './set';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    { out: (t) => void (out += t), err: (t) => void (err += t) },
    { nowMs: Date.UTC(2025, 0, 1) },
  );
  return { code, out, err };
}

/** What the panel shows: the worker core's energy reply and the scenario's burden object through burdenReport. */
function panelRow(scenario: unknown) {
  const core = new WorkerCore();
  expect(core.handle({ type: 'load', seq: 1, scenario }).type).toBe('loaded');
  const reply = core.handle({ type: 'burdenEnergy', seq: 2 });
  if (reply.type !== 'burdenEnergy') throw new Error(JSON.stringify(reply));
  return burdenReport(burdenInputOf(scenario), reply).row;
}

describe('sim --burden', () => {
  it("prints the contract's row, equal to what the panel computes (same functions), for both presets", async () => {
    for (const preset of ['proponents', 'critics'] as const) {
      const { code, out, err } = await run([
        'suncatcher',
        '--burden',
        '--format',
        'json',
        '--set',
        `burden.preset=${preset}`,
      ]);
      expect(code).toBe(0);
      expect(err).toMatch(/note: compute energy from the budget runner over 48 sampled satellites × 12 days/);
      const rows = JSON.parse(out) as Record<string, number | null>[];
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0])).toEqual([...BURDEN_COLUMNS]);
      const scenario = { ...(BUILTIN_SCENARIOS.suncatcher.build() as object), burden: { preset } };
      expect(rows[0]).toEqual(roundBurdenRow(panelRow(scenario)));
    }
  });

  it('CSV: the header and one row; --set overrides the preset, validated like the file', async () => {
    const { code, out } = await run([
      'suncatcher',
      '--burden',
      '--set',
      'burden.preset=critics',
      '--set',
      'burden.pue=1.2',
    ]);
    expect(code).toBe(0);
    const [head, line, extra] = out.split('\n');
    expect(head).toBe(BURDEN_CSV_HEADER);
    expect(extra).toBe('');
    const row = Object.fromEntries(line.split(',').map((v, k) => [BURDEN_COLUMNS[k], Number(v)]));
    // 81 satellites of 10 kW: 0.81 MW; PUE 1.2 → ground energy = 1.2 × delivered energy.
    expect(row.it_power_mw).toBe(0.81);
    expect(row.ground_energy_mwh_per_year / row.it_energy_mwh_per_year).toBeCloseTo(1.2, 4);
    // Critics' 55 kg/kW × 10 kW × 81 = 44.55 t, (44 + 250) kg CO2e/kg → 13,097.7 t.
    expect(row.orbit_mass_t).toBeCloseTo(44.55, 1);
    expect(row.orbit_co2e_t).toBeCloseTo((44_550 * 294) / 1000, 1);

    const bad = await run([
      'suncatcher',
      '--burden',
      '--set',
      'burden.pue=0.5',
      '--set',
      'burden.preset=everyone',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/burden\.pue: must be between 1 and 3, got 0\.5/);
    expect(bad.err).toMatch(/burden\.preset: must be one of proponents, critics/);
  });

  it('a scenario file with its own burden object; --set edits a file too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'burden-'));
    const file = join(dir, 's.json');
    const scenario = {
      version: 1,
      name: 'one node',
      epoch: '2026-03-20T00:00:00Z',
      shells: [{ kind: 'sso', altitudeKm: 1500, ltanHours: 6, planes: 1, satsPerPlane: 1 }],
      node: { panelAreaM2: 200, batteryWh: 200000, radiatorAreaM2: 120, maxTempK: 400 },
      burden: {
        massKgPerNode: 1000,
        launchKgCo2ePerKg: 20,
        manufacturingKgCo2ePerKg: 80,
        gridKgCo2ePerKwh: 0.5,
        pue: 1.5,
      },
    };
    writeFileSync(file, JSON.stringify(scenario));
    const a = await run([file, '--burden', '--format', 'json']);
    expect(a.code).toBe(0);
    const row = (JSON.parse(a.out) as Record<string, number>[])[0];
    // One 10 kW node lit all year: 87.66 MWh; ground 131.49 MWh × 0.5 = 65.745 t a year;
    // orbit 1,000 kg × 100 kg/kg = 100 t once → payback 100 / 65.745 = 1.521 years.
    expect(row.it_energy_mwh_per_year).toBeCloseTo(87.66, 1);
    expect(row.carbon_payback_years).toBeCloseTo(100 / (87.66 * 1.5 * 0.5), 2);
    const b = await run([file, '--burden', '--format', 'json', '--set', 'burden.launchKgCo2ePerKg=120']);
    expect((JSON.parse(b.out) as Record<string, number>[])[0].carbon_payback_years).toBeGreaterThan(
      row.carbon_payback_years,
    );
  });

  it('--burden excludes --links; --set needs path=value', () => {
    const both = parseArgs(['three-body', '--burden', '--links']);
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.issues.join()).toMatch(/--links and --burden exclude each other/);
    const ok = parseArgs([
      'three-body',
      '--burden',
      '--set',
      'burden.pue=1.2',
      '--set=shells.0.altitudeKm=800',
    ]);
    expect(ok.ok && ok.options.sets).toEqual(['burden.pue=1.2', 'shells.0.altitudeKm=800']);
  });
});

describe('--set', () => {
  const base = { version: 1, name: 'x', shells: [{ kind: 'sso', altitudeKm: 500 }], node: { batteryWh: 1 } };
  it('sets by path, creating objects, reading JSON values, never touching the input', () => {
    const r = applySets(base, [
      'burden.pue=1.2',
      'shells.0.altitudeKm=800',
      'name="quoted"',
      'node.pointing=nadir',
      'burden.preset=critics',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        version: 1,
        name: 'quoted',
        shells: [{ kind: 'sso', altitudeKm: 800 }],
        node: { batteryWh: 1, pointing: 'nadir' },
        burden: { pue: 1.2, preset: 'critics' },
      },
    });
    expect(base.shells[0].altitudeKm).toBe(500);
    expect('burden' in base).toBe(false);
  });
  it('refuses missing indices, paths through plain values, prototype keys and a missing "="', () => {
    const r = applySets(base, [
      'shells.3.altitudeKm=1',
      'name.first=1',
      '__proto__.x=1',
      'burden.pue',
      'a..b=1',
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(5);
      expect(r.issues[0]).toMatch(/shells is a list of 1; "3" is not one of its indices/);
      expect(r.issues[1]).toMatch(/name is not an object/);
      expect(r.issues[2]).toMatch(/"__proto__" cannot be set/);
      expect(r.issues[3]).toMatch(/needs path=value/);
      expect(r.issues[4]).toMatch(/empty part/);
    }
    expect(parseSet('burden.pue=1.5e0')).toEqual({ ok: true, path: ['burden', 'pue'], value: 1.5 });
  });
});
