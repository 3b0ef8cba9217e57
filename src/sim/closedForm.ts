/**
 * Closed-form propagator for generated shells (docs/physics.md): Kepler orbit whose node, argument of
 * perigee and mean anomaly drift at SGP4's secular J2 rates. Six float32 numbers per satellite
 * plus a small table of rate groups; the vertex shader (src/scene/satelliteShader.ts) evaluates the
 * same formula. Frame: ECI (TEME), km and km/s.
 */

/** Elements per satellite in {@link ClosedFormSet.elements}. */
export const CF_STRIDE = 6;
/** Offsets into one satellite's elements. */
export const CF_A_KM = 0;
export const CF_ECC = 1;
export const CF_INC_RAD = 2;
export const CF_RAAN_RAD = 3;
export const CF_ARGP_RAD = 4;
export const CF_M_RAD = 5;
/** Numbers per rate group in {@link ClosedFormSet.rates}: raanDot, argpDot, mDot (rad/s). */
export const RATE_STRIDE = 3;

/** Satellites propagated in closed form. All elements are mean elements at `epochMs`. */
export interface ClosedFormSet {
  count: number;
  /** Unix ms (UTC) at which the elements hold. */
  epochMs: number;
  /** {@link CF_STRIDE} per satellite: a (km), e, i, Ω, ω, M (rad). */
  elements: Float32Array;
  /** Rate group of each satellite (satellites on the same a, e, i share one). */
  group: Uint32Array;
  /** {@link RATE_STRIDE} per group: dΩ/dt, dω/dt, dM/dt in rad/s. */
  rates: Float64Array;
}

/** A closed-form set with each satellite's shell index, as the worker sends it to the scene. */
export interface ClosedFormPayload extends ClosedFormSet {
  shell: Uint16Array;
}

const TWO_PI = 2 * Math.PI;

/** Angle reduced to [0, 2π). */
export function wrapTwoPi(x: number): number {
  const r = x % TWO_PI;
  return r < 0 ? r + TWO_PI : r;
}

/**
 * Per-group phase offsets at `tMs` in double precision, reduced to [0, 2π): out[g*3+k] = rate·Δt.
 * The GPU adds these to float32 epoch elements, so float precision never meets large Δt.
 */
export function groupPhases(set: ClosedFormSet, tMs: number, out: Float32Array | Float64Array): void {
  const dtS = (tMs - set.epochMs) / 1000;
  const n = set.rates.length;
  for (let k = 0; k < n; k++) out[k] = wrapTwoPi(set.rates[k] * dtS);
}

/** Kepler's equation M = E − e sin E solved by Newton's method (six steps, as in the shader). */
export function eccentricAnomaly(meanAnomalyRad: number, e: number): number {
  let E = meanAnomalyRad + e * Math.sin(meanAnomalyRad);
  for (let k = 0; k < 6; k++) E -= (E - e * Math.sin(E) - meanAnomalyRad) / (1 - e * Math.cos(E));
  return E;
}

/**
 * ECI position (km) and velocity (km/s) of satellite `index` at `tMs`, written into `out`
 * (six numbers at `offset`). Velocity neglects the slow node and perigee drift (< 0.01 km/s).
 */
export function closedFormState(
  set: ClosedFormSet,
  index: number,
  tMs: number,
  out: Float64Array | Float32Array,
  offset = 0,
): void {
  const el = set.elements;
  const b = index * CF_STRIDE;
  const g = set.group[index] * RATE_STRIDE;
  const dtS = (tMs - set.epochMs) / 1000;
  const a = el[b + CF_A_KM];
  const e = el[b + CF_ECC];
  const inc = el[b + CF_INC_RAD];
  const raan = el[b + CF_RAAN_RAD] + wrapTwoPi(set.rates[g] * dtS);
  const argp = el[b + CF_ARGP_RAD] + wrapTwoPi(set.rates[g + 1] * dtS);
  const M = el[b + CF_M_RAD] + wrapTwoPi(set.rates[g + 2] * dtS);
  keplerToEci(a, e, inc, raan, argp, M, set.rates[g + 1] + set.rates[g + 2], out, offset);
}

/**
 * Position (km) and velocity (km/s) in the inertial frame of a Kepler orbit, given its mean
 * anomaly and the rate of the argument of latitude `uDotRadS` (Vallado, Algorithm 10, COE2RV).
 */
export function keplerToEci(
  aKm: number,
  e: number,
  inc: number,
  raan: number,
  argp: number,
  meanAnomaly: number,
  uDotRadS: number,
  out: Float64Array | Float32Array,
  offset = 0,
): void {
  const E = eccentricAnomaly(meanAnomaly, e);
  const cosE = Math.cos(E);
  const sinE = Math.sin(E);
  const sq = Math.sqrt(1 - e * e);
  const xp = aKm * (cosE - e);
  const yp = aKm * sq * sinE;
  const eDot = uDotRadS / (1 - e * cosE);
  const vxp = -aKm * sinE * eDot;
  const vyp = aKm * sq * cosE * eDot;
  const cO = Math.cos(raan),
    sO = Math.sin(raan);
  const cw = Math.cos(argp),
    sw = Math.sin(argp);
  const ci = Math.cos(inc),
    si = Math.sin(inc);
  // Columns of the perifocal → ECI rotation R3(−Ω) R1(−i) R3(−ω).
  const px = cO * cw - sO * sw * ci,
    py = sO * cw + cO * sw * ci,
    pz = sw * si;
  const qx = -cO * sw - sO * cw * ci,
    qy = -sO * sw + cO * cw * ci,
    qz = cw * si;
  out[offset] = px * xp + qx * yp;
  out[offset + 1] = py * xp + qy * yp;
  out[offset + 2] = pz * xp + qz * yp;
  out[offset + 3] = px * vxp + qx * vyp;
  out[offset + 4] = py * vxp + qy * vyp;
  out[offset + 5] = pz * vxp + qz * vyp;
}
