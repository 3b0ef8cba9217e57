/** The progress bar's words: each stage in English and Chinese, counts formatted for the language. */
import { afterAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '../i18n/i18n';
import { stageLabel } from './LoadProgress';

describe('stageLabel', () => {
  afterAll(() => loadLanguage('en'));

  it('names each stage with its count, in English and in Chinese', async () => {
    await loadLanguage('en');
    const en = i18n.getFixedT('en', 'common');
    expect(stageLabel(en, { stage: 'workers', fraction: 0.05, count: 1_000_000 })).toBe('Starting workers');
    expect(stageLabel(en, { stage: 'building', fraction: 0.15, count: 1_000_000 })).toBe(
      'Building 1,000,000 satellites',
    );
    expect(stageLabel(en, { stage: 'building', fraction: 0.15, count: 1 })).toBe('Building 1 satellite');
    expect(stageLabel(en, { stage: 'building', fraction: 0.15, count: null })).toBe(
      'Building the satellites',
    );
    expect(stageLabel(en, { stage: 'propagating', fraction: 0.6, count: 20_000 })).toBe(
      'Propagating 20,000 element sets',
    );
    expect(stageLabel(en, { stage: 'firstFrame', fraction: 0.75, count: 100_000 })).toBe(
      'First frame: drawing 100,000 satellites',
    );
    await loadLanguage('zh-CN');
    const zh = i18n.getFixedT('zh-CN', 'common');
    expect(stageLabel(zh, { stage: 'building', fraction: 0.15, count: 1_000_000 })).toBe(
      '正在生成 1,000,000 颗卫星',
    );
    expect(stageLabel(zh, { stage: 'workers', fraction: 0.05, count: null })).toBe('正在启动工作线程');
  });
});
