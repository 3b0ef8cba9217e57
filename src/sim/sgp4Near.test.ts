/**
 * The allocation-free near-Earth SGP4 gives satellite.js's doubles bit for bit (positions, velocities,
 * error codes) over a spread of element sets — low perigee (simplified drag), high drag until decay,
 * eccentric, retrograde — and computeKeyframes built on it writes the same bytes as the loop over
 * satellite.js `sgp4` it replaced.
 */
import { describe, expect, it } from 'vitest';
import { json2satrec, sgp4, twoline2satrec, type SatRec } from 'satellite.js';
import { sgp4NearInto } from './sgp4Near';
import { computeKeyframes, keyframeTextureRows, KF_STRIDE, satrecEpochMs } from './keyframes';
import { DATA_TEXTURE_WIDTH } from './dataTexture';

function omm(
  meanMotion: number,
  ecc: number,
  inc: number,
  raan: number,
  argp: number,
  m: number,
  bstar: number,
) {
  return json2satrec({
    OBJECT_NAME: 'T',
    OBJECT_ID: '2024-001A',
    EPOCH: '2025-05-30T07:12:00.000',
    MEAN_MOTION: meanMotion,
    ECCENTRICITY: ecc,
    INCLINATION: inc,
    RA_OF_ASC_NODE: raan,
    ARG_OF_PERICENTER: argp,
    MEAN_ANOMALY: m,
    EPHEMERIS_TYPE: 0,
    CLASSIFICATION_TYPE: 'U',
    NORAD_CAT_ID: 40000,
    ELEMENT_SET_NO: 999,
    REV_AT_EPOCH: 0,
    BSTAR: bstar,
    MEAN_MOTION_DOT: 0,
    MEAN_MOTION_DDOT: 0,
  });
}

/** A deterministic spread of near-Earth element sets (and one deep-space set, which must stay on satellite.js). */
function satrecs(): SatRec[] {
  const out: SatRec[] = [];
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 200; i++) {
    const mm = 11.5 + rnd() * 4.9; // ≈ 180 … 2,000 km
    const ecc = i % 10 === 0 ? 0.05 + rnd() * 0.2 : rnd() * 0.01;
    const bstar = i % 17 === 0 ? 0.05 : rnd() * 5e-4; // some decay within the window
    out.push(omm(mm, ecc, rnd() * 180, rnd() * 360, rnd() * 360, rnd() * 360, bstar));
  }
  out.push(omm(16.3, 0.001, 51.6, 10, 20, 30, 8e-4)); // perigee < 220 km: simplified drag (isimp)
  out.push(
    twoline2satrec(
      '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753',
      '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667',
    ),
  );
  return out;
}

describe('sgp4NearInto', () => {
  it('equals satellite.js sgp4 bit for bit, error codes included', () => {
    const out = new Float64Array(6);
    let compared = 0;
    let errors = 0;
    const mismatches: string[] = [];
    const recsA = satrecs();
    const recsB = satrecs(); // separate copies: sgp4 writes into its satrec
    expect(recsA.some((r) => r.isimp === 1)).toBe(true);
    for (let i = 0; i < recsA.length; i++) {
      if (recsA[i].method !== 'n') continue;
      for (let k = -50; k <= 400; k++) {
        const t = k * 7.3; // minutes, before and after the epoch, ≈ 2 days
        const ref = sgp4(recsB[i], t);
        out.fill(NaN);
        const err = sgp4NearInto(recsA[i], t, out);
        if (err !== recsB[i].error || (err === 0) !== !!ref) {
          mismatches.push(`sat ${i} t ${t}: error ${err} vs ${recsB[i].error}`);
          continue;
        }
        if (!ref) {
          errors++;
          continue;
        }
        const p = ref.position;
        const v = ref.velocity;
        const want = [p.x, p.y, p.z, v.x, v.y, v.z];
        for (let c = 0; c < 6; c++)
          if (!Object.is(out[c], want[c])) mismatches.push(`sat ${i} t ${t} [${c}]: ${out[c]} vs ${want[c]}`);
        compared++;
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(50_000);
    expect(errors).toBeGreaterThan(0); // the decaying ones were exercised
  });
});

/** computeKeyframes as it was: satellite.js `sgp4` for every state. */
function referenceKeyframes(recs: readonly SatRec[], startMs: number, stepS: number, count: number) {
  const n = recs.length;
  const data = new Float32Array(keyframeTextureRows(count, n) * DATA_TEXTURE_WIDTH * 4);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const epochMs = satrecEpochMs(recs[i]);
    for (let k = 0; k < count; k++) {
      const o = (k * n + i) * KF_STRIDE;
      if (status[i] !== 0) continue;
      const pv = sgp4(recs[i], (startMs + k * stepS * 1000 - epochMs) / 60000);
      if (!pv || !Number.isFinite(pv.position.x)) {
        status[i] = recs[i].error || 255;
        continue;
      }
      data.set(
        [pv.position.x, pv.position.y, pv.position.z, 1, pv.velocity.x, pv.velocity.y, pv.velocity.z],
        o,
      );
    }
  }
  return { data, status };
}

describe('computeKeyframes', () => {
  it('writes the same bytes and status codes as the loop over satellite.js sgp4', () => {
    const start = Date.parse('2025-06-01T00:00:00Z');
    const w = computeKeyframes(satrecs(), start, 240, 30);
    const ref = referenceKeyframes(satrecs(), start, 240, 30);
    expect(Array.from(w.status)).toEqual(Array.from(ref.status));
    expect(w.status.some((s) => s !== 0)).toBe(true);
    expect(Buffer.from(w.data.buffer).equals(Buffer.from(ref.data.buffer))).toBe(true);
  });
});
