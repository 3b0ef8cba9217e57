import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBudgetOutputs, initBudgetState, LIMITED_BATTERY, stepBudgets, type BudgetOutputs, type BudgetState } from './budget';
import { NODE_PARAM_DEFAULTS, packParams, withDefaults, type NodeParams } from './nodeParams';
import { keplerToEci } from './closedForm';
import { DEG, EARTH_RADIUS_KM } from './constants';
import { keplerPeriodS, sgp4SecularRates, ssoInclinationRad } from './orbit';
import { sunPositionEciKm } from './sun';
import { shadowFraction } from './shadow';
import { sunPos } from 'satellite.js';
import { julianDate } from './time';

const R = EARTH_RADIUS_KM;

/** Closed-form circular orbit (SGP4 secular rates), position written at `o`. */
function circular(altitudeKm: number, incRad: number, raanRad: number, epochMs: number, m0 = 0) {
  const rates = sgp4SecularRates(R + altitudeKm, 0, incRad);
  const tmp = new Float64Array(6);
  return (tMs: number, out: Float64Array | Float32Array, o = 0): void => {
    const dt = (tMs - epochMs) / 1000;
    keplerToEci(rates.aKm, 0, incRad, raanRad + rates.raanDotRadS * dt, 0, m0 + (rates.mDotRadS + rates.argpDotRadS) * dt, 0, tmp);
    out[o] = tmp[0];
    out[o + 1] = tmp[1];
    out[o + 2] = tmp[2];
  };
}

interface Sums {
  genWh: number;
  loadWh: number;
  lossWh: number;
  curtWh: number;
  minSoc: number;
  batteryLimited: number;
  minLoadW: number;
}

/** Steps one node from `fromMs` for `steps` × dtS; returns energy sums. */
function runOne(params: NodeParams, pos: ReturnType<typeof circular>, fromMs: number, steps: number, dtS: number, startSoc = 1) {
  const packed = packParams([params]);
  const idx = new Uint16Array(1);
  const p = new Float64Array(3);
  pos(fromMs, p);
  const st: BudgetState = initBudgetState(1, idx, packed, p, sunPositionEciKm(fromMs));
  st.batteryWh[0] *= startSoc;
  const out: BudgetOutputs = createBudgetOutputs(1);
  const sums: Sums = { genWh: 0, loadWh: 0, lossWh: 0, curtWh: 0, minSoc: 1, batteryLimited: 0, minLoadW: Infinity };
  const e0 = st.batteryWh[0];
  for (let k = 0; k < steps; k++) {
    const t = fromMs + k * dtS * 1000;
    pos(t, p);
    stepBudgets(packed, idx, p, sunPositionEciKm(t), dtS, st, out);
    const h = dtS / 3600;
    sums.genWh += out.powerGenW[0] * h;
    sums.loadWh += out.loadW[0] * h;
    sums.lossWh += out.chargeLossW[0] * h;
    sums.curtWh += out.curtailedW[0] * h;
    sums.minSoc = Math.min(sums.minSoc, out.socFraction[0]);
    if (out.limitedBy[0] === LIMITED_BATTERY) sums.batteryLimited++;
    sums.minLoadW = Math.min(sums.minLoadW, out.loadW[0]);
  }
  return { state: st, sums, dE: st.batteryWh[0] - e0 };
}

