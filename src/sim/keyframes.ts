/**
 * SGP4 keyframes for real element sets (docs/physics.md): satellite.js propagates each satellite at a
 * fixed cadence over a window; the GPU interpolates between keyframes with cubic Hermite.
 * Layout, time-major so one window is one RGBA32F texture: for keyframe k and satellite i,
 * texel 2(kN+i) = (x, y, z, valid) km and texel 2(kN+i)+1 = (vx, vy, vz, 0) km/s, ECI (TEME).
 */
import { sgp4, type SatRec } from 'satellite.js';
import { DATA_TEXTURE_WIDTH } from './dataTexture';
import { sgp4NearInto } from './sgp4Near';
import { KF_STRIDE, keyframeTextureRows, type KeyframeWindow } from './keyframeLayout';

// The layout and the sampler live in keyframeLayout.ts (the main thread needs them without SGP4).
export {
  KF_STEP_S,
  KF_STRIDE,
  keyframeTextureRows,
  sampleKeyframes,
  type KeyframeWindow,
} from './keyframeLayout';

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
