import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../i18n/i18n';
import { BURDEN_FIELDS, burdenReport, type BurdenEnergy, type BurdenKey } from '../../../sim/burden';
import {
  choosePreset,
  fmtEnergyMwh,
  fmtShare,
  fmtSig,
  fmtTonnes,
  fmtYears,
  ownValues,
  paysBack,
  setBurdenValue,
  tornadoSummary,
  verdictSentences,
  withBurden,
} from './burdenText';

const energy: BurdenEnergy = {
  nodes: 81,
  itPowerW: 810_000,
  meanComputeLoadW: 10_000,
  itEnergyMwhPerYear: 7100.5,
  meanComputeAvailable: 1,
  sampledNodes: 48,
  sampledDays: 12,
  windowHours: 24,
  warmupHours: 3.3,
  stepS: 60,
  yearStartMs: 0,
  shells: [],
};

describe('burden edits', () => {
  it('replace only the burden object; an empty one removes the key; other keys are shared', () => {
    const shells = [{ kind: 'sso' }];
    const s = { version: 1, shells, burden: { pue: 1.2 } };
    const a = withBurden(s, setBurdenValue({ pue: 1.2 }, 'gridKgCo2ePerKwh', 0.1));
    expect(a).toEqual({ version: 1, shells, burden: { pue: 1.2, gridKgCo2ePerKwh: 0.1 } });
    expect(a.shells).toBe(shells);
    expect('burden' in withBurden(s, setBurdenValue({ pue: 1.2 }, 'pue', undefined))).toBe(false);
    expect(s.burden).toEqual({ pue: 1.2 });
    expect(choosePreset('critics')).toEqual({ preset: 'critics' });
    expect(choosePreset(null)).toEqual({});
    expect(ownValues({ preset: 'critics', pue: 1.1, lifetimeYears: 3 })).toBe(2);
  });
});

describe('burden words and numbers', () => {
  it('formats with units and significant figures', () => {
    expect(fmtSig(1020.61)).toBe('1,020');
    expect(fmtSig(0.19177)).toBe('0.192');
    expect(fmtTonnes(13_097.7)).toBe('13.1 kt');
    expect(fmtTonnes(2.5e6)).toBe('2.5 Mt');
    expect(fmtEnergyMwh(85_654_626)).toBe('85.7 TWh');
    expect(fmtShare(0.2064)).toBe('21 %');
    expect(fmtYears(null)).toBe('never');
    expect(fmtYears(0.05)).toBe('18.3 days');
  });
  it('the verdict follows the payback against the lifetime', () => {
    const good = burdenReport({}, energy); // defaults: 0.19 years against 5
    expect(paysBack(good)).toBe(true);
    expect(verdictSentences(good)[2]).toMatch(/pays back .* after 70 days, within its 5-year life/);
    const bad = burdenReport({ preset: 'critics', gridKgCo2ePerKwh: 0.05 }, energy);
    expect(paysBack(bad)).toBe(false);
    expect(verdictSentences(bad)[2]).toMatch(/^Orbit never pays back: the ground would need 3[0-9.]+ years/);
    expect(verdictSentences(burdenReport({ gridKgCo2ePerKwh: 0 }, energy))[2]).toMatch(/never catches up/);
    expect(verdictSentences(burdenReport({}, { ...energy, itEnergyMwhPerYear: 0 }))).toHaveLength(1);
  });
});

describe('burden in words for screen readers and in Chinese', () => {
  afterEach(async () => {
    await loadLanguage('en');
  });
  const units = Object.fromEntries(BURDEN_FIELDS.map((f) => [f.key, f.unit])) as Record<BurdenKey, string>;
  const bars = [
    { key: 'gridKgCo2ePerKwh' as const, low: 0.056, high: 0.582, atLow: Infinity, atHigh: 0.4 },
    { key: 'lifetimeYears' as const, low: 5, high: 10, atLow: 0.8, atHigh: 0.4 },
  ];

  it('sums the tornado up: now, then each bar widest first with its range and payback', () => {
    expect(tornadoSummary(bars, 0.5, units)).toBe(
      'Now the payback takes 0.5× of the lifetime (pays back). Widest first: ' +
        'Grid carbon from 0.056 to 0.582 kg CO2e/kWh: payback never to 0.4× of the lifetime. ' +
        'Lifetime from 5 to 10 years: payback 0.8× to 0.4× of the lifetime.',
    );
    expect(tornadoSummary([], 2, units)).toBe('Now the payback takes 2× of the lifetime (never pays back).');
  });

  it('speaks Chinese when Chinese is chosen, with plural-free counts', async () => {
    await loadLanguage('zh-CN');
    const good = burdenReport({}, energy);
    expect(verdictSentences(good)[0]).toMatch(/^制造并发射这 81 颗卫星/);
    expect(fmtYears(null)).toBe('永不');
    expect(tornadoSummary(bars, 0.5, units)).toMatch(/^当前回收期为寿命的 0.5×（可收回）。/);
    expect(tornadoSummary(bars, 0.5, units)).toContain('寿命 从 5 到 10 年');
  });
});
