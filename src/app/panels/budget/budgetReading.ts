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
import { fmtPct, fmtPowerW, fmtTempC } from './budgetFormat';
import { t } from '../../../i18n/i18n';

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

/** "Sunlit", "Umbra (Earth’s full shadow)" or "Penumbra: N % of the Sun hidden", in the language in use. */
export function sunlightText(r: Pick<BudgetReading, 'sunlight' | 'hidden'>): string {
  if (r.sunlight === 'sunlit') return t('budget:sun.sunlit');
  if (r.sunlight === 'umbra') return t('budget:sun.umbra');
  return Number.isFinite(r.hidden)
    ? t('budget:sun.penumbraHidden', { pct: fmtPct(r.hidden) })
    : t('budget:sun.penumbra');
}

/** Whether the node carries compute at all (Starlink's built-in does not: 0 TOPS, 0 W). */
export const hasCompute = (node: Pick<NodeParamsOut, 'computeTops' | 'computeLoadW'>): boolean =>
  node.computeTops > 0 && node.computeLoadW > 0;

/** Why compute is cut now, as a key of `budget:reason` and its numbers; null when nothing cuts it. */
export type ComputeNote =
  | { key: 'shedDark' | 'shedBelowFloor' | 'shedPartial'; reserve: number; busW: number }
  | { key: 'heat'; maxK: number; zeroK: number }
  | null;

/**
 * Why the compute shown is below 100 %, in plain terms: shed at the battery floor in the shadow (no
 * sunlight, nothing left above the reserve: 0 %), shed while the battery refills a reserve it is below,
 * cut to what the panels give beyond the bus (in sunlight at the floor), or throttled by heat.
 */
export function computeNote(
  r: Pick<BudgetReading, 'limitedBy' | 'computeAvailable' | 'powerGenW' | 'batteryWh' | 'busW'>,
  node: NodeParamsOut,
): ComputeNote {
  if (!hasCompute(node)) return null;
  if (r.limitedBy === LIMITED_BATTERY) {
    const reserve = 1 - node.depthOfDischargeMax;
    const floorWh = reserve * node.batteryWh;
    const busW = r.busW;
    if (r.computeAvailable < 0.005) {
      if (r.powerGenW < 1) return { key: 'shedDark', reserve, busW };
      if (r.batteryWh < floorWh - 0.5) return { key: 'shedBelowFloor', reserve, busW };
    }
    return { key: 'shedPartial', reserve, busW };
  }
  if (r.limitedBy === LIMITED_TEMPERATURE)
    return { key: 'heat', maxK: node.maxTempK, zeroK: node.maxTempK + THROTTLE_SPAN_K };
  return null;
}

/** {@link computeNote} as a sentence in the language in use, or null. */
export function computeNoteText(note: ComputeNote): string | null {
  if (!note) return null;
  if (note.key === 'heat')
    return t('budget:reason.heat', { max: fmtTempC(note.maxK, 0), zero: fmtTempC(note.zeroK, 0) });
  return t(`budget:reason.${note.key}`, { reserve: fmtPct(note.reserve), bus: fmtPowerW(note.busW) });
}

/**
 * The panels' best output in full sunlight (flux × area × efficiency) and the full load, when the first
 * is the smaller: such a node (Starcloud-1: 612 W for 800 W) drains to its floor every orbit. Null otherwise.
 */
export function undersizedPower(
  node: NodeParamsOut,
  fluxWm2: number,
): { genW: number; loadW: number } | null {
  if (!hasCompute(node) || !Number.isFinite(fluxWm2)) return null;
  const genW = fluxWm2 * node.panelAreaM2 * node.cellEfficiency;
  const loadW = node.busLoadW + node.computeLoadW;
  return genW < loadW ? { genW, loadW } : null;
}
