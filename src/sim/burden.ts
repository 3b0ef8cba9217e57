/**
 * Earth burden: the same compute in orbit and on the ground (docs/scenario-format.md, "burden";
 * docs/physics.md, "Earth burden"). One model, pure, used by the panel, the worker's energy sampler
 * (through the domain types below) and `npm run sim -- <scenario> --burden`.
 *
 * Inputs: the constellation (satellites, installed compute power, the compute energy it actually
 * delivers in a year — src/scenario/burdenEnergy.ts runs the app's BudgetRunner for that) and the
 * scenario's optional `burden` object (every field optional; a `preset` picks the base values).
 * Per year unless said; h = 8,766 hours a year (365.25 days).
 *
 *   it_power_mw               = Σ computeLoadW / 1e6                       (installed)
 *   orbit_mass_t              = N · massKgPerNode / 1000
 *   orbit_co2e_t              = N · massKgPerNode · (launchKgCo2ePerKg + manufacturingKgCo2ePerKg) / 1000   (once)
 *   orbit_kg_co2e_per_mwh     = orbit_co2e_t · 1000 / (E · lifetimeYears)  (E = it_energy_mwh_per_year)
 *   ground_energy_mwh_per_year = E · pue
 *   ground_co2e_t_per_year    = ground_energy · gridKgCo2ePerKwh          (MWh × kg/kWh = t)
 *   ground_kg_co2e_per_mwh    = pue · grid · 1000 + groundEmbodiedKgCo2ePerKw · it_power_mw · 1000 / (E · lifetimeYears)
 *   ground_water_m3_per_year  = E · wueLPerKwh                             (MWh × L/kWh = m³)
 *   carbon_payback_years      = orbit_co2e_t / ground_co2e_t_per_year
 *   share_of_global_dc_2024   = ground_energy / 415e6 MWh;  …_2030 = ground_energy / 945e6 MWh (IEA)
 *   orbit_launch_usd_per_mwh  = N · massKgPerNode · launchUsdPerKg / (E · lifetimeYears)
 *   ground_electricity_usd_per_mwh = electricityUsdPerMwh · pue           (per MWh of IT energy)
 *
 * A field that would divide by zero (no energy delivered, a grid that emits nothing) is null.
 */

/** Hours in a year of 365.25 days. */
export const HOURS_PER_YEAR = 8766;

/** A published source: a title and a link. */
export interface Source {
  title: string;
  url: string;
}

/** A number with where it comes from and whether it is an assumption (the UI says "assumed"). */
export interface Sourced {
  value: number;
  source: Source;
  /** True when the number is our assumption or derivation, not a figure the source states. */
  assumed: boolean;
  /** One line: what the source says or how the number was derived. */
  note: string;
}

