import { sgp4 } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import {
  CF_A_KM,
  CF_ECC,
  CF_INC_RAD,
  CF_M_RAD,
  CF_RAAN_RAD,
  CF_ARGP_RAD,
  CF_STRIDE,
  closedFormState,
} from '../sim/closedForm';
import { DEG, EARTH_RADIUS_KM, SUN_MEAN_MOTION_RAD_S } from '../sim/constants';
import { satrecEpochMs } from '../sim/keyframes';
import { VALLADO_00005_TLE } from './builtins';
import { expandScenario, sunRightAscensionRad } from './expand';
import { parseScenario } from './validate';
import type { ScenarioInput } from './schema';

function expand(input: ScenarioInput) {
  const r = parseScenario(input, { nowMs: Date.UTC(2025, 5, 1) });
  if (!r.ok) throw new Error(r.issues.join('\n'));
  return expandScenario(r.scenario);
}

/** Angle difference a − b reduced to (−π, π]. */
function dAngle(a: number, b: number): number {
  let d = (a - b) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}

const EPOCH = '2025-06-01T00:00:00Z';

describe('expandScenario: Walker shells', () => {
  const ex = expand({
    version: 1,
    name: 'w',
    epoch: EPOCH,
    shells: [
      {
        kind: 'walker',
        altitudeKm: 550,
        inclinationDeg: 53,
        planes: 72,
        satsPerPlane: 22,
        phasing: 17,
        raanOffsetDeg: 10,
      },
      {
        kind: 'walker',
        pattern: 'star',
        altitudeKm: 1200,
        inclinationDeg: 87.9,
        planes: 6,
        satsPerPlane: 4,
        phasing: 2,
      },
    ],
  });
  const el = ex.closedForm.elements;
  const at = (idx: number, k: number) => el[idx * CF_STRIDE + k];

  it('counts satellites and places shells in order', () => {
    expect(ex.total).toBe(72 * 22 + 24);
    expect(ex.closedForm.count).toBe(ex.total);
    expect(ex.satrecs).toHaveLength(0);
    expect(ex.shells.map((s) => [s.firstIndex, s.count, s.tag])).toEqual([
      [0, 1584, 'S1'],
      [1584, 24, 'S2'],
    ]);
    expect(ex.closedFormShell[1583]).toBe(0);
    expect(ex.closedFormShell[1584]).toBe(1);
    expect(ex.closedForm.rates.length).toBe(2 * 3); // one rate group per shell
  });

  it('spaces delta planes by 360°/P and star planes by 180°/P from the RAAN offset', () => {
    for (let p = 0; p < 72; p++) {
      expect(dAngle(at(p * 22, CF_RAAN_RAD), (10 + p * 5) * DEG)).toBeCloseTo(0, 5);
      expect(at(p * 22 + 21, CF_RAAN_RAD)).toBe(at(p * 22, CF_RAAN_RAD));
    }
    for (let p = 0; p < 6; p++) expect(dAngle(at(1584 + p * 4, CF_RAAN_RAD), p * 30 * DEG)).toBeCloseTo(0, 5);
  });

  it('spaces slots by 360°/S and offsets plane p by p·F·360°/T', () => {
    const T = 1584;
    for (let p = 0; p < 72; p += 7) {
      for (let s = 0; s < 22; s += 5) {
        const expected = (s * 360) / 22 + (p * 17 * 360) / T;
        expect(dAngle(at(p * 22 + s, CF_M_RAD), expected * DEG)).toBeCloseTo(0, 5);
      }
    }
    // Inter-plane offset between neighbouring planes: F·360/T = 3.8636…°.
    expect(dAngle(at(22, CF_M_RAD), at(0, CF_M_RAD)) / DEG).toBeCloseTo((17 * 360) / 1584, 4);
    expect(dAngle(at(1584 + 4, CF_M_RAD), at(1584, CF_M_RAD)) / DEG).toBeCloseTo((2 * 360) / 24, 4);
  });

  it('uses SGP4 mean radius, circular orbits and the given inclination', () => {
    expect(at(0, CF_A_KM)).toBeCloseTo(EARTH_RADIUS_KM + 550, 1);
    expect(at(100, CF_ECC)).toBe(0);
    expect(at(100, CF_ARGP_RAD)).toBe(0);
    expect(at(100, CF_INC_RAD) / DEG).toBeCloseTo(53, 4);
    // Satellite (0, 0) sits at its ascending node at the epoch.
    const out = new Float64Array(6);
    closedFormState(ex.closedForm, 0, ex.epochMs, out);
    expect(Math.atan2(out[1], out[0]) / DEG).toBeCloseTo(10, 3);
    expect(out[2]).toBeCloseTo(0, 3);
  });

  it('expands 1,000,000 satellites well under a second, with one rate group', () => {
    const r = parseScenario({
      version: 1,
      name: 'big',
      epoch: EPOCH,
      shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 1000, satsPerPlane: 1000 }],
    });
    if (!r.ok) throw new Error('invalid');
    const t0 = performance.now();
    const big = expandScenario(r.scenario);
    const ms = performance.now() - t0;
    expect(big.total).toBe(1_000_000);
    expect(big.closedForm.rates.length).toBe(3);
    expect(ms).toBeLessThan(1000);
  });

  it('is deterministic', () => {
    const again = expand({
      version: 1,
      name: 'w',
      epoch: EPOCH,
      shells: [
        {
          kind: 'walker',
          altitudeKm: 550,
          inclinationDeg: 53,
          planes: 72,
          satsPerPlane: 22,
          phasing: 17,
          raanOffsetDeg: 10,
        },
        {
          kind: 'walker',
          pattern: 'star',
          altitudeKm: 1200,
          inclinationDeg: 87.9,
          planes: 6,
          satsPerPlane: 4,
          phasing: 2,
        },
      ],
    });
    expect(again.closedForm.elements).toEqual(ex.closedForm.elements);
    expect(again.closedForm.rates).toEqual(ex.closedForm.rates);
  });
});

