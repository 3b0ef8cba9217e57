/**
 * Geometry of one inter-satellite link (docs/physics.md, "Links"): a link can exist when its ends are
 * within `maxRangeKm` and the straight line between them clears Earth's surface plus a grazing
 * altitude (the atmosphere that would absorb or refract a laser). Earth is a sphere of radius
 * R⊕ (equatorial, WGS-84) here: the ≤ 21 km of oblateness is small beside an 80 km grazing margin.
 * Frame: ECI, km.
 */
import { EARTH_RADIUS_KM, LIGHT_SPEED_KM_S } from './constants';

/** Signal speed in optical fibre, km/s (refractive index ≈ 1.5, so 2/3 c). */
export const FIBRE_SPEED_KM_S = (2 / 3) * LIGHT_SPEED_KM_S;

/**
 * True when the segment A–B stays strictly above the sphere of radius R⊕ + `grazingAltitudeKm`:
 * the point of the segment closest to Earth's centre (the foot of the perpendicular, clamped to
 * the segment) lies outside it. Two ends on the same side of the tangent point therefore clear
 * even when the infinite line through them would dip into the atmosphere.
 */
export function lineOfSightClears(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  grazingAltitudeKm: number,
): boolean {
  const dx = bx - ax,
    dy = by - ay,
    dz = bz - az;
  const dd = dx * dx + dy * dy + dz * dz;
  let t = dd > 0 ? -(ax * dx + ay * dy + az * dz) / dd : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const px = ax + t * dx,
    py = ay + t * dy,
    pz = az + t * dz;
  const r = EARTH_RADIUS_KM + grazingAltitudeKm;
  return px * px + py * py + pz * pz > r * r;
}

/**
 * Longest link between satellites at altitudes `altAKm` and `altBKm` whose line of sight just
 * grazes R⊕ + `grazingKm`: the sum of the two tangent lengths (validation V15). An end below the
 * grazing altitude contributes 0.
 */
export function maxLinkRangeKm(altAKm: number, altBKm: number, grazingKm: number): number {
  const g = EARTH_RADIUS_KM + grazingKm;
  const ra = EARTH_RADIUS_KM + altAKm;
  const rb = EARTH_RADIUS_KM + altBKm;
  return Math.sqrt(Math.max(0, ra * ra - g * g)) + Math.sqrt(Math.max(0, rb * rb - g * g));
}

/** One-way light time in vacuum over `km`, ms. */
export function lightTimeMs(km: number): number {
  return (km / LIGHT_SPEED_KM_S) * 1000;
}

/** One-way signal time in optical fibre (2/3 c) over `km`, ms. */
export function fibreTimeMs(km: number): number {
  return (km / FIBRE_SPEED_KM_S) * 1000;
}

/** Straight-line distance between two ECI points, km. */
export function distanceKm(ax: number, ay: number, az: number, bx: number, by: number, bz: number): number {
  const dx = bx - ax,
    dy = by - ay,
    dz = bz - az;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * A link is up when its length is ≤ `maxRangeKm` and its line of sight clears R⊕ + `grazingKm`.
 * False when either end is not a finite position (a decayed or failed satellite).
 */
export function linkUp(
  ax: number,
  ay: number,
  az: number,
  bx: number,
  by: number,
  bz: number,
  maxRangeKm: number,
  grazingKm: number,
): boolean {
  const d = distanceKm(ax, ay, az, bx, by, bz);
  // NaN compares false, so a missing position never counts as up.
  if (!(d <= maxRangeKm)) return false;
  return lineOfSightClears(ax, ay, az, bx, by, bz, grazingKm);
}
