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
export function viewSentence(meta: Pick<ConstellationMeta, 'name' | 'total' | 'shells'>, mode: ColorMode): string {
  const subject = meta.shells.filter((s) => s.role !== 'context');
  const context = meta.shells.filter((s) => s.role === 'context');
  const n = subject.reduce((a, s) => a + s.count, 0);
  const what = `${count(n)} satellite${n === 1 ? '' : 's'} of ${meta.name}`;
  const scale = context.length ? `, drawn larger beside ${context.map((s) => `${count(s.count)} of “${s.name}”`).join(' and ')}, quieter` : '';
  return `A compute constellation is a fleet of satellites carrying data-centre computers, powered by sunlight. Shown: ${what}${scale}; ${colourClause(mode)}.`;
}