export const SOURCES = {
  ieaEnergyAi: {
    title:
      'IEA, Energy and AI (2025): data-centre electricity 415 TWh in 2024, ≈ 945 TWh in 2030 (base case)',
    url: 'https://www.iea.org/reports/energy-and-ai',
  },
  uptime2024: {
    title: 'Uptime Institute, Global Data Center Survey 2024: average annual PUE 1.56',
    url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
  },
  googlePue: {
    title: 'Google data centres: fleet-wide trailing twelve-month PUE ≈ 1.09–1.10',
    url: 'https://www.google.com/about/datacenters/efficiency/',
  },
  emberOwid: {
    title:
      'Ember, via Our World in Data: carbon intensity of electricity generation (lifecycle, gCO2e/kWh), 2023',
    url: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
  },
  emberUs2023: {
    title: 'Ember, Global Electricity Review 2024: US power sector 1,570 MtCO2 in 2023 (≈ 369 g/kWh)',
    url: 'https://ember-climate.org/insights/research/global-electricity-review-2024/major-countries-and-regions',
  },
  lbnl2016: {
    title:
      'Shehabi et al., United States Data Center Energy Usage Report (LBNL, 2016): data-centre water use',
    url: 'https://eta.lbl.gov/publications/united-states-data-center-energy',
  },
  eypEmbodied: {
    title: 'EYP MCF / Ramboll, White Paper 5: Embodied carbon considerations for data centers (2022)',
    url: 'https://www.eypmcfinc.com/data-center-embodied-energy',
  },
  spacexFiling: {
    title: 'SpaceX FCC filing SAT-LOA-20260108-00016 (as read by Yuan Chang): ~100 kW of compute per tonne',
    url: 'https://yuanchang.org/en/posts/spacex-orbital-datacenter-fcc',
  },
  starcloudWp: {
    title:
      'Starcloud (formerly Lumen Orbit), Why we should train AI in space (white paper): a 40 MW cluster from one ~100 t Starship launch at $30/kg, costed over 10 years',
    url: 'https://starcloudinc.github.io/wp.pdf',
  },
  starcloudCritique: {
    title:
      "angadh.com, There's no way that Starcloud can put a data centre in space at $8.2 million in one Starship (technoeconomic analysis): up to 22 launches for 40 MW; Falcon Heavy ≈ $1,500/kg",
    url: 'https://angadh.com/space-data-centers-1',
  },
  suncatcher: {
    title:
      'Google, Towards a future space-based, highly scalable AI infrastructure system design (arXiv 2511.19468): TPUs tested for a 5-year mission; launch ≲ $200/kg by the mid-2030s',
    url: 'https://arxiv.org/abs/2511.19468',
  },
  dirtyBits: {
    title:
      'Ohs et al., Dirty Bits in Low-Earth Orbit: the carbon footprint of launching computers (arXiv 2508.06250)',
    url: 'https://arxiv.org/abs/2508.06250',
  },
  starshipPropellant: {
    title: 'NextBigFuture (2019): Super Heavy ≈ 717 t and Starship ≈ 260 t of methane per flight',
    url: 'https://www.nextbigfuture.com/2019/12/spacex-rocket-emissions-similar-to-large-jets-crossing-the-oceans.html',
  },
  oracle: {
    title:
      'Kukreja, Oughton, Linares, ORACLE: rocket and constellation life-cycle emissions (arXiv 2504.15291): electronics 24.85, aluminium 14.9, steel 6.15 kg CO2e/kg',
    url: 'https://arxiv.org/abs/2504.15291',
  },
  eiaPrices: {
    title: 'US EIA, Electric Power Monthly table 5.6.A: average industrial price ≈ 8 ¢/kWh (2023–24)',
    url: 'https://www.eia.gov/electricity/monthly/epm_table_grapher.php?t=epmt_5_6_a',
  },
  ascend: {
    title:
      'Thales Alenia Space, ASCEND feasibility study (2024): worthwhile for the climate only with a launcher ten times less emissive over its life',
    url: 'https://www.thalesaleniaspace.com/en/press-releases/thales-alenia-space-reveals-results-ascend-feasibility-study-space-data-centers-0',
  },
  ipccAr5: {
    title: 'IPCC AR5 WGIII Annex III: lifecycle emissions of pulverised coal, median 820 gCO2e/kWh',
    url: 'https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf',
  },
} satisfies Record<string, Source>;

/** Global data-centre electricity, MWh per year (IEA Energy and AI, 2025): 2024 and the 2030 base case. */
export const GLOBAL_DC_MWH_2024 = 415e6;
export const GLOBAL_DC_MWH_2030 = 945e6;

/**
 * "A hyperscale data centre": 100 MW of IT load running all year. Assumed: the IEA's Energy and AI
 * describes a typical AI-focused hyperscale data centre as using as much electricity as 100,000
 * households, of the order of 100 MW.
 */
export const HYPERSCALE_IT_MW = 100;
/**
 * "A coal plant": 1,000 MW at full output (24,000 MWh a day) at IPCC AR5's median lifecycle
 * 820 gCO2e/kWh for pulverised coal: 19,680 t CO2e a day. Assumed size and output; intensity sourced.
 */
export const COAL_PLANT_MW = 1000;
export const COAL_KG_CO2E_PER_KWH = 0.82;
export const COAL_PLANT_T_CO2E_PER_DAY = COAL_PLANT_MW * 24 * COAL_KG_CO2E_PER_KWH;

