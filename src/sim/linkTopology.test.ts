import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from './constants';
import { clusterMeshLinks, linkStates, nearestKLinks, plusGridLinks } from './linkTopology';
import { setPositions as positions, walkerSet as walker, TEST_EPOCH_MS } from './testShells';

const EPOCH = TEST_EPOCH_MS;

function degrees(pairs: Uint32Array, n: number): Uint32Array {
  const d = new Uint32Array(n);
  for (const i of pairs) d[i]++;
  return d;
}

/** Checks a < b and no pair twice; returns the pairs as keys. */
function keysOf(pairs: Uint32Array): string[] {
  const keys: string[] = [];
  for (let l = 0; l < pairs.length; l += 2) {
    expect(pairs[l]).toBeLessThan(pairs[l + 1]);
    keys.push(`${pairs[l]}-${pairs[l + 1]}`);
  }
  expect(new Set(keys).size).toBe(keys.length);
  return keys.sort();
}

function dist(p: ArrayLike<number>, i: number, j: number): number {
  return Math.hypot(p[i * 3] - p[j * 3], p[i * 3 + 1] - p[j * 3 + 1], p[i * 3 + 2] - p[j * 3 + 2]);
}

describe('plusGridLinks', () => {
  it('V16: a 72 × 22 Walker delta shell has 3,168 links, 4 per satellite', () => {
    const pairs = plusGridLinks(72, 22, 0, 'delta');
    expect(pairs.length / 2).toBe(3168);
    keysOf(pairs);
    expect(Array.from(degrees(pairs, 72 * 22)).every((d) => d === 4)).toBe(true);
  });

  it('a Walker star has no links across the seam: 3,168 − 22 = 3,146', () => {
    const pairs = plusGridLinks(72, 22, 0, 'star');
    expect(pairs.length / 2).toBe(3146);
    keysOf(pairs);
    const d = degrees(pairs, 72 * 22);
    for (let i = 0; i < 72 * 22; i++) expect(d[i]).toBe(i < 22 || i >= 71 * 22 ? 3 : 4);
    // No link between the first and the last plane.
    for (let l = 0; l < pairs.length; l += 2) expect(pairs[l] < 22 && pairs[l + 1] >= 71 * 22).toBe(false);
  });

  it('numbers from firstIndex and links plane neighbours at the same slot', () => {
    const pairs = plusGridLinks(3, 4, 100, 'delta');
    expect(keysOf(pairs)).toEqual(
      [
        '100-101',
        '100-103',
        '100-104',
        '100-108',
        '101-102',
        '101-105',
        '101-109',
        '102-103',
        '102-106',
        '102-110',
        '103-107',
        '103-111',
        '104-105',
        '104-107',
        '104-108',
        '105-106',
        '105-109',
        '106-107',
        '106-110',
        '107-111',
        '108-109',
        '108-111',
        '109-110',
        '110-111',
      ].sort(),
    );
  });

  it('small shells do not repeat links', () => {
    expect(plusGridLinks(1, 1).length).toBe(0);
    expect(plusGridLinks(1, 2).length / 2).toBe(1);
    expect(plusGridLinks(1, 5).length / 2).toBe(5);
    expect(plusGridLinks(2, 3, 0, 'delta').length / 2).toBe(6 + 3);
    expect(plusGridLinks(2, 3, 0, 'delta', 1).length / 2).toBe(6 + 3 + 3);
    expect(plusGridLinks(2, 3, 0, 'star').length / 2).toBe(6 + 3);
    keysOf(plusGridLinks(2, 3, 0, 'delta', 1));
    keysOf(plusGridLinks(2, 2, 0, 'delta'));
  });

  it('with the Walker phasing, links across the delta seam are as long as any other cross-plane link', () => {
    const P = 12,
      S = 12,
      F = 1;
    const set = walker(P, S, 550, 53, 'delta', F);
    const t = EPOCH + 1234e3;
    const pos = positions(set, t);
    // Plane p + 1 is plane p turned by 2π/P and advanced by F·2π/T in phase, so plane P − 1 now
    // sits where plane P − 2 will be after Δ, and plane 0 slot s + F where plane P − 1 slot s will be.
    const dt = ((F * 2 * Math.PI) / (P * S) / (set.rates[1] + set.rates[2])) * 1000;
    const later = positions(set, t + dt);
    const seamed = keysOf(plusGridLinks(P, S, 0, 'delta', F));
    for (let s = 0; s < S; s++) {
      const inner = dist(later, (P - 2) * S + s, (P - 1) * S + s);
      const seam = dist(pos, (P - 1) * S + s, (s + F) % S);
      expect(Math.abs(seam - inner)).toBeLessThan(0.01);
      expect(seamed).toContain(`${(s + F) % S}-${(P - 1) * S + s}`);
    }
  });
});

