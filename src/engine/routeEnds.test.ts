import { describe, expect, it } from 'vitest';
import { stationRef } from '../scene/linkBuffers';
import { endAfterRemoval, routeChain, sameEnd } from './routeEnds';

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
    expect(
      Array.from(routeChain({ ...base, from: { station: 0 }, to: { station: 3 }, nodes: [5, 6, 7] })),
    ).toEqual([-1, 5, 6, 7, -4]);
    expect(
      Array.from(routeChain({ ...base, from: { station: 1 }, to: { node: 7 }, nodes: [5, 6, 7] })),
    ).toEqual([-2, 5, 6, 7]);
    expect(routeChain(null).length).toBe(0);
  });

  it('sameEnd compares kind and index', () => {
    expect(sameEnd({ station: 1 }, { station: 1 })).toBe(true);
    expect(sameEnd({ station: 1 }, { node: 1 })).toBe(false);
    expect(sameEnd(null, null)).toBe(true);
    expect(sameEnd(null, { node: 0 })).toBe(false);
  });
});