// The assumptions' keys, presets and field specs are in burdenFields.ts (the schema needs them
// without the model and its sources).
export {
  BURDEN_FIELDS,
  BURDEN_KEYS,
  BURDEN_PRESETS,
  type BurdenFieldSpec,
  type BurdenInput,
  type BurdenKey,
  type BurdenParams,
  type BurdenPresetName,
} from './burdenFields';
import {
  BURDEN_KEYS,
  type BurdenInput,
  type BurdenKey,
  type BurdenParams,
  type BurdenPresetName,
} from './burdenFields';

/** A full set of sourced values: the defaults or a preset. Mass is per kW of compute (kgPerKw). */
export interface BurdenBase {
  name: 'defaults' | BurdenPresetName;
  label: string;
  /** Who argues this way, in one line. */
  summary: string;
  values: Record<Exclude<BurdenKey, 'massKgPerNode'>, Sourced>;
  /** Launched mass per kW of compute, kg/kW; massKgPerNode = kgPerKw × the mean node load in kW. */
  kgPerKw: Sourced;
}

const S = SOURCES;
const v = (value: number, source: Source, assumed: boolean, note: string): Sourced => ({
  value,
  source,
  assumed,
  note,
});

/** The defaults: a middle case, each figure sourced. */
export const BURDEN_DEFAULTS: BurdenBase = {
  name: 'defaults',
  label: 'Defaults',
  summary:
    'Middle-of-the-road figures: the average data centre on the average grid against a mid-2030s launch.',
  values: {
    pue: v(
      1.56,
      S.uptime2024,
      false,
      "average annual PUE reported for respondents' largest data centre, 2024",
    ),
    gridKgCo2ePerKwh: v(0.481, S.emberOwid, false, 'world average 2023: 481 gCO2e/kWh'),
    wueLPerKwh: v(1.8, S.lbnl2016, true, 'the commonly quoted average on-site water use, ≈ 1.8 L/kWh'),
    groundEmbodiedKgCo2ePerKw: v(
      1000,
      S.eypEmbodied,
      true,
      "order of 1 t CO2e per kW of IT for shell, power and cooling plant over the building's life",
    ),
    launchKgCo2ePerKg: v(
      26,
      S.dirtyBits,
      true,
      'Falcon 9 (RP-1 kerosene/LOX): ≈ 145 t RP-1 × 3.1 kg CO2/kg ≈ 450 t CO2 for ≈ 17.5 t to LEO, booster recovered; combustion only, within the published 25–44',
    ),
    manufacturingKgCo2ePerKg: v(
      100,
      S.oracle,
      true,
      'between a mass-produced spacecraft costed as its materials (≈ 25) and bespoke, test-heavy builds',
    ),
    lifetimeYears: v(5, S.suncatcher, false, 'TPUs radiation-tested for a 5-year mission'),
    launchUsdPerKg: v(200, S.suncatcher, false, 'learning-curve projection: ≲ $200/kg by the mid-2030s'),
    electricityUsdPerMwh: v(80, S.eiaPrices, false, 'US average industrial price ≈ 8 ¢/kWh'),
  },
  kgPerKw: v(10, S.spacexFiling, false, '~100 kW of compute per tonne of satellite'),
};

