import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createBudgetOutputs,
  initBudgetState,
  LIMITED_BATTERY,
  stepBudgets,
  type BudgetOutputs,
  type BudgetState,
} from './budget';
import { NODE_PARAM_DEFAULTS, packParams, withDefaults, type NodeParams } from './nodeParams';
import { keplerToEci } from './closedForm';
import { DEG, EARTH_RADIUS_KM } from './constants';
import { keplerPeriodS, sgp4SecularRates, ssoInclinationRad } from './orbit';
import { BATTERY_DISCHARGE_EFFICIENCY, batteryForEclipseWh, solarFluxWm2 } from './power';
import { environmentHeatW, thermalStepK } from './thermal';
import { eclipseDurationCylindricalMin } from './beta';
import { findEclipseEvents } from './eclipse';
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
    keplerToEci(
      rates.aKm,
      0,
      incRad,
      raanRad + rates.raanDotRadS * dt,
      0,
      m0 + (rates.mDotRadS + rates.argpDotRadS) * dt,
      0,
      tmp,
    );
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
  /** Largest per-step difference from the hand-written battery rules below, Wh. */
  worstStepErrWh: number;
}

/**
 * The battery rules of budget.ts written out for one step, from the step's outputs: a surplus
 * gen − load − curtailed goes into the battery at η_c (loss (1 − η_c) of it), a deficit comes out
 * at η_d (loss (1/η_d − 1) of it). Returns the largest error over ΔE and the loss, Wh.
 */
function stepErrWh(
  p: NodeParams,
  genW: number,
  loadW: number,
  curtW: number,
  lossW: number,
  dE: number,
  h: number,
): number {
  const net = genW - loadW;
  let dERef: number, lossRef: number;
  if (net >= 0) {
    const charged = net - curtW;
    dERef = p.chargeEfficiency * charged * h;
    lossRef = (1 - p.chargeEfficiency) * charged * h;
  } else {
    dERef = (net * h) / BATTERY_DISCHARGE_EFFICIENCY;
    lossRef = -net * (1 / BATTERY_DISCHARGE_EFFICIENCY - 1) * h;
  }
  return Math.max(Math.abs(dE - dERef), Math.abs(lossW * h - lossRef));
}

