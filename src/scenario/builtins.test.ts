import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from './builtins';
import { expandScenario } from './expand';
import { findSatellite } from './identity';
import { parseScenario } from './validate';

describe('built-in scenarios', () => {
  it('has the default and the required ones', () => {
    expect(DEFAULT_SCENARIO_ID).toBe('three-body');
    for (const id of ['three-body', 'starlink', 'vallado-00005']) expect(BUILTIN_SCENARIOS[id]?.id).toBe(id);
  });

  it.each(Object.keys(BUILTIN_SCENARIOS))('%s validates, has sources and expands without warnings', (id) => {
    const b = BUILTIN_SCENARIOS[id];
    const r = parseScenario(b.build());
    if (!r.ok) throw new Error(r.issues.join('\n'));
    expect(r.scenario.sources.length).toBeGreaterThan(0);
    expect(r.scenario.description.length).toBeGreaterThan(50);
    const ex = expandScenario(r.scenario);
    expect(ex.total).toBeGreaterThan(0);
    expect(ex.warnings).toEqual([]);
    // A selected node, if any, exists.
    if (r.scenario.view.selected) expect(findSatellite(ex.shells, r.scenario.view.selected)).not.toBeNull();
  });

  it('three-body: 12 assumed SSO satellites at 744 TOPS plus the 72 × 22 shell for scale', () => {
    const r = parseScenario(BUILTIN_SCENARIOS['three-body'].build());
    if (!r.ok) throw new Error(r.issues.join('\n'));
    expect(r.scenario.epoch).toBe('2025-06-01T00:00:00Z');
    expect(r.scenario.node.computeTops).toBe(744);
    expect(r.scenario.description).toMatch(/ASSUMED/);
    const ex = expandScenario(r.scenario);
    expect(ex.shells.map((s) => [s.kind, s.count])).toEqual([
      ['sso', 12],
      ['walker', 1584],
    ]);
  });

  it('builds a fresh object each time (callers may edit it)', () => {
    const a = BUILTIN_SCENARIOS['starlink'].build();
    const b = BUILTIN_SCENARIOS['starlink'].build();
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
  });
});