/** Proponents of orbital data centres: Starcloud's and SpaceX's figures against today's average ground. */
export const PROPONENTS: BurdenBase = {
  name: 'proponents',
  label: 'Proponents',
  summary:
    "Starcloud's white paper and a fully reused Starship, against the average data centre on a coal-heavy grid.",
  values: {
    pue: v(1.56, S.uptime2024, false, 'the average ground PUE proponents set against PUE ≈ 1 in orbit'),
    gridKgCo2ePerKwh: v(
      0.582,
      S.emberOwid,
      true,
      'China 2023: 582 gCO2e/kWh, the grid the Chinese plans would relieve (choice assumed)',
    ),
    wueLPerKwh: v(
      1.8,
      S.lbnl2016,
      true,
      'the commonly quoted average on-site water use, ≈ 1.8 L/kWh; none in orbit',
    ),
    groundEmbodiedKgCo2ePerKw: v(2000, S.eypEmbodied, true, 'a heavy build: 2 t CO2e per kW of IT'),
    launchKgCo2ePerKg: v(
      18,
      S.starshipPropellant,
      true,
      'Starship (methane/LOX): ≈ 977 t CH4 × 2.75 ≈ 2,690 t CO2 for ≈ 150 t to LEO, fully reused; combustion only',
    ),
    manufacturingKgCo2ePerKg: v(
      25,
      S.oracle,
      true,
      "mass-produced like electronics: ORACLE's 24.85 kg CO2e/kg",
    ),
    lifetimeYears: v(10, S.starcloudWp, false, 'the 40 MW cluster is costed over 10 years'),
    launchUsdPerKg: v(30, S.starcloudWp, false, '$30/kg with a reused Starship'),
    electricityUsdPerMwh: v(40, S.starcloudWp, true, '$140M of energy for 40 MW over 10 years ≈ $40/MWh'),
  },
  kgPerKw: v(2.5, S.starcloudWp, true, '40 MW in one ≈ 100 t launch: 2.5 kg per kW'),
};

/** Critics: published launch-emission estimates and engineering benchmarks against an efficient ground data centre. */
export const CRITICS: BurdenBase = {
  name: 'critics',
  label: 'Critics',
  summary:
    'Published launch-emission estimates and ISS-based mass benchmarks, against an efficient hyperscale data centre on the EU grid.',
  values: {
    pue: v(1.1, S.googlePue, false, 'what an efficient hyperscale operator achieves'),
    gridKgCo2ePerKwh: v(
      0.244,
      S.ascend,
      true,
      'EU 2023 (Ember): 244 gCO2e/kWh, the European ground ASCEND weighed orbit against (choice assumed)',
    ),
    wueLPerKwh: v(
      0.5,
      S.lbnl2016,
      true,
      'a new build with closed-loop or dry cooling (assumed, well below the 1.8 L/kWh average)',
    ),
    groundEmbodiedKgCo2ePerKw: v(500, S.eypEmbodied, true, 'a lean build: 0.5 t CO2e per kW of IT'),
    launchKgCo2ePerKg: v(
      44,
      S.dirtyBits,
      false,
      'upper end of published estimates, 25–44 kg CO2e per kg to orbit',
    ),
    manufacturingKgCo2ePerKg: v(
      250,
      S.oracle,
      true,
      "space-qualified hardware with qualification and test campaigns: 10 × ORACLE's electronics factor",
    ),
    lifetimeYears: v(5, S.suncatcher, false, '5-year radiation test; low orbits decay and hardware ages'),
    launchUsdPerKg: v(
      1500,
      S.starcloudCritique,
      false,
      'Falcon Heavy ≈ $1,500/kg (2021 dollars); Falcon 9 ≈ $2,600/kg',
    ),
    electricityUsdPerMwh: v(
      45,
      S.starcloudWp,
      false,
      'US wholesale ≈ $0.045/kWh, as the white paper itself quotes',
    ),
  },
  kgPerKw: v(
    55,
    S.starcloudCritique,
    false,
    'up to 22 launches of ≈ 100 t for 40 MW, from ISS array and radiator benchmarks',
  ),
};

export const BURDEN_BASES: Record<BurdenBase['name'], BurdenBase> = {
  defaults: BURDEN_DEFAULTS,
  proponents: PROPONENTS,
  critics: CRITICS,
};

/** Grid intensities to compare with, kg CO2e/kWh (Ember 2023 via Our World in Data unless said). */
export const GRID_REFERENCES: readonly { label: string; kgCo2ePerKwh: number; source: Source }[] = [
  { label: 'Low-carbon grid (France)', kgCo2ePerKwh: 0.056, source: S.emberOwid },
  { label: 'EU', kgCo2ePerKwh: 0.244, source: S.emberOwid },
  { label: 'USA', kgCo2ePerKwh: 0.369, source: S.emberUs2023 },
  { label: 'World', kgCo2ePerKwh: 0.481, source: S.emberOwid },
  { label: 'China', kgCo2ePerKwh: 0.582, source: S.emberOwid },
];