/** O(n²) reference: each node's k nearest within range (ties to the lower index), union. */
function bruteNearestK(pos: Float64Array, k: number, range: number): string[] {
  const n = pos.length / 3;
  const set = new Set<string>();
  for (let i = 0; i < n; i++) {
    const cand: [number, number][] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = dist(pos, i, j);
      if (d <= range) cand.push([d, j]);
    }
    cand.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, j] of cand.slice(0, k)) set.add(i < j ? `${i}-${j}` : `${j}-${i}`);
  }
  return [...set].sort();
}

/** Deterministic pseudo-random numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('nearestKLinks', () => {
  it('equals a brute-force search on random points on a shell (with a missing node)', () => {
    const rand = rng(7);
    const n = 1500;
    const pos = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) {
      const z = 2 * rand() - 1,
        phi = 2 * Math.PI * rand();
      const r = EARTH_RADIUS_KM + 500 + 100 * rand();
      const c = Math.sqrt(1 - z * z);
      pos.set([r * c * Math.cos(phi), r * c * Math.sin(phi), r * z], i * 3);
    }
    pos[3 * 17] = NaN;
    for (const [k, range] of [
      [4, 5000],
      [3, 600],
      [8, 1e9],
      [1, 200],
    ] as const) {
      const got = keysOf(nearestKLinks(pos, k, range));
      expect(got).toEqual(bruteNearestK(pos, k, range));
      expect(got.some((s) => s.split('-').includes('17'))).toBe(false);
    }
  });

  it('equals a brute-force search on points filling a box and on a flat formation', () => {
    const rand = rng(11);
    const n = 800;
    const box = new Float64Array(n * 3).map(() => rand() * 1000);
    expect(keysOf(nearestKLinks(box, 5, 150))).toEqual(bruteNearestK(box, 5, 150));
    const flat = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) flat.set([7000 + rand() * 2, rand() * 3, 0], i * 3);
    expect(keysOf(nearestKLinks(flat, 4, 0.5))).toEqual(bruteNearestK(flat, 4, 0.5));
  });

  it('handles empty and degenerate input', () => {
    expect(nearestKLinks(new Float64Array(0), 4, 100).length).toBe(0);
    expect(nearestKLinks(new Float64Array([1, 2, 3]), 4, 100).length).toBe(0);
    expect(Array.from(nearestKLinks(new Float64Array([1, 2, 3, 1, 2, 3]), 4, 100))).toEqual([0, 1]);
  });
});

describe('clusterMeshLinks', () => {
  it('links every pair within range, once', () => {
    const rand = rng(3);
    const n = 120;
    const pos = new Float64Array(n * 3).map(() => rand() * 2);
    const got = keysOf(clusterMeshLinks(pos, 1));
    const want: string[] = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (dist(pos, i, j) <= 1) want.push(`${i}-${j}`);
    expect(got).toEqual(want.sort());
  });
});

describe('linkStates', () => {
  it('marks links up by range and line of sight', () => {
    const r = EARTH_RADIUS_KM + 550;
    const g = 80;
    const rg = EARTH_RADIUS_KM + g;
    const h = (m: number) => Math.sqrt(r * r - m * m);
    const pos = new Float64Array([
      r,
      0,
      0, // 0
      r,
      1000,
      0, // 1: 1000 km from 0, clear
      rg + 0.001,
      -h(rg + 0.001),
      0, // 2
      rg + 0.001,
      h(rg + 0.001),
      0, // 3: 2–3 graze 1 m above
      rg - 0.001,
      -h(rg - 0.001),
      0, // 4
      rg - 0.001,
      h(rg - 0.001),
      0, // 5: 4–5 graze 1 m below
      -r,
      0,
      0, // 6: opposite 0
      NaN,
      NaN,
      NaN, // 7
      r,
      6000,
      0, // 8: 6000 km from 0, clear
    ]);
    const pairs = new Uint32Array([0, 1, 2, 3, 4, 5, 0, 6, 0, 7, 0, 8]);
    const up = new Uint8Array(6);
    const len = new Float32Array(6);
    const count = linkStates(pairs, pos, 5500, g, up, len);
    expect(Array.from(up)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(count).toBe(2);
    expect(len[0]).toBeCloseTo(1000, 3);
    expect(len[1]).toBeCloseTo(2 * h(rg + 0.001), 2);
    expect(len[3]).toBeCloseTo(2 * r, 2);
    expect(len[4]).toBeNaN();
    // 0–8 is clear but longer than the range.
    expect(len[5]).toBeCloseTo(6000, 3);
    linkStates(pairs, pos, 1e5, g, up, len);
    expect(Array.from(up)).toEqual([1, 1, 0, 0, 0, 1]);
  });
});
