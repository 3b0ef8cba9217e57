import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../scenario/builtins';
import { nodeSeriesCsv, slug, stateCsv, wrap } from './exportFiles';

describe('export files', () => {
  it('wraps a caption into lines no wider than asked (one character = one unit here)', () => {
    const lines = wrap('one two three four five six', 9, (t) => t.length);
    expect(lines).toEqual(['one two', 'three', 'four five', 'six']);
    expect(lines.every((l) => l.length <= 9)).toBe(true);
    expect(wrap('averyveryverylongword x', 5, (t) => t.length)).toEqual(['averyveryverylongword', 'x']);
  });

  it('wraps Chinese, which has no spaces, between characters but not before closing punctuation', () => {
    const len = (t: string) => [...t].length;
    expect(wrap('一二三四五六七', 3, len)).toEqual(['一二三', '四五六', '七']);
    // "。" stays with the character before it; "（" with the one after it.
    expect(wrap('一二。三（四）', 2, len)).toEqual(['一', '二。', '三', '（四）']);
    // Mixed text: Latin words keep their spaces and stay whole.
    expect(wrap('蓄电池 20 kWh，假设', 6, len)).toEqual(['蓄电池 20', 'kWh，假设']);
    expect(wrap('12 颗计算卫星于 2025 年发射', 9, len).join('|')).toBe('12 颗计算卫星于|2025 年发射');
  });

  it('file names keep letters, digits, dots and dashes', () => {
    expect(slug('Project Suncatcher (81-satellite cluster)')).toBe('Project-Suncatcher-81-satellite-cluster');
    expect(slug('北京')).toBe('view');
  });

  it('the node CSV has the command line header and one row per step; the state CSV one row per node', () => {
    const sc = BUILTIN_SCENARIOS['suncatcher'].build();
    const epoch = Date.parse('2026-03-20T00:00:00Z');
    const csv = nodeSeriesCsv(sc, epoch, 3, epoch, 0.5, 300);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'time_utc,node_id,lat_deg,lon_deg,alt_km,shadow_fraction,power_gen_w,power_load_w,battery_wh,temp_k,compute_available',
    );
    expect(lines.length).toBe(1 + 7);
    expect(lines[1]).toMatch(/^2026-03-20T00:00:00Z,S1-P1-04,/);
    const st = stateCsv(sc, epoch, epoch);
    expect(st.stride).toBe(1);
    expect(st.csv.trimEnd().split('\n').length).toBe(1 + 81);
    expect(() => nodeSeriesCsv(sc, epoch, 81, epoch, 1, 60)).toThrow(/not in this scenario/);
  });
});
