import { describe, expect, it } from 'vitest';
import {
  BURDEN_BASES,
  BURDEN_COLUMNS,
  BURDEN_FIELDS,
  BURDEN_KEYS,
  burdenComparisons,
  burdenInputOf,
  burdenReport,
  burdenSensitivity,
  COAL_PLANT_T_CO2E_PER_DAY,
  computeBurden,
  CRITICS,
  GRID_REFERENCES,
  HOURS_PER_YEAR,
  PROPONENTS,
  resolveBurden,
  type BurdenConstellation,
  type BurdenEnergy,
  type BurdenParams,
} from './burden';

/** A hand-computed case: 100 satellites of 10 kW, 8,000 MWh delivered a year. */
const C: BurdenConstellation = { nodes: 100, itPowerW: 100 * 10_000, itEnergyMwhPerYear: 8000 };
const P: BurdenParams = {
  pue: 1.5,
  gridKgCo2ePerKwh: 0.4,
  wueLPerKwh: 2,
  groundEmbodiedKgCo2ePerKw: 1000,
  massKgPerNode: 200,
  launchKgCo2ePerKg: 30,
  manufacturingKgCo2ePerKg: 70,
  lifetimeYears: 5,
  launchUsdPerKg: 100,
  electricityUsdPerMwh: 50,
};

describe('computeBurden: every formula against arithmetic done by hand', () => {
  const r = computeBurden(P, C);
  it('installed power and delivered energy', () => {
    expect(r.it_power_mw).toBe(1); // 100 × 10,000 W
    expect(r.it_energy_mwh_per_year).toBe(8000);
  });
  it('orbit: mass, one-time CO2e, CO2e per MWh over the life', () => {
    expect(r.orbit_mass_t).toBeCloseTo(20, 12); // 100 × 200 kg
    expect(r.orbit_co2e_t).toBeCloseTo(2000, 9); // 20,000 kg × (30 + 70) kg/kg
    expect(r.orbit_kg_co2e_per_mwh).toBeCloseTo(50, 9); // 2,000,000 kg / (8,000 MWh × 5 y)
  });
  it('ground: energy with PUE, CO2e a year, CO2e per MWh with embodied, water', () => {
    expect(r.ground_energy_mwh_per_year).toBeCloseTo(12_000, 9); // 8,000 × 1.5
    expect(r.ground_co2e_t_per_year).toBeCloseTo(4800, 9); // 12,000 MWh × 0.4 t/MWh
    expect(r.ground_kg_co2e_per_mwh).toBeCloseTo(625, 9); // 1.5 × 400 + 1,000,000 kg / 40,000 MWh
    expect(r.ground_water_m3_per_year).toBeCloseTo(16_000, 9); // 8,000 MWh × 2 m³/MWh
  });
  it("payback, shares of the world's data-centre electricity, costs", () => {
    expect(r.carbon_payback_years).toBeCloseTo(2000 / 4800, 12);
    expect(r.share_of_global_dc_2024).toBeCloseTo(12_000 / 415e6, 15);
    expect(r.share_of_global_dc_2030).toBeCloseTo(12_000 / 945e6, 15);
    expect(r.orbit_launch_usd_per_mwh).toBeCloseTo(50, 9); // 20,000 kg × $100 / 40,000 MWh
    expect(r.ground_electricity_usd_per_mwh).toBeCloseTo(75, 9); // $50 × 1.5
  });
  it("the row has exactly the contract's fields, in its order", () => {
    expect(Object.keys(r)).toEqual([...BURDEN_COLUMNS]);
  });
  it('comparisons: launch CO2e, coal-plant days, hyperscale data centres, the flip grid', () => {
    const k = burdenComparisons(P, C);
    expect(COAL_PLANT_T_CO2E_PER_DAY).toBe(19_680); // 1,000 MW × 24 h × 0.82 t/MWh
    expect(k.launchCo2eT).toBeCloseTo(600, 9); // 20,000 kg × 30
    expect(k.coalPlantDays).toBeCloseTo(600 / 19_680, 12);
    expect(k.hyperscaleEquivalents).toBeCloseTo(8000 / (100 * 8766), 12);
    expect(k.flipGridKgCo2ePerKwh).toBeCloseTo(2000 / (12_000 * 5), 12);
    expect(k.paybackShareOfLife).toBeCloseTo(2000 / 4800 / 5, 12);
    // At the flip grid, payback equals the lifetime.
    const atFlip = computeBurden({ ...P, gridKgCo2ePerKwh: k.flipGridKgCo2ePerKwh! }, C);
    expect(atFlip.carbon_payback_years).toBeCloseTo(P.lifetimeYears, 9);
  });
});

