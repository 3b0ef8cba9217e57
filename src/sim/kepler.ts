/** Two-body and J2 orbit relations without SGP4. Inputs and outputs in km, s and radians. */
import { EARTH_RADIUS_KM, J2, MU_KM3_S2, SUN_MEAN_MOTION_RAD_S } from './constants';

/** Keplerian period of an orbit with semi-major axis `aKm`, in seconds: T = 2π √(a³/μ). */
export function keplerPeriodS(aKm: number): number {
  return 2 * Math.PI * Math.sqrt((aKm * aKm * aKm) / MU_KM3_S2);
}

/** Keplerian mean motion in rad/s for semi-major axis `aKm`: n = √(μ/a³). */
export function meanMotionRadS(aKm: number): number {
  return Math.sqrt(MU_KM3_S2 / (aKm * aKm * aKm));
}

/**
 * Inclination (rad) that makes an orbit sun-synchronous under J2 alone: the secular node rate
 * dΩ/dt = −(3/2) n J2 (R⊕/p)² cos i equals the Sun's mean motion (Vallado, Fundamentals of
 * Astrodynamics, eq. 9-41). Throws when no such inclination exists (a too high).
 */
export function ssoInclinationRad(aKm: number, eccentricity = 0): number {
  const p = aKm * (1 - eccentricity * eccentricity);
  const n = meanMotionRadS(aKm);
  const cosI = -SUN_MEAN_MOTION_RAD_S / (1.5 * n * J2 * (EARTH_RADIUS_KM / p) ** 2);
  if (cosI < -1) throw new Error(`no sun-synchronous inclination exists at a = ${aKm.toFixed(0)} km`);
  return Math.acos(cosI);
}