/** Steps one node from `fromMs` for `steps` × dtS; returns energy sums. */
function runOne(
  params: NodeParams,
  pos: ReturnType<typeof circular>,
  fromMs: number,
  steps: number,
  dtS: number,
  startSoc = 1,
) {
  const packed = packParams([params]);
  const idx = new Uint16Array(1);
  const p = new Float64Array(3);
  pos(fromMs, p);
  const st: BudgetState = initBudgetState(1, idx, packed, p, sunPositionEciKm(fromMs));
  st.batteryWh[0] *= startSoc;
  const out: BudgetOutputs = createBudgetOutputs(1);
  const sums: Sums = {
    genWh: 0,
    loadWh: 0,
    lossWh: 0,
    curtWh: 0,
    minSoc: 1,
    batteryLimited: 0,
    minLoadW: Infinity,
    worstStepErrWh: 0,
  };
  const e0 = st.batteryWh[0];
  for (let k = 0; k < steps; k++) {
    const t = fromMs + k * dtS * 1000;
    pos(t, p);
    const before = st.batteryWh[0];
    stepBudgets(packed, idx, p, sunPositionEciKm(t), dtS, st, out);
    const h = dtS / 3600;
    const err = stepErrWh(
      params,
      out.powerGenW[0],
      out.loadW[0],
      out.curtailedW[0],
      out.batteryLossW[0],
      st.batteryWh[0] - before,
      h,
    );
    sums.worstStepErrWh = Math.max(sums.worstStepErrWh, err);
    sums.genWh += out.powerGenW[0] * h;
    sums.loadWh += out.loadW[0] * h;
    sums.lossWh += out.batteryLossW[0] * h;
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
    [
      'default node (starts full: curtails; reaches the floor in eclipse)',
      { ...NODE_PARAM_DEFAULTS },
      1,
      (s) => {
        expect(s.curtWh).toBeGreaterThan(0);
        expect(s.batteryLimited).toBeGreaterThan(0);
      },
    ],
    [
      '1 kWh battery, 80 % charge efficiency (empties in eclipse: the bus browns out)',
      withDefaults({ batteryWh: 1000, chargeEfficiency: 0.8 }),
      1,
      (s) => {
        expect(s.minSoc).toBe(0);
        expect(s.minLoadW).toBeLessThan(NODE_PARAM_DEFAULTS.busLoadW);
      },
    ],
    [
      'nadir panels, 1 MWh battery at 80 % (never full: nothing curtailed)',
      withDefaults({ pointing: 'nadir', batteryWh: 1e6, panelAreaM2: 200 }),
      0.8,
      (s, dE) => {
        expect(s.curtWh).toBe(0);
        expect(dE).toBeGreaterThan(0);
      },
    ],
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
          `curtailed ${sums.curtWh.toFixed(0)}, residual ${residual.toExponential(2)} Wh, worst step ${sums.worstStepErrWh.toExponential(2)} Wh, min SoC ${sums.minSoc.toFixed(3)}, battery-limited steps ${sums.batteryLimited}`,
      );
      // Energy in = stored + consumed + curtailed + losses. Measured residual ≤ 1.5e-4 Wh of
      // ~25,000 Wh (≈ 6e-9: the outputs are float32); a missing loss or curtailment term is ≥ 300 Wh.
      expect(Math.abs(residual)).toBeLessThan(1e-6 * sums.genWh);
      // Each step follows the charge (η_c) and discharge (η_d) rules: measured ≤ 5.4e-5 Wh (float32
      // outputs); leaving out η_d would be ≈ 10 Wh per 60 s eclipse step.
      expect(sums.worstStepErrWh).toBeLessThan(1e-3);
      expect(sums.genWh).toBeGreaterThan(0);
      extra(sums, dE);
    });
  }
  it('the default node curtails when full and sheds compute at the floor', () => {
    const pos = circular(550, 53 * DEG, 0.3, t0);
    const { sums } = runOne(
      { ...NODE_PARAM_DEFAULTS },
      pos,
      t0,
      Math.ceil((2 * keplerPeriodS(R + 550)) / 60),
      60,
    );
    expect(sums.curtWh).toBeGreaterThan(0);
    // 11.5 kW for ~35 min is 6.7 kWh, more than the 6 kWh above the 70 % floor
    expect(sums.batteryLimited).toBeGreaterThan(0);
    expect(sums.minSoc).toBeGreaterThan(0.69);
  });
});

