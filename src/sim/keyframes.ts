/**
 * SGP4 keyframes for real element sets (docs/physics.md): satellite.js propagates each satellite at a
 * fixed cadence over a window; the GPU interpolates between keyframes with cubic Hermite.
 * Layout, time-major so one window is one RGBA32F texture: for keyframe k and satellite i,
 * texel 2(kN+i) = (x, y, z, valid) km and texel 2(kN+i)+1 = (vx, vy, vz, 0) km/s, ECI (TEME).
 */
import { sgp4, type SatRec } from 'satellite.js';
import { DATA_TEXTURE_WIDTH, dataTextureRows } from './dataTexture';
import { sgp4NearInto } from './sgp4Near';

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

/** Texture height (rows of {@link DATA_TEXTURE_WIDTH} texels) for a window of this size. */
export function keyframeTextureRows(count: number, satCount: number): number {
  return dataTextureRows(count * satCount * 2);
}

/** Unix ms of a satrec's epoch. */
export function satrecEpochMs(rec: SatRec): number {
  return (rec.jdsatepoch - 2440587.5) * 86400000;
}

/** One satellite's position and velocity, reused by every near-Earth call (no allocation per state). */
const PV = new Float64Array(6);

/**
 * Propagates every satrec with plain-JS SGP4 at `count` instants from `startMs` every `stepS` seconds:
 * near-Earth element sets through {@link sgp4NearInto} (satellite.js's statements without its
 * per-call objects, the same bytes), deep-space ones through satellite.js `sgp4`. A satellite that
 * fails (decay, bad elements) is marked invalid from that keyframe on and its error code kept in `status`.
 */
export function computeKeyframes(
  satrecs: readonly SatRec[],
  startMs: number,
  stepS: number,
  count: number,
): KeyframeWindow {
  const n = satrecs.length;
  const rows = keyframeTextureRows(count, n);
  const data = new Float32Array(rows * DATA_TEXTURE_WIDTH * 4);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const rec = satrecs[i];
    const epochMs = satrecEpochMs(rec);
    const near = rec.method === 'n';
    for (let k = 0; k < count; k++) {
      const o = (k * n + i) * KF_STRIDE;
      if (status[i] !== 0) continue;
      const tsinceMin = (startMs + k * stepS * 1000 - epochMs) / 60000;
      if (near) {
        const err = sgp4NearInto(rec, tsinceMin, PV);
        if (err !== 0 || !Number.isFinite(PV[0])) {
          status[i] = err || 255;
          continue;
        }
        data[o] = PV[0];
        data[o + 1] = PV[1];
        data[o + 2] = PV[2];
        data[o + 3] = 1;
        data[o + 4] = PV[3];
        data[o + 5] = PV[4];
        data[o + 6] = PV[5];
        continue;
      }
      const pv = sgp4(rec, tsinceMin);
      if (!pv || !Number.isFinite(pv.position.x)) {
        status[i] = rec.error || 255;
        continue;
      }
      data[o] = pv.position.x;
      data[o + 1] = pv.position.y;
      data[o + 2] = pv.position.z;
      data[o + 3] = 1;
      data[o + 4] = pv.velocity.x;
      data[o + 5] = pv.velocity.y;
      data[o + 6] = pv.velocity.z;
    }
  }
  return { startMs, stepS, count, satCount: n, data, status };
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
