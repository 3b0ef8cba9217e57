import { mulberry32 } from './random';
import { describe, expect, it } from 'vitest';
import { shadowFraction as satShadowFraction, sunPos } from 'satellite.js';
import { AstroTime, Body, GeoVector, MakeTime, RotateVector, Rotation_EQJ_EQD } from 'astronomy-engine';
import {
  discOverlapFraction,
  penumbraMargin,
  shadowFraction,
  shadowFractionCylindrical,
  umbraMargin,
} from './shadow';
import { AU_KM, EARTH_RADIUS_KM, SUN_RADIUS_KM } from './constants';
import { julianDate } from './time';
import { sunPositionEciKm } from './sun';

const R = EARTH_RADIUS_KM;
/** satellite.js's own constants in shadow.js (it uses R☉ = 695,700 km). */
const SATJS_KM_PER_AU = 149597870.69098932;
const SATJS_SUN_RADIUS_KM = 695700;

/** Deterministic PRNG so failures reproduce. */
const rng = mulberry32;

/** A random satellite position near the shadow boundary for the given Sun position. */
function nearBoundary(
  rand: () => number,
  sun: { x: number; y: number; z: number },
): [number, number, number] {
  const s = Math.hypot(sun.x, sun.y, sun.z);
  const ux = sun.x / s,
    uy = sun.y / s,
    uz = sun.z / s;
  // random unit vector perpendicular to the Sun direction
  let ex = rand() - 0.5,
    ey = rand() - 0.5,
    ez = rand() - 0.5;
  const d = ex * ux + ey * uy + ez * uz;
  ex -= d * ux;
  ey -= d * uy;
  ez -= d * uz;
  const el = Math.hypot(ex, ey, ez);
  ex /= el;
  ey /= el;
  ez /= el;
  const alt = rand() < 0.8 ? 200 + rand() * 2000 : 2000 + rand() * 40000;
  const r = R + alt;
  // angle from the anti-Sun axis; the shadow edge is near asin(R/r)
  const edge = Math.asin(R / r);
  const phi = rand() < 0.7 ? edge + (rand() - 0.5) * 0.03 : rand() * Math.PI;
  const c = Math.cos(phi),
    sn = Math.sin(phi);
  return [r * (-c * ux + sn * ex), r * (-c * uy + sn * ey), r * (-c * uz + sn * ez)];
}