describe('identities and limits', () => {
  const cases = Array.from({ length: 40 }, (_, k) => {
    // Each field its own spread of values, never an end of its range.
    let field = 0;
    const f = (a: number, b: number) => a + ((((k * 7919 + ++field * 104729) % 97) + 1) / 99) * (b - a);
    const p: BurdenParams = {
      pue: f(1, 2.2),
      gridKgCo2ePerKwh: f(0.01, 1),
      wueLPerKwh: f(0, 5),
      groundEmbodiedKgCo2ePerKw: f(0, 3000),
      massKgPerNode: f(1, 5000),
      launchKgCo2ePerKg: f(0, 60),
      manufacturingKgCo2ePerKg: f(0, 400),
      lifetimeYears: f(1, 15),
      launchUsdPerKg: f(10, 3000),
      electricityUsdPerMwh: f(20, 200),
    };
    const c: BurdenConstellation = {
      nodes: 1 + k * 37,
      itPowerW: (1 + k * 37) * f(500, 1e6),
      itEnergyMwhPerYear: f(1, 1e7),
    };
    return { p, c };
  });
  it('ground CO2e = ground energy × grid intensity; payback = orbit CO2e ÷ ground CO2e per year', () => {
    for (const { p, c } of cases) {
      const r = computeBurden(p, c);
      expect(r.ground_co2e_t_per_year).toBeCloseTo(r.ground_energy_mwh_per_year * p.gridKgCo2ePerKwh, 6);
      expect(r.carbon_payback_years! / (r.orbit_co2e_t / r.ground_co2e_t_per_year)).toBeCloseTo(1, 12);
      // Carbon per MWh over the life: orbit is its one-time CO2e spread over the life's energy.
      expect(r.orbit_kg_co2e_per_mwh! * c.itEnergyMwhPerYear * p.lifetimeYears).toBeCloseTo(
        r.orbit_co2e_t * 1000,
        3,
      );
    }
  });
  it('more launch CO2e gives a longer payback; a dirtier grid a shorter one', () => {
    for (const { p, c } of cases) {
      const base = computeBurden(p, c).carbon_payback_years!;
      expect(
        computeBurden({ ...p, launchKgCo2ePerKg: p.launchKgCo2ePerKg + 10 }, c).carbon_payback_years!,
      ).toBeGreaterThan(base);
      expect(
        computeBurden({ ...p, gridKgCo2ePerKwh: p.gridKgCo2ePerKwh * 1.5 }, c).carbon_payback_years!,
      ).toBeLessThan(base);
    }
  });
  it('nothing delivered: per-MWh figures and the payback are null, never Infinity or NaN', () => {
    const r = computeBurden(P, { ...C, itEnergyMwhPerYear: 0 });
    expect(r.orbit_kg_co2e_per_mwh).toBeNull();
    expect(r.ground_kg_co2e_per_mwh).toBeNull();
    expect(r.orbit_launch_usd_per_mwh).toBeNull();
    expect(r.carbon_payback_years).toBeNull();
    expect(computeBurden({ ...P, gridKgCo2ePerKwh: 0 }, C).carbon_payback_years).toBeNull();
  });
});

