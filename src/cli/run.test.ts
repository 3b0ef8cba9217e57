import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, VALLADO_00005_TLE } from '../scenario/builtins';
import { expandScenario } from '../scenario/expand';
import { findSatellite } from '../scenario/identity';
import { sampleNodes, scenarioPositions, shellIndexOf } from '../scenario/positions';
import { parseGroundStations, parseScenario } from '../scenario/validate';
import { BudgetRunner } from '../sim/budgetRunner';
import { RATE_STRIDE } from '../sim/closedForm';
import { packParams } from '../sim/nodeParams';
import { parseArgs } from './args';
import { runnerStepS } from './budgets';
import { CSV_HEADER, runCli } from './run';
import { LINKS_CSV_HEADER, MAX_LINK_NODE_STEPS, ROUTE_CSV_HEADER } from './links';
import { LinkNetwork } from '../scenario/linkNetwork';
import { greatCircleKm } from '../sim/routing';
import { LIGHT_SPEED_KM_S } from '../sim/constants';

/** CSV text → rows of named fields. */
function parseCsv(out: string): Array<Record<string, string>> {
  const [head, ...lines] = out.trimEnd().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, k) => [cols[k], v])));
}

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
    const { code, out } = await run([
      'vallado-00005',
      '--hours',
      '0.1',
      '--step-s',
      '120',
      '--format',
      'json',
      '--nodes',
      '5',
    ]);
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
    const { code, out } = await run([
      'starlink',
      '--from',
      '2025-06-02T00:00:00Z',
      '--hours',
      '0.25',
      '--nodes',
      'S1-P01-01,shell 1 72-22',
    ]);
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
    expect(err).toContain(
      '/no/such/scenario.json: no such file, and not a built-in scenario (built-ins: three-body, ',
    );
    for (const id of ['spacex-1m', 'suncatcher', 'starcloud-1', 'eu-ascend', 'vallado-00005'])
      expect(err).toContain(id);
  });

  it('exits 2 listing every validation problem and JSON errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        version: 2,
        name: 'x',
        shells: [{ kind: 'walker', altitudeKm: -3, inclinationDeg: 53, planes: 1, satsPerPlane: 1 }],
      }),
    );
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
    expect(r.err).toContain('--hours must be a number from 0 (the single instant --from)');
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

  it('prints exactly the 11 columns of the command line in README.md', async () => {
    expect(CSV_HEADER).toBe(
      'time_utc,node_id,lat_deg,lon_deg,alt_km,shadow_fraction,power_gen_w,power_load_w,battery_wh,temp_k,compute_available',
    );
    const { code, out } = await run(['three-body', '--hours', '0.1', '--nodes', 'S1-P1-01']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    for (const l of lines.slice(1)) expect(l.split(',')).toHaveLength(11);
    // Fixed decimals: W and Wh to 0.1, K to 0.01, the fraction to 0.0001.
    expect(lines[1]).toMatch(
      /^2025-06-01T00:00:00Z,S1-P1-01,-?\d+\.\d{6},-?\d+\.\d{6},\d+\.\d{3},\d\.\d{4},\d+\.\d,\d+\.\d,\d+\.\d,\d+\.\d{2},\d\.\d{4}$/,
    );
  });

  it('budget columns are in range for the default scenario, and no power is generated in umbra', async () => {
    const { code, out } = await run(['three-body', '--hours', '2', '--step-s', '600']);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    expect(rows).toHaveLength(1596 * 13);
    const panelMaxW = 60 * 0.3 * 1408; // panel area × efficiency × the solar constant at perihelion
    let umbraRows = 0;
    let limited = 0;
    for (const r of rows) {
      const gen = Number(r.power_gen_w),
        load = Number(r.power_load_w),
        bat = Number(r.battery_wh);
      const temp = Number(r.temp_k),
        avail = Number(r.compute_available),
        shadow = Number(r.shadow_fraction);
      expect(gen).toBeGreaterThanOrEqual(0);
      expect(gen).toBeLessThanOrEqual(panelMaxW);
      expect(load).toBeGreaterThanOrEqual(0);
      expect(load).toBeLessThanOrEqual(10000 + 1500);
      expect(bat).toBeGreaterThanOrEqual(0);
      expect(bat).toBeLessThanOrEqual(20000);
      expect(temp).toBeGreaterThan(200);
      expect(temp).toBeLessThan(400);
      expect(avail).toBeGreaterThanOrEqual(0);
      expect(avail).toBeLessThanOrEqual(1);
      if (shadow === 1) {
        umbraRows++;
        expect(gen).toBe(0);
      }
      if (shadow === 0) expect(gen).toBeGreaterThan(0.9 * 60 * 0.3 * 1361 * 0.96);
      if (avail < 1) limited++;
    }
    expect(umbraRows).toBeGreaterThan(1000);
    expect(limited).toBeGreaterThan(0);
  });

  it("gives each node the budget of the app's runner (all nodes, 60 s, the worker's warm-up rule)", async () => {
    const picks = ['S1-P1-01', 'S1-P1-07', 'S2-P12-05', 'S2-P72-22'];
    const from = Date.UTC(2025, 5, 1, 5, 0, 0);
    const { code, out } = await run([
      'three-body',
      '--from',
      '2025-06-01T05:00:00Z',
      '--hours',
      '2',
      '--nodes',
      picks.join(','),
    ]);
    expect(code).toBe(0);
    const rows = parseCsv(out);
    expect(rows).toHaveLength(picks.length * 121);

    // The worker's runner (src/worker/core.ts budgets), rebuilt here: src/cli may not import src/worker.
    const parsed = parseScenario(BUILTIN_SCENARIOS['three-body'].build(), { nowMs: Date.UTC(2025, 0, 1) });
    if (!parsed.ok) throw new Error(parsed.issues.join('; '));
    const ex = expandScenario(parsed.scenario);
    let periodS = 0;
    for (let g = 0; g < ex.closedForm.rates.length; g += RATE_STRIDE) {
      periodS = Math.max(periodS, (2 * Math.PI) / (ex.closedForm.rates[g + 1] + ex.closedForm.rates[g + 2]));
    }
    const nodes = sampleNodes(ex.total, Math.max(1, Math.ceil(ex.total / 100_000)));
    expect(nodes.length).toBe(ex.total);
    const runner = new BudgetRunner({
      packed: packParams(ex.shells.map((s) => s.node)),
      paramIndexOf: shellIndexOf(ex, nodes),
      n: nodes.length,
      positionsAt: scenarioPositions(ex, nodes),
      stepS: 60,
      warmupS: Math.min(12 * 3600, Math.max(3 * 3600, 2 * periodS)),
    });
    const index = picks.map((q) => findSatellite(ex.shells, q) as number);
    for (let k = 0; k <= 120; k++) {
      const t = from + k * 60000;
      // Battery and temperature: the runner's state at t (what the app shows at t).
      runner.advanceTo(t);
      const bat = index.map((i) => runner.state.batteryWh[i]);
      const temp = index.map((i) => runner.state.tempK[i]);
      expect(Math.abs(runner.out.batteryWh[index[0]] - bat[0])).toBeLessThan(0.01);
      // Power and compute: the rates at t, i.e. the step that starts at t.
      runner.advanceTo(t + 60000);
      picks.forEach((id, j) => {
        const r = rows[k * picks.length + j];
        expect(r.node_id).toBe(id);
        const i = index[j];
        expect(Math.abs(Number(r.battery_wh) - bat[j])).toBeLessThanOrEqual(0.0501);
        expect(Math.abs(Number(r.temp_k) - temp[j])).toBeLessThanOrEqual(0.00501);
        expect(Math.abs(Number(r.power_gen_w) - runner.out.powerGenW[i])).toBeLessThanOrEqual(0.0501);
        expect(Math.abs(Number(r.power_load_w) - runner.out.loadW[i])).toBeLessThanOrEqual(0.0501);
        expect(Math.abs(Number(r.compute_available) - runner.out.computeAvailable[i])).toBeLessThanOrEqual(
          0.0000501,
        );
        expect(Math.abs(Number(r.shadow_fraction) - runner.out.shadow[i])).toBeLessThanOrEqual(0.0000501);
      });
    }
  });

  it('keeps the 60 s grid for steps of 60 s and more; rows between grid instants are exact partial steps', async () => {
    expect(runnerStepS(60)).toBe(60);
    expect(runnerStepS(90)).toBe(60);
    expect(runnerStepS(3600)).toBe(60);
    expect(runnerStepS(45)).toBe(15);
    expect(runnerStepS(5)).toBe(5);
    expect(runnerStepS(7)).toBe(1);
    expect(runnerStepS(0.5)).toBe(1);
    const a = parseCsv(
      (await run(['three-body', '--hours', '1', '--step-s', '60', '--nodes', 'S1-P1-01'])).out,
    );
    const b = parseCsv(
      (await run(['three-body', '--hours', '1', '--step-s', '90', '--nodes', 'S1-P1-01'])).out,
    );
    expect(b).toHaveLength(41);
    // Rows on the whole minute are the same numbers, whichever step prints them.
    for (let k = 0; k < b.length; k += 2) expect(b[k]).toEqual(a[(k * 3) / 2]);
    // A row half-way (00:01:30) lies between its neighbours on the 60 s grid.
    const between = (v: string, p: string, q: string) =>
      Number(v) >= Math.min(Number(p), Number(q)) - 0.05 &&
      Number(v) <= Math.max(Number(p), Number(q)) + 0.05;
    for (const k of [1, 3, 5]) {
      const j = Math.floor((k * 3) / 2);
      expect(between(b[k].battery_wh, a[j].battery_wh, a[j + 1].battery_wh)).toBe(true);
      expect(between(b[k].temp_k, a[j].temp_k, a[j + 1].temp_k)).toBe(true);
    }
  });

  it('--events: alternating eclipse entries and exits, umbra ≈ 36 min at 400 km with β ≈ 0', async () => {
    // An equatorial orbit at the March equinox: the Sun lies in the orbit plane (β ≈ 0).
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'eq400.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        name: 'Equatorial 400 km at equinox',
        epoch: '2025-03-20T09:00:00Z',
        shells: [
          {
            kind: 'elements',
            name: 'Equatorial',
            satellites: [{ name: 'EQ-400', altitudeKm: 400, inclinationDeg: 0 }],
          },
        ],
      }),
    );
    const { code, out, err } = await run([file, '--hours', '8', '--events']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('node_id,event,time_utc');
    const ev = lines.slice(1).map((l) => {
      const [id, event, time] = l.split(',');
      expect(id).toBe('EQ-400');
      expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return { event, t: Date.parse(time) };
    });
    expect(ev.length).toBeGreaterThanOrEqual(4 * 4);
    const cycle = ['penumbra_in', 'umbra_in', 'umbra_out', 'penumbra_out'];
    const start = cycle.indexOf(ev[0].event);
    ev.forEach((e, k) => {
      expect(e.event).toBe(cycle[(start + k) % 4]);
      if (k > 0) expect(e.t).toBeGreaterThan(ev[k - 1].t);
    });
    let umbras = 0;
    for (let k = 0; k + 1 < ev.length; k++) {
      if (ev[k].event !== 'umbra_in') continue;
      const min = (ev[k + 1].t - ev[k].t) / 60000;
      expect(min).toBeGreaterThan(35.5);
      expect(min).toBeLessThan(36.5);
      // Each penumbra crossing takes seconds, not minutes.
      expect(ev[k].t - ev[k - 1 >= 0 ? k - 1 : k].t).toBeLessThan(20000);
      umbras++;
    }
    expect(umbras).toBeGreaterThanOrEqual(4);

    const j = await run([file, '--hours', '2', '--events', '--format', 'json']);
    expect(j.code).toBe(0);
    const arr = JSON.parse(j.out) as Array<Record<string, unknown>>;
    expect(arr.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(arr[0])).toEqual(['node_id', 'event', 'time_utc']);
    expect(arr[0].node_id).toBe('EQ-400');
  });

  it('--events sorts by time, then node, over several nodes', async () => {
    const { code, out } = await run([
      'three-body',
      '--hours',
      '2',
      '--events',
      '--nodes',
      'S1-P1-04,S1-P1-01,S2-P01-01',
    ]);
    expect(code).toBe(0);
    const ev = out
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(new Set(ev.map((e) => e[0]))).toEqual(new Set(['S1-P1-04', 'S1-P1-01', 'S2-P01-01']));
    for (let k = 1; k < ev.length; k++)
      expect(Date.parse(ev[k][2])).toBeGreaterThanOrEqual(Date.parse(ev[k - 1][2]));
  });

  it('--events takes no value', async () => {
    const r = await run(['three-body', '--events=yes']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('--events takes no value, got "yes"');
    expect(r.err).not.toContain('expected one scenario');
  });

  it('parses --flag=value and defaults', () => {
    const a = parseArgs(['x.json', '--hours=2', '--step-s=30']);
    expect(a.ok && a.options).toMatchObject({
      scenario: 'x.json',
      hours: 2,
      stepS: 30,
      format: 'csv',
      nodes: null,
      fromMs: null,
    });
    const b = parseArgs(['x.json']);
    expect(b.ok && b.options).toMatchObject({ hours: 1.5, stepS: 60, events: false });
    const c = parseArgs(['x.json', '--events']);
    expect(c.ok && c.options.events).toBe(true);
    expect(parseArgs([]).ok).toBe(false);
    const d = parseArgs(['x.json', '--route=Beijing, Kashgar']);
    expect(d.ok && d.options).toMatchObject({
      route: ['Beijing', 'Kashgar'],
      links: false,
      nodesGiven: false,
    });
    const e = parseArgs(['x.json', '--links', '--nodes', 'all']);
    expect(e.ok && e.options).toMatchObject({ links: true, route: null, nodesGiven: true, nodes: null });
  });
});

