import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json2satrec, sgp4, twoline2satrec, type SatRec } from 'satellite.js';
import { KF_STEP_S, KF_STRIDE, computeKeyframes, satrecEpochMs } from './keyframes';
import {
  WASM_MEMORY_CAP_BYTES,
  createWasmKeyframer,
  wasmBytesFor,
  type WasmKeyframer,
} from './keyframesWasm';

let seed = 12345;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

function randomLeo(count: number): SatRec[] {
  const out: SatRec[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      json2satrec({
        OBJECT_NAME: 'x',
        OBJECT_ID: '2024-001A',
        EPOCH: `2025-05-${String(20 + (i % 10)).padStart(2, '0')}T0${i % 10}:17:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`,
        MEAN_MOTION: 12 + 4 * rnd(),
        ECCENTRICITY: 0.02 * rnd(),
        INCLINATION: 180 * rnd(),
        RA_OF_ASC_NODE: 360 * rnd(),
        ARG_OF_PERICENTER: 360 * rnd(),
        MEAN_ANOMALY: 360 * rnd(),
        EPHEMERIS_TYPE: 0,
        CLASSIFICATION_TYPE: 'U',
        NORAD_CAT_ID: i + 1,
        ELEMENT_SET_NO: 999,
        REV_AT_EPOCH: 0,
        BSTAR: 1e-4 * rnd(),
        MEAN_MOTION_DOT: 0,
        MEAN_MOTION_DDOT: 0,
      }),
    );
  }
  return out;
}

const V5 = twoline2satrec(
  '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753',
  '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667',
);
const DECAYING = json2satrec({
  OBJECT_NAME: 'DECAY',
  OBJECT_ID: '2024-001A',
  EPOCH: '2025-05-31T00:00:00.000',
  MEAN_MOTION: 16.3,
  ECCENTRICITY: 0.001,
  INCLINATION: 51.6,
  RA_OF_ASC_NODE: 0,
  ARG_OF_PERICENTER: 0,
  MEAN_ANOMALY: 0,
  EPHEMERIS_TYPE: 0,
  CLASSIFICATION_TYPE: 'U',
  NORAD_CAT_ID: 99999,
  ELEMENT_SET_NO: 999,
  REV_AT_EPOCH: 0,
  BSTAR: 0.5,
  MEAN_MOTION_DOT: 0,
  MEAN_MOTION_DDOT: 0,
});

let kf: WasmKeyframer;
beforeAll(async () => {
  kf = await createWasmKeyframer();
});
afterAll(() => kf.dispose());

/** Max position difference (km) between a WASM window and the double-precision plain-JS SGP4. */
function maxDiffVsSgp4Km(recs: readonly SatRec[], w: ReturnType<WasmKeyframer['compute']>): number {
  let max = 0;
  for (let i = 0; i < recs.length; i++) {
    for (let k = 0; k < w.count; k++) {
      const o = (k * recs.length + i) * KF_STRIDE;
      if (w.data[o + 3] !== 1) continue;
      const pv = sgp4(recs[i], (w.startMs + k * w.stepS * 1000 - satrecEpochMs(recs[i])) / 60000)!;
      // The texture is float32: compare to the float32 rounding of the double JS value.
      max = Math.max(
        max,
        Math.abs(w.data[o] - Math.fround(pv.position.x)),
        Math.abs(w.data[o + 1] - Math.fround(pv.position.y)),
        Math.abs(w.data[o + 2] - Math.fround(pv.position.z)),
      );
    }
  }
  return max;
}

