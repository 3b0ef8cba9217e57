import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { CSV_HEADER, runCli } from './run';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t) }, { nowMs: Date.UTC(2025, 0, 1) });
  return { code, out, err };
}

describe('sim command line', () => {
  it('prints one CSV row per node per step for a built-in scenario', async () => {
    const { code, out, err } = await run(['three-body', '--hours', '0.5', '--step-s', '300']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length - 1).toBe(1596 * 7);
    expect(lines[1].startsWith('2025-06-01T00:00:00Z,S1-P1-01,')).toBe(true);
    expect(lines[lines.length - 1].startsWith('2025-06-01T00:30:00Z,S2-P72-22,')).toBe(true);
    for (const line of lines.slice(1)) {
      const [, id, lat, lon, alt, shadow] = line.split(',');
      expect(Math.abs(Number(lat))).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon))).toBeLessThanOrEqual(180);
      // Geodetic height of 500 / 550 km circular orbits over the WGS-84 ellipsoid: within ±25 km.
      const nominal = id.startsWith('S1-') ? 500 : 550;
      expect(Math.abs(Number(alt) - nominal)).toBeLessThan(25);
      expect(Number(shadow)).toBeGreaterThanOrEqual(0);
      expect(Number(shadow)).toBeLessThanOrEqual(1);
    }
    // Some satellites are in Earth's shadow, most are lit.
    const shadows = lines.slice(1).map((l) => Number(l.split(',')[5]));
    expect(shadows.filter((s) => s === 1).length).toBeGreaterThan(100);
    expect(shadows.filter((s) => s === 0).length).toBeGreaterThan(shadows.length / 2);
  });

  it('propagates TLE nodes with SGP4 (V17 sub-point) and prints JSON', async () => {
    const { code, out } = await run(['vallado-00005', '--hours', '0.1', '--step-s', '120', '--format', 'json', '--nodes', '5']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(4);
    expect(rows[0].node_id).toBe('5');
    expect(rows[0].time_utc).toBe('2000-06-27T18:50:19.733Z');
    // V17 position (7022.465, −1400.083, 0.040) km: on the equator, |r| = 7160.7 km → ~782 km up.
    expect(Math.abs(rows[0].lat_deg as number)).toBeLessThan(0.01);
    expect(rows[0].alt_km as number).toBeGreaterThan(780);
    expect(rows[0].alt_km as number).toBeLessThan(785);
  });

  it('honours --from and --nodes by name', async () => {
    const { code, out } = await run(['starlink', '--from', '2025-06-02T00:00:00Z', '--hours', '0.25', '--nodes', 'S1-P01-01,shell 1 72-22']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 2 * 16);
    expect(lines[1]).toMatch(/^2025-06-02T00:00:00Z,S1-P01-01,/);
    expect(lines[2]).toMatch(/^2025-06-02T00:00:00Z,S1-P72-22,/);
  });

  it('exits 2 with the message for a missing file', async () => {
    const { code, err, out } = await run(['/no/such/scenario.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/\/no\/such\/scenario\.json: no such file, and not a built-in scenario \(built-ins: three-body, starlink, vallado-00005\)/);
  });

  it('exits 2 listing every validation problem and JSON errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 2, name: 'x', shells: [{ kind: 'walker', altitudeKm: -3, inclinationDeg: 53, planes: 1, satsPerPlane: 1 }] }));
    const r = await run([bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('error: version: must be 1, got 2');
    expect(r.err).toContain('error: shells[0].altitudeKm: must be between 160 and 50000 km, got -3');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1,');
    const r2 = await run([broken]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/scenario: not valid JSON/);
  });

  it('exits 2 on bad flags, listing all of them', async () => {
    const r = await run(['three-body', '--hours', '-1', '--format', 'xml', '--bogus', '--step-s']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--hours must be a number above 0');
    expect(r.err).toContain('--format must be csv or json, got "xml"');
    expect(r.err).toContain('unknown flag --bogus');
    expect(r.err).toContain('--step-s needs a value');
    const r2 = await run(['three-body', '--nodes', 'S1-P1-01,nobody']);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('--nodes: no node "nobody" in this scenario');
  });

  it('refuses runs over 5,000,000 rows and says how to narrow them', async () => {
    const r = await run(['three-body', '--hours', '100', '--step-s', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/the limit is 5,000,000\. Narrow it with --nodes/);
    expect(r.out).toBe('');
  });

  it('parses --flag=value and defaults', () => {
    const a = parseArgs(['x.json', '--hours=2', '--step-s=30']);
    expect(a.ok && a.options).toMatchObject({ scenario: 'x.json', hours: 2, stepS: 30, format: 'csv', nodes: null, fromMs: null });
    const b = parseArgs(['x.json']);
    expect(b.ok && b.options).toMatchObject({ hours: 1.5, stepS: 60 });
    expect(parseArgs([]).ok).toBe(false);
  });
});
