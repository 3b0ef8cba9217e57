import { describe, expect, it } from 'vitest';
import { pickEarthLatLon, rayUnitSphere, worldToLatLon } from './earthPick';
import { groundStationEci } from '../sim/routing';
import { EARTH_RADIUS_KM } from '../sim/constants';

const DEG = Math.PI / 180;

describe('pickEarthLatLon', () => {
  it('a ray along −x from world +x hits ECI +x: longitude −GMST on the equator', () => {
    const hit = pickEarthLatLon({ x: 5, y: 0, z: 0 }, { x: -1, y: 0, z: 0 }, 90 * DEG);
    expect(hit).not.toBeNull();
    expect(hit!.latDeg).toBeCloseTo(0, 9);
    expect(hit!.lonDeg).toBeCloseTo(-90, 9);
  });

  it('world +y is the north pole; world −z is ECI +y (longitude 90° − GMST)', () => {
    expect(pickEarthLatLon({ x: 0, y: 3, z: 0 }, { x: 0, y: -2, z: 0 }, 1.3)!.latDeg).toBeCloseTo(90, 9);
    const h = pickEarthLatLon({ x: 0, y: 0, z: -4 }, { x: 0, y: 0, z: 1 }, 30 * DEG)!;
    expect(h.latDeg).toBeCloseTo(0, 9);
    expect(h.lonDeg).toBeCloseTo(60, 9);
  });

  it('recovers a station placed with src/sim/routing.ts groundStationEci at a known GMST', () => {
    const gmst = 4.1;
    for (const [lat, lon] of [
      [51.5, -0.12],
      [-33.9, 151.2],
      [35.7, 139.7],
      [0, 179.5],
    ]) {
      const e = groundStationEci(lat, lon, gmst);
      // ECI → world: (x, z, −y); shoot from three radii out, straight down.
      const p = { x: e[0] / EARTH_RADIUS_KM, y: e[2] / EARTH_RADIUS_KM, z: -e[1] / EARTH_RADIUS_KM };
      const hit = pickEarthLatLon(
        { x: 3 * p.x, y: 3 * p.y, z: 3 * p.z },
        { x: -p.x, y: -p.y, z: -p.z },
        gmst,
      )!;
      expect(hit.latDeg).toBeCloseTo(lat, 9);
      expect(hit.lonDeg).toBeCloseTo(lon, 9);
    }
  });

  it('takes the near side of the sphere and misses when the ray passes by', () => {
    // From world +z towards −z: hits z = +1 first (ECI y = −1: longitude −90° at GMST 0).
    expect(pickEarthLatLon({ x: 0, y: 0, z: 10 }, { x: 0, y: 0, z: -1 }, 0)!.lonDeg).toBeCloseTo(-90, 9);
    expect(pickEarthLatLon({ x: 0, y: 1.5, z: 10 }, { x: 0, y: 0, z: -1 }, 0)).toBeNull();
    expect(rayUnitSphere({ x: 0, y: 0, z: 10 }, { x: 0, y: 0, z: 1 })).toBeNull();
  });

  it('wraps longitude into [−180, 180)', () => {
    expect(worldToLatLon({ x: -1, y: 0, z: 0 }, 0).lonDeg).toBeCloseTo(-180, 9);
    expect(worldToLatLon({ x: 1, y: 0, z: 0 }, -3 * Math.PI).lonDeg).toBeCloseTo(-180, 9);
  });
});
