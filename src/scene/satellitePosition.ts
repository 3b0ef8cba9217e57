/**
 * CPU position of one satellite, by the same formulas the GPU uses (closed form or Hermite between
 * keyframes), for the selection, the camera follow, the info panel and tests. Double precision.
 */
import { closedFormState } from '../sim/closedForm';
import { hermite } from '../sim/hermite';
import { sampleKeyframes } from '../sim/keyframeLayout';
import { sceneData } from './sceneData';

const pos = new Float64Array(3);
const vel = new Float64Array(3);
const state = new Float64Array(6);

/**
 * ECI position (km) and velocity (km/s) of satellite `index` at `simMs` into `out` (6 numbers).
 * Returns false when it is not known (no keyframes yet, decayed, out of range).
 */
export function satelliteStateKm(index: number, simMs: number, out: Float64Array): boolean {
  const cf = sceneData.closedForm;
  const nCf = cf?.count ?? 0;
  if (cf && index >= 0 && index < nCf) {
    closedFormState(cf, index, simMs, state);
    out.set(state);
    return true;
  }
  const kf = sceneData.keyframes;
  const j = index - nCf;
  if (!kf || j < 0 || j >= kf.satCount) return false;
  if (!sampleKeyframes(kf, j, simMs, hermite, pos, vel)) return false;
  out[0] = pos[0];
  out[1] = pos[1];
  out[2] = pos[2];
  out[3] = vel[0];
  out[4] = vel[1];
  out[5] = vel[2];
  return true;
}
