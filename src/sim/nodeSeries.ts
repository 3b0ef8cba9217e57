/**
 * One node's budget as a time series (the selected node's panel and charts): every quantity of
 * docs/physics.md per step, with its eclipse events found by root finding. Same integrator as the
 * constellation ({@link BudgetRunner}), so the panel and the colours agree.
 */
import { BudgetRunner } from './budgetRunner';
import { EARTH_RADIUS_KM, STEFAN_BOLTZMANN } from './constants';
import { findEclipseEvents, type EclipseEvent } from './eclipse';
import { packParams, type NodeParams } from './nodeParams';
import { solarFluxWm2 } from './power';
import { sunPositionEciKm } from './sun';
import { EARTH_ALBEDO, EARTH_AREA_FRACTION, OLR_W_M2, SUN_AREA_FRACTION, earthViewFactor } from './thermal';

/** Quantities recorded per step, with units in the names. */
export const SERIES_FIELDS = [
  'shadow',
  'fluxWm2',
  'powerGenW',
  'loadW',
  'computeW',
  'busW',
  'marginW',
  'batteryWh',
  'soc',
  'heatSunW',
  'heatAlbedoW',
  'heatEarthIrW',
  'heatGenW',
  'heatRadW',
  'tempK',
  'computeAvailable',
  'limitedBy',
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export interface NodeSeries {
  startMs: number;
  stepS: number;
  count: number;
  /** Power and shadow quantities hold at the step's start; battery and temperature at its end. */
  fields: Record<SeriesField, Float32Array>;
  events: EclipseEvent[];
}

/**
 * Budget of one node with parameters `p` from `startMs` to `endMs` every `stepS` seconds, after a
 * warm-up of `warmupS`. `positionAt` writes ECI km and returns false where there is no position.
 */
export function computeNodeSeries(
  p: NodeParams,
  positionAt: (tMs: number, out: Float64Array) => boolean,
  startMs: number,
  endMs: number,
  stepS = 30,
  warmupS = 3 * 3600,
): NodeSeries {
  const scratch = new Float64Array(3);
  const positionsAt = (t: number, out: Float64Array) => {
    if (!positionAt(t, scratch)) scratch.fill(NaN);
    out.set(scratch);
  };
  const runner = new BudgetRunner({
    packed: packParams([p]),
    paramIndexOf: new Uint16Array(1),
    n: 1,
    positionsAt,
    stepS,
    warmupS,
  });
  const t0 = runner.gridTime(startMs);
  runner.advanceTo(t0);
  const count = Math.max(1, Math.floor((endMs - t0) / (stepS * 1000)));
  const fields = Object.fromEntries(SERIES_FIELDS.map((f) => [f, new Float32Array(count)])) as Record<
    SeriesField,
    Float32Array
  >;
  const aSun = SUN_AREA_FRACTION * p.radiatorAreaM2;
  const aEarth = EARTH_AREA_FRACTION * p.radiatorAreaM2;
  const o = runner.out;
  for (let k = 0; k < count; k++) {
    const t = t0 + k * stepS * 1000;
    positionsAt(t, scratch);
    const sun = sunPositionEciKm(t);
    const sunR = Math.hypot(sun.x, sun.y, sun.z);
    const r = Math.hypot(scratch[0], scratch[1], scratch[2]);
    runner.advanceTo(t + stepS * 1000);
    const flux = solarFluxWm2(sunR);
    const F = Number.isFinite(r) ? earthViewFactor(r - EARTH_RADIUS_KM) : 0;
    const cz = Number.isFinite(r)
      ? Math.max(0, (scratch[0] * sun.x + scratch[1] * sun.y + scratch[2] * sun.z) / (r * sunR))
      : 0;
    const avail = o.computeAvailable[0];
    fields.shadow[k] = o.shadow[0];
    fields.fluxWm2[k] = flux;
    fields.powerGenW[k] = o.powerGenW[0];
    fields.loadW[k] = o.loadW[0];
    fields.computeW[k] = avail * p.computeLoadW;
    fields.busW[k] = Math.max(0, o.loadW[0] - avail * p.computeLoadW);
    fields.marginW[k] = o.powerGenW[0] - o.loadW[0];
    fields.batteryWh[k] = o.batteryWh[0];
    fields.soc[k] = o.socFraction[0];
    fields.heatSunW[k] = p.absorptivity * flux * aSun * (1 - o.shadow[0]);
    fields.heatAlbedoW[k] = p.absorptivity * EARTH_ALBEDO * flux * aEarth * F * cz;
    fields.heatEarthIrW[k] = p.emissivity * OLR_W_M2 * aEarth * F;
    fields.heatGenW[k] = o.loadW[0] + o.batteryLossW[0];
    fields.heatRadW[k] = p.emissivity * STEFAN_BOLTZMANN * p.radiatorAreaM2 * o.tempK[0] ** 4;
    fields.tempK[k] = o.tempK[0];
    fields.computeAvailable[k] = avail;
    fields.limitedBy[k] = o.limitedBy[0];
  }
  const events = findEclipseEvents(positionAt, t0, t0 + count * stepS * 1000);
  return { startMs: t0, stepS, count, fields, events };
}

/** β angle (deg) and eclipse minutes per orbit, daily over a year. */
export interface BetaYear {
  tMs: Float64Array;
  betaDeg: Float32Array;
  eclipseMin: Float32Array;
}

/** One node's budget series around an instant, as the budget panel and its charts read it. */
export interface NodeSeriesWindow extends NodeSeries {
  /** Global satellite index. */
  index: number;
  /** Orbital period, s. */
  periodS: number;
  /** A year of β and eclipse minutes centred on the request (null for orbits it does not apply to). */
  year: BetaYear | null;
}
