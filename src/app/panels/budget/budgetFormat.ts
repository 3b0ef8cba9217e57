/** Budget quantities formatted with their units (power, energy, temperature, fractions, flux, compute; minus as U+2212). */

import { fmtNumber } from '../../format';

const MINUS = '\u2212';

/** `v` with `digits` decimals, grouped for the language in use (src/app/format.ts). */
const fixed = (v: number, digits: number): string => fmtNumber(v, digits);

/** Three significant figures at most, one decimal for values under 100: "18.2", "950", "1,361". */
function sig(v: number): string {
  const a = Math.abs(v);
  return fixed(v, a < 100 ? 1 : 0);
}

/** Power with a sensible unit: "950 W", "18.2 kW", "3.4 MW", "1.2 GW", "5.0 TW". */
export function fmtPowerW(w: number): string {
  if (!Number.isFinite(w)) return '—';
  const a = Math.abs(w);
  const sign = w < 0 ? MINUS : '';
  if (a < 1e3) return `${sign}${fixed(a, 0)} W`;
  if (a < 1e6) return `${sign}${sig(a / 1e3)} kW`;
  if (a < 1e9) return `${sign}${sig(a / 1e6)} MW`;
  if (a < 1e12) return `${sign}${sig(a / 1e9)} GW`;
  return `${sign}${sig(a / 1e12)} TW`;
}

/** Power with an explicit sign: "+6.7 kW", "−11.5 kW", "0 W". */
export function fmtSignedPowerW(w: number): string {
  if (!Number.isFinite(w)) return '—';
  const s = fmtPowerW(Math.abs(w));
  return Math.abs(w) < 0.5 ? s : `${w > 0 ? '+' : MINUS}${s}`;
}

/** Energy: "950 Wh", "14.3 kWh", "2.1 MWh". */
export function fmtEnergyWh(wh: number): string {
  if (!Number.isFinite(wh)) return '—';
  const a = Math.abs(wh);
  const sign = wh < 0 ? MINUS : '';
  if (a < 1e3) return `${sign}${fixed(a, 0)} Wh`;
  if (a < 1e6) return `${sign}${sig(a / 1e3)} kWh`;
  return `${sign}${sig(a / 1e6)} MWh`;
}

/** Kelvin shown as Celsius: "23.4 °C". */
export function fmtTempC(k: number, digits = 1): string {
  if (!Number.isFinite(k)) return '—';
  const c = k - 273.15;
  const s = fixed(Math.abs(c), digits);
  return `${c < 0 && Number(s) !== 0 ? MINUS : ''}${s} °C`;
}

/** A fraction 0 … 1 as a percentage: "61 %". */
export function fmtPct(f: number, digits = 0): string {
  if (!Number.isFinite(f)) return '—';
  return `${fixed(f * 100, digits)} %`;
}

/** Flux density: "1,361 W/m²". */
export function fmtFlux(wm2: number): string {
  return Number.isFinite(wm2) ? `${fixed(wm2, 0)} W/m²` : '—';
}

/** Compute throughput given in TOPS (10¹² ops/s): "744 TOPS", or in POPS (10¹⁵ ops/s) from 1,000 TOPS: "5.2 POPS", "1,188 POPS". */
export function fmtOps(tops: number): string {
  if (!Number.isFinite(tops)) return '—';
  if (Math.abs(tops) < 1000) return `${fixed(tops, 0)} TOPS`;
  return `${sig(tops / 1000)} POPS`;
}

/** "3.1 / 5.2 POPS": online and installed, both in the installed figure's unit. */
export function fmtOpsPair(onlineTops: number, installedTops: number): string {
  if (!Number.isFinite(onlineTops) || !Number.isFinite(installedTops)) return '—';
  if (Math.abs(installedTops) < 1000) return `${fixed(onlineTops, 0)} / ${fixed(installedTops, 0)} TOPS`;
  return `${sig(onlineTops / 1000)} / ${sig(installedTops / 1000)} POPS`;
}
