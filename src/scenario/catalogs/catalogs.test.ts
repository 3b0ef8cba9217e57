import { sgp4 } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { expandScenario } from '../expand';
import { checkOmmRecord } from '../omm';
import { parseScenario } from '../validate';
import { CATALOG_SNAPSHOTS, describeBundledCatalogs, findCatalog } from './index';

describe('bundled catalogue snapshots', () => {
  it.each(CATALOG_SNAPSHOTS.map((c) => [`${c.group} ${c.snapshot}`, c] as const))(
    '%s: valid records, unique ids, a source and a retrieval time',
    (_, c) => {
      expect(c.group).toMatch(/^[a-z0-9-]+$/);
      expect(c.snapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.source.url).toMatch(/^https:\/\//);
      expect(Number.isFinite(Date.parse(c.retrievedUtc))).toBe(true);
      expect(c.records.length).toBeGreaterThan(0);
      expect(c.records).toBe(c.records); // built once
      for (const r of c.records) expect(checkOmmRecord(r, { strictKeys: true }).problems).toEqual([]);
      expect(new Set(c.records.map((r) => r.NORAD_CAT_ID)).size).toBe(c.records.length);
    },
  );

  it('holds what was found: the Vallado test set, 95 Starlink sets of 2020-05 and one Starcloud-1 set', () => {
    expect(describeBundledCatalogs()).toBe('test 2000-06-27, starlink 2020-05-07, starcloud-1 2026-07-26');
    expect(findCatalog('test', '2000-06-27')?.records.map((r) => r.NORAD_CAT_ID)).toEqual([5]);
    const sl = findCatalog('starlink', '2020-05-07');
    expect(sl?.records).toHaveLength(95);
    expect(
      sl?.records.every((r) => r.OBJECT_NAME.startsWith('STARLINK-') && Math.abs(r.INCLINATION - 53) < 0.1),
    ).toBe(true);
    expect(findCatalog('starcloud-1', '2026-07-26')?.records[0]).toMatchObject({
      NORAD_CAT_ID: 66303,
      OBJECT_ID: '2025-248L',
      INCLINATION: 45.3997,
    });
    expect(findCatalog('starlink', '2030-01-01')).toBeNull();
  });

  it('V17: a catalog shell of the test snapshot reproduces Vallado 00005 at its epoch', () => {
    const r = parseScenario({
      version: 1,
      name: 'v',
      epoch: '2000-06-27T18:50:19.733Z',
      shells: [{ kind: 'catalog', group: 'test', snapshot: '2000-06-27' }],
    });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    expect(r.scenario.shells[0].name).toBe('test 2000-06-27');
    const ex = expandScenario(r.scenario);
    expect(ex.total).toBe(1);
    expect(ex.shells[0]).toMatchObject({
      kind: 'catalog',
      propagator: 'sgp4',
      ids: ['5'],
      names: ['VANGUARD 1'],
    });
    const pv = sgp4(ex.satrecs[0], 0);
    if (!pv) throw new Error('sgp4');
    expect(
      Math.hypot(pv.position.x - 7022.46529266, pv.position.y + 1400.08296755, pv.position.z - 0.03995155),
    ).toBeLessThan(0.005);
  });

  it('the Starlink snapshot expands at its own date without warnings', () => {
    const r = parseScenario({
      version: 1,
      name: 's',
      epoch: '2020-05-07T12:00:00Z',
      shells: [{ kind: 'catalog', name: 'Starlink 2020', group: 'starlink', snapshot: '2020-05-07' }],
    });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    const ex = expandScenario(r.scenario);
    expect(ex.total).toBe(95);
    expect(ex.warnings).toEqual([]);
    for (const rec of ex.satrecs) {
      const pv = sgp4(rec, 60);
      expect(pv && Number.isFinite(pv.position.x)).toBeTruthy();
    }
  });

  it('an unknown group or snapshot is an error listing what is bundled', () => {
    const r = parseScenario({
      version: 1,
      name: 's',
      shells: [
        { kind: 'catalog', group: 'starlink', snapshot: '2026-11-01' },
        { kind: 'catalog', group: 'oneweb', snapshot: 'latest' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      'shells[0].group: no bundled catalogue snapshot "starlink" of "2026-11-01"; bundled: test 2000-06-27, starlink 2020-05-07, starcloud-1 2026-07-26',
      'shells[1].snapshot: must be a date YYYY-MM-DD, got "latest"',
      'shells[1].group: no bundled catalogue snapshot "oneweb" of "latest"; bundled: test 2000-06-27, starlink 2020-05-07, starcloud-1 2026-07-26',
    ]);
  });
});
