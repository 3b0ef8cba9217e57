import { describe, expect, it } from 'vitest';
import type { EclipseEvent } from '../../../sim/eclipse';
import { SERIES_FIELDS, type SeriesField } from '../../../sim/nodeSeries';
import { interpolateAt, seriesAt, seriesStepAt, type SeriesLike } from './seriesAt';
import { eclipseBands, eclipseStateAt, stateFromShadow } from './sunlight';
import {
  fmtEnergyWh,
  fmtOps,
  fmtOpsPair,
  fmtPct,
  fmtPowerW,
  fmtSignedPowerW,
  fmtTempC,
} from './budgetFormat';

function series(values: Partial<Record<SeriesField, number[]>>, startMs = 1_000_000, stepS = 30): SeriesLike {
  const count = Math.max(...Object.values(values).map((v) => v.length));
  const fields = Object.fromEntries(
    SERIES_FIELDS.map((f) => [f, Float32Array.from(values[f] ?? new Array(count).fill(0))]),
  ) as Record<SeriesField, Float32Array>;
  return { startMs, stepS, count, fields };
}

describe('interpolateAt', () => {
  it('interpolates linearly between samples and clamps at both ends', () => {
    const v = [0, 10, 30];
    expect(interpolateAt(v, 0, 1000, 500)).toBeCloseTo(5);
    expect(interpolateAt(v, 0, 1000, 1750)).toBeCloseTo(25);
    expect(interpolateAt(v, 0, 1000, 1000)).toBe(10);
    expect(interpolateAt(v, 0, 1000, -5000)).toBe(0);
    expect(interpolateAt(v, 0, 1000, 99_000)).toBe(30);
  });
  it('handles degenerate inputs', () => {
    expect(interpolateAt([], 0, 1000, 0)).toBeNaN();
    expect(interpolateAt([7], 0, 1000, 12345)).toBe(7);
    expect(interpolateAt([1, 2], 0, 1000, NaN)).toBeNaN();
  });
});

describe('seriesAt', () => {
  it('reads power fields at the step start and battery/temperature at the step end', () => {
    const s = series({ powerGenW: [0, 1000, 2000], tempK: [300, 310, 320] }, 0, 60);
    expect(seriesAt(s, 'powerGenW', 30_000)).toBeCloseTo(500);
    // tempK[k] holds at (k + 1) · step: 300 K at 60 s, 310 K at 120 s.
    expect(seriesAt(s, 'tempK', 60_000)).toBeCloseTo(300);
    expect(seriesAt(s, 'tempK', 90_000)).toBeCloseTo(305);
    expect(seriesAt(s, 'tempK', 0)).toBe(300); // clamped before the first sample
    expect(seriesAt(s, 'tempK', 1e9)).toBe(320);
  });
  it('uses only the first `count` samples', () => {
    const s = { ...series({ loadW: [1, 2, 3, 4] }, 0, 1), count: 2 };
    expect(seriesAt(s, 'loadW', 10_000)).toBe(2);
  });
  it('seriesStepAt holds the step value (no interpolation of codes)', () => {
    const s = series({ limitedBy: [0, 1, 2] }, 0, 60);
    expect(seriesStepAt(s, 'limitedBy', 59_000)).toBe(0);
    expect(seriesStepAt(s, 'limitedBy', 60_000)).toBe(1);
    expect(seriesStepAt(s, 'limitedBy', 1e9)).toBe(2);
    expect(seriesStepAt(s, 'limitedBy', -1e9)).toBe(0);
  });
});

const ev = (tMs: number, kind: EclipseEvent['kind']): EclipseEvent => ({ tMs, kind });
const ECLIPSE = [
  ev(100, 'penumbra_in'),
  ev(110, 'umbra_in'),
  ev(2000, 'umbra_out'),
  ev(2010, 'penumbra_out'),
];

describe('eclipseStateAt', () => {
  it('follows the events', () => {
    expect(eclipseStateAt(ECLIPSE, 50)?.state).toBe('sunlit');
    expect(eclipseStateAt(ECLIPSE, 100)?.state).toBe('penumbra');
    expect(eclipseStateAt(ECLIPSE, 105)).toEqual({ state: 'penumbra', hidden: 0.5 });
    expect(eclipseStateAt(ECLIPSE, 500)).toEqual({ state: 'umbra', hidden: 1 });
    expect(eclipseStateAt(ECLIPSE, 2002)?.hidden).toBeCloseTo(0.8);
    expect(eclipseStateAt(ECLIPSE, 3000)).toEqual({ state: 'sunlit', hidden: 0 });
  });
  it('infers the state before the first event (already in shadow at the window start)', () => {
    const e = [ev(2000, 'umbra_out'), ev(2010, 'penumbra_out')];
    expect(eclipseStateAt(e, 0)?.state).toBe('umbra');
    expect(eclipseStateAt([ev(10, 'penumbra_out')], 0)).toEqual({ state: 'penumbra', hidden: NaN });
  });
  it('returns null without events', () => {
    expect(eclipseStateAt([], 0)).toBeNull();
    expect(stateFromShadow(0)).toBe('sunlit');
    expect(stateFromShadow(0.4)).toBe('penumbra');
    expect(stateFromShadow(1)).toBe('umbra');
  });
});

describe('eclipseBands', () => {
  it('gives penumbra and umbra intervals clipped to the window', () => {
    expect(eclipseBands(ECLIPSE, 0, 5000)).toEqual([
      { fromMs: 100, toMs: 110, kind: 'penumbra' },
      { fromMs: 110, toMs: 2000, kind: 'umbra' },
      { fromMs: 2000, toMs: 2010, kind: 'penumbra' },
    ]);
    expect(eclipseBands(ECLIPSE, 500, 1000)).toEqual([{ fromMs: 500, toMs: 1000, kind: 'umbra' }]);
    expect(eclipseBands(ECLIPSE, 2005, 9000)).toEqual([{ fromMs: 2005, toMs: 2010, kind: 'penumbra' }]);
    expect(eclipseBands([], 0, 10)).toEqual([]);
    expect(eclipseBands([], 0, 10, 'umbra')).toEqual([{ fromMs: 0, toMs: 10, kind: 'umbra' }]);
  });
});

describe('formatting', () => {
  it('power, energy, temperature, percent', () => {
    expect(fmtPowerW(950)).toBe('950 W');
    expect(fmtPowerW(18_240)).toBe('18.2 kW');
    expect(fmtPowerW(3_400_000)).toBe('3.4 MW');
    expect(fmtPowerW(1.23e9)).toBe('1.2 GW');
    expect(fmtPowerW(-11_500)).toBe('−11.5 kW');
    expect(fmtSignedPowerW(6_700)).toBe('+6.7 kW');
    expect(fmtSignedPowerW(-11_500)).toBe('−11.5 kW');
    expect(fmtEnergyWh(14_300)).toBe('14.3 kWh');
    expect(fmtTempC(296.55)).toBe('23.4 °C');
    expect(fmtTempC(263.15)).toBe('−10.0 °C');
    expect(fmtPct(0.61)).toBe('61 %');
  });
  it('compute in TOPS below 1,000 TOPS and POPS above', () => {
    expect(fmtOps(744)).toBe('744 TOPS');
    expect(fmtOps(8928)).toBe('8.9 POPS');
    expect(fmtOpsPair(3100, 5200)).toBe('3.1 / 5.2 POPS');
    expect(fmtOpsPair(500, 744)).toBe('500 / 744 TOPS');
    expect(fmtOpsPair(1_166_000, 1_187_424)).toBe('1,166 / 1,187 POPS');
  });
});
