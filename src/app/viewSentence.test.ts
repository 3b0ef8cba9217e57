import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { viewSentence } from './viewSentence';
import type { ShellSummary } from '../scenario/types';

const shell = (name: string, count: number, role: 'subject' | 'context') =>
  ({ name, count, role }) as ShellSummary;

describe('viewSentence', () => {
  it('names the system, the subject beside a shell for scale, and what the colours mean', () => {
    const s = viewSentence(
      {
        name: 'Three-Body (first 12)',
        total: 1596,
        shells: [shell('Three-Body', 12, 'subject'), shell('Starlink-like', 1584, 'context')],
      },
      'shell',
    );
    expect(s).toBe(
      'A compute constellation: satellites carrying data-centre computers, powered by sunlight. Shown: 12 satellites of “Three-Body”, drawn larger, beside 1,584 satellites of “Starlink-like” for scale; each shell has its colour, dimmed in Earth’s shadow.',
    );
  });
  it('says what a budget colour runs between', () => {
    const s = viewSentence(
      { name: 'Suncatcher', total: 81, shells: [shell('Cluster', 81, 'subject')] },
      'battery',
    );
    expect(s).toMatch(/Shown: 81 satellites of Suncatcher; colour shows battery, from 0 % to 100 %\.$/);
  });
});

describe('viewSentence in Chinese', () => {
  afterEach(() => loadLanguage('en'));
  it('is one translated sentence with the counts and names in it, and "1 satellite" in English', async () => {
    const meta = { name: 'X', total: 1, shells: [shell('Solo', 1, 'subject')] };
    expect(viewSentence(meta, 'shell')).toContain('Shown: 1 satellite of X;');
    await loadLanguage('zh-CN');
    const s = viewSentence(
      {
        name: 'Three-Body',
        total: 1596,
        shells: [shell('Three-Body', 12, 'subject'), shell('Starlink-like', 1584, 'context')],
      },
      'shell',
    );
    expect(s).toContain('“Three-Body”的 12 颗卫星');
    expect(s).toContain('1,584 颗卫星');
    expect(s).not.toMatch(/satellite|Shown|colour/);
  });
});
