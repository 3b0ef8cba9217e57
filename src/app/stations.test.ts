import { describe, expect, it } from 'vitest';
import { endAfterRemoval, routeChain, sameEnd, stationProblems, toStation } from './stations';

const beijing = { name: 'Beijing', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 25 };

describe('stationProblems', () => {
  it('accepts a station on the edges of the ranges and fills in the 25° mask', () => {
    expect(stationProblems({ name: 'Pole', latDeg: 90, lonDeg: -180, minElevationDeg: 0 }, [beijing])).toEqual([]);
    expect(toStation({ name: '  Quito ', latDeg: -0.18, lonDeg: -78.47 })).toEqual({ name: 'Quito', latDeg: -0.18, lonDeg: -78.47, minElevationDeg: 25 });
  });

  it('names every problem at once, with the value it got', () => {
    const p = stationProblems({ name: 'A,B', latDeg: 91, lonDeg: NaN, minElevationDeg: -1 }, []);
    expect(p).toEqual([
      'name: must not contain commas (routes name stations as A,B)',
      'latitude: must be between −90° and 90°, got 91',
      'longitude: must be between −180° and 180°, got NaN',
      'minimum elevation: must be between 0° and 90°, got -1',
    ]);
    expect(stationProblems({ name: 'Beijing', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual(['name: a station called "Beijing" already exists']);
    expect(stationProblems({ name: ' ', latDeg: 0, lonDeg: 0 }, [])).toEqual(['name: is required']);
    expect(stationProblems({ name: 'x'.repeat(201), latDeg: 0, lonDeg: 0 }, [])[0]).toMatch(/at most 200/);
    expect(stationProblems({ name: 'x', latDeg: '1' as unknown as number, lonDeg: 0 }, [])[0]).toMatch(/latitude/);
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

  it('the chain puts stations as −(s + 1) around the satellites', () => {
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