/** Where each resolved value came from. */
export type BurdenOrigin = 'scenario' | 'preset' | 'default';

/** The resolved assumptions, their origins and the base they fell back to. */
export interface ResolvedBurden {
  params: BurdenParams;
  origin: Record<BurdenKey, BurdenOrigin>;
  base: BurdenBase;
}

/**
 * Fills in every assumption: the scenario's value, else the preset's (when `input.preset` is set),
 * else the default. massKgPerNode falls back to the base's kg per kW × `meanComputeLoadW` / 1000.
 */
export function resolveBurden(
  input: BurdenInput | null | undefined,
  meanComputeLoadW: number,
): ResolvedBurden {
  const base = input?.preset ? BURDEN_BASES[input.preset] : BURDEN_DEFAULTS;
  const fromBase: BurdenOrigin = input?.preset ? 'preset' : 'default';
  const params = {} as BurdenParams;
  const origin = {} as Record<BurdenKey, BurdenOrigin>;
  for (const key of BURDEN_KEYS) {
    const given = input?.[key];
    if (typeof given === 'number' && Number.isFinite(given)) {
      params[key] = given;
      origin[key] = 'scenario';
    } else {
      params[key] =
        key === 'massKgPerNode' ? (base.kgPerKw.value * meanComputeLoadW) / 1000 : base.values[key].value;
      origin[key] = fromBase;
    }
  }
  return { params, origin, base };
}

/** What the model needs of the constellation. */
export interface BurdenConstellation {
  /** Satellites (N). */
  nodes: number;
  /** Installed compute power, Σ computeLoadW, W. */
  itPowerW: number;
  /** Compute energy the constellation delivers in a year, MWh (src/scenario/burdenEnergy.ts). */
  itEnergyMwhPerYear: number;
}

/** The contract's row, in its order (`npm run sim -- … --burden` prints exactly these). */
export interface BurdenRow {
  it_power_mw: number;
  it_energy_mwh_per_year: number;
  orbit_mass_t: number;
  orbit_co2e_t: number;
  orbit_kg_co2e_per_mwh: number | null;
  ground_energy_mwh_per_year: number;
  ground_co2e_t_per_year: number;
  ground_kg_co2e_per_mwh: number | null;
  ground_water_m3_per_year: number;
  carbon_payback_years: number | null;
  share_of_global_dc_2024: number;
  share_of_global_dc_2030: number;
  orbit_launch_usd_per_mwh: number | null;
  ground_electricity_usd_per_mwh: number;
}

/** Column names in contract order. */
export const BURDEN_COLUMNS = [
  'it_power_mw',
  'it_energy_mwh_per_year',
  'orbit_mass_t',
  'orbit_co2e_t',
  'orbit_kg_co2e_per_mwh',
  'ground_energy_mwh_per_year',
  'ground_co2e_t_per_year',
  'ground_kg_co2e_per_mwh',
  'ground_water_m3_per_year',
  'carbon_payback_years',
  'share_of_global_dc_2024',
  'share_of_global_dc_2030',
  'orbit_launch_usd_per_mwh',
  'ground_electricity_usd_per_mwh',
] as const satisfies readonly (keyof BurdenRow)[];

/** a / b, or null when that is not a finite number (b = 0). */
function ratio(a: number, b: number): number | null {
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}

