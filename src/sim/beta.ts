/**
 * Beta angle and eclipse season of circular orbits (docs/physics.md). Angles in radians, altitudes in
 * km above R⊕ = 6378.137 km, durations in minutes, times in Unix ms. ECI (TEME-as-inertial) frame.
 */
import { EARTH_RADIUS_KM, MS_PER_DAY } from './constants';
import { keplerPeriodS } from './kepler';
import { sunPositionEciKm } from './sun';

const R = EARTH_RADIUS_KM;

/**
 * Beta angle, rad: β = asin(n̂·ŝ), the Sun's elevation above the orbit plane, for an orbit with
 * right ascension of the ascending node `raanRad` and inclination `incRad`, whose normal is
 * n̂ = (sin i sin Ω, −sin i cos Ω, cos i) (Vallado, Fundamentals of Astrodynamics, §5.3).
 * (sunX, sunY, sunZ) is the Sun's direction or position in the same ECI frame (any length).
 */
export function betaAngleRad(
  raanRad: number,
  incRad: number,
  sunX: number,
  sunY: number,
  sunZ: number,
): number {
  const si = Math.sin(incRad);
  const nx = si * Math.sin(raanRad),
    ny = -si * Math.cos(raanRad),
    nz = Math.cos(incRad);
  const s = Math.sqrt(sunX * sunX + sunY * sunY + sunZ * sunZ);
  const d = (nx * sunX + ny * sunY + nz * sunZ) / s;
  return Math.asin(d > 1 ? 1 : d < -1 ? -1 : d);
}

/**
 * Beta angle (rad) above which a circular orbit at `altitudeKm` sees no eclipse (cylindrical
 * shadow): β* = asin(R⊕ / (R⊕ + h)). Validation V3.
 */
export function noEclipseBetaRad(altitudeKm: number): number {
  return Math.asin(R / (R + altitudeKm));
}

/**
 * Fraction of a circular orbit spent in a cylindrical Earth shadow (Vallado, Fundamentals of
 * Astrodynamics, §5.3, eclipse of a circular orbit):
 * f = (1/π) acos( √(h² + 2R⊕h) / ((R⊕ + h) cos β) ) for |β| < β*, 0 otherwise.
 */
export function eclipseFractionCylindrical(altitudeKm: number, betaRad: number): number {
  const h = altitudeKm;
  const cb = Math.cos(betaRad);
  const x = Math.sqrt(h * h + 2 * R * h) / ((R + h) * cb);
  if (!(x < 1)) return 0; // |β| ≥ β* (also covers cos β = 0)
  return Math.acos(x) / Math.PI;
}

/**
 * Eclipse duration per orbit, minutes, of a circular orbit in a cylindrical shadow:
 * {@link eclipseFractionCylindrical} × Kepler period 2π√(a³/μ). Validation V4, V5 (the conical
 * umbra is shorter by ≈ 8 s at 400 km, β = 0: V6).
 */
export function eclipseDurationCylindricalMin(altitudeKm: number, betaRad: number): number {
  return (eclipseFractionCylindrical(altitudeKm, betaRad) * keplerPeriodS(R + altitudeKm)) / 60;
}

/** A circular orbit whose node drifts at a constant rate (J2 secular), for {@link betaOverYear}. */
export interface DriftingCircularOrbit {
  altitudeKm: number;
  inclinationRad: number;
  /** Right ascension of the ascending node at `epochMs`, rad. */
  raanRad: number;
  /** Secular node rate, rad/s (e.g. sgp4SecularRates().raanDotRadS). */
  raanDotRadS: number;
  /** Unix ms at which `raanRad` holds. */
  epochMs: number;
}

/** β and eclipse minutes per sample of {@link betaOverYear}. */
export interface BetaSeries {
  tMs: Float64Array;
  betaRad: Float64Array;
  /** Eclipse (shadow) minutes per orbit, cylindrical model. */
  eclipseMin: Float64Array;
}

/**
 * Beta angle and eclipse duration per orbit sampled every `stepDays` from `startMs` for `days`
 * (inclusive of both ends): Ω(t) = Ω₀ + Ω̇ (t − epoch), Sun from satellite.js `sunPos`.
 * The eclipse duration uses the CYLINDRICAL shadow formula ({@link eclipseDurationCylindricalMin}),
 * which bounds the conical umbra from above by well under a minute in LEO (validation.md).
 */
export function betaOverYear(
  orbit: DriftingCircularOrbit,
  startMs: number,
  days: number,
  stepDays: number,
): BetaSeries {
  const n = Math.floor(days / stepDays + 1e-9) + 1;
  const tMs = new Float64Array(n);
  const betaRad = new Float64Array(n);
  const eclipseMin = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const t = startMs + k * stepDays * MS_PER_DAY;
    const s = sunPositionEciKm(t);
    const raan = orbit.raanRad + orbit.raanDotRadS * ((t - orbit.epochMs) / 1000);
    const b = betaAngleRad(raan, orbit.inclinationRad, s.x, s.y, s.z);
    tMs[k] = t;
    betaRad[k] = b;
    eclipseMin[k] = eclipseDurationCylindricalMin(orbit.altitudeKm, b);
  }
  return { tMs, betaRad, eclipseMin };
}
