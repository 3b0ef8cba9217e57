/**
 * Test fixtures shared by src/sim tests: a circular Walker shell as a ClosedFormSet, laid out plane
 * by plane as src/scenario/expand.ts does (src/sim tests may not import the scenario layer), and its
 * ECI positions at an instant. Not used by the app.
 */
import { closedFormState, type ClosedFormSet } from './closedForm';
import { DEG, EARTH_RADIUS_KM } from './constants';
import { sgp4SecularRates } from './orbit';

/** Epoch of the fixtures, Unix ms. */
export const TEST_EPOCH_MS = Date.UTC(2025, 5, 1);

/** Walker i:T/P/F at `altKm`, `incDeg`: RAAN spread over 360° (delta) or 180° (star), phasing F. */
export function walkerSet(
  planes: number,
  perPlane: number,
  altKm: number,
  incDeg: number,
  pattern: 'delta' | 'star' = 'delta',
  phasing = 0,
): ClosedFormSet {
  const r = sgp4SecularRates(EARTH_RADIUS_KM + altKm, 0, incDeg * DEG);
  const n = planes * perPlane;
  const elements = new Float32Array(n * 6);
  const planeStep = (pattern === 'star' ? Math.PI : 2 * Math.PI) / planes;
  for (let p = 0; p < planes; p++) {
    for (let s = 0; s < perPlane; s++) {
      const m = (s * 2 * Math.PI) / perPlane + (p * phasing * 2 * Math.PI) / n;
      elements.set([r.aKm, 0, incDeg * DEG, p * planeStep, 0, m % (2 * Math.PI)], (p * perPlane + s) * 6);
    }
  }
  return {
    count: n,
    epochMs: TEST_EPOCH_MS,
    elements,
    group: new Uint32Array(n),
    rates: Float64Array.from([r.raanDotRadS, r.argpDotRadS, r.mDotRadS]),
  };
}

/** ECI positions (km, 3 per satellite) of every satellite of `set` at `tMs`. */
export function setPositions(set: ClosedFormSet, tMs: number): Float64Array {
  const s = new Float64Array(6);
  const out = new Float64Array(set.count * 3);
  for (let i = 0; i < set.count; i++) {
    closedFormState(set, i, tMs, s);
    out.set(s.subarray(0, 3), i * 3);
  }
  return out;
}
