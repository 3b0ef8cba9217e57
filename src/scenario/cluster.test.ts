import { describe, expect, it } from 'vitest';
import { closedFormState } from '../sim/closedForm';
import { clusterLattice, clusterLatticeRadius, memberOffsets } from './cluster';
import { expandScenario } from './expand';
import { findSatellite, satelliteIdentity } from './identity';
import type { ScenarioInput } from './schema';
import { parseScenario } from './validate';

const EPOCH = '2025-06-01T00:00:00Z';

function expand(input: ScenarioInput) {
  const r = parseScenario(input, { nowMs: Date.UTC(2025, 5, 1) });
  if (!r.ok) throw new Error(r.issues.join('\n'));
  return expandScenario(r.scenario);
}

function issuesOf(input: unknown): string[] {
  const r = parseScenario(input, { nowMs: Date.UTC(2025, 5, 1) });
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}

/** Positions (m, ECI) of satellites [first, first + n) at tMs. */
function positionsM(
  ex: ReturnType<typeof expandScenario>,
  first: number,
  n: number,
  tMs: number,
): Float64Array {
  const out = new Float64Array(3 * n);
  const s = new Float64Array(6);
  for (let k = 0; k < n; k++) {
    closedFormState(ex.closedForm, first + k, tMs, s);
    out[3 * k] = s[0] * 1000;
    out[3 * k + 1] = s[1] * 1000;
    out[3 * k + 2] = s[2] * 1000;
  }
  return out;
}

/** Pairwise distances (m), pairs (a, b) with a < b in row order. */
function pairDistances(p: Float64Array, n: number): Float64Array {
  const out = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++)
      out[k++] = Math.hypot(p[3 * a] - p[3 * b], p[3 * a + 1] - p[3 * b + 1], p[3 * a + 2] - p[3 * b + 2]);
  }
  return out;
}

describe('cluster lattice (validation.md V18)', () => {
  it('V18: i² + j² ≤ 25 holds 81 points, so 81 members take R = 5 exactly', () => {
    expect(clusterLatticeRadius(81)).toBe(5);
    const pts = clusterLattice(81);
    expect(pts).toHaveLength(81);
    expect(pts.every(({ i, j }) => i * i + j * j <= 25)).toBe(true);
    expect(new Set(pts.map(({ i, j }) => `${i},${j}`)).size).toBe(81);
    expect(pts[0]).toEqual({ i: 0, j: 0 }); // the centre flies the reference orbit
  });

  it('takes the first points by distance when count is not a lattice number', () => {
    const pts = clusterLattice(7);
    expect(pts).toHaveLength(7);
    const r2 = pts.map(({ i, j }) => i * i + j * j);
    expect(r2).toEqual([...r2].sort((a, b) => a - b));
    expect(r2).toEqual([0, 1, 1, 1, 1, 2, 2]);
    expect(clusterLattice(1)).toEqual([{ i: 0, j: 0 }]);
    expect(clusterLattice(10000)).toHaveLength(10000);
  });

  it('member offsets are zero at the centre and scale with the offset', () => {
    expect(memberOffsets(0, 0, 7028, 1.7, 0)).toEqual({ e: 0, argp: 0, dInc: 0, dRaan: 0, dLambda: 0 });
    const o = memberOffsets(100, 0, 7028, 1.7, 0);
    expect(o.e).toBeCloseTo(100 / 2 / 7028e3, 12);
  });
});

