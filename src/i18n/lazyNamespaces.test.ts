import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { LAZY_NAMESPACES } from './i18n';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the first view runs: the entry and the shells it loads at once (main.tsx's `Root`). */
const FIRST_VIEW_ROOTS = ['main.tsx', 'app/App.tsx', 'app/embed/EmbedApp.tsx', 'app/embed/startEmbed.ts'];

/** Resolves a relative import from `from` to a source file, or null (packages, assets). */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (existsSync(c) && statSync(c).isFile() && /\.tsx?$/.test(c)) return c;
  return null;
}

/** Every source file reachable from the roots through static imports (type-only imports and `import()` excluded). */
function firstViewFiles(): Set<string> {
  const seen = new Set<string>();
  const todo = FIRST_VIEW_ROOTS.map((r) => path.join(src, r));
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const next = resolve(f, m[1]!);
      if (next) todo.push(next);
    }
  }
  return seen;
}

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
});
