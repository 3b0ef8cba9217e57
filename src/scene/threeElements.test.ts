import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREE_ELEMENTS } from './threeElements';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Lowercase JSX element names in a .tsx source, comments removed (`<mesh …>` → "mesh"). */
function jsxElements(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  return [...code.matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)].map((m) => m[1]!);
}

describe('THREE_ELEMENTS, the JSX catalogue given to R3F', () => {
  const files = readdirSync(here).filter((f) => f.endsWith('.tsx'));
  const used = new Map<string, string>();
  for (const f of files)
    for (const el of jsxElements(readFileSync(path.join(here, f), 'utf8'))) used.set(el, f);

  it('finds the scene’s elements (the scan works)', () => {
    expect(files.length).toBeGreaterThan(5);
    expect([...used.keys()]).toEqual(expect.arrayContaining(['mesh', 'points', 'primitive']));
  });

  it('registers every element the scene writes (R3F no longer registers all of THREE)', () => {
    const missing = [...used]
      .filter(([el]) => el !== 'primitive')
      .filter(([el]) => !(el[0]!.toUpperCase() + el.slice(1) in THREE_ELEMENTS))
      .map(([el, f]) => `<${el}> in ${f}`);
    expect(missing).toEqual([]);
  });

  it('registers nothing the scene does not use (each entry costs download)', () => {
    const names = new Set([...used.keys()].map((el) => el[0]!.toUpperCase() + el.slice(1)));
    expect(Object.keys(THREE_ELEMENTS).filter((k) => !names.has(k))).toEqual([]);
  });

  it('maps each name to the three.js class of that name', () => {
    for (const [name, cls] of Object.entries(THREE_ELEMENTS)) expect(cls.name).toBe(name);
  });
});