describe('expandScenario: sun-synchronous shells', () => {
  // V7: J2-only sun-synchronous inclination at 550 / 650 / 800 km.
  it.each([
    [550, 97.59],
    [650, 97.99],
    [800, 98.6],
  ])('V7: inclination at %i km is %f° within 0.01°', (alt, incDeg) => {
    const ex = expand({
      version: 1,
      name: 's',
      epoch: EPOCH,
      shells: [{ kind: 'sso', altitudeKm: alt, satsPerPlane: 3 }],
    });
    expect(Math.abs((ex.closedForm.elements[CF_INC_RAD] as number) / DEG - incDeg)).toBeLessThan(0.01);
    expect(Math.abs((ex.shells[0].inclinationDeg as number) - incDeg)).toBeLessThan(0.01);
  });

  it('puts the ascending node at the requested local time and spreads planes over the span', () => {
    const epochMs = Date.parse(EPOCH);
    const ex = expand({
      version: 1,
      name: 's',
      epoch: EPOCH,
      shells: [
        { kind: 'sso', altitudeKm: 650, ltanHours: 6, planes: 4, satsPerPlane: 2 },
        { kind: 'sso', altitudeKm: 650, ltanHours: 18, satsPerPlane: 2 },
      ],
    });
    const raan = (idx: number) => ex.closedForm.elements[idx * CF_STRIDE + CF_RAAN_RAD];
    const sunRa = sunRightAscensionRad(epochMs);
    // On 1 June the Sun is near RA 69°; dawn-dusk (06:00) node = RA − 90°.
    expect(sunRa / DEG).toBeGreaterThan(66);
    expect(sunRa / DEG).toBeLessThan(72);
    expect(dAngle(raan(0), sunRa - 90 * DEG)).toBeCloseTo(0, 5);
    for (let p = 1; p < 4; p++) expect(dAngle(raan(2 * p), raan(0) + p * 90 * DEG)).toBeCloseTo(0, 5);
    expect(dAngle(raan(8), sunRa + 90 * DEG)).toBeCloseTo(0, 5);
    // The node drifts with the Sun: SGP4's node rate within 2 % of the Sun's mean motion.
    expect(ex.closedForm.rates[0] / SUN_MEAN_MOTION_RAD_S).toBeGreaterThan(0.98);
    expect(ex.closedForm.rates[0] / SUN_MEAN_MOTION_RAD_S).toBeLessThan(1.02);
  });
});

