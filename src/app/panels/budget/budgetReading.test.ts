import { afterEach, describe, expect, it } from 'vitest';
import { LIMITED_BATTERY, LIMITED_NONE, LIMITED_TEMPERATURE } from '../../../sim/budget';
import { NODE_PARAM_DEFAULTS } from '../../../sim/nodeParams';
import { loadLanguage } from '../../../i18n/i18n';
import { computeNote, computeNoteText, hasCompute, sunlightText, undersizedPower } from './budgetReading';

/** Starcloud-1's node (src/scenario/builtins.ts): 612 W of panels for 100 W bus + 700 W compute. */
const STARCLOUD = {
  ...NODE_PARAM_DEFAULTS,
  panelAreaM2: 1.5,
  cellEfficiency: 0.3,
  batteryWh: 1000,
  depthOfDischargeMax: 0.5,
  computeLoadW: 700,
  busLoadW: 100,
  computeTops: 1979,
};
/** Starlink's built-in node: no compute. */
const STARLINK = { ...NODE_PARAM_DEFAULTS, computeTops: 0, computeLoadW: 0 };

const reading = (o: Partial<Parameters<typeof computeNote>[0]>) => ({
  limitedBy: LIMITED_NONE,
  computeAvailable: 1,
  powerGenW: 600,
  batteryWh: 800,
  busW: 100,
  ...o,
});

describe('computeNote: why compute is below 100 %', () => {
  afterEach(() => loadLanguage('en'));
  it('says Starcloud-1 at 0 % in the shadow has shed all compute at the battery floor', () => {
    const note = computeNote(
      reading({ limitedBy: LIMITED_BATTERY, computeAvailable: 0, powerGenW: 0, batteryWh: 486 }),
      STARCLOUD,
    );
    expect(note).toEqual({ key: 'shedDark', reserve: 0.5, busW: 100 });
    expect(computeNoteText(note)).toBe(
      'No compute now: in Earth’s shadow the panels give nothing and the battery is down to its floor (50 % kept in reserve), so all compute is shed. The bus (100 W) stays on.',
    );
  });
  it('tells a sunlit battery refilling its reserve from one cut to the panels’ surplus', () => {
    expect(
      computeNote(
        reading({ limitedBy: LIMITED_BATTERY, computeAvailable: 0, powerGenW: 300, batteryWh: 400 }),
        STARCLOUD,
      )?.key,
    ).toBe('shedBelowFloor');
    expect(
      computeNote(
        reading({ limitedBy: LIMITED_BATTERY, computeAvailable: 0.73, powerGenW: 612, batteryWh: 500 }),
        STARCLOUD,
      )?.key,
    ).toBe('shedPartial');
  });
  it('names heat throttling with the limit and the zero point', () => {
    const note = computeNote(reading({ limitedBy: LIMITED_TEMPERATURE, computeAvailable: 0.5 }), {
      ...STARCLOUD,
      maxTempK: 333.15,
    });
    expect(computeNoteText(note)).toBe('Above 60 °C: compute throttled (to 0 at 70 °C).');
  });
  it('says nothing when nothing limits compute, or when there is none to limit', () => {
    expect(computeNote(reading({}), STARCLOUD)).toBeNull();
    expect(computeNote(reading({ limitedBy: LIMITED_BATTERY, computeAvailable: 0 }), STARLINK)).toBeNull();
    expect(computeNoteText(null)).toBeNull();
  });
  it('is written in Chinese when Chinese is in use', async () => {
    await loadLanguage('zh-CN');
    const text = computeNoteText({ key: 'shedDark', reserve: 0.5, busW: 100 })!;
    expect(text).toContain('地影');
    expect(text).toContain('50 %');
    expect(text).not.toMatch(/shadow|compute/i);
  });
});

describe('the zero-compute wording', () => {
  it('tells a node that carries no compute from one whose compute is off', () => {
    expect(hasCompute(STARLINK)).toBe(false);
    expect(hasCompute(STARCLOUD)).toBe(true);
    expect(hasCompute({ computeTops: 100, computeLoadW: 0 })).toBe(false);
  });
  it('flags panels that cannot carry the full load even in full sunlight', () => {
    const u = undersizedPower(STARCLOUD, 1361)!;
    expect(u.genW).toBeCloseTo(612.45, 1);
    expect(u.loadW).toBe(800);
    expect(undersizedPower(NODE_PARAM_DEFAULTS, 1361)).toBeNull();
    expect(undersizedPower(STARLINK, 1361)).toBeNull();
  });
});

describe('sunlightText', () => {
  it('gives the share of the Sun hidden in the penumbra', () => {
    expect(sunlightText({ sunlight: 'penumbra', hidden: 0.42 })).toBe('Penumbra: 42 % of the Sun hidden');
    expect(sunlightText({ sunlight: 'penumbra', hidden: NaN })).toBe('Penumbra');
    expect(sunlightText({ sunlight: 'umbra', hidden: 1 })).toBe('Umbra (Earth’s full shadow)');
  });
});
