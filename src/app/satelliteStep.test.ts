import { describe, expect, it } from 'vitest';
import { stepSatellite } from './satelliteStep';

// Shell 0: Walker delta 4 planes × 5 slots, phasing 1 (indices 0–19); shell 1: 3 element-set
// satellites (20–22); shell 2: star 2 × 3 (23–28).
const walker = {
  index: 0,
  firstIndex: 0,
  count: 20,
  planes: 4,
  satsPerPlane: 5,
  gridPattern: 'delta' as const,
  phasing: 1,
};
const elements = { index: 1, firstIndex: 20, count: 3 };
const star = {
  index: 2,
  firstIndex: 23,
  count: 6,
  planes: 2,
  satsPerPlane: 3,
  gridPattern: 'star' as const,
  phasing: 0,
};
const shells = [walker, elements, star];
const at = (plane: number, slot: number) => plane * 5 + slot;

describe('stepSatellite', () => {
  it('Left/Right go round the same plane', () => {
    expect(stepSatellite(shells, at(2, 3), 'right')).toBe(at(2, 4));
    expect(stepSatellite(shells, at(2, 4), 'right')).toBe(at(2, 0));
    expect(stepSatellite(shells, at(2, 0), 'left')).toBe(at(2, 4));
  });

  it('Up/Down keep the slot in the neighbouring plane', () => {
    expect(stepSatellite(shells, at(1, 2), 'down')).toBe(at(2, 2));
    expect(stepSatellite(shells, at(1, 2), 'up')).toBe(at(0, 2));
  });

  it('across a delta seam the slot shifts by the phasing F, and back again', () => {
    expect(stepSatellite(shells, at(3, 2), 'down')).toBe(at(0, 3));
    expect(stepSatellite(shells, at(3, 4), 'down')).toBe(at(0, 0));
    expect(stepSatellite(shells, at(0, 3), 'up')).toBe(at(3, 2));
    expect(stepSatellite(shells, at(0, 0), 'up')).toBe(at(3, 4));
  });

  it('a star pattern wraps without a shift', () => {
    expect(stepSatellite(shells, 23 + 3 + 1, 'down')).toBe(23 + 1);
  });

  it('element sets step by index, and Up/Down change shell', () => {
    expect(stepSatellite(shells, 22, 'right')).toBe(20);
    expect(stepSatellite(shells, 20, 'left')).toBe(22);
    expect(stepSatellite(shells, 21, 'down')).toBe(23 + 1);
    expect(stepSatellite(shells, 21, 'up')).toBe(1);
  });

  it('skips hidden shells, and picks the first shown satellite when none is selected', () => {
    expect(stepSatellite(shells, 21, 'down', [2])).toBe(1);
    expect(stepSatellite(shells, null, 'right', [0])).toBe(20);
  });
});
