/** Frame conversions: ECI (TEME, treated as inertial) ↔ Earth-fixed and geodetic. km, rad. */
import { eciToGeodetic } from 'satellite.js';

/** Geodetic latitude, longitude (rad, longitude in (−π, π]) and height (km, WGS-84) of an ECI point. */
export interface Geodetic {
  latRad: number;
  lonRad: number;
  heightKm: number;
}

/** ECI (km) → geodetic at sidereal angle `gmst` (rad), via satellite.js `eciToGeodetic` (WGS-84). */
export function eciToGeodeticKm(x: number, y: number, z: number, gmst: number): Geodetic {
  const g = eciToGeodetic({ x, y, z } as never, gmst as never);
  return { latRad: g.latitude, lonRad: g.longitude, heightKm: g.height };
}

/** Rotate an ECI vector into the Earth-fixed frame by the sidereal angle `gmst` (rad), in place. */
export function eciToEcefInPlace(v: Float64Array | Float32Array | number[], gmst: number, offset = 0): void {
  const c = Math.cos(gmst);
  const s = Math.sin(gmst);
  const x = v[offset];
  const y = v[offset + 1];
  v[offset] = c * x + s * y;
  v[offset + 1] = -s * x + c * y;
}
