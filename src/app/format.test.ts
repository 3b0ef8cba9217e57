import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { fmtCount, fmtDeg, fmtKm, fmtLat, fmtLon, fmtUtc, fmtWarp } from './format';

const T = Date.UTC(2025, 5, 1, 12, 34, 56);

describe('format', () => {
  afterEach(() => loadLanguage('en'));

  it('writes English as the tests and docs show it', () => {
    expect(fmtCount(1584)).toBe('1,584');
    expect(fmtKm(12345.678)).toBe('12,345.7 km');
    expect(fmtDeg(53)).toBe('53.00°');
    expect(fmtLat(-12)).toBe('12.00° S');
    expect(fmtLon(116.4)).toBe('116.40° E');
    expect(fmtUtc(T)).toBe('2025-06-01 12:34:56 UTC');
    expect(fmtWarp(-600)).toBe('−600×');
  });

  it('follows the language in use, still in UTC, 24-hour', async () => {
    await loadLanguage('zh-CN');
    expect(fmtLat(39.9)).toBe('北纬 39.90°');
    expect(fmtLon(-75)).toBe('西经 75.00°');
    expect(fmtCount(1000000)).toBe('1,000,000');
    // 23:05 UTC is 07:05 the next day in Beijing: the text must still say the UTC day and hour.
    expect(fmtUtc(Date.UTC(2025, 5, 1, 23, 5, 0))).toBe('2025/06/01 23:05:00 UTC');
  });
});
