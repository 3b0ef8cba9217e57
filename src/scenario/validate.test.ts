import { ISS_OMM } from './testOmm';
import { describe, expect, it } from 'vitest';
import { NODE_DEFAULTS } from './schema';
import type { OmmRecord } from './omm';
import {
  capIssues,
  issueCount,
  ommEntries,
  parseGroundStations,
  parseScenario,
  parseScenarioText,
} from './validate';

const walker = { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 72, satsPerPlane: 22 };
const base = { version: 1, name: 'test', shells: [walker] };

function issuesOf(input: unknown): string[] {
  const r = parseScenario(input, { nowMs: Date.UTC(2025, 0, 1) });
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}

describe('parseScenario: defaults', () => {
  it('fills in every documented default', () => {
    const r = parseScenario(base, { nowMs: Date.UTC(2025, 5, 1, 12, 30, 15, 400) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.epoch).toBe('2025-06-01T12:30:15Z');
    expect(s.description).toBe('');
    expect(s.sources).toEqual([]);
    expect(s.node).toEqual(NODE_DEFAULTS);
    expect(s.node.computeTops).toBe(744);
    expect(s.links.pattern).toBe('none');
    expect(s.groundStations).toEqual([]);
    expect(s.tour).toEqual([]);
    expect(s.view.timeWarp).toBe(60);
    const sh = s.shells[0];
    expect(sh.name).toBe('walker 1');
    if (sh.kind !== 'walker') throw new Error('kind');
    expect(sh.pattern).toBe('delta');
    expect(sh.phasing).toBe(1);
    expect(sh.raanOffsetDeg).toBe(0);
  });

  it('keeps partial node settings and fills the rest', () => {
    const r = parseScenario({ ...base, node: { batteryWh: 5000 } });
    expect(r.ok && r.scenario.node.batteryWh).toBe(5000);
    expect(r.ok && r.scenario.node.panelAreaM2).toBe(60);
  });

  it('gives sso shells an LTAN span of 0 for one plane and 24 h for several', () => {
    const r = parseScenario({
      ...base,
      shells: [
        { kind: 'sso', altitudeKm: 650, satsPerPlane: 10 },
        { kind: 'sso', altitudeKm: 650, planes: 4, satsPerPlane: 10 },
      ],
    });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    const [a, b] = r.scenario.shells;
    expect(a.kind === 'sso' && a.ltanSpanHours).toBe(0);
    expect(b.kind === 'sso' && b.ltanSpanHours).toBe(24);
    expect(b.name).toBe('sso 2');
  });

  it('uses the injected time for a missing epoch, deterministically', () => {
    const a = parseScenario(base, { nowMs: 1_700_000_000_000 });
    const b = parseScenario(base, { nowMs: 1_700_000_000_000 });
    expect(a.ok && b.ok && a.scenario.epoch === b.scenario.epoch).toBe(true);
    expect(a.ok && a.scenario.epoch).toBe('2023-11-14T22:13:20Z');
  });
});

describe('parseScenario: error messages', () => {
  it('names the path and value of an out-of-range number', () => {
    const issues = issuesOf({ ...base, shells: [walker, { ...walker, altitudeKm: -3 }] });
    expect(issues).toEqual(['shells[1].altitudeKm: must be between 160 and 50000 km, got -3']);
  });

  it('reports unknown keys at every level', () => {
    const issues = issuesOf({
      ...base,
      extra: 1,
      shells: [{ ...walker, altitude: 550 }],
      node: { panelArea: 3 },
    });
    expect(issues).toContain("shells[0]: unknown key 'altitude'");
    expect(issues).toContain("node: unknown key 'panelArea'");
    expect(issues).toContain("scenario: unknown key 'extra'");
    expect(issues).toHaveLength(3);
  });

  it('quotes at most 40 characters of an unknown key, and no control characters', () => {
    const long = 'k'.repeat(100_000);
    const issues = issuesOf({ ...base, [long]: 1, ['a\u0000b\nc']: 2 });
    expect(issues).toEqual([`scenario: unknown key '${'k'.repeat(40)}…'`, "scenario: unknown key 'a?b?c'"]);
    const layers = issuesOf({ ...base, view: { layers: { [long]: 'x' } } });
    expect(layers.every((m) => m.length < 200)).toBe(true);
    expect(layers.join('\n')).toContain(`view.layers.${'k'.repeat(40)}…: `);
  });

  it('lists the first 20 problems, then how many more', () => {
    const extra = Object.fromEntries(Array.from({ length: 5000 }, (_, k) => [`bogus${k}`, k]));
    const issues = issuesOf({ ...base, ...extra });
    expect(issues).toHaveLength(21);
    expect(issues[0]).toBe("scenario: unknown key 'bogus0'");
    expect(issues[19]).toBe("scenario: unknown key 'bogus19'");
    expect(issues[20]).toBe('… and 4,980 more problems');
    expect(issueCount(issues)).toBe(5000);
    expect(capIssues(['a', 'b', 'c'], 2)).toEqual(['a', 'b', '… and 1 more problem']);
    expect(capIssues(['a', 'b'], 2)).toEqual(['a', 'b']);
    expect(capIssues(['a', 'b', 'c', 'shells[0].text: … and 40 more problems'], 2)).toEqual([
      'a',
      'b',
      '… and 41 more problems',
    ]);
  });

  it('caps the ground stations’ problems the same way', () => {
    const r = parseGroundStations(
      Array.from({ length: 50 }, () => ({ name: 'A', latDeg: 91, lonDeg: 0, [`x${'y'.repeat(500)}`]: 1 })),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(21);
    expect(r.issues[20]).toMatch(/^… and 80 more problems$/);
    expect(r.issues.every((m) => m.length < 200)).toBe(true);
  });

  it('rejects a wrong version', () => {
    expect(issuesOf({ ...base, version: 2 })).toEqual(['version: must be 1, got 2']);
    expect(issuesOf({ name: 'x', shells: [walker] })).toEqual(['version: is required (1)']);
  });

  it('lists all problems of a badly broken scenario at once', () => {
    const issues = issuesOf({
      version: 1,
      name: 'x'.repeat(201),
      epoch: '2025-13-01T00:00:00Z',
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 200, planes: 0, satsPerPlane: 2.5 },
        { kind: 'cluster', altitudeKm: 650 },
        { kind: 'mystery' },
        { kind: 'sso', altitudeKm: 7000, satsPerPlane: 1 },
      ],
      links: { pattern: 'ring' },
      groundStations: [{ name: 'A', latDeg: 91, lonDeg: 0 }],
      sources: [{ title: 'x', url: 'javascript:alert(1)' }],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'name: must be at most 200 characters, got 201',
        'epoch: must be a UTC ISO 8601 time such as "2025-06-01T00:00:00Z", got "2025-13-01T00:00:00Z"',
        'shells[0].inclinationDeg: must be between 0 and 180 °, got 200',
        'shells[0].planes: must be between 1 and 10000, got 0',
        'shells[0].satsPerPlane: must be a whole number, got 2.5',
        'shells[1].count: is required',
        'shells[1].spacingM: is required',
        'shells[2].kind: unknown shell kind "mystery"; supported kinds: walker, sso, cluster, elements, tle, omm, catalog',
        'shells[3].altitudeKm: no sun-synchronous orbit exists at 7000 km (the limit is about 5900 km)',
        'links.pattern: must be one of none, plus-grid, nearest-k, cluster-mesh, got "ring"',
        'groundStations[0].latDeg: must be between -90 and 90 °, got 91',
        'sources[0].url: must be an http(s) URL, got "javascript:alert(1)"',
      ]),
    );
    expect(issues).toHaveLength(12);
  });

  it('rejects NaN, Infinity and huge numbers', () => {
    const issues = issuesOf({
      ...base,
      shells: [
        { ...walker, altitudeKm: NaN, inclinationDeg: Infinity, planes: 1e300, satsPerPlane: -Infinity },
      ],
    });
    expect(issues).toEqual([
      'shells[0].altitudeKm: must be a finite number, got NaN',
      'shells[0].inclinationDeg: must be a finite number, got Infinity',
      'shells[0].planes: must be between 1 and 10000, got 1e+300',
      'shells[0].satsPerPlane: must be a finite number, got -Infinity',
    ]);
  });

  it('rejects wrong types with what it got', () => {
    const issues = issuesOf({ version: 1, name: 5, shells: [{ ...walker, altitudeKm: '550' }, 7, null] });
    expect(issues).toEqual([
      'name: must be a string, got 5',
      'shells[0].altitudeKm: must be a number, got "550"',
      'shells[1]: must be an object, got 7',
      'shells[2]: must be an object, got null',
    ]);
    expect(issuesOf([1, 2])).toEqual(['scenario: must be a JSON object, got an array']);
    expect(issuesOf(null)).toEqual(['scenario: must be a JSON object, got null']);
  });

  it('names a missing required key and the missing shell kind', () => {
    const issues = issuesOf({
      version: 1,
      name: 'x',
      shells: [{ kind: 'walker', altitudeKm: 550, planes: 2, satsPerPlane: 2 }, { altitudeKm: 5 }],
    });
    expect(issues).toEqual([
      'shells[0].inclinationDeg: is required',
      'shells[1].kind: is required (one of walker, sso, cluster, elements, tle, omm, catalog)',
    ]);
    expect(issuesOf({ version: 1, name: 'x', shells: [] })).toEqual([
      'shells: must contain at least one shell',
    ]);
  });

  it('checks Walker phasing against the number of planes', () => {
    expect(issuesOf({ ...base, shells: [{ ...walker, phasing: 72 }] })).toEqual([
      'shells[0].phasing: must be between 0 and planes − 1 (71), got 72',
    ]);
    expect(parseScenario({ ...base, shells: [{ ...walker, planes: 1, satsPerPlane: 5 }] }).ok).toBe(true);
  });

  it('limits the total number of satellites and says the limit', () => {
    const big = { ...walker, planes: 1000, satsPerPlane: 1000 };
    const issues = issuesOf({ ...base, shells: [big, big, { ...walker, planes: 1, satsPerPlane: 1 }] });
    expect(issues).toEqual(['shells: add up to 2,000,001 satellites; the limit is 2,000,000 per scenario']);
    expect(parseScenario({ ...base, shells: [big, big] }).ok).toBe(true);
  });

  it('checks elements satellites: one of a or altitude, perigee, unique names without commas', () => {
    const issues = issuesOf({
      ...base,
      shells: [
        {
          kind: 'elements',
          satellites: [
            { name: 'A', semiMajorAxisKm: 7000, altitudeKm: 600, inclinationDeg: 10 },
            { name: 'B,C', altitudeKm: 600, inclinationDeg: 10 },
            { name: 'D', semiMajorAxisKm: 8000, eccentricity: 0.2, inclinationDeg: 10 },
            { name: 'D', altitudeKm: 600, inclinationDeg: 10 },
          ],
        },
      ],
    });
    expect(issues).toEqual([
      'shells[0].satellites[0]: give semiMajorAxisKm or altitudeKm, not both',
      'shells[0].satellites[1].name: must not contain commas (it is the satellite\'s id), got "B,C"',
      'shells[0].satellites[2].eccentricity: puts the perigee at 22 km altitude; it must be at least 160 km',
      'shells[0].satellites[3].name: duplicates satellites[2].name "D"; names are ids and must be unique',
    ]);
  });

  it('reports TLE problems with shell path, satellite and line, alongside other problems', () => {
    const bad =
      '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4754\n2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667';
    const issues = issuesOf({
      ...base,
      shells: [
        { kind: 'tle', text: bad },
        { ...walker, altitudeKm: 100 },
      ],
    });
    expect(issues).toEqual([
      'shells[1].altitudeKm: must be between 160 and 50000 km, got 100',
      'shells[0].text: line 1 of satellite 1 (text line 1): checksum is 4, expected 3',
    ]);
    expect(issuesOf({ ...base, shells: [{ kind: 'tle', text: '\n\n' }] })).toEqual([
      'shells[0].text: contains no element sets',
    ]);
  });

  it('rejects TLE text over 20 MB with the limit in the message', () => {
    const issues = issuesOf({ ...base, shells: [{ kind: 'tle', text: ' '.repeat(20 * 1024 * 1024 + 1) }] });
    expect(issues).toEqual(['shells[0].text: is 20971521 characters; the limit is 20971520 (20 MB)']);
  });

  it('survives hostile objects', () => {
    const evil = {
      version: 1,
      name: 'x',
      get shells(): unknown {
        throw new Error('boom');
      },
    };
    const r = parseScenario(evil);
    expect(r.ok).toBe(false);
    expect(
      parseScenario(JSON.parse('{"version":1,"name":"x","shells":[],"__proto__":{"polluted":1}}')).ok,
    ).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseScenarioText', () => {
  it('reports JSON syntax errors', () => {
    const r = parseScenarioText('{"version": 1,');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatch(/^scenario: not valid JSON/);
  });
  it('parses valid JSON text', () => {
    expect(parseScenarioText(JSON.stringify(base)).ok).toBe(true);
  });
});

describe('parseScenario: omm shells', () => {
  const rec = ISS_OMM;

  it('names every missing or invalid field with its path', () => {
    const records = Array.from({ length: 6 }, (_, k) => ({ ...rec, NORAD_CAT_ID: 100000 + k }));
    const { MEAN_MOTION: _mm, ...noMotion } = records[5];
    records[5] = noMotion as typeof rec;
    records[1] = { ...records[1], ECCENTRICITY: -0.1, FOO: 'x' } as typeof rec;
    const issues = issuesOf({ ...base, shells: [walker, walker, { kind: 'omm', records }] });
    expect(issues).toEqual([
      "shells[2].records[1]: unknown key 'FOO'",
      'shells[2].records[1].ECCENTRICITY: must be between 0 and below 1, got -0.1',
      'shells[2].records[5].MEAN_MOTION: required',
    ]);
    expect(issuesOf({ ...base, shells: [{ kind: 'omm', records: [] }] })).toEqual([
      'shells[0].records: must list at least one record',
    ]);
    expect(issuesOf({ ...base, shells: [{ kind: 'omm', records: 'x' }] })).toEqual([
      'shells[0].records: must be an array, got "x"',
    ]);
  });

  it('normalises records (numbers from strings, defaults) and expands them with SGP4, ids above 99,999 included', () => {
    const strings = Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, String(v)]));
    const r = parseScenario({
      ...base,
      epoch: '2018-12-08T00:00:00Z',
      shells: [{ kind: 'omm', name: 'Stations', records: [strings, { ...rec, NORAD_CAT_ID: 339999 }] }],
    });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    const sh = r.scenario.shells[0];
    if (sh.kind !== 'omm') throw new Error('kind');
    expect(sh.records[0].MEAN_MOTION).toBe(15.54007808);
    expect(sh.records[0].EPOCH).toBe('2018-12-08T16:38:40.623072');
  });

  it('reports elements SGP4 cannot start from and caps the list of problems', () => {
    // The schema's checks keep such records out; ommEntries reports them should one get through.
    const r = ommEntries([{ ...(rec as unknown as OmmRecord), ECCENTRICITY: 1.5 }]);
    expect(r.entries).toEqual([]);
    expect(r.errors).toEqual([
      'records[0] (ISS (ZARYA)): SGP4 cannot start from these elements (mean elements out of range (eccentricity ≥ 1 or a < 0.95 Earth radii))',
    ]);
    const many = issuesOf({
      ...base,
      shells: [{ kind: 'omm', records: Array.from({ length: 300 }, () => ({})) }],
    });
    // The schema lists 100 record problems and counts 2,600 more; the scenario's list stops at 20.
    expect(many).toHaveLength(21);
    expect(many[20]).toBe('… and 2,680 more problems');
  });

  it('counts omm and cluster satellites towards the scenario limit', () => {
    const issues = issuesOf({
      ...base,
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 10000, satsPerPlane: 200 },
        { kind: 'cluster', altitudeKm: 650, count: 10, spacingM: 100 },
      ],
    });
    expect(issues).toEqual(['shells: add up to 2,000,010 satellites; the limit is 2,000,000 per scenario']);
  });
});
