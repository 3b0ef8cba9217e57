/** The Sun's position (docs/physics.md): satellite.js `sunPos`, the apparent Sun in the ECI (TEME-as-inertial) frame. */
import { sunPos } from 'satellite.js';
import { AU_KM } from './constants';
import { julianDate } from './time';

/** Geocentric ECI position of the Sun in km at Unix ms `ms` (satellite.js sunPos, Vallado Alg. 29). */
export function sunPositionEciKm(ms: number): { x: number; y: number; z: number } {
  const r = sunPos(julianDate(ms) as never).rsun;
  return { x: r.x * AU_KM, y: r.y * AU_KM, z: r.z * AU_KM };
}
