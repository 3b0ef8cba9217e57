import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../scenario/builtins';
import { NODE_DEFAULTS } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import {
  addShell,
  asScenario,
  canRemoveShell,
  hiddenAfterRemove,
  NODE_FIELDS,
  removeShell,
  SHELL_FIELDS,
  setNodeField,
  setShellField,
  shellCount,
  shellFields,
  sortIssues,
  valueFromInput,
  type ScenarioJson,
} from './edit';

const base = (): ScenarioJson => asScenario(BUILTIN_SCENARIOS['three-body'].build())!;

describe('scenario edits', () => {
  it('setShellField changes one field and leaves the input alone', () => {
    const s = base();
    const before = JSON.stringify(s);
    const t = setShellField(s, 1, 'altitudeKm', 1200);
    expect(t.shells[1].altitudeKm).toBe(1200);
    expect(t.shells[0]).toBe(s.shells[0]);
    expect(JSON.stringify(s)).toBe(before);
    expect(parseScenario(t).ok).toBe(true);
  });

  it('undefined removes a key so the default applies', () => {
    const t = setShellField(base(), 1, 'phasing', undefined);
    expect('phasing' in t.shells[1]).toBe(false);
    const r = parseScenario(t);
    expect(r.ok && r.scenario.shells[1].kind === 'walker' && r.scenario.shells[1].phasing).toBe(1);
  });

  it('refuses to change a kind or a missing shell', () => {
    expect(() => setShellField(base(), 0, 'kind', 'walker')).toThrow();
    expect(() => setShellField(base(), 5, 'name', 'x')).toThrow(RangeError);
  });

  it('an invalid value gives the validator message with its path', () => {
    const r = parseScenario(setShellField(base(), 1, 'altitudeKm', -3));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContain('shells[1].altitudeKm: must be between 160 and 50000 km, got -3');
  });

  it('setNodeField sets and removes node defaults', () => {
    const s = base();
    const t = setNodeField(s, 'batteryWh', 5000);
    expect(t.node).toEqual({ computeTops: 744, batteryWh: 5000 });
    expect(s.node).toEqual({ computeTops: 744 });
    const u = setNodeField(setNodeField(t, 'batteryWh', undefined), 'computeTops', undefined);
    expect('node' in u).toBe(false);
    expect(parseScenario(t).ok).toBe(true);
  });

  it('addShell adds valid walker and sso shells with unique names', () => {
    const a = addShell(base(), 'walker');
    const b = addShell(a, 'sso');
    const c = addShell(b, 'walker');
    expect(c.shells.map((s) => s.kind)).toEqual(['sso', 'walker', 'walker', 'sso', 'walker']);
    const names = c.shells.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const r = parseScenario(c);
    expect(r.ok ? '' : r.issues.join('\n')).toBe('');
  });

  it('removeShell keeps at least one shell', () => {
    const s = base();
    expect(canRemoveShell(s, 0)).toBe(true);
    const t = removeShell(s, 0);
    expect(t.shells).toHaveLength(1);
    expect(t.shells[0].kind).toBe('walker');
    expect(canRemoveShell(t, 0)).toBe(false);
    expect(() => removeShell(t, 0)).toThrow(/at least one shell/);
    expect(s.shells).toHaveLength(2);
  });

  it('hidden shells follow a removal', () => {
    expect(hiddenAfterRemove([0, 2, 3], 2)).toEqual([0, 2]);
    expect(hiddenAfterRemove([1], 0)).toEqual([0]);
  });

  it('valueFromInput', () => {
    expect(valueFromInput({ type: 'number' }, '1200')).toBe(1200);
    expect(valueFromInput({ type: 'number' }, ' -3 ')).toBe(-3);
    expect(valueFromInput({ type: 'number' }, '')).toBeUndefined();
    expect(valueFromInput({ type: 'number' }, 'abc')).toBe('abc');
    expect(valueFromInput({ type: 'text' }, '')).toBeUndefined();
    expect(valueFromInput({ type: 'text' }, 'A')).toBe('A');
  });

  it('asScenario and shellCount', () => {
    expect(asScenario(null)).toBeNull();
    expect(asScenario({ shells: 3 })).toBeNull();
    expect(shellCount({ kind: 'walker', planes: 72, satsPerPlane: 22 })).toBe(1584);
    expect(shellCount({ kind: 'sso', satsPerPlane: 12 })).toBe(12);
    expect(shellCount({ kind: 'cluster', count: 81 })).toBe(81);
    expect(shellCount({ kind: 'tle', text: '' })).toBeNull();
    expect(shellFields('catalog').map((f) => f.key)).toEqual(['name']);
  });
});

describe('issues are sorted to their fields', () => {
  it('field, shell, node and general', () => {
    const s = base();
    const sorted = sortIssues(
      [
        'shells[1].altitudeKm: must be between 160 and 50000 km, got -3',
        'shells[1]: has 3000000 satellites; a scenario may have at most 2,000,000',
        'shells[0].bogus: unknown key',
        "scenario: unknown key 'x'",
        'node.emissivity: must be between 0 and 1, got 2',
      ],
      s,
    );
    expect(sorted.fields.get('1.altitudeKm')).toEqual(['must be between 160 and 50000 km, got -3']);
    expect(sorted.shells.get(1)).toEqual(['has 3000000 satellites; a scenario may have at most 2,000,000']);
    expect(sorted.shells.get(0)).toEqual(['bogus: unknown key']);
    expect(sorted.node.get('emissivity')).toEqual(['must be between 0 and 1, got 2']);
    expect(sorted.general).toEqual(["scenario: unknown key 'x'"]);
  });
});

describe('limits and defaults mirror the schema', () => {
  it('node defaults', () => {
    for (const f of NODE_FIELDS)
      expect(f.default, f.key).toBe(NODE_DEFAULTS[f.key as keyof typeof NODE_DEFAULTS]);
  });

  it('node limits', () => {
    for (const f of NODE_FIELDS) {
      const r = parseScenario(setNodeField(base(), f.key, (f.min as number) - 1));
      expect(r.ok, f.key).toBe(false);
      if (!r.ok)
        expect(r.issues.join('\n'), f.key).toContain(`node.${f.key}: must be between ${f.min} and ${f.max}`);
    }
  });

  it('walker and sso limits', () => {
    for (const [kind, index] of [
      ['sso', 0],
      ['walker', 1],
    ] as const) {
      for (const f of SHELL_FIELDS[kind]) {
        if (f.type !== 'number') continue;
        const r = parseScenario(setShellField(base(), index, f.key, (f.min as number) - 1));
        expect(r.ok, `${kind}.${f.key}`).toBe(false);
        if (!r.ok)
          expect(r.issues.join('\n'), `${kind}.${f.key}`).toContain(
            `shells[${index}].${f.key}: must be between ${f.min} and ${f.max}`,
          );
      }
    }
  });
});
