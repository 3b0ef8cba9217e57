import { describe, expect, it } from 'vitest';
import { VALLADO_00005_TLE } from './builtins';
import { expandScenario } from './expand';
import { findSatellite, satelliteIdentity } from './identity';
import type { ScenarioInput } from './schema';
import { parseScenario } from './validate';

const input: ScenarioInput = {
  version: 1,
  name: 'ids',
  epoch: '2025-06-01T00:00:00Z',
  shells: [
    { kind: 'tle', name: 'Real', text: `VANGUARD 1\n${VALLADO_00005_TLE}` },
    { kind: 'walker', name: 'Shell A', altitudeKm: 550, inclinationDeg: 53, planes: 72, satsPerPlane: 22 },
    { kind: 'sso', altitudeKm: 650, planes: 3, satsPerPlane: 4 },
    {
      kind: 'elements',
      name: 'Hand',
      satellites: [
        { name: 'Alpha One', altitudeKm: 600, inclinationDeg: 10 },
        { altitudeKm: 700, inclinationDeg: 20 },
      ],
    },
  ],
};

function load() {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.issues.join('\n'));
  return expandScenario(r.scenario);
}

describe('satelliteIdentity', () => {
  const ex = load();

  it('names generated satellites by plane and slot, zero-padded', () => {
    expect(satelliteIdentity(ex.shells, 0)).toEqual({
      index: 0,
      id: 'S2-P01-01',
      name: 'Shell A 1-1',
      shellIndex: 1,
    });
    const k = 6 * 22 + 21; // plane 7, slot 22
    expect(satelliteIdentity(ex.shells, k)).toEqual({
      index: k,
      id: 'S2-P07-22',
      name: 'Shell A 7-22',
      shellIndex: 1,
    });
    expect(satelliteIdentity(ex.shells, 1584 + 5).id).toBe('S3-P2-2');
    expect(satelliteIdentity(ex.shells, 1584 + 12).id).toBe('Alpha One');
    expect(satelliteIdentity(ex.shells, 1584 + 13)).toMatchObject({ id: 'S4-E2', name: 'Hand 2' });
    expect(satelliteIdentity(ex.shells, ex.total - 1)).toEqual({
      index: ex.total - 1,
      id: '5',
      name: 'VANGUARD 1',
      shellIndex: 0,
    });
    expect(() => satelliteIdentity(ex.shells, ex.total)).toThrow(RangeError);
  });

  it('gives unique, comma-free ids that find their satellite again', () => {
    const ids = new Set<string>();
    for (let k = 0; k < ex.total; k++) {
      const { id, name } = satelliteIdentity(ex.shells, k);
      expect(id).not.toContain(',');
      ids.add(id);
      expect(findSatellite(ex.shells, id)).toBe(k);
      expect(findSatellite(ex.shells, name.toUpperCase())).toBe(k);
    }
    expect(ids.size).toBe(ex.total);
  });

  it('is stable across loads', () => {
    const again = load();
    for (const k of [0, 500, 1583, 1590, ex.total - 1])
      expect(satelliteIdentity(again.shells, k)).toEqual(satelliteIdentity(ex.shells, k));
  });
});

describe('findSatellite', () => {
  const ex = load();
  it('returns null for what is not there', () => {
    expect(findSatellite(ex.shells, '')).toBeNull();
    expect(findSatellite(ex.shells, 'S2-P73-01')).toBeNull();
    expect(findSatellite(ex.shells, 'S2-P7-22')).toBeNull(); // not the canonical padding
    expect(findSatellite(ex.shells, 'S9-P01-01')).toBeNull();
    expect(findSatellite(ex.shells, 'Shell A 0-1')).toBeNull();
    expect(findSatellite(ex.shells, '99999')).toBeNull();
  });
  it('matches names case-insensitively and trims', () => {
    expect(findSatellite(ex.shells, '  vanguard 1 ')).toBe(ex.total - 1);
    expect(findSatellite(ex.shells, 'alpha one')).toBe(1584 + 12);
    expect(findSatellite(ex.shells, 'shell a 72-22')).toBe(1583);
  });
});
