import { afterAll, describe, expect, it } from 'vitest';
import { fill, messageCodes, readMessage, renderMessage, WORDS } from '../scenario/messages';
import { parseScenario, parseScenarioText, parseGroundStations } from '../scenario/validate';
import { importElementSets } from '../scenario/importText';
import { decodeShareHash } from '../scenario/shareLink';
import { stationIssues } from '../scenario/stationRules';
import { i18n, loadLanguage } from './i18n';
import { translateProblem, translateText } from './problems';

/** Sample values for a template's slots: numbers where only numbers go, a marker word elsewhere. */
function sampleValues(template: string): Record<string, string> {
  const out: Record<string, string> = {};
  let k = 0;
  for (const m of template.matchAll(/\{\{(\w+)\}\}/g)) out[m[1]] = `${m[1]}${k++}`.replace(/\D+/g, '') || '7';
  // Distinct values: a number per slot (numeric slots accept only numbers; others accept anything).
  Object.keys(out).forEach((name, i) => (out[name] = String(1000 + i * 37)));
  return out;
}

const HAN = /\p{Script=Han}/u;

describe('every error code', () => {
  const codes = messageCodes();
  afterAll(() => loadLanguage('en'));

  it('has a code list to test', () => {
    expect(codes.length).toBeGreaterThan(150);
  });

  it.each(codes)('%s is read back from its English line', (code, template) => {
    const values = sampleValues(template);
    const line = fill(template, values);
    const m = readMessage(line);
    expect(m?.code).toBe(code);
    expect(m?.values).toEqual(values);
    // With a path in front, the path is split off and kept as it is.
    const withPath = readMessage(`shells[3].altitudeKm: ${line}`);
    if (!/^[A-Z]|^\{\{/.test(template))
      expect(withPath).toEqual({ code, values, path: 'shells[3].altitudeKm' });
    expect(renderMessage({ code, values })).toBe(line);
  });

  it.each(codes)('%s renders in English and in Chinese with its values', async (_code, template) => {
    const values = sampleValues(template);
    const line = fill(template, values);
    await loadLanguage('en');
    expect(translateProblem(line)).toBe(line);
    await loadLanguage('zh-CN');
    const zh = translateProblem(line);
    expect(zh).not.toBe(line);
    expect(zh).not.toMatch(/\{\{|errors:/);
    expect(HAN.test(zh)).toBe(true);
    for (const v of Object.values(values)) expect(zh).toContain(v);
  });

  it('every word has a Chinese translation', async () => {
    await loadLanguage('zh-CN');
    for (const id of Object.keys(WORDS)) {
      const zh = i18n.t(`errors:words.${id as keyof typeof WORDS}`);
      expect(zh).not.toBe(WORDS[id as keyof typeof WORDS]);
      expect(HAN.test(zh) || /true|U/.test(zh)).toBe(true);
    }
  });
});

/** Problems the real validators, importers and link readers produce for bad input. */
function realProblems(): string[] {
  const bad = (input: unknown) => {
    const r = parseScenario(input, { nowMs: 0 });
    return r.ok ? [] : r.issues;
  };
  const walker = { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 4, satsPerPlane: 4 };
  const garbageTle = 'hello world\nthis is not a TLE\n1 25544U garbage';
  return [
    ...bad({ version: 1, name: 'x', shells: [{ ...walker, altitudeKm: -3 }] }),
    ...bad({ version: 1, name: 'x', shells: [{ ...walker, planes: 2.5, phasing: 9 }] }),
    ...bad({ version: 1, name: 'x', shells: [{ ...walker, colour: 'red' }] }),
    ...bad({ version: 1, name: 'x', shells: [{ kind: 'donut' }] }),
    ...bad({ version: 1, name: 'x', shells: [{ kind: 'sso', altitudeKm: 7000, satsPerPlane: 2 }] }),
    ...bad({ version: 1, name: 'x', shells: [{ kind: 'tle', text: garbageTle }] }),
    ...bad({ version: 2, name: '', shells: [], epoch: 'yesterday' }),
    ...bad({ version: 1, name: 'x', shells: [{ ...walker, planes: 2000, satsPerPlane: 2000 }] }),
    ...bad({
      version: 1,
      name: 'x',
      shells: [walker],
      node: { batteryWh: 'lots', minTempK: 400, maxTempK: 300 },
    }),
    ...bad('not an object'),
    ...(parseScenarioText('{oops').ok ? [] : (parseScenarioText('{oops') as { issues: string[] }).issues),
    ...(() => {
      const r = parseGroundStations([{ name: 'A,B', latDeg: 95, lonDeg: 0 }]);
      return r.ok ? [] : r.issues;
    })(),
    ...(() => {
      const r = importElementSets(garbageTle);
      return [...(r.headline ? [r.headline] : []), ...r.errors];
    })(),
    ...importElementSets('').errors,
    ...['#s=%%%', '#s=', '#nonsense', '#scenario=nope'].flatMap((h) => {
      const r = decodeShareHash(h);
      return r.ok ? r.problems : [r.error];
    }),
    ...stationIssues({ name: '', latDeg: 100, lonDeg: 'x' as unknown as number, minElevationDeg: 5 }, []).map(
      (i) => i.message,
    ),
  ];
}

describe('problems from the real validators', () => {
  const lines = realProblems();
  afterAll(() => loadLanguage('en'));

  it('are all catalogue messages', () => {
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.filter((l) => readMessage(l) === null)).toEqual([]);
  });

  it('stay word for word the same in English', async () => {
    await loadLanguage('en');
    expect(lines.map(translateProblem)).toEqual(lines);
  });

  it('are Chinese in Chinese, with their paths kept', async () => {
    await loadLanguage('zh-CN');
    for (const l of lines) {
      const zh = translateProblem(l);
      expect(HAN.test(zh), `${l} → ${zh}`).toBe(true);
      const path = readMessage(l)?.path;
      if (path) expect(zh.startsWith(path.split(': ')[0])).toBe(true);
    }
    expect(translateProblem('shells[0].altitudeKm: must be between 160 and 50000 km, got -3')).toBe(
      'shells[0].altitudeKm：必须在 160 到 50000 km 之间，实际为 -3',
    );
  });

  it('a notice of several lines is translated line by line; unknown lines are kept', async () => {
    await loadLanguage('zh-CN');
    expect(translateText('Propagation failed: boom\nsomething else')).toBe(
      '轨道外推失败：boom\nsomething else',
    );
  });
});