/** The contract's row for assumptions `p` and constellation `c` (formulas in this file's header). */
export function computeBurden(p: BurdenParams, c: BurdenConstellation): BurdenRow {
  const e = c.itEnergyMwhPerYear;
  const massKg = c.nodes * p.massKgPerNode;
  const itPowerMw = c.itPowerW / 1e6;
  const orbitCo2eT = (massKg * (p.launchKgCo2ePerKg + p.manufacturingKgCo2ePerKg)) / 1000;
  const lifeMwh = e * p.lifetimeYears;
  const groundEnergy = e * p.pue;
  const groundCo2e = groundEnergy * p.gridKgCo2ePerKwh;
  const embodiedPerMwh = ratio(p.groundEmbodiedKgCo2ePerKw * itPowerMw * 1000, lifeMwh);
  return {
    it_power_mw: itPowerMw,
    it_energy_mwh_per_year: e,
    orbit_mass_t: massKg / 1000,
    orbit_co2e_t: orbitCo2eT,
    orbit_kg_co2e_per_mwh: ratio(orbitCo2eT * 1000, lifeMwh),
    ground_energy_mwh_per_year: groundEnergy,
    ground_co2e_t_per_year: groundCo2e,
    ground_kg_co2e_per_mwh:
      embodiedPerMwh === null ? null : p.pue * p.gridKgCo2ePerKwh * 1000 + embodiedPerMwh,
    ground_water_m3_per_year: e * p.wueLPerKwh,
    carbon_payback_years: ratio(orbitCo2eT, groundCo2e),
    share_of_global_dc_2024: groundEnergy / GLOBAL_DC_MWH_2024,
    share_of_global_dc_2030: groundEnergy / GLOBAL_DC_MWH_2030,
    orbit_launch_usd_per_mwh: ratio(massKg * p.launchUsdPerKg, lifeMwh),
    ground_electricity_usd_per_mwh: p.electricityUsdPerMwh * p.pue,
  };
}

/** Comparisons a reader can quote, each with its formula in the "How is this computed" note. */
export interface BurdenComparisons {
  /** Launch emissions alone, t CO2e: N · massKgPerNode · launchKgCo2ePerKg / 1000. */
  launchCo2eT: number;
  /** Days a 1 GW coal plant at full output takes to emit the launch emissions: launchCo2eT / 19,680. */
  coalPlantDays: number;
  /** it_energy / (100 MW × 8,766 h): how many hyperscale data centres' worth of compute this delivers. */
  hyperscaleEquivalents: number;
  /** Grid intensity at which the payback equals the lifetime, kg CO2e/kWh (null: no ground energy). */
  flipGridKgCo2ePerKwh: number | null;
  /** carbon_payback_years ÷ lifetimeYears: ≤ 1 pays back within the life (null: never). */
  paybackShareOfLife: number | null;
}

export function burdenComparisons(
  p: BurdenParams,
  c: BurdenConstellation,
  row: BurdenRow = computeBurden(p, c),
): BurdenComparisons {
  const launchCo2eT = (c.nodes * p.massKgPerNode * p.launchKgCo2ePerKg) / 1000;
  return {
    launchCo2eT,
    coalPlantDays: launchCo2eT / COAL_PLANT_T_CO2E_PER_DAY,
    hyperscaleEquivalents: c.itEnergyMwhPerYear / (HYPERSCALE_IT_MW * HOURS_PER_YEAR),
    flipGridKgCo2ePerKwh: ratio(row.orbit_co2e_t, row.ground_energy_mwh_per_year * p.lifetimeYears),
    paybackShareOfLife: row.carbon_payback_years === null ? null : row.carbon_payback_years / p.lifetimeYears,
  };
}

/** One bar of the sensitivity (tornado) chart. */
export interface SensitivityBar {
  key: BurdenKey;
  /** The two ends of the assumption's range (the lowest and highest of defaults, presets and the current value). */
  low: number;
  high: number;
  /** carbon payback ÷ lifetime with the assumption at `low` / `high`, everything else as now (Infinity: never). */
  atLow: number;
  atHigh: number;
}

/** The assumptions that decide the payback verdict (the others do not enter payback ÷ lifetime). */
export const PAYBACK_KEYS: readonly BurdenKey[] = [
  'pue',
  'gridKgCo2ePerKwh',
  'massKgPerNode',
  'launchKgCo2ePerKg',
  'manufacturingKgCo2ePerKg',
  'lifetimeYears',
];

/**
 * Sensitivity of payback ÷ lifetime to each assumption over the range the sources span (defaults,
 * proponents, critics and the current value; mass per node from each base's kg per kW), the others
 * held at `p`. Sorted by the width of the effect (log scale), widest first.
 */
