import { describe, expect, it } from 'vitest';
import { batteryForEclipseWh, generatedPowerW, panelCosine, POINTING_NADIR, solarFluxWm2 } from './power';
import { AU_KM } from './constants';

describe('power (validation.md)', () => {
  it('V9: solar flux at perihelion / aphelion (0.98329 / 1.01671 AU) is 1407.7 / 1316.6 W/m²', () => {
    expect(Math.abs(solarFluxWm2(0.98329 * AU_KM) - 1407.7)).toBeLessThan(0.05);
    expect(Math.abs(solarFluxWm2(1.01671 * AU_KM) - 1316.6)).toBeLessThan(0.05);
    expect(solarFluxWm2(AU_KM)).toBeCloseTo(1361, 12);
  });
  it('V10: 1 m², 30 % cells, sun-tracking, 1 AU → 408.3 W', () => {
    const cos = panelCosine('sun-tracking', { x: 7000, y: 0, z: 0 }, { x: -1, y: 0, z: 0 });
    expect(cos).toBe(1);
    expect(Math.abs(generatedPowerW(solarFluxWm2(AU_KM), 1, 0.3, cos, 0) - 408.3)).toBeLessThan(0.05);
    expect(generatedPowerW(1361, 1, 0.3, 1, 1)).toBe(0);
    expect(generatedPowerW(1361, 1, 0.3, 1, 0.5)).toBeCloseTo(204.15, 10);
  });
  it('V11: battery for 10 kW through 36.108 min at 30 % DoD, 90 % discharge efficiency → 22.29 kWh', () => {
    expect(Math.abs(batteryForEclipseWh(10000, 36.108, 0.3, 0.9) / 1000 - 22.29)).toBeLessThan(0.005);
  });
  it('nadir-pointing bus: zenith-facing panels see cos = r̂·ŝ, never negative', () => {
    const sun = { x: 1, y: 0, z: 0 };
    expect(panelCosine('nadir', { x: 7000, y: 0, z: 0 }, sun)).toBeCloseTo(1, 12);
    expect(panelCosine(POINTING_NADIR, { x: 7000, y: 7000, z: 0 }, sun)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(panelCosine('nadir', { x: 0, y: 7000, z: 0 }, sun)).toBe(0);
    expect(panelCosine('nadir', { x: -7000, y: 0, z: 0 }, sun)).toBe(0);
  });
});