describe('stepBudgets: chargeEfficiency 0 curtails the surplus and adds no heat', () => {
  const t0 = Date.UTC(2025, 2, 1);
  const params = withDefaults({ chargeEfficiency: 0 });

  it('one sunlit step: battery unchanged, surplus curtailed, heat = environment + load only', () => {
    const packed = packParams([params]);
    const idx = new Uint16Array(1);
    const sun = sunPositionEciKm(t0);
    const sl = Math.hypot(sun.x, sun.y, sun.z);
    const r = R + 550;
    const pos = new Float64Array([(sun.x / sl) * r, (sun.y / sl) * r, (sun.z / sl) * r]); // sub-solar: lit, cos ζ = 1
    const st = initBudgetState(1, idx, packed, pos, sun);
    st.batteryWh[0] = 0.5 * params.batteryWh;
    st.tempK[0] = 290;
    const out = stepBudgets(packed, idx, pos, sun, 60, st);
    const flux = solarFluxWm2(Math.hypot(sun.x - pos[0], sun.y - pos[1], sun.z - pos[2]));
    const genW = flux * params.panelAreaM2 * params.cellEfficiency;
    const loadW = params.busLoadW + params.computeLoadW;
    expect(out.powerGenW[0]).toBeCloseTo(genW, 1);
    expect(out.loadW[0]).toBeCloseTo(loadW, 6);
    expect(out.computeAvailable[0]).toBe(1);
    expect(st.batteryWh[0]).toBe(0.5 * params.batteryWh);
    expect(out.batteryLossW[0]).toBe(0);
    expect(out.curtailedW[0]).toBeCloseTo(genW - loadW, 1); // ≈ 13 kW left on the array
    const F = (R / r) ** 2;
    const heatW = environmentHeatW(params, flux, 0, F, 1) + loadW;
    const tRef = thermalStepK(
      290,
      heatW,
      params.emissivity,
      params.radiatorAreaM2,
      params.heatCapacityJPerK,
      60,
    );
    expect(st.tempK[0]).toBeCloseTo(tRef, 9);
    // The surplus as heat (the old behaviour) would have warmed it ≈ 1.6 K more in this one minute.
    const tIfHeat = thermalStepK(
      290,
      heatW + (genW - loadW),
      params.emissivity,
      params.radiatorAreaM2,
      params.heatCapacityJPerK,
      60,
    );
    expect(tIfHeat - tRef).toBeGreaterThan(1);
  });

  it('over an orbit: the battery never charges, every sunlit surplus is curtailed, losses only in discharge', () => {
    const pos = circular(550, 53 * DEG, 0.3, t0);
    const packed = packParams([params]);
    const idx = new Uint16Array(1);
    const p = new Float64Array(3);
    pos(t0, p);
    const st = initBudgetState(1, idx, packed, p, sunPositionEciKm(t0));
    const out = createBudgetOutputs(1);
    let curtWh = 0,
      surplusWh = 0,
      lossInSunWh = 0,
      rises = 0;
    const steps = Math.ceil(keplerPeriodS(R + 550) / 60);
    for (let k = 0; k < steps; k++) {
      const t = t0 + k * 60000;
      pos(t, p);
      const before = st.batteryWh[0];
      stepBudgets(packed, idx, p, sunPositionEciKm(t), 60, st, out);
      if (st.batteryWh[0] > before) rises++;
      const net = out.powerGenW[0] - out.loadW[0];
      if (net >= 0) {
        surplusWh += net / 60;
        lossInSunWh += out.batteryLossW[0] / 60;
      }
      curtWh += out.curtailedW[0] / 60;
    }
    expect(rises).toBe(0);
    expect(lossInSunWh).toBe(0);
    expect(surplusWh).toBeGreaterThan(5000);
    expect(curtWh).toBeCloseTo(surplusWh, 3);
    expect(st.batteryWh[0]).toBeLessThan(params.batteryWh); // the eclipse drew on it and nothing refilled it
  });
});

