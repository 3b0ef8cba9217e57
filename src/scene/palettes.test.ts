/**
 * Every colour scale stays readable with the common colour-vision deficiencies (issue 13): the
 * colours that must be told apart are simulated with culori's protanopia, deuteranopia and
 * tritanopia filters (full severity) and compared with CIEDE2000.
 *
 * Thresholds (ΔE00, the smallest over normal vision and the three simulations):
 * - {@link PAIR_MIN} between any two colours that stand for different things: two shells, two
 *   adjacent stops of a ramp, two link states;
 * - {@link ENDS_MIN} between the two ends and the middle of a ramp (low / middle / high must read
 *   as three different values at a glance).
 */
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  type Rgb,
} from 'culori';
import { SHELL_PALETTE } from './sceneData';
import { DIVERGING, GOOD, HEAT, SUN } from './colorModes';
import { DOWN_LINK_COLOR, GROUND_LINK_COLOR, hexToRgb, LINK_RAMP, ROUTE_COLOR } from './linkColors';

const PAIR_MIN = 8;
const ENDS_MIN = 20;

type Triple = readonly [number, number, number];
const deltaE = differenceCiede2000();
const SIMULATIONS: Record<string, (c: Rgb) => Rgb> = {
  normal: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const rgb = (c: Triple): Rgb => ({ mode: 'rgb', r: c[0], g: c[1], b: c[2] });

/** The smallest ΔE00 between `a` and `b` over normal vision and the three simulations, and where. */
function worstDeltaE(a: Triple, b: Triple): { deltaE: number; vision: string } {
  let worst = { deltaE: Infinity, vision: '' };
  for (const [vision, sim] of Object.entries(SIMULATIONS)) {
    const d = deltaE(sim(rgb(a)), sim(rgb(b)));
    if (d < worst.deltaE) worst = { deltaE: d, vision };
  }
  return worst;
}

/** Every pair of `named` closer than `min` under some vision, as readable lines (empty: all pass). */
function tooClose(named: [string, Triple][], pairs: [number, number][], min: number): string[] {
  const out: string[] = [];
  for (const [i, j] of pairs) {
    const w = worstDeltaE(named[i][1], named[j][1]);
    if (w.deltaE < min)
      out.push(`${named[i][0]} / ${named[j][0]}: ΔE00 ${w.deltaE.toFixed(1)} (${w.vision})`);
  }
  return out;
}

const allPairs = (n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) =>
    Array.from({ length: n - i - 1 }, (_, k): [number, number] => [i, i + k + 1]),
  ).flat();
const adjacent = (n: number): [number, number][] =>
  Array.from({ length: n - 1 }, (_, i): [number, number] => [i, i + 1]);

const RAMPS: Record<string, readonly Triple[]> = {
  'battery / compute (GOOD)': GOOD,
  'temperature (HEAT)': HEAT,
  'power margin (DIVERGING)': DIVERGING,
  'sunlight (SUN)': SUN,
  'link length (LINK_RAMP)': LINK_RAMP.map(hexToRgb),
};

describe('colour scales under colour-vision deficiency simulations', () => {
  it('the simulation can fail a palette: red and green of a classic ramp merge with deuteranopia', () => {
    const red: Triple = [0.84, 0.19, 0.15];
    const green: Triple = [0.1, 0.6, 0.3];
    expect(worstDeltaE(red, green).deltaE).toBeLessThan(ENDS_MIN);
    expect(worstDeltaE(red, green).vision).toBe('deuteranopia');
    // …and the old shell palette's sky and lavender were almost one colour.
    expect(
      tooClose(
        [
          ['sky', [0.35, 0.78, 1.0]],
          ['lavender', [0.75, 0.6, 1.0]],
        ],
        [[0, 1]],
        PAIR_MIN,
      ),
    ).toHaveLength(1);
  });

  it(`every two shell colours are ≥ ${PAIR_MIN + 4} ΔE00 apart`, () => {
    const named = SHELL_PALETTE.map((c, i): [string, Triple] => [`shell ${i}`, c]);
    expect(tooClose(named, allPairs(named.length), PAIR_MIN + 4)).toEqual([]);
  });

  for (const [name, stops] of Object.entries(RAMPS)) {
    it(`${name}: adjacent stops ≥ ${PAIR_MIN}, low / middle / high ≥ ${ENDS_MIN} ΔE00 apart`, () => {
      const named = stops.map((c, i): [string, Triple] => [`stop ${i}`, c]);
      expect(tooClose(named, adjacent(named.length), PAIR_MIN)).toEqual([]);
      const last = named.length - 1;
      const mid = last / 2;
      expect(
        tooClose(
          named,
          [
            [0, mid],
            [mid, last],
            [0, last],
          ],
          ENDS_MIN,
        ),
      ).toEqual([]);
    });
  }

  it(`link states (up by length, ground, route, down) are ≥ ${PAIR_MIN} ΔE00 apart`, () => {
    const named: [string, Triple][] = [
      ['ground link', hexToRgb(GROUND_LINK_COLOR)],
      ['route', hexToRgb(ROUTE_COLOR)],
      ['down link', hexToRgb(DOWN_LINK_COLOR)],
      ...LINK_RAMP.map((c, i): [string, Triple] => [`up link stop ${i}`, hexToRgb(c)]),
    ];
    // Every state against every other; the ramp's own stops are checked above.
    const pairs = allPairs(named.length).filter(([i, j]) => i < 3 || j < 3);
    expect(tooClose(named, pairs, PAIR_MIN)).toEqual([]);
  });
});
