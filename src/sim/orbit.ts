/**
 * J2 secular orbit rates as SGP4 applies them. Inputs and outputs in km, s and radians. The
 * two-body relations are in kepler.ts (no satellite.js, so the main thread can use them cheaply)
 * and re-exported here.
 */
import { json2satrec } from 'satellite.js';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from './constants';
import { meanMotionRadS } from './kepler';

export { keplerPeriodS, meanMotionRadS, ssoInclinationRad } from './kepler';

/** Secular rates (rad/s) and mean radius of an orbit as SGP4 propagates it. */
export interface SecularRates {
  /** SGP4's un-Kozai'd semi-major axis, km: the orbit's mean radius in the closed-form model. */
  aKm: number;
  raanDotRadS: number;
  argpDotRadS: number;
  /** Mean anomaly rate including the mean motion itself. */
  mDotRadS: number;
}

const MIN_PER_S = 1 / 60;
const XKE = 60 / Math.sqrt(EARTH_RADIUS_KM ** 3 / MU_KM3_S2); // SGP4's sqrt(μ) in Earth radii per minute

/**
 * Secular J2 rates of a (near-)circular orbit exactly as SGP4 applies them (docs/physics.md): builds a
 * satellite.js satrec from mean elements with no drag and reads its `nodedot`, `argpdot`, `mdot`
 * and un-Kozai'd mean motion. The TLE mean motion is adjusted (two fixed-point steps) so that
 * SGP4's mean radius equals `aKm`, so a shell's altitude is exactly the one asked for.
 */
export function sgp4SecularRates(aKm: number, eccentricity: number, inclinationRad: number): SecularRates {
  let nKozaiRevDay = (meanMotionRadS(aKm) * 86400) / (2 * Math.PI);
  let rec = satrecFor(nKozaiRevDay, eccentricity, inclinationRad);
  for (let k = 0; k < 3; k++) {
    const aSgp4Km = sgp4MeanRadiusKm(rec.no);
    nKozaiRevDay *= Math.pow(aSgp4Km / aKm, 1.5);
    rec = satrecFor(nKozaiRevDay, eccentricity, inclinationRad);
  }
  return {
    aKm: sgp4MeanRadiusKm(rec.no),
    raanDotRadS: rec.nodedot * MIN_PER_S,
    argpDotRadS: rec.argpdot * MIN_PER_S,
    mDotRadS: rec.mdot * MIN_PER_S, // SGP4's mdot already includes the mean motion
  };
}

/** SGP4 mean radius (km) from its un-Kozai'd mean motion in rad/min: a = (ke / n)^(2/3) R⊕. */
function sgp4MeanRadiusKm(noRadMin: number): number {
  return Math.pow(XKE / noRadMin, 2 / 3) * EARTH_RADIUS_KM;
}

function satrecFor(meanMotionRevDay: number, eccentricity: number, inclinationRad: number) {
  const rec = json2satrec({
    OBJECT_NAME: 'rates',
    OBJECT_ID: '2000-000A',
    EPOCH: '2000-01-01T12:00:00.000',
    MEAN_MOTION: meanMotionRevDay,
    ECCENTRICITY: eccentricity,
    INCLINATION: (inclinationRad * 180) / Math.PI,
    RA_OF_ASC_NODE: 0,
    ARG_OF_PERICENTER: 0,
    MEAN_ANOMALY: 0,
    EPHEMERIS_TYPE: 0,
    CLASSIFICATION_TYPE: 'U',
    NORAD_CAT_ID: 1,
    ELEMENT_SET_NO: 999,
    REV_AT_EPOCH: 0,
    BSTAR: 0,
    MEAN_MOTION_DOT: 0,
    MEAN_MOTION_DDOT: 0,
  });
  if (rec.error) throw new Error(`SGP4 could not initialise an orbit at a = ${rec.a} (error ${rec.error})`);
  return rec;
}
