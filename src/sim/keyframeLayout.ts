/**
 * The keyframe window's layout and its sampler (docs/physics.md), without SGP4: the main thread reads
 * windows the worker computed (src/sim/keyframes.ts) and must not download satellite.js to do so.
 * Layout, time-major so one window is one RGBA32F texture: for keyframe k and satellite i,
 * texel 2(kN+i) = (x, y, z, valid) km and texel 2(kN+i)+1 = (vx, vy, vz, 0) km/s, ECI (TEME).
 */
import { dataTextureRows } from './dataTexture';

/** Floats per keyframe per satellite (two RGBA texels). */
export const KF_STRIDE = 8;
/** Keyframe cadence, s. Measured interpolation error at this cadence: see keyframes.test.ts. */
export const KF_STEP_S = 240;

/** One window of keyframes. */
export interface KeyframeWindow {
  startMs: number;
  stepS: number;
  /** Number of keyframes. */
  count: number;
  satCount: number;
  /** count × satCount × KF_STRIDE floats, padded to whole texture rows. */
  data: Float32Array;
  /** satellite.js error code per satellite (0 = fine; 6 = decayed) at the first failing keyframe. */
  status: Uint8Array;
}

/** Texture height (rows of DATA_TEXTURE_WIDTH texels, src/sim/dataTexture.ts) for a window of this size. */
export function keyframeTextureRows(count: number, satCount: number): number {
  return dataTextureRows(count * satCount * 2);
}

const P0 = new Float64Array(3),
  V0 = new Float64Array(3),
  P1 = new Float64Array(3),
  V1 = new Float64Array(3);

/**
 * Position and velocity of satellite `i` at `tMs` from a window, by the same Hermite polynomial the
 * shader uses; clamps to the window's ends. Returns false when the satellite is invalid there.
 */
export function sampleKeyframes(
  w: KeyframeWindow,
  i: number,
  tMs: number,
  hermiteFn: (
    p0: Float64Array,
    v0: Float64Array,
    p1: Float64Array,
    v1: Float64Array,
    h: number,
    s: number,
    pos: Float64Array,
    vel: Float64Array,
  ) => void,
  outPos: Float64Array,
  outVel: Float64Array,
): boolean {
  const x = Math.min(Math.max((tMs - w.startMs) / (w.stepS * 1000), 0), w.count - 1);
  const k = Math.min(Math.floor(x), w.count - 2);
  const s = x - k;
  const a = (k * w.satCount + i) * KF_STRIDE;
  const b = ((k + 1) * w.satCount + i) * KF_STRIDE;
  if (w.data[a + 3] !== 1 || w.data[b + 3] !== 1) return false;
  for (let c = 0; c < 3; c++) {
    P0[c] = w.data[a + c];
    V0[c] = w.data[a + 4 + c];
    P1[c] = w.data[b + c];
    V1[c] = w.data[b + 4 + c];
  }
  hermiteFn(P0, V0, P1, V1, w.stepS, s, outPos, outVel);
  return true;
}