describe('stepBudgets: energy balance over one orbit', () => {
  const t0 = Date.UTC(2025, 2, 1);
  const cases: [string, NodeParams, number, (s: Sums, dE: number) => void][] = [
    ['default node (starts full: curtails; reaches the floor in eclipse)', { ...NODE_PARAM_DEFAULTS }, 1, (s) => {
      expect(s.curtWh).toBeGreaterThan(0);
      expect(s.batteryLimited).toBeGreaterThan(0);
    }],
    ['1 kWh battery, 80 % charge efficiency (empties in eclipse: the bus browns out)', withDefaults({ batteryWh: 1000, chargeEfficiency: 0.8 }), 1, (s) => {
      expect(s.minSoc).toBe(0);
      expect(s.minLoadW).toBeLessThan(NODE_PARAM_DEFAULTS.busLoadW);
    }],
    ['nadir panels, 1 MWh battery at 80 % (never full: nothing curtailed)', withDefaults({ pointing: 'nadir', batteryWh: 1e6, panelAreaM2: 200 }), 0.8, (s, dE) => {
      expect(s.curtWh).toBe(0);
      expect(dE).toBeGreaterThan(0);
    }],
  ];
  for (const [name, params, soc, extra] of cases) {
    it(name, () => {
      const pos = circular(550, 53 * DEG, 0.3, t0);
      const dtS = 60;
      const steps = Math.ceil(keplerPeriodS(R + 550) / dtS);
      const { sums, dE } = runOne(params, pos, t0, steps, dtS, soc);
      const residual = sums.genWh - sums.loadWh - dE - sums.lossWh - sums.curtWh;
      console.log(
        `${name}: gen ${sums.genWh.toFixed(0)} Wh, load ${sums.loadWh.toFixed(0)}, ΔE ${dE.toFixed(0)}, loss ${sums.lossWh.toFixed(0)}, ` +
          `curtailed ${sums.curtWh.toFixed(0)}, residual ${residual.toExponential(2)} Wh, min SoC ${sums.minSoc.toFixed(3)}, battery-limited steps ${sums.batteryLimited}`,
      );
      expect(Math.abs(residual)).toBeLessThan(1e-3 * sums.genWh);
      expect(sums.genWh).toBeGreaterThan(0);
      extra(sums, dE);
    });
  }
  it('the default node curtails when full and sheds compute at the floor', () => {
    const pos = circular(550, 53 * DEG, 0.3, t0);
    const { sums } = runOne({ ...NODE_PARAM_DEFAULTS }, pos, t0, Math.ceil((2 * keplerPeriodS(R + 550)) / 60), 60);
    expect(sums.curtWh).toBeGreaterThan(0);
    // 11.5 kW for ~35 min is 6.7 kWh, more than the 6 kWh above the 70 % floor
    expect(sums.batteryLimited).toBeGreaterThan(0);
    expect(sums.minSoc).toBeGreaterThan(0.69);
  });
});

describe('stepBudgets: scrubbing equals playing (warm-up of 3 orbits)', () => {
  const scenarios: [string, number, number, number, number][] = [
    // name, altitude, inclination, raan, t0
    ['default node, 550 km / 53°', 550, 53 * DEG, 0.3, Date.UTC(2025, 2, 1)],
    ['dawn-dusk SSO node, 650 km, December', 650, ssoInclinationRad(R + 650), sunPos(julianDate(Date.UTC(2025, 11, 15)) as never).rtasc - Math.PI / 2, Date.UTC(2025, 11, 15)],
  ];
  for (const [name, alt, inc, raan, t0] of scenarios) {
    it(name, () => {
      const pos = circular(alt, inc, raan, t0);
      const dtS = 60;
      const total = (12 * 3600) / dtS;
      const warm = Math.ceil((3 * keplerPeriodS(R + alt)) / dtS);
      const play = runOne({ ...NODE_PARAM_DEFAULTS }, pos, t0, total, dtS);
      const scrub = runOne({ ...NODE_PARAM_DEFAULTS }, pos, t0 + (total - warm) * dtS * 1000, warm, dtS);
      const dE = Math.abs(play.state.batteryWh[0] - scrub.state.batteryWh[0]);
      const dT = Math.abs(play.state.tempK[0] - scrub.state.tempK[0]);
      console.log(`${name}: scrub vs play after 12 h: |ΔE| ${dE.toFixed(3)} Wh, |ΔT| ${dT.toFixed(4)} K (T ${play.state.tempK[0].toFixed(2)} K)`);
      expect(dE).toBeLessThanOrEqual(0.005 * NODE_PARAM_DEFAULTS.batteryWh);
      expect(dT).toBeLessThan(0.5);
    });
  }
});

