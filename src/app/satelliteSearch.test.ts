import { describe, expect, it } from 'vitest';
import { couldMatchUnnamed, matchingSatellites, suggestSatellites, take } from './satelliteSearch';
import type { ShellSummary } from '../scenario/types';

const walker = {
  index: 0,
  name: 'Starlink-like',
  kind: 'walker',
  tag: 'S1',
  firstIndex: 0,
  count: 1_000_000,
  planes: 1000,
  satsPerPlane: 1000,
} as ShellSummary;
const tle = {
  index: 1,
  name: 'Stations',
  kind: 'tle',
  tag: 'S2',
  firstIndex: 1_000_000,
  count: 3,
  names: ['CSS (TIANHE)', 'ISS (ZARYA)', 'HUBBLE'],
  ids: ['48274', '25544', '20580'],
} as ShellSummary;
const shells = [walker, tle];

describe('satellite search', () => {
  it('finds "ISS (ZARYA)" from "ISS" and from "zarya", case-insensitively', () => {
    expect(suggestSatellites(shells, 'ISS')).toEqual([1_000_001]);
    expect(suggestSatellites(shells, 'zarya')).toEqual([1_000_001]);
    expect(suggestSatellites(shells, '2554')).toEqual([1_000_001]);
  });

  it('puts the exact id first, then names that start with the query', () => {
    const got = suggestSatellites(shells, 'S1-P0005-0001', 3);
    expect(got[0]).toBe(4 * 1000);
    expect(suggestSatellites(shells, 'h', 8)).toEqual([1_000_002, 1_000_000]);
  });

  it('stays cheap on a million satellites: a query matching none scans a bounded number', () => {
    const t0 = performance.now();
    // Digits and hyphens could match a generated name, so this one is scanned (and matches none).
    expect(suggestSatellites(shells, '9-9-9')).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('lists a whole shell lazily and takes only what is shown', () => {
    const { items, more } = take(matchingSatellites(shells, 'starlink'), 50);
    expect(items).toHaveLength(50);
    expect(items[49]).toBe(49);
    expect(more).toBe(true);
    expect(take(matchingSatellites(shells, '', [0]), 50)).toEqual({
      items: [1_000_000, 1_000_001, 1_000_002],
      more: false,
    });
  });

  it('skips a generated shell that cannot contain the query, and keeps one that can', () => {
    expect(couldMatchUnnamed(walker, 'iss')).toBe(false);
    for (const q of ['like 12-3', 'e 1', 's1-p0005', '1-p0', '0005-0001', 'starlink', '-l', '5-'])
      expect(couldMatchUnnamed(walker, q), q).toBe(true);
    expect(couldMatchUnnamed({ name: 'X', tag: 'S3' }, 's3-e1')).toBe(true);
    expect(couldMatchUnnamed({ name: 'X', tag: 'S3' }, 's3-p1')).toBe(false);
    // The exact name deep in a million comes from identity's own lookup, not from the scan.
    expect(suggestSatellites(shells, 'STARLINK-LIKE 1000-1000')).toEqual([999_999]);
  });
});
