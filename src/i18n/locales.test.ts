import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';
import { i18n, loadLanguage } from './i18n';
import { pickLanguage } from './language';

type Tree = { [k: string]: string | Tree };
/** Every leaf of a strings tree as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}
const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
/** Strings that are the same in both languages (names, symbols, units). */
const SAME_IN_BOTH =
  /^[\s\d\p{P}\p{S}]*$|^(English|中文|ISS|TLE|OMM|CSV|PNG|WebM|JSON|UTC|PUE|TOPS|LTAN|RAAN|Starlink|Starcloud|Walker|SGP4|J2)$/u;

describe('locales', () => {
  const enLeaves = leaves(en as unknown as Tree);
  const zhLeaves = new Map(leaves(zhCN as unknown as Tree));

  it('zh-CN has exactly the English keys', () => {
    expect([...zhLeaves.keys()].sort()).toEqual(enLeaves.map(([k]) => k).sort());
  });

  it('every translation uses the same interpolation variables', () => {
    const wrong = enLeaves.filter(([k, s]) => vars(s).join() !== vars(zhLeaves.get(k) ?? '').join());
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('zh-CN strings are translated, not copied', () => {
    const copied = enLeaves.filter(([k, s]) => zhLeaves.get(k) === s && !SAME_IN_BOTH.test(s));
    expect(copied.map(([k]) => k)).toEqual([]);
  });

  it('plurals come from i18next in both languages', async () => {
    expect(i18n.t('satellites', { count: 1, lng: 'en' })).toBe('1 satellite');
    expect(i18n.t('satellites', { count: 1200, lng: 'en' })).toBe('1,200 satellites');
    await loadLanguage('zh-CN');
    expect(i18n.t('satellites', { count: 1200 })).toBe('1,200 颗卫星');
    await loadLanguage('en');
  });
});

describe('pickLanguage', () => {
  it('prefers ?lang=, then the remembered choice, then the browser', () => {
    expect(pickLanguage('?lang=zh-CN', 'en', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('?lang=fr', 'zh-CN', ['en-US'])).toBe('zh-CN');
    expect(pickLanguage('', null, ['fr-FR', 'zh-TW'])).toBe('zh-CN');
    expect(pickLanguage('', null, ['fr-FR'])).toBe('en');
    expect(pickLanguage('', 'xx', ['en-GB', 'zh-CN'])).toBe('en');
  });
});
