import { describe, expect, it } from 'vitest';
import { MAX_PLACED_LABELS, placeLabels } from './labelPlacement';

const run = (pts: [number, number, number][], h = 14, gap = 9) => {
  const n = pts.length;
  const out = new Uint8Array(n);
  placeLabels(
    n,
    pts.map((p) => p[0]),
    pts.map((p) => p[1]),
    pts.map((p) => p[2]),
    h,
    gap,
    new Float64Array(4 * n),
    out,
  );
  return [...out];
};

describe('placeLabels', () => {
  it('puts labels right of their markers when nothing is in the way', () => {
    expect(
      run([
        [100, 100, 80],
        [100, 300, 80],
        [400, 100, 120],
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('moves a label that would cover a neighbour’s label or marker (the default scenario’s Chengdu and Hangzhou)', () => {
    // Two stations 60 px apart on one row: the first label (120 px) would run over the second marker.
    const sides = run([
      [100, 200, 120],
      [160, 204, 150],
    ]);
    expect(sides[0]).not.toBe(0);
    expect(sides[1]).toBe(0);
  });

  it('checks labels against labels placed before them', () => {
    // The second point sits just under the first one's label: its own label must not go right either.
    const sides = run([
      [100, 200, 150],
      [130, 214, 150],
    ]);
    expect(sides).not.toEqual([0, 0]);
  });

  it('leaves every label right above its limit (cost stays bounded)', () => {
    const pts: [number, number, number][] = Array.from({ length: MAX_PLACED_LABELS + 1 }, () => [0, 0, 50]);
    expect(new Set(run(pts))).toEqual(new Set([0]));
  });
});
