import { sgp4 } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { satrecEpochMs } from '../sim/keyframes';
import {
  BUILTIN_LIST,
  BUILTIN_SCENARIOS,
  countSatellites,
  DEFAULT_SCENARIO_ID,
  findBuiltin,
  unknownBuiltinMessage,
} from './builtins';
import { findCatalog } from './catalogs';
import { expandScenario } from './expand';
import { findSatellite } from './identity';
import { parseScenario } from './validate';

/** Every system of reference/systems.md, with the satellites its scenario expands to. */
const EXPECTED: Record<string, number> = {
  'three-body': 12 + 1584,
  'three-body-2800': 2800,
  'starcloud-1': 1,
  'starcloud-88k': 88000,
  'spacex-1m': 1_000_000,
  'blue-origin-sunrise': 51600,
  'beijing-dc': 16,
  suncatcher: 81,
  starlink: 1584,
  'eu-ascend': 5,
  'vallado-00005': 1,
};

/** validation.md V7: sun-synchronous inclination (J2 only). */
const V7: Record<number, number> = { 550: 97.59, 650: 97.99, 800: 98.6 };

function load(id: string) {
  const r = parseScenario(BUILTIN_SCENARIOS[id].build());
  if (!r.ok) throw new Error(`${id}: ${r.issues.join('\n')}`);
  return r.scenario;
}

