/**
 * ECI positions of an expanded scenario's satellites at any instant, for the budget runner, the
 * command line and the worker: closed form for generated shells, satellite.js SGP4 for element sets.
 */
import { sgp4 } from 'satellite.js';
import { closedFormState, RATE_STRIDE } from '../sim/closedForm';
import { satrecEpochMs } from '../sim/keyframes';
import type { ExpandedScenario } from './types';

/**
 * Returns a function writing 3 ECI km numbers per listed node (global indices `nodes`, or every
 * satellite) at `tMs`; NaN for a satellite SGP4 cannot propagate (decayed).
 */
export function scenarioPositions(
  ex: ExpandedScenario,
  nodes?: Uint32Array,
): (tMs: number, out: Float64Array) => void {
  const cf = ex.closedForm;
  const list = nodes ?? Uint32Array.from({ length: ex.total }, (_, i) => i);
  const epochs = ex.satrecs.map(satrecEpochMs);
  const s = new Float64Array(6);
  return (tMs, out) => {
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (i < cf.count) {
        closedFormState(cf, i, tMs, s);
        out[3 * k] = s[0];
        out[3 * k + 1] = s[1];
        out[3 * k + 2] = s[2];
      } else {
        const j = i - cf.count;
        const pv = sgp4(ex.satrecs[j], (tMs - epochs[j]) / 60000);
        out[3 * k] = pv ? pv.position.x : NaN;
        out[3 * k + 1] = pv ? pv.position.y : NaN;
        out[3 * k + 2] = pv ? pv.position.z : NaN;
      }
    }
  };
}

/** Shell index of each listed node (for per-shell node parameters). */
export function shellIndexOf(ex: ExpandedScenario, nodes: Uint32Array): Uint16Array {
  const cf = ex.closedForm;
  const out = new Uint16Array(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    const i = nodes[k];
    out[k] = i < cf.count ? ex.closedFormShell[i] : ex.sgp4Shell[i - cf.count];
  }
  return out;
}

/** Every `stride`-th satellite (0, stride, 2·stride, …) — the budgeted sample of a huge scenario. */
export function sampleNodes(total: number, stride: number): Uint32Array {
  const n = Math.ceil(total / stride);
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) out[k] = k * stride;
  return out;
}

/** Longest orbital period among all the scenario's satellites, s (closed form: 2π/(ω̇ + Ṁ); SGP4: 2π/n). */
export function longestPeriodS(ex: ExpandedScenario): number {
  let p = 0;
  const r = ex.closedForm.rates;
  for (let g = 0; g < r.length; g += RATE_STRIDE) p = Math.max(p, (2 * Math.PI) / (r[g + 1] + r[g + 2]));
  for (const rec of ex.satrecs) p = Math.max(p, (2 * Math.PI * 60) / rec.no);
  return p;
}

/**
 * Budget warm-up before the shown time, s: two of the scenario's longest orbits (docs/physics.md: at least
 * two), clamped to 3 … 12 h. The worker and the command line both use it, so their numbers agree.
 */
export function budgetWarmupS(ex: ExpandedScenario): number {
  return Math.min(12 * 3600, Math.max(3 * 3600, 2 * longestPeriodS(ex)));
}