describe('shadowFraction (conical, Montenbruck & Gill §3.4.2)', () => {
  it('agrees with satellite.js shadowFraction within 1e-3 on 20,000 random geometries, same geometry', () => {
    // satellite.js measures the Sun from the Earth's centre (no parallax) and uses R☉ = 695,700 km
    // and WGS-72's R⊕ = 6378.135 km. Give it the Sun as seen from the satellite, scaled so its
    // apparent radius is ours: then both evaluate the same disc-overlap geometry (up to the 2 m
    // Earth radius difference, measured ≈ 2e-4) and must agree.
    const rand = rng(1);
    let maxDiff = 0;
    let partial = 0;
    for (let k = 0; k < 20000; k++) {
      const ms = Date.UTC(2000, 0, 1) + rand() * 36 * 365.25 * 86400000;
      const sun = sunPositionEciKm(ms);
      const [x, y, z] = nearBoundary(rand, sun);
      const ours = shadowFraction(x, y, z, sun.x, sun.y, sun.z);
      const dx = sun.x - x,
        dy = sun.y - y,
        dz = sun.z - z;
      const scale = SATJS_SUN_RADIUS_KM / SUN_RADIUS_KM / SATJS_KM_PER_AU;
      const theirs = satShadowFraction(
        { x: dx * scale, y: dy * scale, z: dz * scale } as never,
        { x, y, z } as never,
      );
      expect(Number.isFinite(ours)).toBe(true);
      if (!Number.isFinite(theirs)) continue; // satellite.js can NaN right at a boundary
      maxDiff = Math.max(maxDiff, Math.abs(ours - theirs));
      if (ours > 0 && ours < 1) partial++;
    }
    console.log(
      `shadow vs satellite.js (same geometry): max |Δ| = ${maxDiff.toExponential(2)}, ${partial} penumbra samples`,
    );
    expect(partial).toBeGreaterThan(500);
    expect(maxDiff).toBeLessThan(1e-3);
  });

  it('against satellite.js as it is called (sunPos(jd).rsun, geocentric Sun): differs only by parallax, < 0.02', () => {
    // The Sun's parallax from a LEO satellite (|r| / 1 AU ≈ 4.6e-5 rad) moves the disc centre by
    // ~1 % of its radius; the fraction changes at up to ~4/(π a) per radian: ≲ 0.015.
    const rand = rng(2);
    let maxDiff = 0;
    for (let k = 0; k < 20000; k++) {
      const ms = Date.UTC(2000, 0, 1) + rand() * 36 * 365.25 * 86400000;
      const rsun = sunPos(julianDate(ms) as never).rsun;
      const sun = { x: rsun.x * AU_KM, y: rsun.y * AU_KM, z: rsun.z * AU_KM };
      const [x, y, z] = nearBoundary(rand, sun);
      if (Math.hypot(x, y, z) > R + 2000) continue;
      const ours = shadowFraction(x, y, z, sun.x, sun.y, sun.z);
      const theirs = satShadowFraction(rsun, { x, y, z } as never);
      if (!Number.isFinite(theirs)) continue;
      maxDiff = Math.max(maxDiff, Math.abs(ours - theirs));
    }
    console.log(`shadow vs satellite.js (its geocentric Sun, LEO): max |Δ| = ${maxDiff.toExponential(2)}`);
    expect(maxDiff).toBeLessThan(0.02);
  });

  const SUN = { x: AU_KM, y: 0, z: 0 };
  const at = (phi: number, r = R + 400): [number, number, number] => [
    -r * Math.cos(phi),
    r * Math.sin(phi),
    0,
  ];

  it('deep umbra = 1, sunward = 0, behind Earth but far off axis = 0', () => {
    expect(shadowFraction(-(R + 400), 0, 0, SUN.x, SUN.y, SUN.z)).toBe(1);
    expect(shadowFraction(R + 400, 0, 0, SUN.x, SUN.y, SUN.z)).toBe(0);
    expect(shadowFraction(0, R + 400, 0, SUN.x, SUN.y, SUN.z)).toBe(0);
    expect(shadowFraction(-(R + 400), 0, R + 400, SUN.x, SUN.y, SUN.z)).toBe(0);
  });

  it('is monotone across the shadow boundary and hits 0 / 1 exactly at the cone margins', () => {
    let prev = 1;
    let sawPartial = 0;
    for (let phi = 1.15; phi <= 1.3; phi += 1e-5) {
      const [x, y, z] = at(phi);
      const f = shadowFraction(x, y, z, SUN.x, SUN.y, SUN.z);
      expect(f).toBeLessThanOrEqual(prev + 1e-12);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThanOrEqual(1);
      const pm = penumbraMargin(x, y, z, SUN.x, SUN.y, SUN.z);
      const um = umbraMargin(x, y, z, SUN.x, SUN.y, SUN.z);
      if (pm >= 0) expect(f).toBe(0);
      if (um <= 0) expect(f).toBe(1);
      if (f > 0 && f < 1) {
        sawPartial++;
        expect(pm).toBeLessThan(0);
        expect(um).toBeGreaterThan(0);
      }
      prev = f;
    }
    // the penumbra is ~2a ≈ 0.0093 rad of arc seen from Earth's centre, scaled by the geometry
    expect(sawPartial).toBeGreaterThan(100);
  });

  it('never returns NaN at or near the boundaries, or for degenerate inputs', () => {
    const rand = rng(3);
    for (let k = 0; k < 5000; k++) {
      const r = R * (0.5 + rand() * 1000);
      const phi = rand() * Math.PI;
      const [x, y, z] = at(phi, r);
      const f = shadowFraction(x, y, z, SUN.x, SUN.y, SUN.z);
      expect(Number.isNaN(f)).toBe(false);
    }
    expect(shadowFraction(0, 0, 0, SUN.x, SUN.y, SUN.z)).toBe(1);
    // beyond the umbra's tip (~1.38 million km), annular: (b/a)² < 1
    const f = shadowFraction(-3e6, 0, 0, SUN.x, SUN.y, SUN.z);
    const a = Math.asin(SUN_RADIUS_KM / (AU_KM + 3e6)),
      b = Math.asin(R / 3e6);
    expect(f).toBeCloseTo((b * b) / (a * a), 12);
    // the overlap formula at its exact boundaries
    expect(discOverlapFraction(0.25, 0.5, 0.75)).toBe(0);
    expect(discOverlapFraction(0.25, 0.5, 0.25)).toBe(1);
    expect(discOverlapFraction(0.25, 0.5, 0.75 - 1e-15)).toBeGreaterThanOrEqual(0);
    expect(discOverlapFraction(0.25, 0.5, 0.25 + 1e-15)).toBeLessThanOrEqual(1);
    expect(discOverlapFraction(0.25, 0.5, 0.75 - 1e-15)).toBeLessThan(1e-6);
    expect(discOverlapFraction(0.25, 0.5, 0.25 + 1e-15)).toBeGreaterThan(1 - 1e-6);
    // two equal discs half overlapping
    expect(discOverlapFraction(1, 1, 1)).toBeCloseTo(((2 * Math.PI) / 3 - Math.sqrt(3) / 2) / Math.PI, 12);
  });

  it('cylindrical shadow bounds the conical umbra', () => {
    // At 400 km the umbra edge lies inside the cylinder, the penumbra edge outside it.
    let cylEdge = 0,
      umbraEdge = 0,
      penEdge = 0;
    for (let phi = 1.1; phi <= 1.35; phi += 2e-6) {
      const [x, y, z] = at(phi);
      if (shadowFractionCylindrical(x, y, z, SUN.x, SUN.y, SUN.z) === 1) cylEdge = phi;
      if (umbraMargin(x, y, z, SUN.x, SUN.y, SUN.z) < 0) umbraEdge = phi;
      if (penumbraMargin(x, y, z, SUN.x, SUN.y, SUN.z) < 0) penEdge = phi;
    }
    expect(umbraEdge).toBeLessThan(cylEdge);
    expect(penEdge).toBeGreaterThan(cylEdge);
  });
});