describe('WASM keyframer parity with computeKeyframes', () => {
  it('same layout and statuses; positions equal to plain JS within 1e-6 km (float32-rounded texels equal)', () => {
    const recs = [...randomLeo(300), V5, DECAYING];
    const startMs = Date.parse('2025-06-01T00:00:00.250Z');
    const a = computeKeyframes(recs, startMs, 600, 40); // 6.5 h: DECAYING fails inside the window
    const b = kf.compute(recs, startMs, 600, 40);
    expect(b.startMs).toBe(a.startMs);
    expect(b.stepS).toBe(a.stepS);
    expect(b.count).toBe(a.count);
    expect(b.satCount).toBe(a.satCount);
    expect(b.data.length).toBe(a.data.length);
    expect(Array.from(b.status)).toEqual(Array.from(a.status));
    expect(a.status[recs.length - 1]).not.toBe(0);
    let maxDiff = 0;
    for (let j = 0; j < a.data.length; j++) {
      if ((j & 3) === 3)
        expect(b.data[j]).toBe(a.data[j]); // valid flags and padding
      else maxDiff = Math.max(maxDiff, Math.abs(b.data[j] - a.data[j]));
    }
    expect(maxDiff).toBeLessThanOrEqual(1e-6);
    expect(maxDiffVsSgp4Km(recs, b)).toBeLessThanOrEqual(1e-6);
  });

  it('stays exact on later windows with the satrecs kept loaded, and after switching sets', () => {
    const recs = randomLeo(200);
    const t0 = Date.parse('2025-06-02T00:00:00Z');
    for (const startMs of [t0, t0 + 86400000 * 3 + 240000, t0 - 7 * 86400000, t0 + 0.5]) {
      const w = kf.compute(recs, startMs, KF_STEP_S, 8);
      expect(maxDiffVsSgp4Km(recs, w)).toBeLessThanOrEqual(1e-6);
    }
    const other = [V5];
    const v = kf.compute(other, satrecEpochMs(V5), KF_STEP_S, 3);
    // V17 through the WASM path: 00005 at t = 0 (float32 texel of the reference value)
    expect(v.data[0]).toBe(Math.fround(7022.46529266));
    expect(v.data[1]).toBe(Math.fround(-1400.08296755));
    expect(Math.abs(v.data[2] - 0.03995155)).toBeLessThan(1e-6);
  });

  it('refuses windows over the WASM memory cap instead of failing silently', () => {
    const n = Math.ceil(WASM_MEMORY_CAP_BYTES / wasmBytesFor(1, 30)) + 1;
    const huge = new Array<SatRec>(n).fill(V5);
    expect(() => kf.compute(huge, 0, 240, 30)).toThrow(RangeError);
  });

  it('dispose swallows the ExitStatus and later use throws', async () => {
    const k2 = await createWasmKeyframer();
    k2.compute([V5], satrecEpochMs(V5), 60, 2);
    expect(() => k2.dispose()).not.toThrow();
    expect(() => k2.compute([V5], 0, 60, 2)).toThrow(/disposed/);
  });
});

// Timing, on demand: BENCH_KEYFRAMES=1 npx vitest run src/sim/keyframesWasm.test.ts
describe.runIf(process.env.BENCH_KEYFRAMES === '1')(
  'JS vs WASM timing (10,000 satellites × 30 keyframes)',
  () => {
    it('prints µs per satellite-state', () => {
      const N = 10000,
        K = 30;
      const recs = randomLeo(N);
      const start = Date.parse('2025-06-01T06:00:00Z');
      const js: number[] = [],
        wasm: number[] = [],
        load: number[] = [];
      for (let r = 0; r < 10; r++) {
        let t = performance.now();
        computeKeyframes(recs, start + r * 1000, KF_STEP_S, K);
        js.push(((performance.now() - t) * 1000) / (N * K));
        t = performance.now();
        kf.compute(recs.slice(), start + r * 1000, KF_STEP_S, K); // new array: reloads satrecs
        load.push(((performance.now() - t) * 1000) / (N * K));
        kf.compute(recs, start + r * 1000, KF_STEP_S, K); // loads this array once
        t = performance.now();
        kf.compute(recs, start + r * 1000 + 240000, KF_STEP_S, K); // same array: satrecs stay loaded
        wasm.push(((performance.now() - t) * 1000) / (N * K));
      }
      const med = (a: number[]) => a.slice(2).sort((x, y) => x - y)[(a.length - 2) >> 1];
      console.log(
        `µs per satellite-state (median of 8 after 2 warm-up): JS ${med(js).toFixed(3)}; WASM ${med(wasm).toFixed(3)} with satrecs loaded, ${med(load).toFixed(3)} incl. loading satrecs\nJS   ${js.map((x) => x.toFixed(3)).join(' ')}\nWASM ${wasm.map((x) => x.toFixed(3)).join(' ')}\nload ${load.map((x) => x.toFixed(3)).join(' ')}`,
      );
      expect(med(wasm)).toBeGreaterThan(0);
    }, 300000);
  },
);
