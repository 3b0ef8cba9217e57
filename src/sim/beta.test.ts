import { describe, expect, it } from 'vitest';
import { sunPos } from 'satellite.js';
import {
  betaAngleRad,
  betaOverYear,
  eclipseDurationCylindricalMin,
  eclipseFractionCylindrical,
  noEclipseBetaRad,
} from './beta';
import { DEG, EARTH_RADIUS_KM, MS_PER_DAY } from './constants';
import { sgp4SecularRates, ssoInclinationRad } from './orbit';
import { julianDate } from './time';

const R = EARTH_RADIUS_KM;

describe('beta angle and cylindrical eclipse (validation.md, cylindrical model)', () => {
  it('V3: no-eclipse beta at 400 / 650 km is 70.218° / 65.164°', () => {
    expect(Math.abs(noEclipseBetaRad(400) / DEG - 70.218)).toBeLessThan(0.001);
    expect(Math.abs(noEclipseBetaRad(650) / DEG - 65.164)).toBeLessThan(0.001);
    expect(eclipseFractionCylindrical(400, noEclipseBetaRad(400) + 1e-9)).toBe(0);
    expect(eclipseFractionCylindrical(400, noEclipseBetaRad(400) - 1e-3)).toBeGreaterThan(0);
    expect(eclipseFractionCylindrical(400, Math.PI / 2)).toBe(0);
  });
  it('V4: cylindrical eclipse at β = 0: 400 / 550 / 650 km is 36.108 / 35.611 / 35.380 min', () => {
    expect(Math.abs(eclipseDurationCylindricalMin(400, 0) - 36.108)).toBeLessThan(0.001);
    expect(Math.abs(eclipseDurationCylindricalMin(550, 0) - 35.611)).toBeLessThan(0.001);
    expect(Math.abs(eclipseDurationCylindricalMin(650, 0) - 35.38)).toBeLessThan(0.001);
  });
  it('V5: cylindrical eclipse 400 km β = 60° / 550 km β = 30° is 24.374 / 33.584 min', () => {
    expect(Math.abs(eclipseDurationCylindricalMin(400, 60 * DEG) - 24.374)).toBeLessThan(0.001);
    expect(Math.abs(eclipseDurationCylindricalMin(550, 30 * DEG) - 33.584)).toBeLessThan(0.001);
    // symmetric in β
    expect(eclipseDurationCylindricalMin(550, -30 * DEG)).toBeCloseTo(
      eclipseDurationCylindricalMin(550, 30 * DEG),
      12,
    );
  });
  it('beta angle: Sun in the orbit plane → 0, along the normal → ±90°', () => {
    // equatorial orbit: normal +z
    expect(betaAngleRad(0, 0, 1, 0, 0)).toBeCloseTo(0, 12);
    expect(betaAngleRad(0, 0, 0, 0, 5)).toBeCloseTo(Math.PI / 2, 12);
    // polar orbit with node on +x: normal is −y
    expect(betaAngleRad(0, Math.PI / 2, 0, -3, 0)).toBeCloseTo(Math.PI / 2, 12);
    expect(betaAngleRad(0, Math.PI / 2, 1, 0, 1)).toBeCloseTo(0, 12);
  });
});

describe('V8: dawn-dusk SSO at 650 km, LTAN 06:00 (β from satellite.js sunPos, cylindrical shadow)', () => {
  const aKm = R + 650;
  const inc = ssoInclinationRad(aKm);
  const rates = sgp4SecularRates(aKm, 0, inc);
  const startMs = Date.UTC(2025, 5, 21); // June solstice: December in the middle of the year
  // LTAN 06:00: the ascending node is 6 h of right ascension west of the Sun.
  const raan0 = sunPos(julianDate(startMs) as never).rtasc - Math.PI / 2;
  const series = betaOverYear(
    {
      altitudeKm: 650,
      inclinationRad: inc,
      raanRad: raan0,
      raanDotRadS: rates.raanDotRadS,
      epochMs: startMs,
    },
    startMs,
    365,
    1,
  );

  it('eclipses only in one season of 70–100 days centred within ±15 days of the December solstice; longest ≈ 19.7 min', () => {
    const days: number[] = [];
    let longest = 0;
    let longestDay = -1;
    for (let k = 0; k < series.tMs.length; k++) {
      if (series.eclipseMin[k] > 0) days.push(k);
      if (series.eclipseMin[k] > longest) {
        longest = series.eclipseMin[k];
        longestDay = k;
      }
    }
    // one contiguous season
    expect(days.length).toBeGreaterThan(0);
    expect(days[days.length - 1] - days[0] + 1).toBe(days.length);
    const seasonDays = days.length;
    const centreMs = startMs + ((days[0] + days[days.length - 1]) / 2) * MS_PER_DAY;
    const offsetDays = (centreMs - Date.UTC(2025, 11, 21)) / MS_PER_DAY;
    console.log(
      `V8: season ${seasonDays} days (${new Date(startMs + days[0] * MS_PER_DAY).toISOString().slice(0, 10)} … ` +
        `${new Date(startMs + days[days.length - 1] * MS_PER_DAY).toISOString().slice(0, 10)}), centre ${offsetDays.toFixed(1)} d from Dec 21, ` +
        `longest ${longest.toFixed(2)} min on ${new Date(startMs + longestDay * MS_PER_DAY).toISOString().slice(0, 10)}, ` +
        `min |β| ${(Math.min(...Array.from(series.betaRad, Math.abs)) / DEG).toFixed(2)}°`,
    );
    expect(seasonDays).toBeGreaterThanOrEqual(70);
    expect(seasonDays).toBeLessThanOrEqual(100);
    expect(Math.abs(offsetDays)).toBeLessThanOrEqual(15);
    expect(Math.abs(longest - 19.7)).toBeLessThan(1);
    // the rest of the year |β| stays above the no-eclipse angle
    for (let k = 0; k < series.tMs.length; k++) {
      if (series.eclipseMin[k] === 0)
        expect(Math.abs(series.betaRad[k])).toBeGreaterThanOrEqual(noEclipseBetaRad(650) - 1e-12);
    }
  });

  it('eclipses happen while the Sun is below about −16.9° declination', () => {
    for (let k = 0; k < series.tMs.length; k++) {
      const decl = sunPos(julianDate(series.tMs[k]) as never).decl / DEG;
      if (series.eclipseMin[k] > 0) expect(decl).toBeLessThan(-16);
      if (decl < -17.8) expect(series.eclipseMin[k]).toBeGreaterThan(0);
    }
  });
});
