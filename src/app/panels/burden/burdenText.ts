/**
 * Pure helpers of the Earth-burden panel: edits of the scenario's `burden` object (the panel applies
 * them through engine.apply, with undo) and the numbers and sentences it shows. The model is
 * src/sim/burden.ts; nothing here computes physics.
 */
import {
  BURDEN_KEYS,
  type BurdenInput,
  type BurdenKey,
  type BurdenPresetName,
  type BurdenReport,
  type SensitivityBar,
} from '../../../sim/burden';
import { currentLanguage, t } from '../../../i18n/i18n';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The scenario with `burden` replaced (an empty object removes the key). Other keys are shared, not copied. */
export function withBurden(scenario: unknown, burden: BurdenInput): Json {
  const s = isRecord(scenario) ? scenario : {};
  const out: Json = { ...s };
  if (Object.keys(burden).length === 0) delete out.burden;
  else out.burden = burden;
  return out;
}

/** One assumption set (a number) or cleared (`undefined`: back to the preset or default). */
export function setBurdenValue(
  input: BurdenInput | null,
  key: BurdenKey,
  value: number | undefined,
): BurdenInput {
  const next: BurdenInput = { ...(input ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A preset chosen (null: the defaults): the scenario's own values are dropped, so the preset shows as published. */
export function choosePreset(preset: BurdenPresetName | null): BurdenInput {
  return preset ? { preset } : {};
}

/** How many assumptions the scenario sets itself (on top of its preset or the defaults). */
export function ownValues(input: BurdenInput | null): number {
  return input ? BURDEN_KEYS.filter((k) => input[k] !== undefined).length : 0;
}

/** A number with thousands separators and at most `digits` decimals ("1,020.6"). */
export function fmtNum(v: number, digits = 0): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Three significant figures, separators for large values ("0.192", "5,330", "12.8"). */
export function fmtSig(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000) return fmtNum(Number(v.toPrecision(3)));
  return Number(v.toPrecision(3)).toString();
}

/** Energy in MWh as MWh, GWh or TWh. */
export function fmtEnergyMwh(mwh: number): string {
  const a = Math.abs(mwh);
  if (a >= 1e6) return `${fmtSig(mwh / 1e6)} TWh`;
  if (a >= 1e3) return `${fmtSig(mwh / 1e3)} GWh`;
  return `${fmtSig(mwh)} MWh`;
}

/** Power in MW as kW, MW or GW. */
export function fmtPowerMw(mw: number): string {
  const a = Math.abs(mw);
  if (a >= 1000) return `${fmtSig(mw / 1000)} GW`;
  if (a >= 1) return `${fmtSig(mw)} MW`;
  return `${fmtSig(mw * 1000)} kW`;
}

/** Tonnes as t, kt or Mt (of CO2e or mass). */
export function fmtTonnes(t: number): string {
  const a = Math.abs(t);
  if (a >= 1e6) return `${fmtSig(t / 1e6)} Mt`;
  if (a >= 1e4) return `${fmtSig(t / 1e3)} kt`;
  return `${fmtSig(t)} t`;
}

/** Years (days below one year), or "never" for null, in the language in use. */
export function fmtYears(y: number | null): string {
  if (y === null) return t('burden:units.never');
  if (y < 1)
    return t('burden:units.days', {
      count: Number(fmtSig(y * 365.25).replace(/,/g, '')),
      n: fmtSig(y * 365.25),
    });
  return t('burden:units.years', { count: Number(fmtSig(y).replace(/,/g, '')), n: fmtSig(y) });
}

/** A span of days as minutes, hours or days ("36 minutes", "2.5 days"), in the language in use. */
export function fmtDays(d: number): string {
  const [unit, v] =
    d < 1 / 24
      ? (['minutes', d * 24 * 60] as const)
      : d < 1
        ? (['hours', d * 24] as const)
        : (['days', d] as const);
  return t(`burden:units.${unit}`, { count: Number(fmtSig(v).replace(/,/g, '')), n: fmtSig(v) });
}

/** A share as a percentage with 2 significant figures ("0.0027 %", "21 %"). */
export function fmtShare(f: number): string {
  if (f === 0) return '0 %';
  return `${Number((f * 100).toPrecision(2)).toString()} %`;
}

/** A count of satellites ("81 satellites", "1 satellite"), in the language in use. */
export function fmtSatellites(n: number): string {
  return t('burden:units.satellites', { count: n, n: fmtNum(n) });
}

/** Whether orbit pays back its one-time CO2e within its life (null: nothing to compare). */
export function paysBack(r: BurdenReport): boolean | null {
  const y = r.row.carbon_payback_years;
  if (r.row.it_energy_mwh_per_year <= 0) return null;
  return y !== null && y <= r.resolved.params.lifetimeYears;
}

/** The answer in words: what orbit costs once, what the ground emits a year, and the verdict. */
export function verdictSentences(r: BurdenReport): string[] {
  const p = r.resolved.params;
  const row = r.row;
  if (row.it_energy_mwh_per_year <= 0) {
    return [t('burden:verdict.nothing', { sats: fmtSatellites(r.constellation.nodes) })];
  }
  const once = t('burden:verdict.once', {
    sats: fmtSatellites(r.constellation.nodes),
    mass: fmtTonnes(row.orbit_mass_t),
    co2: fmtTonnes(row.orbit_co2e_t),
  });
  const ground = t('burden:verdict.ground', {
    pue: fmtSig(p.pue),
    grid: fmtSig(p.gridKgCo2ePerKwh),
    co2: fmtTonnes(row.ground_co2e_t_per_year),
  });
  const y = row.carbon_payback_years;
  const life = fmtSig(p.lifetimeYears);
  let verdict: string;
  if (y === null) verdict = t('burden:verdict.cleanGrid');
  else if (y <= p.lifetimeYears) verdict = t('burden:verdict.paysBack', { time: fmtYears(y), life });
  else verdict = t('burden:verdict.never', { time: fmtYears(y), life });
  return [once, ground, verdict];
}

/** A share of the lifetime as the tornado shows it ("0.19×"), or "never" for Infinity. */
export function fmtLifeShare(x: number): string {
  return Number.isFinite(x) ? `${fmtSig(x)}×` : t('burden:tornado.never');
}

/** An assumption's unit as shown (years in words, the rest as symbols; "" for none). */
export function burdenUnit(key: BurdenKey, unit: string): string {
  return key === 'lifetimeYears' ? t('burden:units.yearsUnit') : unit;
}

/**
 * The tornado chart in words, for screen readers: the payback as a share of the lifetime now and
 * whether it pays back, then each bar, widest first (the order of `bars`), with its range and the
 * payback at its ends.
 */
export function tornadoSummary(
  bars: readonly SensitivityBar[],
  current: number | null,
  units: Readonly<Record<BurdenKey, string>>,
): string {
  const parts: string[] = [];
  if (current !== null && current > 0)
    parts.push(
      t('burden:tornado.summaryNow', {
        now: fmtLifeShare(current),
        verdict: current <= 1 ? t('burden:tornado.paysBack') : t('burden:tornado.neverPaysBack'),
      }),
    );
  if (bars.length) parts.push(t('burden:tornado.summaryHead'));
  for (const b of bars) {
    const unit = burdenUnit(b.key, units[b.key]);
    parts.push(
      t('burden:tornado.summaryBar', {
        label: t(`burden:fields.${b.key}.label`),
        low: fmtSig(b.low),
        high: fmtSig(b.high),
        unit: unit ? ` ${unit}` : '',
        atLow: fmtLifeShare(b.atLow),
        atHigh: fmtLifeShare(b.atHigh),
      }),
    );
  }
  return parts.join(currentLanguage() === 'en' ? ' ' : '');
}
