import { describe, expect, it, vi } from 'vitest';
import { hasElementSetShells } from './elementSets';
import { VALLADO_00005_LINES } from './catalogs/vallado00005';

const walker = {
  version: 1,
  name: 'W',
  epoch: '2025-06-01T00:00:00Z',
  shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 3 }],
};
const tle = { ...walker, shells: [{ kind: 'tle', text: `VANGUARD 1\n${VALLADO_00005_LINES}\n` }] };

describe('element-set support', () => {
  it('is needed exactly by tle, omm and catalog shells', () => {
    expect(hasElementSetShells(walker)).toBe(false);
    expect(hasElementSetShells(tle)).toBe(true);
    expect(hasElementSetShells({ shells: [{ kind: 'omm' }] })).toBe(true);
    expect(hasElementSetShells({ shells: [{ kind: 'sso' }, { kind: 'catalog' }] })).toBe(true);
    expect(hasElementSetShells(null)).toBe(false);
    expect(hasElementSetShells({ shells: 'tle' })).toBe(false);
    const hostile = {
      get shells(): unknown {
        throw new Error('no');
      },
    };
    expect(hasElementSetShells(hostile)).toBe(true);
  });

  it('without it, generated shells validate and element sets say what is missing', async () => {
    vi.resetModules(); // a module graph where nothing installed it (the test setup did, in the shared one)
    const { parseScenario } = await import('./validate');
    expect(parseScenario(walker).ok).toBe(true);
    expect(() => parseScenario(tle)).toThrow(/TLE, OMM and catalogue support is not loaded/);
    await import('./elementSetSupport');
    const r = parseScenario(tle);
    expect(r.ok).toBe(true);
  });
});
