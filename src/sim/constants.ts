/** Physical constants (WGS-84 / IAU), docs/physics.md. Units are in the names. */

/** Earth equatorial radius, km (WGS-84). One scene unit. */
export const EARTH_RADIUS_KM = 6378.137;
/** Earth gravitational parameter μ, km³/s² (WGS-84). */
export const MU_KM3_S2 = 398600.4418;
/** Second zonal harmonic J2 (WGS-84 / EGM-96). */
export const J2 = 1.08262668e-3;
/** Earth's mean rotation rate relative to the stars, rad/s. */
export const EARTH_ROTATION_RAD_S = 7.292115e-5;
/** Mean motion of the Earth around the Sun (one revolution per tropical year), rad/s — the node rate
 *  a sun-synchronous orbit must match. 2π / (365.2421897 × 86400). */
export const SUN_MEAN_MOTION_RAD_S = (2 * Math.PI) / (365.2421897 * 86400);
/** Solar radius, km. */
export const SUN_RADIUS_KM = 696000;
/** Astronomical unit, km (IAU 2012). */
export const AU_KM = 149597870.7;
/** Solar constant at 1 AU, W/m². */
export const SOLAR_CONSTANT_W_M2 = 1361;
/** Stefan–Boltzmann constant, W/(m²·K⁴). */
export const STEFAN_BOLTZMANN = 5.670374e-8;
/** Speed of light in vacuum, km/s. */
export const LIGHT_SPEED_KM_S = 299792.458;
/** Milliseconds per day. */
export const MS_PER_DAY = 86400000;
/** Degrees → radians factor. */
export const DEG = Math.PI / 180;
