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
} from '../../../sim/burden';

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

/** Years (days below one year), or "never" for null. */
export function fmtYears(y: number | null): string {
  if (y === null) return 'never';
  if (y < 1) return `${fmtSig(y * 365.25)} days`;
  return `${fmtSig(y)} years`;
}

/** A share as a percentage with 2 significant figures ("0.0027 %", "21 %"). */
export function fmtShare(f: number): string {
  if (f === 0) return '0 %';
  return `${Number((f * 100).toPrecision(2)).toString()} %`;
}

/** A count of satellites ("81 satellites", "1 satellite"). */
export function fmtSatellites(n: number): string {
  return `${fmtNum(n)} satellite${n === 1 ? '' : 's'}`;
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
    return [
      `These ${fmtSatellites(r.constellation.nodes)} deliver no compute in a year under this model, so there is nothing to compare.`,
    ];
  }
  const once = `Building and launching the ${fmtSatellites(r.constellation.nodes)} (${fmtTonnes(row.orbit_mass_t)} in orbit) emits ${fmtTonnes(row.orbit_co2e_t)} CO2e once.`;
  const ground = `The same compute on the ground (PUE ${fmtSig(p.pue)}, grid ${fmtSig(p.gridKgCo2ePerKwh)} kg CO2e/kWh) emits ${fmtTonnes(row.ground_co2e_t_per_year)} CO2e a year.`;
  const y = row.carbon_payback_years;
  let verdict: string;
  if (y === null)
    verdict = 'On a grid that emits nothing the ground never catches up: orbit is the larger burden.';
  else if (y <= p.lifetimeYears)
    verdict = `Orbit pays back its launch and manufacturing after ${fmtYears(y)}, within its ${fmtSig(p.lifetimeYears)}-year life: under these assumptions it relieves Earth's burden.`;
  else
    verdict = `Orbit never pays back: the ground would need ${fmtYears(y)} to emit as much, longer than the ${fmtSig(p.lifetimeYears)}-year life. Under these assumptions orbit is the larger burden.`;
  return [once, ground, verdict];
}
