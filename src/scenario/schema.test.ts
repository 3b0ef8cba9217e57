import { describe, expect, it } from 'vitest';
import { parseScenario } from './validate';

const walker = { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 2, satsPerPlane: 2 };

function issuesOf(input: unknown): string[] {
  const r = parseScenario(input, { nowMs: Date.UTC(2025, 0, 1) });
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}

describe('schema on zod/mini', () => {
  it("keeps zod's English wording for an elements satellite that is not an object (mini ships no locale)", () => {
    const shells = [{ kind: 'elements', satellites: [5, null, NaN, 'x', []] }];
    expect(issuesOf({ version: 1, name: 't', shells })).toEqual([
      'shells[0].satellites[0]: Invalid input: expected object, received number',
      'shells[0].satellites[1]: Invalid input: expected object, received null',
      'shells[0].satellites[2]: Invalid input: expected object, received NaN',
      'shells[0].satellites[3]: Invalid input: expected object, received string',
      'shells[0].satellites[4]: Invalid input: expected object, received array',
    ]);
  });

  it("fills defaults in the schema's key order (what an exported scenario writes)", () => {
    const r = parseScenario({ version: 1, name: 't', shells: [walker] }, { nowMs: Date.UTC(2025, 0, 1) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.scenario)).toEqual([
      'version',
      'name',
      'description',
      'sources',
      'shells',
      'node',
      'links',
      'groundStations',
      'view',
      'tour',
      'epoch',
    ]);
    expect(Object.keys(r.scenario.shells[0])).toEqual([
      'kind',
      'pattern',
      'altitudeKm',
      'inclinationDeg',
      'planes',
      'satsPerPlane',
      'phasing',
      'raanOffsetDeg',
      'name',
    ]);
    expect(r.scenario.links).toEqual({
      pattern: 'none',
      maxRangeKm: 5000,
      grazingAltitudeKm: 80,
      k: 4,
      capacityGbps: 0,
    });
    expect(r.scenario.view).toEqual({ timeWarp: 60, camera: 'earth', selected: null, layers: {} });
  });
});
