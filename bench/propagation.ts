/**
 * Node half of `npm run bench` (run through tsx by scripts/bench.mjs; also runnable alone:
 * `npx tsx bench/propagation.ts [--sats 3000] [--keyframes 16] [--runs 7] [--no-expand] [--no-interp] [--no-wasm] [--no-budget]`).
 *
 * Measures, on one core:
 *  - SGP4 keyframe throughput of the worker path's core for synthetic Walker satrecs built with
 *    satellite.js json2satrec, in satellite-states/s: plain JS (src/sim/keyframes.ts computeKeyframes)
 *    and satellite.js's single-thread WASM (src/sim/keyframesWasm.ts, what the worker prefers);
 *  - json2satrec cost per satellite;
 *  - position error of the Hermite interpolation the GPU does between keyframes, against SGP4;
 *  - closed-form expansion of a 1,000,000-satellite Walker scenario (src/scenario/expand.ts), if present;
 *  - one power/thermal budget step for 100,000 nodes (src/sim/budget.ts stepBudgets), if present.
 * Prints one JSON object on the last line of stdout.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { json2satrec, sgp4, type SatRec } from 'satellite.js';
import { computeKeyframes, KF_STEP_S, sampleKeyframes } from '../src/sim/keyframes.ts';
import { hermite } from '../src/sim/hermite.ts';

const MU = 398600.4418;
const R_EARTH = 6378.137;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const SATS = arg('sats', 3000);
const KEYFRAMES = arg('keyframes', 16);
const RUNS = arg('runs', 7);
const EPOCH = '2025-06-01T00:00:00.000';
const EPOCH_MS = Date.parse(`${EPOCH}Z`);

/** Walker-delta satrecs over three shells (550, 1100 and 1800 km), as OMM records through json2satrec. */
function walkerSatrecs(total: number): SatRec[] {
  const shells = [
    { altKm: 550, incDeg: 53 },
    { altKm: 1100, incDeg: 70 },
    { altKm: 1800, incDeg: 97.5 },
  ];
  const recs: SatRec[] = [];
  const perShell = Math.ceil(total / shells.length);
  const planes = Math.max(1, Math.round(Math.sqrt(perShell)));
  const perPlane = Math.ceil(perShell / planes);
  let id = 270000;
  for (const sh of shells) {
    const a = R_EARTH + sh.altKm;
    const revPerDay = (Math.sqrt(MU / a ** 3) * 86400) / (2 * Math.PI);
    for (let p = 0; p < planes; p++) {
      for (let s = 0; s < perPlane && recs.length < total; s++) {
        recs.push(
          json2satrec({
            OBJECT_NAME: `BENCH ${id}`,
            OBJECT_ID: '2025-001A',
            EPOCH,
            MEAN_MOTION: revPerDay,
            ECCENTRICITY: 0.0001,
            INCLINATION: sh.incDeg,
            RA_OF_ASC_NODE: (360 * p) / planes,
            ARG_OF_PERICENTER: 0,
            MEAN_ANOMALY: (360 * s) / perPlane + (360 * p) / (planes * perPlane),
            EPHEMERIS_TYPE: 0,
            CLASSIFICATION_TYPE: 'U',
            NORAD_CAT_ID: id++,
            ELEMENT_SET_NO: 999,
            REV_AT_EPOCH: 0,
            BSTAR: 0.0001,
            MEAN_MOTION_DOT: 0,
            MEAN_MOTION_DDOT: 0,
          }),
        );
      }
    }
  }
  return recs;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const out: Record<string, unknown> = {
  satellites: SATS,
  keyframes: KEYFRAMES,
  runs: RUNS,
  notes: [] as string[],
};
const notes = out.notes as string[];

// json2satrec cost
let t = performance.now();
const satrecs = walkerSatrecs(SATS);
out.json2satrecUsPerSat = ((performance.now() - t) * 1000) / SATS;

// Keyframe throughput (three warm-up runs for the JIT, then RUNS timed runs over different windows).
for (let r = 0; r < 3; r++) computeKeyframes(satrecs, EPOCH_MS - (r + 1) * 3_600_000, KF_STEP_S, KEYFRAMES);
const runMs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  t = performance.now();
  const w = computeKeyframes(satrecs, EPOCH_MS + r * 3_600_000, KF_STEP_S, KEYFRAMES);
  runMs.push(performance.now() - t);
  if (w.status.some((s) => s !== 0)) notes.push(`run ${r}: some satellites failed to propagate`);
}
const states = SATS * KEYFRAMES;
out.keyframeRunMs = runMs.map((x) => Math.round(x * 10) / 10);
out.sgp4StatesPerSMedian = states / (median(runMs) / 1000);
out.sgp4StatesPerSBest = states / (Math.min(...runMs) / 1000);
notes.push(
  'sgp4StatesPerS counts SGP4 keyframes only (computeKeyframes); sun and shadow are not part of that path yet',
);

