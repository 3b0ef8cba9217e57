/**
 * Earth's shadow on a satellite (docs/physics.md): conical umbra and penumbra of a spherical Earth
 * (R⊕ = 6378.137 km) and a spherical Sun (696,000 km). Inputs are ECI (TEME) positions in km,
 * geocentric, passed as scalars so that nothing is allocated per call.
 *
 * Geometry (Montenbruck & Gill, Satellite Orbits, 2000, §3.4.2): seen from the satellite at r,
 * the Sun's disc has apparent radius a = asin(R☉ / |r☉ − r|), the Earth's disc b = asin(R⊕ / |r|),
 * and their centres are c apart, the angle between (r☉ − r) and (−r). The shadow fraction is the
 * area of the two discs' overlap (flat-disc approximation) over the Sun's disc area π a².
 *   c ≥ a + b   → 0 (lit);   c ≤ b − a → 1 (umbra);   c ≤ a − b → (b/a)² (annular, far from Earth).
 * The penumbra cone is exactly c < a + b and the umbra cone exactly c < b − a.
 */
import { EARTH_RADIUS_KM, SUN_RADIUS_KM } from './constants';

const R_E = EARTH_RADIUS_KM;
const R_S = SUN_RADIUS_KM;

/** Apparent radii and separation from the last {@link shadowAngles} call (module scratch; no allocation). */
let angA = 0;
let angB = 0;
let angC = 0;

/** Fills angA (Sun), angB (Earth), angC (separation), rad. */
function shadowAngles(sx: number, sy: number, sz: number, px: number, py: number, pz: number): void {
  const r = Math.sqrt(sx * sx + sy * sy + sz * sz);
  const dx = px - sx,
    dy = py - sy,
    dz = pz - sz; // satellite → Sun
  const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
  angA = Math.asin(Math.min(1, R_S / d));
  angB = Math.asin(Math.min(1, R_E / r));
  let cosC = -(sx * dx + sy * dy + sz * dz) / (r * d);
  if (!(cosC < 1))
    cosC = 1; // also NaN (satellite at the geocentre): treat as umbra
  else if (cosC < -1) cosC = -1;
  angC = Math.acos(cosC);
}

/**
 * Fraction of the solar disc hidden by the Earth as seen from a satellite, 0 (lit) … 1 (umbra).
 * Satellite and Sun positions are geocentric ECI, km. Conical shadow by the area of overlap of
 * the two apparent discs (Montenbruck & Gill §3.4.2, eq. 3.85–3.87); NaN-safe at every boundary.
 */
export function shadowFraction(
  satX: number,
  satY: number,
  satZ: number,
  sunX: number,
  sunY: number,
  sunZ: number,
): number {
  shadowAngles(satX, satY, satZ, sunX, sunY, sunZ);
  return discOverlapFraction(angA, angB, angC);
}

/**
 * Fraction of a disc of radius `a` covered by a disc of radius `b` whose centre is `c` away
 * (same units, flat geometry): the circle–circle intersection area over π a².
 * Montenbruck & Gill eq. 3.87: x = (c² + a² − b²)/(2c), y = √(a² − x²),
 * A = a² acos(x/a) + b² acos((c − x)/b) − c y.
 */
export function discOverlapFraction(a: number, b: number, c: number): number {
  if (!(a > 0)) return c < b ? 1 : 0;
  if (c >= a + b) return 0;
  if (c <= b - a) return 1;
  if (c <= a - b) return (b * b) / (a * a);
  const x = (c * c + a * a - b * b) / (2 * c);
  const y2 = a * a - x * x;
  const y = y2 > 0 ? Math.sqrt(y2) : 0;
  let ca = x / a;
  if (ca > 1) ca = 1;
  else if (ca < -1) ca = -1;
  let cb = (c - x) / b;
  if (cb > 1) cb = 1;
  else if (cb < -1) cb = -1;
  const area = a * a * Math.acos(ca) + b * b * Math.acos(cb) - c * y;
  const f = area / (Math.PI * a * a);
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

/**
 * Penumbra boundary function c − (a + b), rad (angles as in {@link shadowFraction}); negative
 * inside the penumbra or umbra, zero on the penumbra cone. Continuous: use it for root finding.
 */
export function penumbraMargin(
  satX: number,
  satY: number,
  satZ: number,
  sunX: number,
  sunY: number,
  sunZ: number,
): number {
  shadowAngles(satX, satY, satZ, sunX, sunY, sunZ);
  return angC - (angA + angB);
}

/**
 * Umbra boundary function c − (b − a), rad; negative inside the umbra (total eclipse), zero on
 * the umbra cone. Never negative beyond the umbra's tip (~1.38 million km), where b < a.
 */
export function umbraMargin(
  satX: number,
  satY: number,
  satZ: number,
  sunX: number,
  sunY: number,
  sunZ: number,
): number {
  shadowAngles(satX, satY, satZ, sunX, sunY, sunZ);
  return angC - (angB - angA);
}

/**
 * Both boundary functions at once, rad: out[0] = penumbraMargin, out[1] = umbraMargin (one
 * evaluation of the geometry). Same frame and units as {@link shadowFraction}.
 */
export function shadowMargins(
  satX: number,
  satY: number,
  satZ: number,
  sunX: number,
  sunY: number,
  sunZ: number,
  out: Float64Array,
): void {
  shadowAngles(satX, satY, satZ, sunX, sunY, sunZ);
  out[0] = angC - (angA + angB);
  out[1] = angC - (angB - angA);
}

/**
 * Cylindrical shadow (0 or 1): in shadow when the satellite is behind the Earth (r·ŝ < 0) and
 * within R⊕ of the Earth–Sun line. ŝ is the geocentric Sun direction. The model behind the
 * closed-form eclipse durations of validation.md V4/V5 (Vallado, Fundamentals of
 * Astrodynamics, §5.3 "cylindrical shadow").
 */
export function shadowFractionCylindrical(
  satX: number,
  satY: number,
  satZ: number,
  sunX: number,
  sunY: number,
  sunZ: number,
): number {
  const s = Math.sqrt(sunX * sunX + sunY * sunY + sunZ * sunZ);
  const along = (satX * sunX + satY * sunY + satZ * sunZ) / s;
  if (along >= 0) return 0;
  const r2 = satX * satX + satY * satY + satZ * satZ;
  return r2 - along * along < R_E * R_E ? 1 : 0;
}

/** Whether a point sees the whole Sun, part of it, or none of it. */
export type SunlightState = 'sunlit' | 'penumbra' | 'umbra';

/** Sunlight state from the fraction of the Sun's disc hidden (0 … 1; within 0.001 of an end counts as that end). */
export function sunlightFromShadow(hidden: number): SunlightState {
  return hidden >= 0.999 ? 'umbra' : hidden > 0.001 ? 'penumbra' : 'sunlit';
}
