import { describe, expect, it } from 'vitest';
import { hermite } from './hermite';

describe('hermite', () => {
  it('reproduces a cubic exactly (position and velocity) anywhere in the step', () => {
    // p(t) = c0 + c1 t + c2 t² + c3 t³ per axis, t in seconds, step h.
    const c = [
      [7000, 1.5, -0.004, 2e-6],
      [-300, 7.2, 0.001, -1e-6],
      [12, -0.3, 0.0005, 3e-7],
    ];
    const p = (t: number) => c.map(([a, b, d, e]) => a + b * t + d * t * t + e * t * t * t);
    const v = (t: number) => c.map(([, b, d, e]) => b + 2 * d * t + 3 * e * t * t);
    const h = 240;
    const pos = new Float64Array(3),
      vel = new Float64Array(3);
    for (const s of [0, 0.1, 0.25, 0.5, 0.77, 1]) {
      hermite(p(0), v(0), p(h), v(h), h, s, pos, vel);
      const pe = p(s * h),
        ve = v(s * h);
      for (let k = 0; k < 3; k++) {
        expect(Math.abs(pos[k] - pe[k])).toBeLessThan(1e-9);
        expect(Math.abs(vel[k] - ve[k])).toBeLessThan(1e-12);
      }
    }
  });
  it('hits the end points and does not need the velocity output', () => {
    const out = [0, 0, 0];
    hermite([1, 2, 3], [0, 0, 0], [4, 5, 6], [0, 0, 0], 60, 0, out);
    expect(out).toEqual([1, 2, 3]);
    hermite([1, 2, 3], [0, 0, 0], [4, 5, 6], [0, 0, 0], 60, 1, out);
    expect(out).toEqual([4, 5, 6]);
    // Zero end velocities: the midpoint is the mean.
    hermite([1, 2, 3], [0, 0, 0], [4, 5, 6], [0, 0, 0], 60, 0.5, out);
    expect(out).toEqual([2.5, 3.5, 4.5]);
  });
  it('a quarter of a circular orbit at 240 s stays within 1 km of the true circle', () => {
    const r = 6778,
      n = Math.sqrt(398600.4418 / r ** 3),
      h = 240;
    const st = (t: number) => [r * Math.cos(n * t), r * Math.sin(n * t), 0];
    const vt = (t: number) => [-r * n * Math.sin(n * t), r * n * Math.cos(n * t), 0];
    const pos = new Float64Array(3);
    hermite(st(0), vt(0), st(h), vt(h), h, 0.5, pos);
    const e = st(h / 2);
    expect(Math.hypot(pos[0] - e[0], pos[1] - e[1])).toBeLessThan(1);
    expect(Math.hypot(pos[0] - e[0], pos[1] - e[1])).toBeGreaterThan(0.01); // it is an approximation
  });
});
