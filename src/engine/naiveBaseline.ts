/**
 * Bench only (docs/performance.md, "Naive baseline"): what the app avoids — satellite.js `propagate`
 * for every satellite on the main thread every frame, writing positions into a Float32Array as a
 * main-thread viewer would before uploading them. Started through
 * `window.__constellation.naiveBaseline(n)` (scripts/bench.mjs); loaded on first use, never by the UI.
 * Runs inside the app's own frame (src/scene/frameExtra.ts), so `frameStats()` counts it.
 */
import { json2satrec, propagate, type SatRec } from 'satellite.js';
import { CF_STRIDE, type ClosedFormSet } from '../sim/closedForm';
import { setFrameExtra } from '../scene/frameExtra';

const MU_KM3_S2 = 398600.4418;
const DEG = 180 / Math.PI;

/** One satrec per closed-form satellite (mean elements at the set's epoch, no drag), up to `count`. */
function satrecs(set: ClosedFormSet, count: number): SatRec[] {
  const epoch = new Date(set.epochMs).toISOString().slice(0, -1);
  const out: SatRec[] = [];
  for (let i = 0; i < Math.min(count, set.count); i++) {
    const b = i * CF_STRIDE;
    const a = set.elements[b];
    out.push(
      json2satrec({
        OBJECT_NAME: 'naive',
        OBJECT_ID: '2000-000A',
        EPOCH: epoch,
        MEAN_MOTION: (Math.sqrt(MU_KM3_S2 / (a * a * a)) * 86400) / (2 * Math.PI),
        ECCENTRICITY: set.elements[b + 1],
        INCLINATION: set.elements[b + 2] * DEG,
        RA_OF_ASC_NODE: set.elements[b + 3] * DEG,
        ARG_OF_PERICENTER: set.elements[b + 4] * DEG,
        MEAN_ANOMALY: set.elements[b + 5] * DEG,
        EPHEMERIS_TYPE: 0,
        CLASSIFICATION_TYPE: 'U',
        NORAD_CAT_ID: 1 + (i % 99999),
        ELEMENT_SET_NO: 999,
        REV_AT_EPOCH: 0,
        BSTAR: 0,
        MEAN_MOTION_DOT: 0,
        MEAN_MOTION_DDOT: 0,
      }),
    );
  }
  return out;
}

/**
 * Starts (set non-null) or stops the naive per-frame propagation of the first `count` satellites.
 * Returns how many satellites it propagates each frame.
 */
export function naiveBaseline(set: ClosedFormSet | null, count: number): number {
  if (!set || count <= 0) {
    setFrameExtra(null);
    return 0;
  }
  const recs = satrecs(set, count);
  const positions = new Float32Array(recs.length * 3);
  setFrameExtra((simMs) => {
    const date = new Date(simMs);
    for (let i = 0; i < recs.length; i++) {
      const pv = propagate(recs[i], date);
      const p = pv?.position;
      if (!p) continue;
      positions[i * 3] = p.x;
      positions[i * 3 + 1] = p.y;
      positions[i * 3 + 2] = p.z;
    }
  });
  return recs.length;
}
