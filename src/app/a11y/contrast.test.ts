/**
 * Text contrast ≥ WCAG AA (4.5 : 1) for the colours text is drawn in (src/app/styles.css `:root`) on
 * the card background. Cards are translucent over the 3D view, which axe cannot judge (it reports
 * colour contrast over the canvas as "incomplete"), so the card is composited here over the darkest
 * (space) and a bright (white cloud) scene behind it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, wcagContrast, type Rgb } from 'culori';

const CSS = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
const root = /:root\s*\{([^}]*)\}/.exec(CSS)![1];

/** A `:root` custom property's value. */
function cssVar(name: string): string {
  const m = new RegExp(`--${name}:\\s*([^;]+);`).exec(root);
  if (!m) throw new Error(`--${name} is not in :root`);
  return m[1].trim();
}

/** `top` (with its alpha) over the opaque `bottom`. */
function over(top: string, bottom: string): Rgb {
  const t = parse(top) as Rgb;
  const b = parse(bottom) as Rgb;
  const a = t.alpha ?? 1;
  return { mode: 'rgb', r: t.r * a + b.r * (1 - a), g: t.g * a + b.g * (1 - a), b: t.b * a + b.b * (1 - a) };
}

const TEXT_COLOURS = ['text', 'muted', 'accent', 'accent-2', 'danger'];
const BEHIND = { space: cssVar('bg'), 'white cloud': '#ffffff' };

describe('text contrast on cards (WCAG AA)', () => {
  it('the check can fail: a grey that passes on the bare background fails over a bright scene', () => {
    expect(wcagContrast('#777777', cssVar('bg'))).toBeGreaterThan(4.5);
    expect(wcagContrast('#777777', over(cssVar('card'), '#ffffff'))).toBeLessThan(4.5);
  });

  for (const name of TEXT_COLOURS)
    for (const [scene, colour] of Object.entries(BEHIND))
      it(`--${name} on a card over ${scene} is ≥ 4.5 : 1`, () => {
        expect(wcagContrast(cssVar(name), over(cssVar('card'), colour))).toBeGreaterThanOrEqual(4.5);
      });
});