describe('built-in scenarios', () => {
  it('has the default and one scenario for every system of systems.md', () => {
    expect(DEFAULT_SCENARIO_ID).toBe('three-body');
    expect(Object.keys(BUILTIN_SCENARIOS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const id of Object.keys(EXPECTED)) expect(BUILTIN_SCENARIOS[id]?.id).toBe(id);
  });

  it('finds built-ins by their own ids only: inherited object members and odd input are unknown ids', () => {
    for (const id of Object.keys(EXPECTED)) expect(findBuiltin(id)?.id).toBe(id);
    for (const id of [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
      'isPrototypeOf',
      'nope',
      '',
      'THREE-BODY',
    ]) {
      expect(findBuiltin(id), id).toBeNull();
    }
    for (const odd of [undefined, null, 42, {}, ['three-body']]) expect(findBuiltin(odd)).toBeNull();
  });

  it('names an unknown id, shortened and without control characters, and the scenario shown instead', () => {
    const title = BUILTIN_SCENARIOS['three-body'].title;
    expect(unknownBuiltinMessage('constructor')).toBe(
      `There is no built-in scenario called “constructor”. Showing ${title} instead; choose another below.`,
    );
    const long = unknownBuiltinMessage(`${'x'.repeat(10_000)}`);
    expect(long).toContain(`“${'x'.repeat(60)}…”`);
    expect(long.length).toBeLessThan(250);
    expect(unknownBuiltinMessage('a\nb\u0000c')).toContain('“a?b?c”');
  });

  it.each(Object.keys(EXPECTED).filter((id) => id !== 'spacex-1m'))(
    '%s validates, has sources, says what is assumed and expands without warnings',
    (id) => {
      const s = load(id);
      expect(s.sources.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(50);
      if (!['starlink', 'vallado-00005'].includes(id))
        expect(s.description).toMatch(/ASSUMED|SYNTHETIC|ILLUSTRATIVE|assumed/);
      const ex = expandScenario(s);
      expect(ex.total).toBe(EXPECTED[id]);
      expect(ex.warnings).toEqual([]);
      if (s.view.selected) expect(findSatellite(ex.shells, s.view.selected)).not.toBeNull();
      for (const t of s.tour) if (t.select) expect(findSatellite(ex.shells, t.select)).not.toBeNull();
    },
  );

  it('spacex-1m expands to exactly 1,000,000 satellites within 2 s', () => {
    const t0 = performance.now();
    const ex = expandScenario(load('spacex-1m'));
    const ms = performance.now() - t0;
    expect(ex.total).toBe(1_000_000);
    expect(ex.closedForm.count).toBe(1_000_000);
    expect(ex.warnings).toEqual([]);
    expect(ms).toBeLessThan(2000);
    const alts = ex.shells.map((sh) => sh.altitudeKm as number);
    expect(Math.min(...alts)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...alts)).toBeLessThanOrEqual(2000);
    expect(ex.shells.some((sh) => sh.kind === 'walker' && sh.inclinationDeg === 30)).toBe(true);
    expect(ex.shells.some((sh) => sh.kind === 'sso')).toBe(true);
  });

  it('V7: sun-synchronous shells at 550, 650 and 800 km have the reference inclination within 0.01°', () => {
    let checked = 0;
    for (const id of Object.keys(EXPECTED)) {
      for (const sh of expandScenario(load(id)).shells) {
        if (
          (sh.kind === 'sso' || sh.kind === 'cluster') &&
          sh.altitudeKm !== undefined &&
          V7[sh.altitudeKm] !== undefined
        ) {
          expect(Math.abs((sh.inclinationDeg as number) - V7[sh.altitudeKm])).toBeLessThan(0.01);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('the filings stay within their published ranges', () => {
    const alt = (id: string) =>
      expandScenario(load(id)).shells.map(
        (sh) => [sh.kind, sh.altitudeKm as number, sh.inclinationDeg as number] as const,
      );
    for (const [kind, h] of alt('starcloud-88k')) expect(kind === 'sso' && h >= 600 && h <= 850).toBe(true);
    for (const [kind, h, i] of alt('blue-origin-sunrise'))
      expect(kind === 'sso' && h >= 500 && h <= 1800 && i >= 97 && i <= 104).toBe(true);
    const bj = load('beijing-dc');
    expect(bj.shells[0]).toMatchObject({ kind: 'sso', altitudeKm: 750, ltanHours: 6 });
    expect(bj.tour.map((t) => t.caption.slice(0, 7))).toEqual(['Phase 1', 'Phase 2', 'Phase 3']);
    expect(bj.groundStations.map((g) => g.name)).toEqual([
      'Beijing (ground control)',
      'Miyun (relay and downlink; assumed)',
    ]);
    const sc = load('suncatcher');
    expect(sc.links.pattern).toBe('cluster-mesh');
    expect(sc.shells[0]).toMatchObject({
      kind: 'cluster',
      altitudeKm: 650,
      ltanHours: 6,
      count: 81,
      spacingM: 100,
    });
    expect(load('eu-ascend').description).toMatch(/^FEASIBILITY STUDY, NOT HARDWARE/);
  });

  it('three-body: 12 assumed SSO satellites at 744 TOPS plus the 72 × 22 shell for scale', () => {
    const s = load('three-body');
    expect(s.epoch).toBe('2025-06-01T00:00:00Z');
    expect(s.node.computeTops).toBe(744);
    expect(s.description).toMatch(/ASSUMED/);
    const ex = expandScenario(s);
    expect(ex.shells.map((sh) => [sh.kind, sh.count])).toEqual([
      ['sso', 12],
      ['walker', 1584],
    ]);
    expect(load('three-body-2800').node.computeTops).toBe(744);
  });

  it('starcloud-1: one H100-class node whose synthetic orbit SGP4 shows decaying within months', () => {
    const s = load('starcloud-1');
    expect(s.node.computeLoadW).toBe(700);
    expect(s.description).toMatch(/SYNTHETIC ELEMENTS FROM THE PUBLISHED ORBIT, NOT A CATALOGUE ELEMENT SET/);
    const ex = expandScenario(s);
    expect(ex.shells[0]).toMatchObject({ kind: 'omm', propagator: 'sgp4', ids: ['270001'] });
    const rec = ex.satrecs[0];
    const t0 = (ex.epochMs - satrecEpochMs(rec)) / 60000;
    const altKm = (days: number) => {
      const pv = sgp4(rec, t0 + days * 1440);
      return pv ? Math.hypot(pv.position.x, pv.position.y, pv.position.z) - 6378.137 : NaN;
    };
    expect(altKm(0)).toBeGreaterThan(320);
    expect(altKm(0)).toBeLessThan(360);
    expect(altKm(30)).toBeLessThan(altKm(0) - 10);
    let decayedOn = -1;
    for (let d = 0; d <= 365; d++) {
      const pv = sgp4(rec, t0 + d * 1440);
      if (!pv || rec.error) {
        decayedOn = d;
        break;
      }
    }
    expect(rec.error).toBe(6); // satellite.js: decayed
    expect(decayedOn).toBeGreaterThan(30);
    expect(decayedOn).toBeLessThan(180);
  });

  it('BUILTIN_LIST: one line per built-in with the satellite count of its expansion', () => {
    expect(BUILTIN_LIST.map((b) => b.id)).toEqual(Object.keys(BUILTIN_SCENARIOS));
    for (const b of BUILTIN_LIST) {
      expect(b.satellites).toBe(EXPECTED[b.id]);
      expect(b.summary.length).toBeGreaterThan(10);
      expect(b.summary).not.toMatch(/\n/);
      expect(b.title).toBe(BUILTIN_SCENARIOS[b.id].title);
    }
    const size = (g: string, s: string) => findCatalog(g, s)?.records.length ?? 0;
    expect(
      countSatellites(
        {
          version: 1,
          name: 'x',
          shells: [
            { kind: 'catalog', group: 'starlink', snapshot: '2020-05-07' },
            { kind: 'cluster', altitudeKm: 650, count: 81, spacingM: 100 },
          ],
        },
        size,
      ),
    ).toBe(95 + 81);
  });

  it('builds a fresh object each time (callers may edit it)', () => {
    for (const id of Object.keys(EXPECTED)) {
      const a = BUILTIN_SCENARIOS[id].build();
      const b = BUILTIN_SCENARIOS[id].build();
      expect(a).not.toBe(b);
      expect(a).toEqual(b);
      expect(a.shells).not.toBe(b.shells);
    }
  });
});
