/**
 * The selected node's budget read at one instant — every quantity the budget panel shows — and the
 * plain-language lines for its sunlight and for what limits its compute.
 */
import { LIMITED_BATTERY, LIMITED_TEMPERATURE } from '../../../sim/budget';
import { THROTTLE_SPAN_K } from '../../../sim/thermal';
import type { NodeParamsOut } from '../../../scenario/types';
import type { NodeSeriesData } from '../../../state/store';
import { seriesAt, seriesStepAt } from './seriesAt';
import { eclipseStateAt, stateFromShadow, type SunlightState } from './sunlight';
import { fmtPct, fmtTempC } from './budgetFormat';

/** The budget quantities at one instant. */
export interface BudgetReading {
  tMs: number;
  sunlight: SunlightState;
  /** Fraction of the Sun's disc hidden (NaN where unknown inside a penumbra). */
  hidden: number;
  fluxWm2: number;
  powerGenW: number;
  loadW: number;
  computeW: number;
  busW: number;
  marginW: number;
  batteryWh: number;
  soc: number;
  heatSunW: number;
  heatAlbedoW: number;
  heatEarthIrW: number;
  heatGenW: number;
  heatRadW: number;
  tempK: number;
  computeAvailable: number;
  limitedBy: number;
  /** The shown time lies outside the series window (values are clamped to its end). */
  stale: boolean;
}

/** Reads every shown quantity of `s` at `t`. */
export function readBudget(s: NodeSeriesData, t: number): BudgetReading {
  const at = (f: Parameters<typeof seriesAt>[1]) => seriesAt(s, f, t);
  const shadow = at('shadow');
  const ecl = eclipseStateAt(s.events, t);
  const sunlight = ecl?.state ?? stateFromShadow(shadow);
  let hidden = ecl ? ecl.hidden : shadow;
  if (sunlight === 'penumbra' && !Number.isFinite(hidden)) hidden = shadow > 0 && shadow < 1 ? shadow : NaN;
  const end = s.startMs + s.count * s.stepS * 1000;
  return {
    tMs: t,
    sunlight,
    hidden,
    fluxWm2: at('fluxWm2'),
    powerGenW: at('powerGenW'),
    loadW: at('loadW'),
    computeW: at('computeW'),
    busW: at('busW'),
    marginW: at('marginW'),
    batteryWh: at('batteryWh'),
    soc: at('soc'),
    heatSunW: at('heatSunW'),
    heatAlbedoW: at('heatAlbedoW'),
    heatEarthIrW: at('heatEarthIrW'),
    heatGenW: at('heatGenW'),
    heatRadW: at('heatRadW'),
    tempK: at('tempK'),
    computeAvailable: at('computeAvailable'),
    limitedBy: seriesStepAt(s, 'limitedBy', t),
    stale: t < s.startMs - 60_000 || t > end + 60_000,
  };
}

/** "Sunlit", "Umbra (Earth’s full shadow)" or "Penumbra N % hidden". */
export function sunlightText(r: Pick<BudgetReading, 'sunlight' | 'hidden'>): string {
  if (r.sunlight === 'sunlit') return 'Sunlit';
  if (r.sunlight === 'umbra') return 'Umbra (Earth’s full shadow)';
  return Number.isFinite(r.hidden) ? `Penumbra ${Math.round(r.hidden * 100)} % hidden` : 'Penumbra';
}

/** Why compute is cut now (battery floor or temperature), or null when it is not. */
export function limitText(limitedBy: number, node: NodeParamsOut): string | null {
  if (limitedBy === LIMITED_BATTERY)
    return `Battery at its floor (${fmtPct(1 - node.depthOfDischargeMax)} kept in reserve): compute shed`;
  if (limitedBy === LIMITED_TEMPERATURE)
    return `Above ${fmtTempC(node.maxTempK, 0)}: throttled (to 0 at ${fmtTempC(node.maxTempK + THROTTLE_SPAN_K, 0)})`;
  return null;
}