// The same windows through satellite.js's single-thread WASM (what the worker uses where it starts).
if (!flag('no-wasm')) {
  const wasmPath = fileURLToPath(new URL('../src/sim/keyframesWasm.ts', import.meta.url));
  if (!existsSync(wasmPath)) {
    notes.push('src/sim/keyframesWasm.ts does not exist: WASM keyframes not measured');
  } else {
    try {
      const mod = (await import(wasmPath)) as {
        createWasmKeyframer(): Promise<{
          compute(s: readonly SatRec[], startMs: number, stepS: number, count: number): unknown;
          dispose(): void;
        }>;
      };
      const k = await mod.createWasmKeyframer();
      for (let r = 0; r < 3; r++) k.compute(satrecs, EPOCH_MS - (r + 1) * 3_600_000, KF_STEP_S, KEYFRAMES);
      const wasmMs: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        t = performance.now();
        k.compute(satrecs, EPOCH_MS + r * 3_600_000, KF_STEP_S, KEYFRAMES);
        wasmMs.push(performance.now() - t);
      }
      try {
        k.dispose();
      } catch {
        // satellite.js's runtime exits by throwing ExitStatus
      }
      out.wasmKeyframeRunMs = wasmMs.map((x) => Math.round(x * 10) / 10);
      out.wasmStatesPerSMedian = states / (median(wasmMs) / 1000);
    } catch (e) {
      notes.push(`WASM keyframes failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

// Hermite interpolation error against direct SGP4, at many fractions of each step.
if (!flag('no-interp')) {
  const w = computeKeyframes(satrecs, EPOCH_MS, KF_STEP_S, KEYFRAMES);
  const pos = new Float64Array(3);
  const vel = new Float64Array(3);
  let maxErr = 0;
  let sumErr = 0;
  let n = 0;
  const sampleStride = Math.max(1, Math.floor(SATS / 300));
  for (let i = 0; i < SATS; i += sampleStride) {
    const rec = satrecs[i];
    const epochMs = (rec.jdsatepoch - 2440587.5) * 86400000;
    for (let k = 0; k < KEYFRAMES - 1; k++) {
      for (const f of [0.13, 0.37, 0.5, 0.71, 0.93]) {
        const tMs = EPOCH_MS + (k + f) * KF_STEP_S * 1000;
        if (!sampleKeyframes(w, i, tMs, hermite, pos, vel)) continue;
        const pv = sgp4(rec, (tMs - epochMs) / 60000);
        if (!pv) continue;
        const e = Math.hypot(pos[0] - pv.position.x, pos[1] - pv.position.y, pos[2] - pv.position.z);
        maxErr = Math.max(maxErr, e);
        sumErr += e;
        n++;
      }
    }
  }
  out.interpolationStepS = KF_STEP_S;
  out.interpolationMaxErrorKm = maxErr;
  out.interpolationMeanErrorKm = n ? sumErr / n : null;
  out.interpolationSamples = n;
}

// Closed-form expansion of 1,000,000 satellites.
if (!flag('no-expand')) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const expandPath = `${here}../src/scenario/expand.ts`;
  const validatePath = `${here}../src/scenario/validate.ts`;
  if (!existsSync(expandPath)) {
    notes.push('src/scenario/expand.ts does not exist yet: expansion of 1,000,000 satellites not measured');
  } else {
    try {
      const expandMod = (await import(expandPath)) as { expandScenario: (s: unknown) => { total: number } };
      const validateMod = existsSync(validatePath)
        ? ((await import(validatePath)) as {
            parseScenario: (x: unknown) => { ok: true; scenario: unknown } | { ok: false; issues: string[] };
          })
        : null;
      const json = {
        version: 1,
        name: 'bench 1M',
        epoch: '2025-06-01T00:00:00Z',
        shells: [
          {
            kind: 'walker',
            name: 'bench',
            altitudeKm: 550,
            inclinationDeg: 53,
            planes: 1000,
            satsPerPlane: 1000,
          },
        ],
      };
      const times: number[] = [];
      const parseTimes: number[] = [];
      let total = 0;
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        let scenario: unknown = json;
        if (validateMod) {
          const parsed = validateMod.parseScenario(json);
          if (!parsed.ok) throw new Error(`bench scenario invalid: ${parsed.issues.join('; ')}`);
          scenario = parsed.scenario;
        }
        const t1 = performance.now();
        total = expandMod.expandScenario(scenario).total;
        times.push(performance.now() - t1);
        parseTimes.push(t1 - t0);
      }
      out.expand1MSatellites = total;
      out.expand1MMsMedian = median(times);
      out.validate1MMsMedian = median(parseTimes);
    } catch (e) {
      out.expandError = e instanceof Error ? e.message : String(e);
    }
  }
}

// Power and thermal budget step for 100,000 nodes (src/sim/budget.ts), if present.
if (!flag('no-budget')) {
  const budgetPath = fileURLToPath(new URL('../src/sim/budget.ts', import.meta.url));
  const paramsPath = fileURLToPath(new URL('../src/sim/nodeParams.ts', import.meta.url));
  const sunPath = fileURLToPath(new URL('../src/sim/sun.ts', import.meta.url));
  if (!existsSync(budgetPath) || !existsSync(paramsPath)) {
    notes.push('src/sim/budget.ts or nodeParams.ts missing: power/thermal step not measured');
  } else {
    try {
      type Xyz = { x: number; y: number; z: number };
      const budget = (await import(budgetPath)) as {
        initBudgetState(
          n: number,
          idx: Uint16Array,
          packed: Float64Array,
          pos?: Float32Array,
          sun?: Xyz,
        ): unknown;
        createBudgetOutputs(n: number): unknown;
        stepBudgets(
          packed: Float64Array,
          idx: Uint16Array,
          pos: Float32Array,
          sun: Xyz,
          dtS: number,
          st: unknown,
          o: unknown,
        ): unknown;
      };
      const params = (await import(paramsPath)) as {
        NODE_PARAM_DEFAULTS: unknown;
        packParams(p: readonly unknown[]): Float64Array;
      };
      const sunMod = (await import(sunPath)) as { sunPositionEciKm(ms: number): Xyz };
      const N = 100_000;
      const packed = params.packParams([params.NODE_PARAM_DEFAULTS]);
      const idx = new Uint16Array(N);
      // Nodes spread over a 550 km sphere (a fixed pseudo-random pattern: golden-angle spiral).
      const pos = new Float32Array(3 * N);
      const r = R_EARTH + 550;
      for (let i = 0; i < N; i++) {
        const z = 1 - (2 * (i + 0.5)) / N;
        const rho = Math.sqrt(1 - z * z);
        const phi = i * 2.399963229728653;
        pos[3 * i] = r * rho * Math.cos(phi);
        pos[3 * i + 1] = r * rho * Math.sin(phi);
        pos[3 * i + 2] = r * z;
      }
      const sun = sunMod.sunPositionEciKm(EPOCH_MS);
      const state = budget.initBudgetState(N, idx, packed, pos, sun);
      const o = budget.createBudgetOutputs(N);
      for (let k = 0; k < 5; k++) budget.stepBudgets(packed, idx, pos, sun, 60, state, o);
      const stepMs: number[] = [];
      for (let k = 0; k < 20; k++) {
        t = performance.now();
        budget.stepBudgets(packed, idx, pos, sun, 60, state, o);
        stepMs.push(performance.now() - t);
      }
      out.budget100kMsPerStepMedian = median(stepMs);
    } catch (e) {
      notes.push(`power/thermal step failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

console.log(JSON.stringify(out));
