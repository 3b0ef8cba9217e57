/**
 * The project's own source files reachable from some roots through static imports: `import … from`
 * and `export … from` with a relative path, type-only imports and `import()` excluded. Used by the
 * build (vite.config.ts: the first view's modules share one chunk) and by src/i18n/lazyNamespaces.test.ts
 * (the first view must not use a lazy namespace). docs/performance.md, "What the first visit really fetches".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Resolves a relative import from file `from` to a .ts/.tsx source file, or null (packages, CSS, assets). */
function resolveSource(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (/\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Absolute paths of every source file reachable from `roots` (absolute paths) through static imports. */
export function staticImportClosure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const next = resolveSource(f, m[1]!);
      if (next) todo.push(next);
    }
  }
  return seen;
}
