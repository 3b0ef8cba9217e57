import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_LIST, BUILTIN_SCENARIOS } from '../scenario/builtins';
import { CATALOG_SNAPSHOTS } from '../scenario/catalogs';
import { scenarios as en } from '../i18n/locales/en/scenarios';
import { scenarios as zh } from '../i18n/locales/zh-CN/scenarios';
import { loadLanguage } from '../i18n/i18n';
import {
  builtinIdByName,
  catalogText,
  scenarioDescription,
  scenarioName,
  scenarioSummary,
  scenarioTitle,
  shellName,
  stationKey,
  stationName,
  tourCaption,
} from './scenarioText';

/** Shell names that are proper names only (nothing to translate): shown as they are. */
const NAMES_ONLY = new Set(['Vanguard 1', 'Starcloud-1']);

type Tree = { [k: string]: string | Tree };
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Tree)[k] : undefined), tree);

/** Every text a user sees of every built-in, as [key in the scenarios namespace, English text], generated from the built-ins. */
function expectedTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const b of Object.values(BUILTIN_SCENARIOS)) {
    const s = b.build();
    const item = BUILTIN_LIST.find((x) => x.id === b.id)!;
    const k = `builtins.${b.id}`;
    out.push([`${k}.title`, b.title], [`${k}.summary`, item.summary], [`${k}.name`, s.name]);
    out.push([`${k}.description`, s.description ?? '']);
    s.shells.forEach((sh, i) => {
      if (sh.name && !NAMES_ONLY.has(sh.name)) out.push([`${k}.shells.${i}`, sh.name]);
    });
    (s.tour ?? []).forEach((step, i) => out.push([`${k}.tour.${i}`, step.caption ?? '']));
    for (const g of s.groundStations ?? []) out.push([`stations.${stationKey(g.name)}`, g.name]);
  }
  for (const c of CATALOG_SNAPSHOTS) {
    out.push(
      [`catalogs.${c.group}-${c.snapshot}.title`, c.title],
      [`catalogs.${c.group}-${c.snapshot}.note`, c.note],
    );
  }
  return out;
}

describe('built-in scenario text in both languages', () => {
  const texts = expectedTexts();

  it('covers every built-in, and every built-in has a description', () => {
    expect(Object.keys(en.builtins).sort()).toEqual(Object.keys(BUILTIN_SCENARIOS).sort());
    for (const b of Object.values(BUILTIN_SCENARIOS)) expect(b.build().description, b.id).toBeTruthy();
  });

  it('the English copies are exactly the built-ins’ text (a changed built-in needs its translation changed too)', () => {
    const wrong = texts.filter(([k, text]) => at(en, k) !== text).map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('Chinese has every one of those texts, translated', () => {
    const wrong = texts
      .filter(([k, text]) => {
        const z = at(zh, k);
        return typeof z !== 'string' || z.trim() === '' || z === text || !/\p{Script=Han}/u.test(z);
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });
});

describe('display-time translation', () => {
  const threeBody = BUILTIN_SCENARIOS['three-body'].build();
  const starcloud88k = BUILTIN_SCENARIOS['starcloud-88k'].build();
  const cap = (i: number) => threeBody.tour?.[i]?.caption ?? '';

  it('recognises a built-in by its name only', () => {
    expect(builtinIdByName(threeBody.name)).toBe('three-body');
    expect(builtinIdByName('My constellation')).toBeNull();
    expect(builtinIdByName('constructor')).toBeNull();
  });

  it('shows English text in English', () => {
    expect(scenarioName(threeBody.name)).toBe(threeBody.name);
    expect(tourCaption(threeBody.name, 0, cap(0))).toBe(cap(0));
  });

  describe('in Chinese', () => {
    beforeAll(() => loadLanguage('zh-CN'));
    afterAll(() => loadLanguage('en'));

    it('translates a built-in’s title, summary, name, description, captions, shells and stations', () => {
      expect(scenarioTitle('three-body', 'x')).toBe(zh.builtins['three-body'].title);
      expect(scenarioSummary('starlink', 'x')).toBe(zh.builtins.starlink.summary);
      expect(scenarioName(threeBody.name)).toBe('三体计算星座（首批 12 颗）');
      expect(scenarioDescription(threeBody.name, threeBody.description!)).toBe(
        zh.builtins['three-body'].description,
      );
      expect(tourCaption(threeBody.name, 2, cap(2))).toContain('喀什');
      expect(shellName(starcloud88k.name, 3, '850 km (assumed)')).toBe('850 km（假设）');
      expect(stationName('Kashgar')).toBe('喀什');
      expect(catalogText('test', '2000-06-27', { title: 'x', note: 'y' }).title).toContain('先锋 1 号');
    });

    it('keeps the scenario’s own text where it is not the built-in’s (imported or edited)', () => {
      expect(scenarioTitle('not-a-builtin', 'Mine')).toBe('Mine');
      expect(scenarioName('My constellation')).toBe('My constellation');
      expect(scenarioDescription(threeBody.name, 'An edited description')).toBe('An edited description');
      // An edited caption, and a built-in caption moved to another step, are the author's text.
      expect(tourCaption(threeBody.name, 0, 'My caption')).toBe('My caption');
      expect(tourCaption(threeBody.name, 1, cap(0))).toBe(cap(0));
      expect(tourCaption('My constellation', 0, cap(0))).toBe(cap(0));
      expect(shellName(starcloud88k.name, 0, 'My shell')).toBe('My shell');
      expect(stationName('Toulouse')).toBe('Toulouse');
      expect(catalogText('nope', '2020-01-01', { title: 'T', note: 'N' })).toEqual({ title: 'T', note: 'N' });
    });
  });
});
