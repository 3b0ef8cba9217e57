import { describe, expect, it } from 'vitest';
import { parseBurden, parseScenario } from './validate';

const base = { version: 1, name: 'x', shells: [{ kind: 'sso', altitudeKm: 600, satsPerPlane: 4 }] };

describe('scenario burden object', () => {
  it('is optional; any subset of fields and a preset are kept as given (no defaults filled in)', () => {
    const none = parseScenario(base);
    expect(none.ok && none.scenario.burden).toBeUndefined();
    const some = parseScenario({ ...base, burden: { preset: 'critics', pue: 1.2, massKgPerNode: 250 } });
    expect(some.ok && some.scenario.burden).toEqual({ preset: 'critics', pue: 1.2, massKgPerNode: 250 });
  });
  it('every problem with its path: ranges with units, unknown keys, presets', () => {
    const r = parseScenario({
      ...base,
      burden: {
        pue: 0.9,
        gridKgCo2ePerKwh: 2,
        lifetimeYears: 0,
        launchKgCo2ePerKg: 'lots',
        preset: 'optimists',
        pueTypo: 1,
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContain('burden.pue: must be between 1 and 3, got 0.9');
    expect(r.issues).toContain('burden.gridKgCo2ePerKwh: must be between 0 and 1.5 kg CO2e/kWh, got 2');
    expect(r.issues).toContain('burden.lifetimeYears: must be between 0.1 and 50 years, got 0');
    expect(r.issues).toContain('burden.launchKgCo2ePerKg: must be a number, got "lots"');
    expect(r.issues).toContain('burden.preset: must be one of proponents, critics, got "optimists"');
    expect(r.issues).toContain("burden: unknown key 'pueTypo'");
  });
  it('parseBurden checks the object alone with the same messages', () => {
    expect(parseBurden(undefined)).toEqual([]);
    expect(parseBurden({ pue: 1.3 })).toEqual([]);
    expect(parseBurden({ pue: 4 })).toEqual(['burden.pue: must be between 1 and 3, got 4']);
    expect(parseBurden([])).toEqual(['burden: must be an object, got an array']);
  });
});