describe('expandScenario: elements shells', () => {
  it('round-trips the given elements', () => {
    const ex = expand({
      version: 1,
      name: 'e',
      epoch: EPOCH,
      shells: [
        {
          kind: 'elements',
          satellites: [
            {
              name: 'ECC',
              semiMajorAxisKm: 7200,
              eccentricity: 0.01,
              inclinationDeg: 45,
              raanDeg: 30,
              argPerigeeDeg: 40,
              meanAnomalyDeg: 50,
            },
            { altitudeKm: 700, inclinationDeg: 97.8, raanDeg: -20, meanAnomalyDeg: 359 },
          ],
        },
      ],
    });
    const el = ex.closedForm.elements;
    expect(el[CF_A_KM]).toBeCloseTo(7200, 1);
    expect(el[CF_ECC]).toBeCloseTo(0.01, 6);
    expect(el[CF_INC_RAD] / DEG).toBeCloseTo(45, 4);
    expect(el[CF_RAAN_RAD] / DEG).toBeCloseTo(30, 4);
    expect(el[CF_ARGP_RAD] / DEG).toBeCloseTo(40, 4);
    expect(el[CF_M_RAD] / DEG).toBeCloseTo(50, 4);
    const b = CF_STRIDE;
    expect(el[b + CF_A_KM]).toBeCloseTo(EARTH_RADIUS_KM + 700, 1);
    expect(el[b + CF_RAAN_RAD] / DEG).toBeCloseTo(340, 4);
    expect(el[b + CF_M_RAD] / DEG).toBeCloseTo(359, 4);
    expect(ex.closedForm.rates.length).toBe(6);
    expect(ex.shells[0].ids).toEqual(['ECC', 'S1-E2']);
    // Position at the epoch lies at radius a(1 − e cos E).
    const out = new Float64Array(6);
    closedFormState(ex.closedForm, 0, ex.epochMs, out);
    const r = Math.hypot(out[0], out[1], out[2]);
    expect(r).toBeGreaterThan(7200 * 0.99);
    expect(r).toBeLessThan(7200 * 1.01);
  });
});

describe('expandScenario: TLE shells', () => {
  it('puts SGP4 satellites after all closed-form ones and reproduces V17', () => {
    const ex = expand({
      version: 1,
      name: 't',
      epoch: '2000-06-27T18:50:19.733Z',
      shells: [
        { kind: 'tle', text: `VANGUARD 1\n${VALLADO_00005_TLE}` },
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 3 },
      ],
    });
    expect(ex.total).toBe(7);
    expect(ex.closedForm.count).toBe(6);
    expect(ex.shells[0].firstIndex).toBe(6);
    expect(ex.shells[0].propagator).toBe('sgp4');
    expect(ex.shells[1].firstIndex).toBe(0);
    expect(Array.from(ex.sgp4Shell)).toEqual([0]);
    expect(ex.shells[0].ids).toEqual(['5']);
    expect(ex.shells[0].names).toEqual(['VANGUARD 1']);
    expect(ex.warnings).toEqual([]);
    const rec = ex.satrecs[0];
    const pv = sgp4(rec, 0);
    expect(pv && pv.position.x).toBeCloseTo(7022.46529266, 5);
    expect(Math.abs(satrecEpochMs(rec) - ex.epochMs)).toBeLessThan(1);
  });

  it('warns about element sets far from the scenario epoch', () => {
    const ex = expand({
      version: 1,
      name: 't',
      epoch: EPOCH,
      shells: [{ kind: 'tle', name: 'Old', text: VALLADO_00005_TLE }],
    });
    expect(
      ex.warnings.some((w) =>
        /^Old: 1 of 1 element sets have epochs more than 30 days from the scenario epoch/.test(w),
      ),
    ).toBe(true);
  });
});

describe('node parameters per shell', () => {
  it('apply the scenario node defaults and each shell’s own overrides', () => {
    const parsed = parseScenario({
      version: 1,
      name: 'node overrides',
      epoch: '2025-06-01T00:00:00Z',
      node: { batteryWh: 30000 },
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 2 },
        {
          kind: 'walker',
          altitudeKm: 550,
          inclinationDeg: 53,
          planes: 2,
          satsPerPlane: 2,
          node: { computeLoadW: 2500, panelAreaM2: 12 },
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    const ex = expandScenario(parsed.scenario);
    expect(ex.shells[0].node.batteryWh).toBe(30000);
    expect(ex.shells[0].node.computeLoadW).toBe(10000);
    expect(ex.shells[1].node.computeLoadW).toBe(2500);
    expect(ex.shells[1].node.panelAreaM2).toBe(12);
    expect(ex.shells[1].node.batteryWh).toBe(30000);
  });
});
