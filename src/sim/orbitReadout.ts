/** What the info panel shows of a satellite's state: geodetic position, speed and osculating orbit. */
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './constants';
import { eciToGeodeticKm } from './frames';
import { keplerPeriodS } from './kepler';
import { gmstRad } from './time';

export interface Readout {
  latDeg: number;
  lonDeg: number;
  altitudeKm: number;
  speedKmS: number;
  periodMin: number;
  inclinationDeg: number;
}

/**
 * From an ECI state (km, km/s) at Unix ms `t`: WGS-84 geodetic position, speed, and the osculating
 * two-body period (vis-viva: a = 1 / (2/r − v²/μ)) and inclination (angle of h = r × v to ECI z).
 */
export function readout(s: Float64Array, t: number): Readout {
  const [x, y, z, vx, vy, vz] = s;
  const g = eciToGeodeticKm(x, y, z, gmstRad(t));
  const r = Math.hypot(x, y, z);
  const v = Math.hypot(vx, vy, vz);
  const a = 1 / (2 / r - (v * v) / MU_KM3_S2);
  const hx = y * vz - z * vy,
    hy = z * vx - x * vz,
    hz = x * vy - y * vx;
  const h = Math.hypot(hx, hy, hz);
  return {
    latDeg: (g.latRad * 180) / Math.PI,
    lonDeg: (g.lonRad * 180) / Math.PI,
    altitudeKm: g.heightKm,
    speedKmS: v,
    periodMin: a > EARTH_RADIUS_KM * 0.5 ? keplerPeriodS(a) / 60 : NaN,
    inclinationDeg: (Math.acos(hz / h) * 180) / Math.PI,
  };
}
