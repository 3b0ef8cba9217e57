/**
 * `--burden` (README.md, "Command line"; docs/physics.md, "Earth burden"): the Earth-burden
 * comparison of the scenario, one row, from the same functions as the app's panel — the energy from
 * src/scenario/burdenEnergy.ts (what the budget worker runs), the row from src/sim/burden.ts
 * `burdenReport` with the scenario's `burden` object.
 */
import { scenarioBurdenEnergy } from '../scenario/burdenEnergy';
import type { Scenario } from '../scenario/schema';
import type { ExpandedScenario } from '../scenario/types';
import { BURDEN_COLUMNS, burdenReport, type BurdenInput, type BurdenRow } from '../sim/burden';

/** Decimals printed per column (MW to 1 kW, energies and masses to 0.1, shares to 1e-8). */
export const BURDEN_DIGITS: Record<keyof BurdenRow, number> = {
  it_power_mw: 3,
  it_energy_mwh_per_year: 1,
  orbit_mass_t: 1,
  orbit_co2e_t: 1,
  orbit_kg_co2e_per_mwh: 2,
  ground_energy_mwh_per_year: 1,
  ground_co2e_t_per_year: 1,
  ground_kg_co2e_per_mwh: 2,
  ground_water_m3_per_year: 1,
  carbon_payback_years: 3,
  share_of_global_dc_2024: 8,
  share_of_global_dc_2030: 8,
  orbit_launch_usd_per_mwh: 2,
  ground_electricity_usd_per_mwh: 2,
};

export const BURDEN_CSV_HEADER = BURDEN_COLUMNS.join(',');

/** The row rounded as printed (null stays null: a quantity that would divide by zero). */
export function roundBurdenRow(row: BurdenRow): BurdenRow {
  const out = { ...row };
  for (const c of BURDEN_COLUMNS) {
    const v = row[c];
    (out as Record<string, number | null>)[c] = v === null ? null : Number(v.toFixed(BURDEN_DIGITS[c])) + 0;
  }
  return out;
}

/** Prints the row (CSV with a header, or a JSON array of one object); notes on stderr say how the energy was sampled. */
export async function burdenRun(
  io: { out(t: string): void | Promise<void>; err(t: string): void },
  format: 'csv' | 'json',
  ex: ExpandedScenario,
  scenario: Scenario,
): Promise<number> {
  const energy = scenarioBurdenEnergy(ex);
  const input = (scenario.burden ?? null) as BurdenInput | null;
  const report = burdenReport(input, energy);
  const row = roundBurdenRow(report.row);
  io.err(
    `note: compute energy from the budget runner over ${energy.sampledNodes} sampled satellites × ${energy.sampledDays} days of ${energy.windowHours} h ` +
      `(after ${energy.warmupHours.toFixed(1)} h warm-up, ${energy.stepS} s steps): ${(energy.meanComputeAvailable * 100).toFixed(2)} % of the installed compute runs\n`,
  );
  io.err(
    `note: assumptions: ${input?.preset ? `preset "${input.preset}"` : 'defaults'}${input && Object.keys(input).some((k) => k !== 'preset') ? " with the scenario's own values" : ''}; massKgPerNode ${report.resolved.params.massKgPerNode.toFixed(1)} kg\n`,
  );
  if (format === 'json') await io.out(`[\n${JSON.stringify(row)}\n]\n`);
  else
    await io.out(
      `${BURDEN_CSV_HEADER}\n${BURDEN_COLUMNS.map((c) => (row[c] === null ? '' : row[c]!.toFixed(BURDEN_DIGITS[c]))).join(',')}\n`,
    );
  return 0;
}
