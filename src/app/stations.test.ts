import { describe, expect, it } from 'vitest';
import { MAX_GROUND_STATIONS } from '../scenario/schema';
import { stationRef } from '../scene/linkBuffers';
import {
  endAfterRemoval,
  MAX_STATIONS,
  routeChain,
  sameEnd,
  stationIssues,
  stationProblems,
  toStation,
} from './stations';

const beijing = { name: 'Beijing', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 25 };

describe('stationProblems', () => {
  it('accepts a station on the edges of the ranges and fills in the 25° mask', () => {
    expect(stationProblems({ name: 'Pole', latDeg: 90, lonDeg: -180, minElevationDeg: 0 }, [beijing])).toEqual([]);
    expect(stationProblems({ name: 'Pole', latDeg: -90, lonDeg: 180, minElevationDeg: 90 }, [beijing])).toEqual([]);
    expect(toStation({ name: '  Quito ', latDeg: -0.18, lonDeg: -78.47 })).toEqual({ name: 'Quito', latDeg: -0.18, lonDeg: -78.47, minElevationDeg: 25 });
  });

  it('names every problem at once, on its field, with the value it got', () => {
    expect(stationIssues({ name: 'A,B', latDeg: 91, lonDeg: NaN, minElevationDeg: -1 }, [])).toEqual([
      { field: 'name', message: 'Name: must not contain commas (routes name stations as A,B).' },
      { field: 'lat', message: 'Latitude: must be from −90 to 90°, got 91°.' },
      { field: 'lon', message: 'Longitude: must be a number from −180 to 180°, got NaN.' },
      { field: 'minEl', message: 'Minimum elevation: must be from 0 to 90°, got −1°.' },
    ]);
    expect(stationProblems({ name: ' ', latDeg: 0, lonDeg: 0 }, [])).toEqual(['Name: enter a name for the station.']);
    expect(stationProblems({ name: 'x'.repeat(201), latDeg: 0, lonDeg: 0 }, [])).toEqual(['Name: at most 200 characters, got 201.']);
    expect(stationProblems({ name: 'x'.repeat(200), latDeg: 0, lonDeg: 0 }, [])).toEqual([]);
    expect(stationProblems({ name: 'x', latDeg: '1' as unknown as number, lonDeg: Infinity }, [])).toEqual([
      'Latitude: must be a number from −90 to 90°, got “1”.',
      'Longitude: must be a number from −180 to 180°, got Infinity.',
    ]);
  });

  it('refuses a name already used, also when it differs only by case (the CLI ignores case)', () => {
    expect(stationProblems({ name: ' Beijing ', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual(['Name: a station called “Beijing” exists already.']);
    expect(stationProblems({ name: 'BEIJING', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual([
      'Name: a station called “Beijing” exists already (names are compared ignoring case).',
    ]);
    expect(stationProblems({ name: 'Beijing 2', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual([]);
  });

  it('refuses control characters in the name', () => {
    for (const name of ['a\u0000b', 'a\tb', 'line\nbreak', 'a\u007fb', 'a\u0085b'])
      expect(stationProblems({ name, latDeg: 0, lonDeg: 0 }, []), JSON.stringify(name)).toEqual(['Name: must not contain control characters.']);
    expect(stationProblems({ name: 'Ålesund – Nord', latDeg: 0, lonDeg: 0 }, [])).toEqual([]);
  });

  it('holds at most MAX_STATIONS stations, the scenario schema\'s limit', () => {
    expect(MAX_STATIONS).toBe(MAX_GROUND_STATIONS);
    const full = Array.from({ length: MAX_STATIONS }, (_, i) => ({ name: `S${i}` }));
    expect(stationIssues({ name: 'One more', latDeg: 0, lonDeg: 0 }, full)).toEqual([
      { field: null, message: 'A scenario holds at most 1,000 stations; remove one first.' },
    ]);
    expect(stationIssues({ name: 'One more', latDeg: 0, lonDeg: 0 }, full.slice(1))).toEqual([]);
  });
});

describe('route ends and chains', () => {
  it('removing a station clears an end at it and shifts ends after it', () => {
    expect(endAfterRemoval({ station: 2 }, 2)).toBeNull();
    expect(endAfterRemoval({ station: 3 }, 2)).toEqual({ station: 2 });
    expect(endAfterRemoval({ station: 1 }, 2)).toEqual({ station: 1 });
    expect(endAfterRemoval({ node: 2 }, 2)).toEqual({ node: 2 });
    expect(endAfterRemoval(null, 0)).toBeNull();
  });

  it('the chain puts stations as stationRef(s) = −(s + 1) around the satellites', () => {
    expect([stationRef(0), stationRef(3)]).toEqual([-1, -4]);
    const base = { hops: 4, pathKm: 1, latencyMs: 1, fibreKm: null, fibreMs: null };
    expect(Array.from(routeChain({ ...base, from: { station: 0 }, to: { station: 3 }, nodes: [5, 6, 7] }))).toEqual([-1, 5, 6, 7, -4]);
    expect(Array.from(routeChain({ ...base, from: { station: 1 }, to: { node: 7 }, nodes: [5, 6, 7] }))).toEqual([-2, 5, 6, 7]);
    expect(routeChain(null).length).toBe(0);
  });

  it('sameEnd compares kind and index', () => {
    expect(sameEnd({ station: 1 }, { station: 1 })).toBe(true);
    expect(sameEnd({ station: 1 }, { node: 1 })).toBe(false);
    expect(sameEnd(null, null)).toBe(true);
    expect(sameEnd(null, { node: 0 })).toBe(false);
  });
});