export function burdenSensitivity(
  p: BurdenParams,
  c: BurdenConstellation,
  meanComputeLoadW: number,
): SensitivityBar[] {
  const share = (q: BurdenParams) => {
    const r = burdenComparisons(q, c).paybackShareOfLife;
    return r === null ? Infinity : r;
  };
  const bars = PAYBACK_KEYS.map((key): SensitivityBar => {
    const candidates = Object.values(BURDEN_BASES).map((b) =>
      key === 'massKgPerNode'
        ? (b.kgPerKw.value * meanComputeLoadW) / 1000
        : b.values[key as Exclude<BurdenKey, 'massKgPerNode'>].value,
    );
    candidates.push(p[key]);
    const low = Math.min(...candidates);
    const high = Math.max(...candidates);
    return { key, low, high, atLow: share({ ...p, [key]: low }), atHigh: share({ ...p, [key]: high }) };
  });
  const width = (b: SensitivityBar) => {
    const a = Math.max(b.atLow, b.atHigh),
      z = Math.min(b.atLow, b.atHigh);
    if (!(z > 0)) return a > 0 ? Infinity : 0;
    return a === Infinity ? Infinity : Math.log(a / z);
  };
  return bars.sort((a, b) => width(b) - width(a));
}

/** One shell's part of the sampled year. */
export interface BurdenShellEnergy {
  shell: number;
  name: string;
  count: number;
  /** One node's compute load, W. */
  computeLoadW: number;
  /** Satellites of this shell that were integrated. */
  sampled: number;
  /** Mean fraction of the compute load that ran, over the sampled nodes and days (0–1). */
  meanComputeAvailable: number;
}

/**
 * The compute energy a constellation delivers in a year, from the app's BudgetRunner over sampled
 * nodes and days (src/scenario/burdenEnergy.ts says how). Crosses the worker protocol as is.
 */
export interface BurdenEnergy {
  nodes: number;
  itPowerW: number;
  /** Mean compute load per node, W (itPowerW / nodes; 0 without nodes). */
  meanComputeLoadW: number;
  itEnergyMwhPerYear: number;
  /** Energy-weighted mean of the compute available (it_energy / (itPower · 8,766 h)). */
  meanComputeAvailable: number;
  sampledNodes: number;
  sampledDays: number;
  /** Length of each sampled window, h (after a warm-up). */
  windowHours: number;
  warmupHours: number;
  stepS: number;
  /** Start of the sampled year (the scenario epoch), Unix ms. */
  yearStartMs: number;
  shells: BurdenShellEnergy[];
}

/** The panel's and the command line's whole answer for one scenario: the same function for both. */
export interface BurdenReport {
  resolved: ResolvedBurden;
  constellation: BurdenConstellation;
  row: BurdenRow;
  comparisons: BurdenComparisons;
}

/** Resolves the scenario's `burden` object and computes the row and the comparisons. */
export function burdenReport(input: BurdenInput | null | undefined, energy: BurdenEnergy): BurdenReport {
  const resolved = resolveBurden(input, energy.meanComputeLoadW);
  const constellation: BurdenConstellation = {
    nodes: energy.nodes,
    itPowerW: energy.itPowerW,
    itEnergyMwhPerYear: energy.itEnergyMwhPerYear,
  };
  const row = computeBurden(resolved.params, constellation);
  return {
    resolved,
    constellation,
    row,
    comparisons: burdenComparisons(resolved.params, constellation, row),
  };
}

/**
 * The `burden` object of a scenario JSON value (already validated by the schema, or not): the
 * numeric fields it has and a known preset; anything else is ignored.
 */
export function burdenInputOf(scenario: unknown): BurdenInput | null {
  if (!scenario || typeof scenario !== 'object' || Array.isArray(scenario)) return null;
  const b = (scenario as { burden?: unknown }).burden;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return null;
  const raw = b as Record<string, unknown>;
  const out: BurdenInput = {};
  for (const key of BURDEN_KEYS) {
    const x = raw[key];
    if (typeof x === 'number' && Number.isFinite(x)) out[key] = x;
  }
  if (raw.preset === 'proponents' || raw.preset === 'critics') out.preset = raw.preset;
  return out;
}