describe('cluster shells: Suncatcher-like formation (81 at 650 km dawn-dusk, 100 m)', () => {
  const ex = expand({
    version: 1,
    name: 'c',
    epoch: EPOCH,
    shells: [{ kind: 'cluster', altitudeKm: 650, ltanHours: 6, count: 81, spacingM: 100 }],
  });
  const n = 81;

  it('expands to 81 closed-form satellites in one rate group, SSO inclination of V7', () => {
    expect(ex.total).toBe(81);
    expect(ex.closedForm.count).toBe(81);
    expect(ex.closedForm.rates.length).toBe(3);
    const sh = ex.shells[0];
    expect(sh.kind).toBe('cluster');
    expect(sh.propagator).toBe('closed-form');
    expect(sh.spacingM).toBe(100);
    expect(sh.node.computeTops).toBe(744);
    expect(Math.abs((sh.inclinationDeg as number) - 97.99)).toBeLessThan(0.01); // V7, 650 km
  });

  it('at the epoch every pair is at least 0.9 × spacing apart and no member is over 1.1 km from the reference', () => {
    const p = positionsM(ex, 0, n, ex.epochMs);
    const d = pairDistances(p, n);
    expect(Math.min(...d)).toBeGreaterThanOrEqual(90);
    // Member 0 is the lattice centre, on the reference orbit.
    const fromRef = d.slice(0, n - 1);
    expect(Math.max(...fromRef)).toBeLessThanOrEqual(1100);
    expect(Math.max(...fromRef)).toBeGreaterThan(900); // the lattice does reach ~1 km (j = ±5 at 200 m)
  });

  it('stays bounded over a day: no pair exceeds 3× its epoch distance, no secular growth', () => {
    const d0 = pairDistances(positionsM(ex, 0, n, ex.epochMs), n);
    const maxD = new Float64Array(d0.length);
    const firstHour = new Float64Array(d0.length);
    const lastHour = new Float64Array(d0.length);
    const stepMin = 10;
    for (let m = 0; m <= 24 * 60; m += stepMin) {
      const d = pairDistances(positionsM(ex, 0, n, ex.epochMs + m * 60000), n);
      for (let k = 0; k < d.length; k++) {
        if (d[k] > maxD[k]) maxD[k] = d[k];
        if (m < 60) firstHour[k] += d[k] / 6;
        if (m > 23 * 60) lastHour[k] += d[k] / 6;
      }
    }
    let worstRatio = 0;
    let worstGrowth = 0;
    for (let k = 0; k < d0.length; k++) {
      worstRatio = Math.max(worstRatio, maxD[k] / d0[k]);
      worstGrowth = Math.max(worstGrowth, Math.abs(lastHour[k] - firstHour[k]) / d0[k]);
    }
    expect(worstRatio).toBeLessThanOrEqual(3);
    // The formation turns rigidly; only the slow J2 apsidal rotation (~3°/day) shears it a little.
    expect(worstGrowth).toBeLessThan(0.1);
  });

  it('a quarter orbit later the lattice has turned: the neighbours are still ≥ 0.9 × spacing apart', () => {
    const p = positionsM(ex, 0, n, ex.epochMs + 24.4 * 60000);
    expect(Math.min(...pairDistances(p, n))).toBeGreaterThanOrEqual(90);
  });

  it('names members like a one-plane shell and finds them again', () => {
    const id = satelliteIdentity(ex.shells, 40);
    expect(id.id).toBe('S1-P1-41');
    expect(findSatellite(ex.shells, id.id)).toBe(40);
  });
});

describe('cluster shells: options and errors', () => {
  it('flies around a non-sun-synchronous orbit given inclinationDeg and raanDeg', () => {
    const ex = expand({
      version: 1,
      name: 'c',
      epoch: EPOCH,
      shells: [
        { kind: 'cluster', altitudeKm: 550, inclinationDeg: 53, raanDeg: 40, count: 20, spacingM: 200 },
      ],
    });
    expect(ex.total).toBe(20);
    expect(ex.shells[0].inclinationDeg).toBeCloseTo(53, 6);
    const p = positionsM(ex, 0, 20, ex.epochMs);
    expect(Math.min(...pairDistances(p, 20))).toBeGreaterThanOrEqual(180);
  });

  it('defaults to a dawn-dusk reference orbit', () => {
    const r = parseScenario({
      version: 1,
      name: 'c',
      epoch: EPOCH,
      shells: [{ kind: 'cluster', altitudeKm: 650, count: 5, spacingM: 100 }],
    });
    expect(r.ok && r.scenario.shells[0].kind === 'cluster' && r.scenario.shells[0].ltanHours).toBe(6);
  });

  it('reports conflicting or impossible reference orbits and formations too large for the linear model', () => {
    const issues = issuesOf({
      version: 1,
      name: 'c',
      shells: [
        { kind: 'cluster', altitudeKm: 650, ltanHours: 6, inclinationDeg: 53, count: 5, spacingM: 100 },
        { kind: 'cluster', altitudeKm: 650, raanDeg: 10, count: 5, spacingM: 100 },
        { kind: 'cluster', altitudeKm: 7000, count: 5, spacingM: 100 },
        { kind: 'cluster', altitudeKm: 650, count: 10000, spacingM: 5000 },
        { kind: 'cluster', altitudeKm: 650, count: 0.5, spacingM: -1 },
        { kind: 'cluster', altitudeKm: 650, count: 10001, spacingM: 100 },
      ],
    });
    expect(issues).toEqual([
      'shells[0].inclinationDeg: give ltanHours (a sun-synchronous reference orbit) or inclinationDeg, not both',
      'shells[1].raanDeg: needs inclinationDeg (a sun-synchronous reference orbit takes its node from ltanHours)',
      'shells[2].altitudeKm: no sun-synchronous orbit exists at 7000 km (the limit is about 5900 km); give inclinationDeg for a non-sun-synchronous reference orbit',
      'shells[3].spacingM: puts the farthest member 570.0 km from the reference orbit; at most 100 km is allowed (members are placed with the linear Hill model)',
      'shells[4].count: must be between 1 and 10000, got 0.5',
      'shells[4].spacingM: must be between 1 and 100000 m, got -1',
      'shells[5].count: must be between 1 and 10000, got 10001',
    ]);
  });
});