describe('stepBudgets: a battery sized by batteryForEclipseWh reaches the floor at the end of the eclipse', () => {
  const loadW = NODE_PARAM_DEFAULTS.busLoadW + NODE_PARAM_DEFAULTS.computeLoadW;
  const dod = NODE_PARAM_DEFAULTS.depthOfDischargeMax;

  it('held in the umbra for the longest eclipse of a 550 km orbit (β = 0): exactly at the floor, then sheds compute', () => {
    // Cylindrical β = 0 eclipse at 550 km: 35.61 min. E = P t / (DoD η_d) = 11,500 W × 0.5935 h / (0.3 × 0.95) = 23,949 Wh.
    const eclipseMin = eclipseDurationCylindricalMin(550, 0);
    expect(eclipseMin).toBeCloseTo(35.61, 2);
    const capWh = batteryForEclipseWh(loadW, eclipseMin, dod);
    expect(capWh).toBeCloseTo((loadW * (eclipseMin / 60)) / (dod * BATTERY_DISCHARGE_EFFICIENCY), 6);
    const params = withDefaults({ batteryWh: capWh });
    const packed = packParams([params]);
    const idx = new Uint16Array(1);
    const t0 = Date.UTC(2025, 2, 1);
    const sun = sunPositionEciKm(t0);
    const sl = Math.hypot(sun.x, sun.y, sun.z);
    const r = R + 550;
    const pos = new Float64Array([(-sun.x / sl) * r, (-sun.y / sl) * r, (-sun.z / sl) * r]); // anti-solar: umbra
    const st = initBudgetState(1, idx, packed, pos, sun);
    expect(st.batteryWh[0]).toBe(capWh);
    const out = createBudgetOutputs(1);
    const steps = 100;
    const dtS = (eclipseMin * 60) / steps;
    let lossWh = 0;
    for (let k = 0; k < steps; k++) {
      stepBudgets(packed, idx, pos, sun, dtS, st, out);
      expect(out.shadow[0]).toBe(1);
      expect(out.computeAvailable[0]).toBeGreaterThan(1 - 1e-9);
      lossWh += (out.batteryLossW[0] * dtS) / 3600;
    }
    const floorWh = (1 - dod) * capWh;
    expect(Math.abs(st.batteryWh[0] - floorWh)).toBeLessThan(1e-9 * capWh);
    // Battery heat over the eclipse: P t (1/η_d − 1) = 6,826 Wh × 0.0526 = 359 Wh.
    expect(lossWh).toBeCloseTo(((loadW * eclipseMin) / 60) * (1 / BATTERY_DISCHARGE_EFFICIENCY - 1), 2);
    // One more step: at the floor compute is shed, the bus draws on the reserve.
    stepBudgets(packed, idx, pos, sun, dtS, st, out);
    expect(out.computeAvailable[0]).toBeLessThan(1e-9);
    expect(out.limitedBy[0]).toBe(LIMITED_BATTERY);
    expect(out.loadW[0]).toBeCloseTo(NODE_PARAM_DEFAULTS.busLoadW, 6);
  });

  it('on a real β ≈ 0 orbit: sized for penumbra in → out it never sheds compute; sized for the umbra alone it just does', () => {
    // Equatorial 550 km orbit at the March 2025 equinox: the Sun is in the orbit plane.
    const t0 = Date.UTC(2025, 2, 20, 9);
    const pos = circular(550, 0, 0, t0);
    const P = keplerPeriodS(R + 550);
    const ev = findEclipseEvents((t, o) => (pos(t, o), true), t0, t0 + 1.2 * P * 1000);
    const at = (kind: string) => ev.find((e) => e.kind === kind)!.tMs;
    const [penIn, umbIn, umbOut, penOut] = [
      at('penumbra_in'),
      at('umbra_in'),
      at('umbra_out'),
      at('penumbra_out'),
    ];
    const run = (eclipseMs: number) => {
      const capWh = batteryForEclipseWh(loadW, eclipseMs / 60000, dod);
      const dtS = 1;
      const { state, sums } = runOne(
        withDefaults({ batteryWh: capWh }),
        pos,
        penIn,
        Math.round((penOut - penIn) / 1000),
        dtS,
      );
      return {
        endAboveFloor: state.batteryWh[0] / capWh - (1 - dod),
        minAboveFloor: sums.minSoc - (1 - dod),
        limitedSteps: sums.batteryLimited,
      };
    };
    const pen = run(penOut - penIn);
    const umb = run(umbOut - umbIn);
    console.log(
      `β≈0 550 km: penumbra ${((penOut - penIn) / 60000).toFixed(3)} min, umbra ${((umbOut - umbIn) / 60000).toFixed(3)} min; ` +
        `sized for penumbra: lowest ${(pen.minAboveFloor * 100).toFixed(4)} % of capacity above the floor, ends ${(pen.endAboveFloor * 100).toFixed(4)} %; ` +
        `sized for umbra: ${umb.limitedSteps} compute-shedding steps, lowest ${(umb.minAboveFloor * 100).toFixed(4)} %`,
    );
    expect(pen.limitedSteps).toBe(0);
    expect(pen.minAboveFloor).toBeGreaterThan(0);
    // Measured: penumbra 35.662 min, umbra 35.379 min; sized for the penumbra the battery bottoms out
    // 0.17 % of capacity above the floor (the penumbra's partial sunlight); sized for the umbra it
    // sheds compute for 7 s and the bus takes it 0.004 % below the floor.
    expect(pen.minAboveFloor).toBeLessThan(0.005);
    expect(umb.limitedSteps).toBeGreaterThan(0);
    expect(umb.minAboveFloor).toBeLessThan(1e-6);
  });
});

