import { describe, expect, it } from 'vitest';
import { burdenSampleNodes, scenarioBurdenEnergy } from './burdenEnergy';
import { expandScenario } from './expand';
import { parseScenario } from './validate';
import { BUILTIN_SCENARIOS } from './builtins';
import type { ExpandedScenario } from './types';

function expand(json: unknown): ExpandedScenario {
  const p = parseScenario(json, { nowMs: Date.UTC(2026, 0, 1) });
  if (!p.ok) throw new Error(p.issues.join('\n'));
  return expandScenario(p.scenario);
}

/** A node that never runs short: a big array and battery, a radiator that keeps it far below its limit. */
const UNTHROTTLED = {
  panelAreaM2: 200,
  batteryWh: 200_000,
  computeLoadW: 10_000,
  busLoadW: 1500,
  radiatorAreaM2: 120,
  maxTempK: 400,
};

describe('scenarioBurdenEnergy', () => {
  it('a dawn-dusk shell at 1,500 km (sunlit all year) that never throttles delivers installed power × 8,766 h within 1 %', () => {
    const ex = expand({
      version: 1,
      name: 'dawn-dusk 1500',
      epoch: '2026-01-01T00:00:00Z',
      shells: [{ kind: 'sso', altitudeKm: 1500, ltanHours: 6, planes: 1, satsPerPlane: 6 }],
      node: UNTHROTTLED,
    });
    const e = scenarioBurdenEnergy(ex);
    const installedMwh = (6 * 10_000 * 8766) / 1e6; // 525.96 MWh
    expect(e.itPowerW).toBe(60_000);
    expect(Math.abs(e.itEnergyMwhPerYear - installedMwh) / installedMwh).toBeLessThan(0.01);
    expect(e.sampledNodes).toBe(6);
    expect(e.sampledDays).toBe(12);
    expect(e.meanComputeLoadW).toBe(10_000);
  });

  it('more eclipse gives less energy: a noon-midnight plane delivers less than a dawn-dusk one with a small battery', () => {
    const shell = (ltanHours: number) =>
      expand({
        version: 1,
        name: 'ltan',
        epoch: '2026-03-01T00:00:00Z',
        shells: [{ kind: 'sso', altitudeKm: 550, ltanHours, planes: 1, satsPerPlane: 4 }],
        node: { ...UNTHROTTLED, batteryWh: 4000 },
      });
    const dawnDusk = scenarioBurdenEnergy(shell(6), { days: 6 });
    const noon = scenarioBurdenEnergy(shell(12), { days: 6 });
    expect(noon.itEnergyMwhPerYear).toBeLessThan(dawnDusk.itEnergyMwhPerYear * 0.8);
    // Umbra takes about a third of a 550 km orbit at β ≈ 0 (V4: 35.6 of 95.65 min); a 4 kWh battery
    // above its 70 % floor cannot carry 11.5 kW through it, so roughly that share of compute is lost.
    expect(noon.meanComputeAvailable).toBeGreaterThan(0.55);
    expect(noon.meanComputeAvailable).toBeLessThan(0.75);
    expect(dawnDusk.meanComputeAvailable).toBeGreaterThan(0.95);
  });

  it('a bigger battery never delivers less (the same orbits, eclipse bridged)', () => {
    const withBattery = (batteryWh: number) =>
      scenarioBurdenEnergy(
        expand({
          version: 1,
          name: 'walker',
          epoch: '2026-03-01T00:00:00Z',
          shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 3, satsPerPlane: 2 }],
          node: { ...UNTHROTTLED, batteryWh },
        }),
        { days: 4 },
      );
    const small = withBattery(3000),
      big = withBattery(60_000);
    expect(big.itEnergyMwhPerYear).toBeGreaterThan(small.itEnergyMwhPerYear);
  });

  it('a satellite that decays delivers nothing after it is gone (Starcloud-1 decays within months)', () => {
    const e = scenarioBurdenEnergy(expand(BUILTIN_SCENARIOS['starcloud-1'].build()));
    expect(e.nodes).toBe(1);
    expect(e.meanComputeAvailable).toBeGreaterThan(0);
    expect(e.meanComputeAvailable).toBeLessThan(0.5);
  });

  it('12 sampled days agree with 36 within 0.5 % (a Walker shell that throttles in eclipse)', () => {
    const ex = expand({
      version: 1,
      name: 'walker',
      epoch: '2026-03-01T00:00:00Z',
      shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 12, satsPerPlane: 8 }],
      node: { batteryWh: 12_000 },
    });
    const a = scenarioBurdenEnergy(ex, { maxNodes: 16 });
    const b = scenarioBurdenEnergy(ex, { maxNodes: 16, days: 36 });
    expect(a.meanComputeAvailable).toBeLessThan(0.99); // the battery does throttle here
    expect(Math.abs(a.itEnergyMwhPerYear - b.itEnergyMwhPerYear) / b.itEnergyMwhPerYear).toBeLessThan(0.005);
  });
});

describe('burdenSampleNodes', () => {
  it('shares the sample by shell size, at least one each, spread over each shell', () => {
    const ex = expand({
      version: 1,
      name: 'two shells',
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 30, satsPerPlane: 30 },
        { kind: 'sso', altitudeKm: 650, planes: 1, satsPerPlane: 10 },
      ],
    });
    const { nodes, shellOf } = burdenSampleNodes(ex, 20);
    // 900 and 10 of 910: round(20 × 900 / 910) = 20 and max(1, round(0.22)) = 1.
    expect(shellOf.filter((s) => s === 0).length).toBe(20);
    expect(shellOf.filter((s) => s === 1).length).toBe(1);
    expect(nodes[0]).toBe(22); // floor(0.5 × 900 / 20)
    expect(nodes[19]).toBe(877); // floor(19.5 × 45)
    expect(nodes[20]).toBe(900 + 5);
  });
});
