/**
 * One plain sentence that says what the view shows, for a reader who arrives without a guide: what
 * a compute constellation is, which system this is (subject and any shell for scale), and what the
 * colours mean now.
 */
import type { ConstellationMeta } from '../scenario/types';
import type { ColorMode } from '../scenario/viewState';
import { COLOR_SCALES } from '../scene/colorModes';

const count = (n: number) => n.toLocaleString('en-US');

/** What the colours mean in `mode`, as a clause ("colour shows battery charge, from … to …"). */
export function colourClause(mode: ColorMode): string {
  if (mode === 'shell') return 'each shell has its colour, dimmed in Earth’s shadow';
  const s = COLOR_SCALES[mode];
  return `colour shows ${s.label.toLowerCase()}, from ${s.format(s.min)} to ${s.format(s.max)}`;
}

/** The sentence for the scenario shown and the colour mode. */
export function viewSentence(
  meta: Pick<ConstellationMeta, 'name' | 'total' | 'shells'>,
  mode: ColorMode,
): string {
  const subject = meta.shells.filter((s) => s.role !== 'context');
  const context = meta.shells.filter((s) => s.role === 'context');
  const sats = (n: number) => `${count(n)} satellite${n === 1 ? '' : 's'}`;
  const named = (list: typeof meta.shells) =>
    list.map((s) => `${sats(s.count)} of “${s.name}”`).join(' and ');
  const what = context.length
    ? `${named(subject)}, drawn larger, beside ${named(context)} for scale`
    : `${sats(subject.reduce((a, s) => a + s.count, 0))} of ${meta.name}`;
  return `A compute constellation: satellites carrying data-centre computers, powered by sunlight. Shown: ${what}; ${colourClause(mode)}.`;
}