describe("--links and --route (the app's LinkNetwork)", () => {
  const FROM = Date.parse('2025-06-01T00:00:00Z');
  /** The network the worker builds for three-body with the scenario's own stations (src/worker/core.ts networkWith). */
  function threeBodyNetwork() {
    const parsed = parseScenario(BUILTIN_SCENARIOS['three-body'].build(), { nowMs: Date.UTC(2025, 0, 1) });
    if (!parsed.ok) throw new Error(parsed.issues.join('; '));
    const ex = expandScenario(parsed.scenario);
    const st = parseGroundStations(parsed.scenario.groundStations);
    if (!st.ok) throw new Error(st.issues.join('; '));
    const net = new LinkNetwork(ex, parsed.scenario.links);
    net.setStations(st.stations);
    return { ex, net, stations: st.stations };
  }
  const r3 = (v: number) => v.toFixed(3);

  it('--links: the four columns, one row per step; three-body has 3,180 +Grid links (12-ring + 3,168), as LinkNetwork.update says', async () => {
    const { code, out, err } = await run(['three-body', '--links', '--hours', '0.5', '--step-s', '300']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(LINKS_CSV_HEADER);
    expect(LINKS_CSV_HEADER).toBe('time_utc,links_up,links_possible,longest_km');
    expect(lines).toHaveLength(1 + 7);
    const { net } = threeBodyNetwork();
    lines.slice(1).forEach((line, k) => {
      const t = FROM + k * 300000;
      const c = net.update(t);
      expect(line).toBe(
        `${new Date(t).toISOString().replace('.000Z', 'Z')},${c.up},${c.possible},${r3(c.longestKm)}`,
      );
      const [, up, possible, longest] = line.split(',');
      expect(Number(possible)).toBe(12 + 3168);
      expect(Number(up)).toBe(3180);
      // The longest link is in the ring of 12 at 500 km: chord 2·(R⊕ + 500)·sin(15°) ≈ 3,560 km.
      expect(Number(longest)).toBeCloseTo(2 * (6378.137 + 500) * Math.sin(Math.PI / 12), -1);
    });
  });

  it('--links --format json: an array of objects with the same fields; longest_km null when no link is up', async () => {
    const j = await run(['three-body', '--links', '--hours', '0.1', '--format', 'json']);
    expect(j.code).toBe(0);
    const rows = JSON.parse(j.out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows[0])).toEqual(['time_utc', 'links_up', 'links_possible', 'longest_km']);
    expect(rows[0]).toMatchObject({ time_utc: '2025-06-01T00:00:00Z', links_up: 3180, links_possible: 3180 });
    // An element set without links: 0 up, 0 possible, an empty / null longest link.
    const v = await run(['vallado-00005', '--links', '--hours', '0.02']);
    expect(v.code).toBe(0);
    expect(v.out.trimEnd().split('\n')[1]).toBe('2000-06-27T18:50:19.733Z,0,0,');
    expect(v.err).toContain('no inter-satellite links');
    const vj = JSON.parse(
      (await run(['vallado-00005', '--links', '--hours', '0.02', '--format', 'json'])).out,
    ) as Array<Record<string, unknown>>;
    expect(vj[0].longest_km).toBeNull();
  });

  it('--route Beijing,Kashgar: one row per step equal to LinkNetwork.route at the same instants; fibre = great circle / (2/3 c)', async () => {
    const { code, out, err } = await run(['three-body', '--route', 'Beijing,Kashgar', '--hours', '1']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(ROUTE_CSV_HEADER);
    expect(ROUTE_CSV_HEADER).toBe('time_utc,hops,path_km,latency_ms,fibre_latency_ms');
    expect(lines).toHaveLength(1 + 61);
    const { net, stations } = threeBodyNetwork();
    const a = stations.findIndex((s) => s.name === 'Beijing');
    const b = stations.findIndex((s) => s.name === 'Kashgar');
    const fibreMs = (greatCircleKm(39.9, 116.4, 39.47, 75.99) / ((2 / 3) * LIGHT_SPEED_KM_S)) * 1000;
    let routed = 0;
    lines.slice(1).forEach((line, k) => {
      const t = FROM + k * 60000;
      net.advance(t);
      const r = net.route({ station: a }, { station: b });
      const cols = line.split(',');
      expect(cols).toHaveLength(5);
      expect(cols[0]).toBe(new Date(t).toISOString().replace('.000Z', 'Z'));
      if (r) {
        routed++;
        expect(cols.slice(1, 4)).toEqual([String(r.hops), r3(r.pathKm), r3(r.latencyMs)]);
        expect(Math.abs(Number(cols[3]) - (r.pathKm / LIGHT_SPEED_KM_S) * 1000)).toBeLessThanOrEqual(0.0005);
      } else {
        expect(cols.slice(1, 4)).toEqual(['', '', '']);
      }
      expect(Math.abs(Number(cols[4]) - fibreMs)).toBeLessThanOrEqual(0.0005);
      expect(cols[4]).toBe(r3(net.route({ station: a }, { station: b })?.fibreMs ?? fibreMs));
    });
    // Over the 1,584-satellite shell a route exists at every minute, and light in vacuum beats fibre.
    expect(routed).toBe(61);
    for (const line of lines.slice(1)) expect(Number(line.split(',')[3])).toBeLessThan(fibreMs);
  });

  it('--route to a satellite: stations case-insensitively, no fibre baseline, empty fields while no route exists; JSON has nulls', async () => {
    const r = await run([
      'three-body',
      '--route',
      'beijing,S2-P01-01',
      '--hours',
      '0.5',
      '--step-s',
      '300',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows[0])).toEqual(['time_utc', 'hops', 'path_km', 'latency_ms', 'fibre_latency_ms']);
    for (const row of rows) expect(row.fibre_latency_ms).toBeNull();
    const { net, ex } = threeBodyNetwork();
    const node = findSatellite(ex.shells, 'S2-P01-01') as number;
    rows.forEach((row, k) => {
      net.advance(FROM + k * 300000);
      const want = net.route({ station: 0 }, { node });
      expect(row.hops).toBe(want ? want.hops : null);
      expect(row.latency_ms).toBe(want ? Number(r3(want.latencyMs)) : null);
    });
    expect(rows.some((row) => typeof row.hops === 'number')).toBe(true);
    // The ring of 12 has no link to the Walker shell and Beijing does not see it at the epoch: no route.
    const none = await run(['three-body', '--route', 'Beijing,S1-P1-01', '--hours', '0.001']);
    expect(none.code).toBe(0);
    expect(none.out).toBe(`${ROUTE_CSV_HEADER}\n2025-06-01T00:00:00Z,,,,\n`);
  });

  it("an unknown route end exits 2 listing the scenario's ground stations", async () => {
    const r = await run(['three-body', '--route', 'Beijing,Atlantis']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      '--route: no ground station or satellite "Atlantis" in this scenario; its ground stations: Beijing, Hangzhou (Zhejiang Lab), Chengdu (ADA Space), Kashgar',
    );
    const same = await run(['three-body', '--route', 'Kashgar,kashgar']);
    expect(same.code).toBe(2);
    expect(same.err).toContain('both ends are station "Kashgar"');
    const bad = await run(['three-body', '--route', 'Beijing']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--route must be two ends separated by one comma');
  });

  it('--links, --route and --events exclude each other (exit 2); --nodes does not apply and says so', async () => {
    for (const args of [
      ['--links', '--route', 'Beijing,Kashgar'],
      ['--links', '--events'],
      ['--events', '--route=Beijing,Kashgar'],
    ]) {
      const r = await run(['three-body', ...args]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/exclude each other: give only one of them/);
    }
    const n = await run(['three-body', '--links', '--nodes', 'S1-P1-01', '--hours', '0.001']);
    expect(n.code).toBe(0);
    expect(n.err).toContain(
      'warning: --nodes does not apply to --links (it uses the whole network); ignored',
    );
    expect(n.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('refuses --links runs over the satellite-step limit before building the network', async () => {
    const r = await run(['spacex-1m', '--links', '--hours', '24']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      `the limit is ${MAX_LINK_NODE_STEPS.toLocaleString('en-US')}. Use a shorter --hours or a longer --step-s`,
    );
  });
});

describe('element-set files as input', () => {
  const lines = ['VANGUARD 1', ...VALLADO_00005_TLE.split('\n')];
  const dir = mkdtempSync(join(tmpdir(), 'sim-sets-'));

  it('a TLE file runs as a one-shell scenario starting at its element-set epoch', async () => {
    const f = join(dir, 'vanguard.tle');
    writeFileSync(f, `${lines.join('\n')}\n`);
    const r = await run([f, '--hours', '0.1', '--step-s', '60']);
    expect(r.code).toBe(0);
    const rows = r.out.trim().split('\n');
    expect(rows[1]).toMatch(/^2000-06-27T18:50:20Z,5,/);
    expect(rows.length).toBe(1 + 7);
  });

  it('an OMM JSON file gives the same positions as the TLE it came from', async () => {
    const { parseTle } = await import('../scenario/tle');
    const { tleToOmm } = await import('../scenario/omm');
    const entry = parseTle(lines.join('\n')).entries[0];
    const f = join(dir, 'vanguard.json');
    writeFileSync(f, JSON.stringify([tleToOmm(entry)]));
    const tleFile = join(dir, 'vanguard2.tle');
    writeFileSync(tleFile, `${lines.join('\n')}\n`);
    const a = await run([f, '--hours', '0.05', '--step-s', '60']);
    const b = await run([tleFile, '--hours', '0.05', '--step-s', '60']);
    expect(a.code).toBe(0);
    const pos = (out: string) =>
      out
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(2, 5).map(Number));
    const pa = pos(a.out);
    const pb = pos(b.out);
    expect(pa.length).toBe(pb.length);
    // Equal up to one unit in the last printed digit (lat/lon 6 decimals, altitude 3).
    for (let i = 0; i < pa.length; i++)
      for (let k = 0; k < 3; k++) expect(Math.abs(pa[i][k] - pb[i][k])).toBeLessThanOrEqual(1.5e-3);
  });

  it('a file that is neither exits 2 with the reason', async () => {
    const f = join(dir, 'junk.txt');
    writeFileSync(f, 'not a satellite\n');
    const r = await run([f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/neither a scenario nor a readable element-set file/);
    expect(r.err).toContain('This is not TLE or OMM text');
  });
});
