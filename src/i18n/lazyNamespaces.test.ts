import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { LAZY_NAMESPACES } from './i18n';
import { budgetLegend } from './locales/en/budgetLegend';
import { staticImportClosure } from '../../scripts/staticGraph';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the first view runs: the entry and the shells it loads at once (main.tsx's `Root`). */
const FIRST_VIEW_ROOTS = ['main.tsx', 'app/App.tsx', 'app/embed/EmbedApp.tsx', 'app/embed/startEmbed.ts'];

/** Every source file the first view runs (static imports from the roots). */
const firstViewFiles = () => staticImportClosure(FIRST_VIEW_ROOTS.map((r) => path.join(src, r)));

describe('lazy i18n namespaces', () => {
  it('are never used by code the first view runs (their strings load later)', () => {
    const files = firstViewFiles();
    expect(files.has(path.join(src, 'app/library/LibraryBar.tsx'))).toBe(true); // the walk works
    expect(files.has(path.join(src, 'app/DeferredPanels.tsx'))).toBe(false); // and stops at import()
    const misplaced: string[] = [];
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      for (const ns of LAZY_NAMESPACES)
        if (new RegExp(`useTranslation\\(\\[?'${ns}'|['"\`]${ns}:[a-zA-Z]`).test(code))
          misplaced.push(`${path.relative(src, f)} uses "${ns}"`);
    }
    expect(misplaced).toEqual([]);
  });

  it('the first view reads only the budget strings it bundles (the legend’s part)', () => {
    const bundled = new Set(Object.keys(budgetLegend));
    const outside: string[] = [];
    for (const f of firstViewFiles()) {
      const code = readFileSync(f, 'utf8');
      const groups = [...code.matchAll(/budget:([a-zA-Z]+)\./g)].map((m) => m[1]!);
      // A component whose first namespace is budget reads unprefixed keys from it.
      if (/useTranslation\(\[?'budget'/.test(code))
        groups.push(...[...code.matchAll(/\bt\('([a-zA-Z]+)\./g)].map((m) => m[1]!));
      for (const g of groups) if (!bundled.has(g)) outside.push(`${path.relative(src, f)} reads budget:${g}`);
    }
    expect(outside).toEqual([]);
  });

  it('load on demand, and a language switch loads those asked for in the new language', async () => {
    vi.resetModules(); // a fresh instance: the test setup has loaded everything into the shared one
    const fresh = await import('./i18n');
    expect(fresh.i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(fresh.i18n.hasResourceBundle('en', 'network')).toBe(false);
    await fresh.loadNamespaces(['network']);
    expect(fresh.i18n.hasResourceBundle('en', 'network')).toBe(true);
    expect(fresh.t('network:panel.title')).toBe('Network');
    await fresh.loadLanguage('zh-CN');
    expect(fresh.i18n.hasResourceBundle('zh-CN', 'common')).toBe(true);
    expect(fresh.i18n.hasResourceBundle('zh-CN', 'network')).toBe(true);
    expect(fresh.i18n.hasResourceBundle('zh-CN', 'editor')).toBe(false);
    expect(fresh.t('network:panel.title')).toMatch(/[\u4e00-\u9fff]/);
    await fresh.loadNamespaces(['editor']);
    expect(fresh.i18n.hasResourceBundle('zh-CN', 'editor')).toBe(true);
    await fresh.loadLanguage('en');
  });

  it('an English-only page has no copy of the built-ins’ text; the first other language brings it', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const text = await import('../app/scenarioText');
    expect(fresh.englishScenarioText()).toBeNull();
    expect(fresh.i18n.hasResourceBundle('en', 'scenarios')).toBe(false);
    // English shows the scenario's own text, whatever it is.
    expect(text.stationName('Kashgar')).toBe('Kashgar');
    expect(text.scenarioTitle('three-body', 'Own title')).toBe('Own title');
    await fresh.loadLanguage('zh-CN');
    expect(fresh.englishScenarioText()).not.toBeNull();
    expect(text.stationName('Kashgar')).toBe('喀什');
    await fresh.loadLanguage('en');
    expect(fresh.i18n.hasResourceBundle('en', 'scenarios')).toBe(true);
    expect(text.stationName('Kashgar')).toBe('Kashgar');
  });

  it('an English page shows problem lines as they came; another language brings their translator', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    const { problemText } = await import('./problemText');
    const line = 'shells[0].altitudeKm: must be between 160 and 2000 km, got 5';
    expect(problemText(line)).toBe(line);
    expect(fresh.i18n.hasResourceBundle('en', 'errors')).toBe(false);
    await fresh.loadLanguage('zh-CN');
    expect(problemText(line)).toMatch(/\p{Script=Han}/u);
    await fresh.loadLanguage('en');
    expect(problemText(line)).toBe(line);
  });
});
