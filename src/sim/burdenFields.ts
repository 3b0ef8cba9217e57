/**
 * The Earth-burden model's assumptions as the scenario format names them: keys, presets, labels,
 * units and accepted ranges (docs/scenario-format.md, "burden"). Its own module so the scenario schema can check a
 * `burden` object without loading the model and its sources (src/sim/burden.ts).
 */

/** The ten assumptions of the model, in the order of the contract. */
export const BURDEN_KEYS = [
  'pue',
  'gridKgCo2ePerKwh',
  'wueLPerKwh',
  'groundEmbodiedKgCo2ePerKw',
  'massKgPerNode',
  'launchKgCo2ePerKg',
  'manufacturingKgCo2ePerKg',
  'lifetimeYears',
  'launchUsdPerKg',
  'electricityUsdPerMwh',
] as const;
export type BurdenKey = (typeof BURDEN_KEYS)[number];
/** Every assumption with a value. */
export type BurdenParams = Record<BurdenKey, number>;

export const BURDEN_PRESETS = ['proponents', 'critics'] as const;
export type BurdenPresetName = (typeof BURDEN_PRESETS)[number];

/** The scenario's `burden` object: any subset of the assumptions, and optionally the preset they override. */
export type BurdenInput = Partial<BurdenParams> & { preset?: BurdenPresetName };

/** How one assumption is shown and what the schema accepts. */
export interface BurdenFieldSpec {
  key: BurdenKey;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  /** What it means, one line. */
  what: string;
}

/** Labels, units and accepted ranges (the schema, src/scenario/schema.ts, uses these ranges). */
export const BURDEN_FIELDS: readonly BurdenFieldSpec[] = [
  {
    key: 'pue',
    label: 'Ground PUE',
    unit: '',
    min: 1,
    max: 3,
    step: 0.01,
    what: 'power usage effectiveness: facility energy ÷ IT energy',
  },
  {
    key: 'gridKgCo2ePerKwh',
    label: 'Grid carbon',
    unit: 'kg CO2e/kWh',
    min: 0,
    max: 1.5,
    step: 0.001,
    what: 'emissions of the grid the ground data centre draws on',
  },
  {
    key: 'wueLPerKwh',
    label: 'Ground water',
    unit: 'L/kWh',
    min: 0,
    max: 20,
    step: 0.1,
    what: 'water used on site per kWh of IT energy',
  },
  {
    key: 'groundEmbodiedKgCo2ePerKw',
    label: 'Ground embodied',
    unit: 'kg CO2e/kW',
    min: 0,
    max: 100000,
    step: 10,
    what: 'building, power and cooling plant per kW of IT, over its life',
  },
  {
    key: 'massKgPerNode',
    label: 'Mass per satellite',
    unit: 'kg',
    min: 0,
    max: 1e9,
    step: 1,
    what: 'launched mass of one node (default: kg per kW of compute × the mean node load)',
  },
  {
    key: 'launchKgCo2ePerKg',
    label: 'Launch emissions',
    unit: 'kg CO2e/kg',
    min: 0,
    max: 1000,
    step: 0.5,
    what: 'CO2e of launching one kg to low orbit',
  },
  {
    key: 'manufacturingKgCo2ePerKg',
    label: 'Manufacturing',
    unit: 'kg CO2e/kg',
    min: 0,
    max: 10000,
    step: 1,
    what: 'CO2e of building one kg of spacecraft',
  },
  {
    key: 'lifetimeYears',
    label: 'Lifetime',
    unit: 'years',
    min: 0.1,
    max: 50,
    step: 0.5,
    what: 'years the satellites compute before they are replaced',
  },
  {
    key: 'launchUsdPerKg',
    label: 'Launch price',
    unit: '$/kg',
    min: 0,
    max: 1e6,
    step: 10,
    what: 'price of launching one kg to low orbit',
  },
  {
    key: 'electricityUsdPerMwh',
    label: 'Electricity price',
    unit: '$/MWh',
    min: 0,
    max: 10000,
    step: 1,
    what: 'what the ground data centre pays per MWh',
  },
];
