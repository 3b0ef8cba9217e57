import { describe, expect, it } from 'vitest';
import { SiderealTime } from 'astronomy-engine';
import { gmstRad, isoUtc, julianDate } from './time';

const DEG = Math.PI / 180;

describe('julianDate', () => {
  it('J2000.0 is JD 2451545.0 at 2000-01-01T12:00Z; Unix epoch is JD 2440587.5', () => {
    expect(julianDate(Date.UTC(2000, 0, 1, 12))).toBe(2451545.0);
    expect(julianDate(0)).toBe(2440587.5);
  });
});

describe('gmstRad', () => {
  it('matches astronomy-engine SiderealTime (GAST, hours × 15°) within 0.01° — they differ by the equation of the equinoxes', () => {
    const times = [
      Date.UTC(2000, 0, 1, 12),
      Date.UTC(1990, 2, 3),
      Date.UTC(2010, 6, 14, 18, 30),
      Date.UTC(2025, 5, 1, 3, 17, 5),
      Date.UTC(2031, 10, 20, 9, 45, 12),
    ];
    for (const ms of times) {
      const ref = SiderealTime(new Date(ms)) * 15; // degrees
      const ours = gmstRad(ms) / DEG;
      let d = Math.abs(ours - ref) % 360;
      if (d > 180) d = 360 - d;
      expect(d).toBeLessThan(0.01);
    }
  });
  it('advances one sidereal day (360.9856°) per solar day and stays in [0, 2π)', () => {
    const t0 = Date.UTC(2025, 0, 1);
    const g0 = gmstRad(t0);
    const g1 = gmstRad(t0 + 86400000);
    const adv = ((g1 - g0 + 2 * Math.PI) % (2 * Math.PI)) / DEG; // 0.9856° past a full turn
    expect(adv).toBeCloseTo(0.98565, 3);
    for (let k = 0; k < 50; k++) {
      const g = gmstRad(t0 + k * 3.7e6);
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThan(2 * Math.PI);
    }
  });
});

describe('isoUtc', () => {
  it('formats to the second in UTC with a Z', () => {
    expect(isoUtc(Date.UTC(2025, 5, 1))).toBe('2025-06-01T00:00:00Z');
    expect(isoUtc(Date.UTC(2025, 5, 1, 12, 34, 56, 700))).toBe('2025-06-01T12:34:57Z');
  });
});
