import { afterEach, describe, expect, it } from 'vitest';
import { SERIES_FIELDS, type SeriesField } from '../../../sim/nodeSeries';
import { LIMITED_BATTERY, LIMITED_NONE, LIMITED_TEMPERATURE } from '../../../sim/budget';
import { loadLanguage } from '../../../i18n/i18n';
import type { SeriesLike } from './seriesAt';
import { countEclipses, powerStats, shedIntervals, tempStats, yearStats } from './chartSummary';
import { fmtDuration, powerSummaryText, tempSummaryText, yearSummaryText } from './chartSummaryText';

const START = 1_000_000;
const STEP_S = 60;
const at = (k: number) => START + k * STEP_S * 1000;

function series(values: Partial<Record<SeriesField, number[]>>): SeriesLike {
  const count = Math.max(...Object.values(values).map((v) => v.length));
  const fields = Object.fromEntries(
    SERIES_FIELDS.map((f) => [f, Float32Array.from(values[f] ?? new Array(count).fill(0))]),
  ) as Record<SeriesField, Float32Array>;
  return { startMs: START, stepS: STEP_S, count, fields };
}

const B = LIMITED_BATTERY,
  N = LIMITED_NONE,
  T = LIMITED_TEMPERATURE;

describe('shedIntervals', () => {
  it('merges consecutive battery-shed steps and ends each at its last step’s end', () => {
    const s = series({
      limitedBy: [N, B, B, N, B, T],
      computeAvailable: [1, 0, 0.5, 1, 0.2, 0.4],
    });
    expect(shedIntervals(s, 700)).toEqual([
      { fromMs: at(1), toMs: at(3) },
      { fromMs: at(4), toMs: at(5) },
    ]);
  });
  it('ignores heat throttling, a battery limit that still runs everything, and nodes without compute', () => {
    const s = series({ limitedBy: [T, B, B], computeAvailable: [0.3, 1, 0] });
    expect(shedIntervals(s, 700)).toEqual([{ fromMs: at(2), toMs: at(3) }]);
    expect(shedIntervals(s, 0)).toEqual([]);
  });
  it('keeps an interval open to the end of the series', () => {
    const s = series({ limitedBy: [N, B, B], computeAvailable: [1, 0, 0] });
    expect(shedIntervals(s, 700)).toEqual([{ fromMs: at(1), toMs: at(3) }]);
  });
});

describe('countEclipses', () => {
  it('counts touching penumbra–umbra–penumbra bands as one eclipse', () => {
    const bands = [
      { fromMs: 0, toMs: 10, kind: 'penumbra' as const },
      { fromMs: 10, toMs: 50, kind: 'umbra' as const },
      { fromMs: 50, toMs: 60, kind: 'penumbra' as const },
      { fromMs: 100, toMs: 110, kind: 'penumbra' as const },
      { fromMs: 110, toMs: 150, kind: 'umbra' as const },
    ];
    expect(countEclipses(bands)).toBe(2);
    expect(countEclipses([])).toBe(0);
  });
});

describe('chart stats', () => {
  const s = series({
    soc: [1, 0.8, 0.6, 0.5, 0.5, 0.7],
    powerGenW: [600, 600, 0, 0, 600, 600],
    loadW: [800, 800, 100, 100, 800, 800],
    tempK: [300, 330, 340, 335, 320, 310],
    limitedBy: [N, N, B, B, N, N],
    computeAvailable: [1, 1, 0, 0, 1, 1],
  });
  it('reduces the power chart to its ranges, eclipses and shed time', () => {
    const shed = shedIntervals(s, 700);
    const p = powerStats(s, [{ fromMs: at(2), toMs: at(4), kind: 'umbra' }], shed);
    expect(p).toMatchObject({ socMin: 0.5, socMax: 1, genMaxW: 600, loadMinW: 100, loadMaxW: 800 });
    expect(p.eclipses).toBe(1);
    expect(p.shedMs).toBe(2 * STEP_S * 1000);
    expect(p.shedCount).toBe(1);
    expect(p.spanMs).toBe(6 * STEP_S * 1000);
  });
  it('counts the time above the temperature limit', () => {
    const ts = tempStats(s, 333);
    expect(ts.minK).toBe(300);
    expect(ts.maxK).toBe(340);
    expect(ts.overMs).toBe(2 * STEP_S * 1000);
  });
  it('counts the eclipse-free days of the year', () => {
    const y = yearStats({
      tMs: Float64Array.from([0, 1, 2, 3]),
      betaDeg: Float32Array.from([-20, 10, 70, 75]),
      eclipseMin: Float32Array.from([30, 25, 0, 0]),
    });
    expect(y).toEqual({
      betaMinDeg: -20,
      betaMaxDeg: 75,
      eclipseMinMin: 0,
      eclipseMaxMin: 30,
      eclipseFreeDays: 2,
    });
  });
});

describe('summary sentences', () => {
  afterEach(() => loadLanguage('en'));
  const p = {
    spanMs: 6 * 3600_000,
    socMin: 0.5,
    socMax: 1,
    genMaxW: 612,
    loadMinW: 100,
    loadMaxW: 800,
    eclipses: 1,
    shedMs: 35 * 60_000,
    shedCount: 4,
  };
  it('says the ranges, one eclipse (singular) and the shed time', () => {
    const text = powerSummaryText(p);
    expect(text).toContain('6.0 h shown');
    expect(text).toContain('battery 50 %–100 %');
    expect(text).toContain('1 eclipse.');
    expect(text).toContain('Compute shed at the battery floor for 35 min in 4 intervals.');
  });
  it('says plainly when nothing was shed and there was no eclipse', () => {
    const text = powerSummaryText({ ...p, eclipses: 0, shedMs: 0, shedCount: 0 });
    expect(text).toContain('No eclipse.');
    expect(text).toContain('Compute never shed.');
    expect(powerSummaryText({ ...p, eclipses: 3 })).toContain('3 eclipses.');
  });
  it('writes durations in minutes, then hours', () => {
    expect(fmtDuration(90 * 60_000)).toBe('90 min');
    expect(fmtDuration(185 * 60_000)).toBe('3.1 h');
  });
  it('writes the temperature and year summaries', () => {
    expect(
      tempSummaryText({ spanMs: 3600_000, minK: 283.15, maxK: 343.15, limitK: 333.15, overMs: 600_000 }),
    ).toBe('Over the 60 min shown: temperature 10.0 °C to 70.0 °C, limit 60 °C. Above the limit for 10 min.');
    expect(
      yearSummaryText({
        betaMinDeg: -20,
        betaMaxDeg: 75,
        eclipseMinMin: 0,
        eclipseMaxMin: 30,
        eclipseFreeDays: 1,
      }),
    ).toContain('β angle −20° to 75°; eclipses 0.0 min to 30.0 min per orbit. No eclipse on 1 day.');
  });
  it('is Chinese, with no English words left, when Chinese is in use', async () => {
    await loadLanguage('zh-CN');
    const text = powerSummaryText(p);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text.replace(/\b(min|h|W|kW)\b/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