describe('stepBudgets: scrubbing equals playing (warm-up of 3 orbits)', () => {
  const scenarios: [string, number, number, number, number][] = [
    // name, altitude, inclination, raan, t0
    ['default node, 550 km / 53°', 550, 53 * DEG, 0.3, Date.UTC(2025, 2, 1)],
    [
      'dawn-dusk SSO node, 650 km, December',
      650,
      ssoInclinationRad(R + 650),
      sunPos(julianDate(Date.UTC(2025, 11, 15)) as never).rtasc - Math.PI / 2,
      Date.UTC(2025, 11, 15),
    ],
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
      console.log(
        `${name}: scrub vs play after 12 h: |ΔE| ${dE.toFixed(3)} Wh, |ΔT| ${dT.toFixed(4)} K (T ${play.state.tempK[0].toFixed(2)} K)`,
      );
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
      fc.property(
        fc.array(paramsArb, { minLength: 1, maxLength: 4 }),
        d(160, 3000),
        d(0, 180),
        (sets, alt, incDeg) => {
          const n = sets.length * 2;
          const packed = packParams(sets);
          const idx = new Uint16Array(n);
          for (let i = 0; i < n; i++) idx[i] = i % sets.length;
          const t0 = Date.UTC(2025, 5, 1);
          const orbits = Array.from({ length: n }, (_, i) =>
            circular(alt, incDeg * DEG, i * 0.7, t0, i * 1.3),
          );
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
              for (const arr of [
                out.shadow,
                out.powerGenW,
                out.loadW,
                out.batteryWh,
                out.socFraction,
                out.computeAvailable,
                out.curtailedW,
                out.batteryLossW,
              ]) {
                if (!Number.isFinite(arr[i]) || arr[i] < 0) return false;
              }
              if (Number.isNaN(out.tempK[i])) return false;
              if (out.computeAvailable[i] > 1 || out.shadow[i] > 1 || out.limitedBy[i] > 2) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 40, seed: 20250601 },
    );
  });
});

describe('stepBudgets: speed and the lit fast path', () => {
  it('100,000 nodes per step', () => {
    const n = 100000;
    const sets = [
      NODE_PARAM_DEFAULTS,
      withDefaults({ pointing: 'nadir' }),
      withDefaults({ batteryWh: 5000 }),
    ];
    const packed = packParams(sets);
    const idx = new Uint16Array(n);
    const pos = new Float32Array(3 * n);
    for (let i = 0; i < n; i++) {
      idx[i] = i % 3;
      const u = (i * 2.399963) % (2 * Math.PI),
        z = ((i * 0.618034) % 1) * 2 - 1;
      const r = R + 550,
        s = Math.sqrt(1 - z * z);
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
    const times: number[] = [];
    for (let k = 0; k < reps; k++) {
      const start = performance.now();
      stepBudgets(packed, idx, pos, sun, 60, st, out);
      times.push(performance.now() - start);
    }
    const ms = times.sort((a, b) => a - b)[reps >> 1]; // median
    let inShadow = 0;
    for (let i = 0; i < n; i++) {
      if (out.shadow[i] > 0) inShadow++;
      // the stepper's lit fast path agrees with the full shadow function
      expect(
        Math.abs(
          out.shadow[i] - shadowFraction(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], sun.x, sun.y, sun.z),
        ),
      ).toBeLessThan(1e-6);
    }
    console.log(
      `stepBudgets: ${ms.toFixed(2)} ms per step for ${n} nodes (${((ms * 1000) / n).toFixed(3)} µs/node-step), ${inShadow} in shadow`,
    );
    // The fast path was exercised on both sides: about a third of the nodes are in shadow.
    expect(inShadow).toBeGreaterThan(0.25 * n);
    expect(inShadow).toBeLessThan(0.5 * n);
    // docs/performance.md budgets 50 ms per step (`npm run bench` checks it); measured 25 ms here.
    // 4× that catches an allocation or a slow path per node without failing on a busy machine.
    expect(ms).toBeLessThan(200);
  });
});
