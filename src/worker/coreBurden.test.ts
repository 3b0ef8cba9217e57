import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { scenarioBurdenEnergy } from '../scenario/burdenEnergy';
import { expandScenario } from '../scenario/expand';
import { parseScenario } from '../scenario/validate';
import { requestShapeProblem, WorkerCore } from './core';

describe('WorkerCore burdenEnergy', () => {
  it("answers with the sampler's energy for the loaded scenario, once computed per load", () => {
    const core = new WorkerCore();
    const before = core.handle({ type: 'burdenEnergy', seq: 1 });
    expect(before).toMatchObject({
      type: 'error',
      seq: 1,
      request: 'burdenEnergy',
      message: 'no scenario loaded yet',
    });
    expect(requestShapeProblem({ type: 'burdenEnergy', seq: 2 })).toBeNull();

    const json = BUILTIN_SCENARIOS['beijing-dc'].build();
    expect(core.handle({ type: 'load', seq: 3, scenario: json }).type).toBe('loaded');
    const a = core.handle({ type: 'burdenEnergy', seq: 4 });
    if (a.type !== 'burdenEnergy') throw new Error(JSON.stringify(a));
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error(parsed.issues.join());
    const { type: _t, seq: _s, computeMs: _c, ...energy } = a;
    expect(energy).toEqual(scenarioBurdenEnergy(expandScenario(parsed.scenario)));
    expect(a.seq).toBe(4);
    // 16 data centres of 62.5 MW: 1 GW installed.
    expect(a.itPowerW).toBe(1e9);

    const b = core.handle({ type: 'burdenEnergy', seq: 5 });
    if (b.type !== 'burdenEnergy') throw new Error('no reply');
    expect(b.itEnergyMwhPerYear).toBe(a.itEnergyMwhPerYear);
    expect(b.computeMs).toBeLessThan(a.computeMs + 1);
  });
});