describe('stepBudgets: never NaN, never a negative battery (fast-check)', () => {
  const d = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const paramsArb = fc
    .record({
      panelAreaM2: fc.oneof(d(0, 200), d(0, 1e8)),
      cellEfficiency: d(0, 1),
      pointing: fc.constantFrom<'sun-tracking' | 'nadir'>('sun-tracking', 'nadir'),
      batteryWh: fc.oneof(d(0, 50000), d(0, 1e10)),
      depthOfDischargeMax: d(0, 1),
      chargeEfficiency: d(0, 1),
      computeLoadW: fc.oneof(d(0, 20000), d(0, 1e10)),
      busLoadW: fc.oneof(d(0, 5000), d(0, 1e10)),
      computeTops: d(0, 1e9),
      radiatorAreaM2: fc.oneof(d(0, 100), d(0, 1e8)),
      emissivity: d(0, 1),
      absorptivity: d(0, 1),
      heatCapacityJPerK: fc.oneof(d(1, 1e7), d(1, 1e13)),
      maxTempK: d(1, 2000),
      minTempK: d(0, 1),
    })
    .map((p) => ({ ...p, minTempK: p.minTempK * p.maxTempK }) as NodeParams);

  it('random parameters within the schema ranges over a day of 60 s steps', () => {
    fc.assert(
      fc.property(fc.array(paramsArb, { minLength: 1, maxLength: 4 }), d(160, 3000), d(0, 180), (sets, alt, incDeg) => {
        const n = sets.length * 2;
        const packed = packParams(sets);
        const idx = new Uint16Array(n);
        for (let i = 0; i < n; i++) idx[i] = i % sets.length;
        const t0 = Date.UTC(2025, 5, 1);
        const orbits = Array.from({ length: n }, (_, i) => circular(alt, incDeg * DEG, i * 0.7, t0, i * 1.3));
        const pos = new Float32Array(3 * n);
        const fill = (t: number) => orbits.forEach((f, i) => f(t, pos, 3 * i));
        fill(t0);
        const st = initBudgetState(n, idx, packed, pos, sunPositionEciKm(t0));
        const out = createBudgetOutputs(n);
        for (let k = 0; k < 1440; k += 1) {
          const t = t0 + k * 60000;
          fill(t);
          stepBudgets(packed, idx, pos, sunPositionEciKm(t), 60, st, out);
          for (let i = 0; i < n; i++) {
            const cap = sets[idx[i]].batteryWh;
            if (!(st.batteryWh[i] >= 0 && st.batteryWh[i] <= cap * (1 + 1e-12) + 1e-9)) return false;
            if (!(st.tempK[i] >= 0) || Number.isNaN(st.tempK[i])) return false;
            for (const arr of [out.shadow, out.powerGenW, out.loadW, out.batteryWh, out.socFraction, out.computeAvailable, out.curtailedW, out.chargeLossW]) {
              if (!Number.isFinite(arr[i]) || arr[i] < 0) return false;
            }
            if (Number.isNaN(out.tempK[i])) return false;
            if (out.computeAvailable[i] > 1 || out.shadow[i] > 1 || out.limitedBy[i] > 2) return false;
          }
        }
        return true;
      }),
      { numRuns: 40, seed: 20250601 },
    );
  });
});

describe('stepBudgets: speed (logged, not asserted)', () => {
  it('100,000 nodes per step', () => {
    const n = 100000;
    const sets = [NODE_PARAM_DEFAULTS, withDefaults({ pointing: 'nadir' }), withDefaults({ batteryWh: 5000 })];
    const packed = packParams(sets);
    const idx = new Uint16Array(n);
    const pos = new Float32Array(3 * n);
    for (let i = 0; i < n; i++) {
      idx[i] = i % 3;
      const u = (i * 2.399963) % (2 * Math.PI), z = ((i * 0.618034) % 1) * 2 - 1;
      const r = R + 550, s = Math.sqrt(1 - z * z);
      pos[3 * i] = r * s * Math.cos(u);
      pos[3 * i + 1] = r * s * Math.sin(u);
      pos[3 * i + 2] = r * z;
    }
    const t0 = Date.UTC(2025, 2, 1);
    const sun = sunPositionEciKm(t0);
    const st = initBudgetState(n, idx, packed, pos, sun);
    const out = createBudgetOutputs(n);
    for (let k = 0; k < 5; k++) stepBudgets(packed, idx, pos, sun, 60, st, out); // warm the JIT
    const reps = 20;
    const start = performance.now();
    for (let k = 0; k < reps; k++) stepBudgets(packed, idx, pos, sun, 60, st, out);
    const ms = (performance.now() - start) / reps;
    let inShadow = 0;
    for (let i = 0; i < n; i++) {
      if (out.shadow[i] > 0) inShadow++;
      // the stepper's lit fast path agrees with the full shadow function
      expect(Math.abs(out.shadow[i] - shadowFraction(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], sun.x, sun.y, sun.z))).toBeLessThan(1e-6);
    }
    console.log(`stepBudgets: ${ms.toFixed(2)} ms per step for ${n} nodes (${((ms * 1000) / n).toFixed(3)} µs/node-step), ${inShadow} in shadow`);
    expect(ms).toBeGreaterThan(0);
  });
});
