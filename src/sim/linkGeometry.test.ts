import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from './constants';
import {
  distanceKm,
  fibreTimeMs,
  lightTimeMs,
  lineOfSightClears,
  linkUp,
  maxLinkRangeKm,
} from './linkGeometry';

const G = 80;
const RG = EARTH_RADIUS_KM + G;

/** Rotates (x, y, z) by fixed angles so the tests do not sit on the axes. */
function rot(x: number, y: number, z: number): [number, number, number] {
  const a = 0.7,
    b = -1.1;
  const x1 = Math.cos(a) * x - Math.sin(a) * y,
    y1 = Math.sin(a) * x + Math.cos(a) * y;
  const y2 = Math.cos(b) * y1 - Math.sin(b) * z,
    z2 = Math.sin(b) * y1 + Math.cos(b) * z;
  return [x1, y2, z2];
}

/** Two satellites at radius r, symmetric about the x axis, their chord's midpoint at radius `midR`. */
function pairWithMidRadius(r: number, midR: number): [number, number, number, number, number, number] {
  const half = Math.sqrt(r * r - midR * midR);
  return [...rot(midR, -half, 0), ...rot(midR, half, 0)];
}

describe('lineOfSightClears', () => {
  it('clears 1 m above the tangent and is blocked 1 m below it', () => {
    const r = EARTH_RADIUS_KM + 550;
    expect(lineOfSightClears(...pairWithMidRadius(r, RG + 0.001), G)).toBe(true);
    expect(lineOfSightClears(...pairWithMidRadius(r, RG - 0.001), G)).toBe(false);
    // Unequal altitudes: the tangent point is not the midpoint.
    const [a, b] = [EARTH_RADIUS_KM + 550, EARTH_RADIUS_KM + 1015];
    for (const [dr, want] of [
      [0.001, true],
      [-0.001, false],
    ] as const) {
      const m = RG + dr;
      const A = rot(m, -Math.sqrt(a * a - m * m), 0);
      const B = rot(m, Math.sqrt(b * b - m * m), 0);
      expect(lineOfSightClears(...A, ...B, G)).toBe(want);
    }
  });

  it('clears when both ends lie on the same side of the closest approach, though the line dips', () => {
    const A: [number, number, number] = [RG + 1, 2000, 0];
    const B: [number, number, number] = [RG + 50, 4000, 0];
    // The infinite line through A and B passes (RG − 48, 0, 0): inside the grazing sphere.
    const t = -(A[0] * (B[0] - A[0]) + A[1] * (B[1] - A[1])) / ((B[0] - A[0]) ** 2 + (B[1] - A[1]) ** 2);
    const px = A[0] + t * (B[0] - A[0]),
      py = A[1] + t * (B[1] - A[1]);
    expect(t).toBeLessThan(0);
    expect(Math.hypot(px, py)).toBeLessThan(RG);
    expect(lineOfSightClears(...rot(...A), ...rot(...B), G)).toBe(true);
    expect(lineOfSightClears(...rot(...B), ...rot(...A), G)).toBe(true);
  });

  it('is blocked through the Earth and false for a missing position', () => {
    const r = EARTH_RADIUS_KM + 550;
    expect(lineOfSightClears(r, 0, 0, -r, 0, 0, G)).toBe(false);
    expect(lineOfSightClears(r, 0, 0, r, 1, 0, G)).toBe(true);
    expect(lineOfSightClears(NaN, 0, 0, r, 1, 0, G)).toBe(false);
  });
});

describe('maxLinkRangeKm (V15)', () => {
  it('gives 5016.6 / 5443.0 / 7197.5 km for both ends at 550 / 630 / 1015 km, grazing 80 km', () => {
    expect(maxLinkRangeKm(550, 550, 80)).toBeCloseTo(5016.6, 1);
    expect(maxLinkRangeKm(630, 630, 80)).toBeCloseTo(5443.0, 1);
    expect(maxLinkRangeKm(1015, 1015, 80)).toBeCloseTo(7197.5, 1);
    expect(maxLinkRangeKm(50, 550, 80)).toBeCloseTo(5016.6 / 2, 1);
  });

  it('is the length of the chord that just grazes', () => {
    const r = EARTH_RADIUS_KM + 630;
    const p = pairWithMidRadius(r, RG);
    expect(distanceKm(...p)).toBeCloseTo(maxLinkRangeKm(630, 630, G), 6);
  });
});

describe('light and fibre time (V19)', () => {
  it('16.73 ms in vacuum and 25.10 ms in fibre over 5016.6 km', () => {
    expect(lightTimeMs(5016.6)).toBeCloseTo(16.73, 2);
    expect(fibreTimeMs(5016.6)).toBeCloseTo(25.1, 2);
  });
});

describe('linkUp', () => {
  const r = EARTH_RADIUS_KM + 550;
  it('needs both range and line of sight', () => {
    const clear = pairWithMidRadius(r, RG + 0.001);
    const len = distanceKm(...clear);
    expect(linkUp(...clear, len + 0.001, G)).toBe(true);
    expect(linkUp(...clear, len - 0.001, G)).toBe(false);
    const blocked = pairWithMidRadius(r, RG - 0.001);
    expect(linkUp(...blocked, 1e6, G)).toBe(false);
    expect(linkUp(NaN, 0, 0, r, 0, 0, 1e6, G)).toBe(false);
  });
});
