import { describe, expect, it } from 'vitest';
import { eciToEcf, eciToGeodetic, type EciVec3, type GMSTime, type Kilometer } from 'satellite.js';
import { eciToEcefInPlace, eciToGeodeticKm } from './frames';
import { gmstRad } from './time';

const samples: [number, number, number][] = [
  [7022.46529266, -1400.08296755, 0.03995155],
  [-2500, 5800, 3100],
  [100, -42164, 12],
  [6778, 0, 0],
];

describe('eciToEcefInPlace', () => {
  it('agrees with satellite.js eciToEcf to 1e-9 km at several sidereal angles', () => {
    for (const gmst of [0, 0.3, 1.9, Math.PI, 4.4, gmstRad(Date.UTC(2025, 5, 1, 7))]) {
      for (const [x, y, z] of samples) {
        const v = new Float64Array([9, x, y, z]);
        eciToEcefInPlace(v, gmst, 1);
        const ref = eciToEcf({ x, y, z } as EciVec3<Kilometer>, gmst as GMSTime);
        expect(v[0]).toBe(9); // offset respected
        expect(Math.abs(v[1] - ref.x)).toBeLessThan(1e-9);
        expect(Math.abs(v[2] - ref.y)).toBeLessThan(1e-9);
        expect(Math.abs(v[3] - ref.z)).toBeLessThan(1e-9);
      }
    }
  });
  it('a point on the x axis at GMST 90° lies at longitude −90° (Earth turned east under it)', () => {
    const v = [7000, 0, 0];
    eciToEcefInPlace(v, Math.PI / 2);
    expect(v[0]).toBeCloseTo(0, 9);
    expect(v[1]).toBeCloseTo(-7000, 9);
    expect(v[2]).toBe(0);
  });
});

describe('eciToGeodeticKm', () => {
  it('matches satellite.js eciToGeodetic and puts an equatorial point at h = r − 6378.137 km', () => {
    const g = eciToGeodeticKm(6778.137, 0, 0, 0);
    expect(g.latRad).toBeCloseTo(0, 12);
    expect(g.lonRad).toBeCloseTo(0, 12);
    expect(g.heightKm).toBeCloseTo(400, 6);
    const [x, y, z] = samples[1];
    const ref = eciToGeodetic({ x, y, z } as EciVec3<Kilometer>, 1.2 as GMSTime);
    const ours = eciToGeodeticKm(x, y, z, 1.2);
    expect(ours.latRad).toBe(ref.latitude);
    expect(ours.lonRad).toBe(ref.longitude);
    expect(ours.heightKm).toBe(ref.height);
  });
});