describe('defaults and presets', () => {
  it('every value of every base is sourced, has a note, and lies in the accepted range', () => {
    for (const base of Object.values(BURDEN_BASES)) {
      for (const key of BURDEN_KEYS) {
        if (key === 'massKgPerNode') continue;
        const s = base.values[key];
        const spec = BURDEN_FIELDS.find((f) => f.key === key)!;
        expect(s.source.url, `${base.name}.${key}`).toMatch(/^https:\/\//);
        expect(s.note.length, `${base.name}.${key}`).toBeGreaterThan(10);
        expect(s.value, `${base.name}.${key}`).toBeGreaterThanOrEqual(spec.min);
        expect(s.value, `${base.name}.${key}`).toBeLessThanOrEqual(spec.max);
      }
      expect(base.kgPerKw.source.url).toMatch(/^https:\/\//);
    }
    expect(BURDEN_FIELDS.map((f) => f.key)).toEqual([...BURDEN_KEYS]);
    for (const g of GRID_REFERENCES) expect(g.kgCo2ePerKwh).toBeGreaterThan(0);
  });
  it("the contract's anchors: Uptime's PUE 1.56 and 8,766 h a year", () => {
    expect(BURDEN_BASES.defaults.values.pue.value).toBe(1.56);
    expect(HOURS_PER_YEAR).toBe(365.25 * 24);
  });
  it('critics assume more launch CO2e, heavier satellites and a better ground than proponents', () => {
    expect(CRITICS.values.launchKgCo2ePerKg.value).toBeGreaterThan(PROPONENTS.values.launchKgCo2ePerKg.value);
    expect(CRITICS.kgPerKw.value).toBeGreaterThan(PROPONENTS.kgPerKw.value);
    expect(CRITICS.values.pue.value).toBeLessThan(PROPONENTS.values.pue.value);
    expect(CRITICS.values.gridKgCo2ePerKwh.value).toBeLessThan(PROPONENTS.values.gridKgCo2ePerKwh.value);
  });
  it("resolveBurden: the scenario's value, else the preset's, else the default; mass from kg per kW", () => {
    const d = resolveBurden(undefined, 10_000);
    expect(d.params.pue).toBe(1.56);
    expect(d.params.massKgPerNode).toBeCloseTo(10 * 10, 12); // 10 kg/kW × 10 kW
    expect(d.origin.pue).toBe('default');
    const c = resolveBurden({ preset: 'critics', pue: 1.3 }, 2000);
    expect(c.params.pue).toBe(1.3);
    expect(c.origin.pue).toBe('scenario');
    expect(c.params.launchKgCo2ePerKg).toBe(44);
    expect(c.origin.launchKgCo2ePerKg).toBe('preset');
    expect(c.params.massKgPerNode).toBeCloseTo(55 * 2, 12); // 55 kg/kW × 2 kW
    expect(resolveBurden({ massKgPerNode: 321 }, 2000).params.massKgPerNode).toBe(321);
  });
  it('burdenInputOf keeps finite numbers of known keys and a known preset, nothing else', () => {
    expect(
      burdenInputOf({ burden: { pue: 1.2, gridKgCo2ePerKwh: 'x', preset: 'critics', other: 3 } }),
    ).toEqual({ pue: 1.2, preset: 'critics' });
    expect(burdenInputOf({ burden: { preset: 'nobody' } })).toEqual({});
    expect(burdenInputOf({})).toBeNull();
    expect(burdenInputOf(null)).toBeNull();
  });
});

describe('sensitivity (tornado)', () => {
  it("spans the sources' range for each payback assumption and sorts by effect", () => {
    const bars = burdenSensitivity(P, C, 10_000);
    expect(bars.map((b) => b.key).sort()).toEqual([
      'gridKgCo2ePerKwh',
      'launchKgCo2ePerKg',
      'lifetimeYears',
      'manufacturingKgCo2ePerKg',
      'massKgPerNode',
      'pue',
    ]);
    const grid = bars.find((b) => b.key === 'gridKgCo2ePerKwh')!;
    expect(grid.low).toBe(0.244); // critics (EU) is the cleanest grid among the bases and 0.4
    expect(grid.high).toBe(0.582); // proponents (China)
    expect(grid.atLow).toBeGreaterThan(grid.atHigh); // a cleaner grid pays back later
    const mass = bars.find((b) => b.key === 'massKgPerNode')!;
    expect(mass.low).toBeCloseTo(2.5 * 10, 9);
    expect(mass.high).toBeCloseTo(55 * 10, 9);
    const span = (b: (typeof bars)[number]) =>
      Math.log(Math.max(b.atLow, b.atHigh) / Math.min(b.atLow, b.atHigh));
    for (let k = 1; k < bars.length; k++) expect(span(bars[k - 1])).toBeGreaterThanOrEqual(span(bars[k]));
    // Payback ÷ lifetime at the current values lies inside every bar.
    const now = burdenComparisons(P, C).paybackShareOfLife!;
    for (const b of bars) expect(now).toBeGreaterThanOrEqual(Math.min(b.atLow, b.atHigh) - 1e-12);
  });
});

describe('burdenReport', () => {
  it('is resolve + compute + comparisons on the energy reply', () => {
    const energy: BurdenEnergy = {
      nodes: 100,
      itPowerW: 1e6,
      meanComputeLoadW: 10_000,
      itEnergyMwhPerYear: 8000,
      meanComputeAvailable: 8000 / 8766,
      sampledNodes: 1,
      sampledDays: 1,
      windowHours: 24,
      warmupHours: 3,
      stepS: 60,
      yearStartMs: 0,
      shells: [],
    };
    const rep = burdenReport({ ...P }, energy);
    expect(rep.row).toEqual(computeBurden(P, C));
    expect(rep.comparisons).toEqual(burdenComparisons(P, C));
  });
});