describe('Sun direction: satellite.js sunPos vs astronomy-engine', () => {
  it('agrees within 0.02° in the true equator and equinox of date, 2000–2035', () => {
    let maxOfDate = 0;
    let maxJ2000 = 0;
    for (let k = 0; k <= 420; k++) {
      const ms = Date.UTC(2000, 0, 1) + k * 30.4375 * 86400000 + (k % 24) * 3600000;
      const s = sunPositionEciKm(ms);
      const sl = Math.hypot(s.x, s.y, s.z);
      const time: AstroTime = MakeTime(new Date(ms));
      const eqj = GeoVector(Body.Sun, time, true);
      const eqd = RotateVector(Rotation_EQJ_EQD(time), eqj);
      const angle = (v: { x: number; y: number; z: number }) => {
        const vl = Math.hypot(v.x, v.y, v.z);
        const c = (v.x * s.x + v.y * s.y + v.z * s.z) / (vl * sl);
        return (Math.acos(Math.min(1, c)) * 180) / Math.PI;
      };
      maxOfDate = Math.max(maxOfDate, angle(eqd));
      maxJ2000 = Math.max(maxJ2000, angle(eqj));
      // distance agrees too (AU)
      expect(Math.abs(sl / AU_KM - Math.hypot(eqj.x, eqj.y, eqj.z))).toBeLessThan(1e-4);
    }
    console.log(
      `Sun direction vs astronomy-engine: max ${maxOfDate.toFixed(4)}° (of date), ${maxJ2000.toFixed(4)}° (vs J2000, precession)`,
    );
    expect(maxOfDate).toBeLessThan(0.02);
  });
});
