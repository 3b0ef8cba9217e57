/**
 * Issue 5: budgets never produce NaN or a negative battery for any built-in scenario over a day.
 * Each scenario is budgeted on a sample of at most 150 nodes (every k-th satellite, as the worker
 * samples huge scenarios), with the same runner, parameters and warm-up rule as the worker.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from './builtins';
import { expandScenario } from './expand';
import { sampleNodes, scenarioPositions, shellIndexOf } from './positions';
import { parseScenario } from './validate';
import { BudgetRunner } from '../sim/budgetRunner';
import { packParams } from '../sim/nodeParams';

describe.each(Object.keys(BUILTIN_SCENARIOS))('budgets of built-in %s over a day', (id) => {
  it('stay finite, with the battery within [0, capacity] and temperatures physical', () => {
    const parsed = parseScenario(BUILTIN_SCENARIOS[id].build(), { nowMs: Date.UTC(2026, 0, 1) });
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    const ex = expandScenario(parsed.scenario);
    const stride = Math.max(1, Math.ceil(ex.total / 150));
    const nodes = sampleNodes(ex.total, stride);
    const paramIndexOf = shellIndexOf(ex, nodes);
    const capacity = ex.shells.map((s) => s.node.batteryWh);
    const runner = new BudgetRunner({
      packed: packParams(ex.shells.map((s) => s.node)),
      paramIndexOf,
      n: nodes.length,
      positionsAt: scenarioPositions(ex, nodes),
      stepS: 60,
      warmupS: 3 * 3600,
    });
    const t0 = ex.epochMs;
    let checked = 0;
    for (let h = 0; h <= 24; h += 1) {
      runner.advanceTo(t0 + h * 3600_000);
      const o = runner.out;
      for (let i = 0; i < nodes.length; i++) {
        const values = [
          o.batteryWh[i],
          o.tempK[i],
          o.powerGenW[i],
          o.loadW[i],
          o.computeAvailable[i],
          o.shadow[i],
        ];
        for (const v of values) expect(Number.isFinite(v)).toBe(true);
        expect(o.batteryWh[i]).toBeGreaterThanOrEqual(0);
        expect(o.batteryWh[i]).toBeLessThanOrEqual(capacity[paramIndexOf[i]] + 1e-6);
        expect(o.tempK[i]).toBeGreaterThan(100);
        expect(o.tempK[i]).toBeLessThan(600);
        expect(o.computeAvailable[i]).toBeGreaterThanOrEqual(0);
        expect(o.computeAvailable[i]).toBeLessThanOrEqual(1);
        checked++;
      }
    }
    expect(checked).toBe(25 * nodes.length);
  });
});
