/**
 * One plain sentence that says what the view shows, for a reader who arrives without a guide: what
 * a compute constellation is, which system this is (subject and any shell for scale), and what the
 * colours mean now.
 */
import { scenarioName, shellName } from './scenarioText';
import type { ConstellationMeta } from '../scenario/types';
import type { ColorMode } from '../scenario/viewState';
import { COLOR_SCALES } from '../scene/colorModes';
import { t } from '../i18n/i18n';
import { intlLocale } from './format';

/** Joins names the language's way ("a and b", "a, b and c"; "a和b" in Chinese). */
const joinAnd = (items: string[]) =>
  new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);

/** What the colours mean in `mode`, as a clause ("colour shows battery charge, from … to …"). */
export function colourClause(mode: ColorMode): string {
  if (mode === 'shell') return t('common:view.coloursShell');
  const s = COLOR_SCALES[mode];
  return t('common:view.coloursScale', {
    label: t(`budget:legend.modes.${mode}.label`).toLowerCase(),
    min: s.format(s.min),
    max: s.format(s.max),
  });
}

/** The sentence for the scenario shown and the colour mode, in the language in use. */
export function viewSentence(
  meta: Pick<ConstellationMeta, 'name' | 'total' | 'shells'>,
  mode: ColorMode,
): string {
  const subject = meta.shells.filter((s) => s.role !== 'context');
  const context = meta.shells.filter((s) => s.role === 'context');
  const sats = (count: number) => t('common:satellites', { count });
  const named = (list: typeof meta.shells) =>
    joinAnd(
      list.map((s) =>
        t('common:view.ofShell', { satellites: sats(s.count), name: shellName(meta.name, s.index, s.name) }),
      ),
    );
  const what = context.length
    ? t('common:view.withContext', { subject: named(subject), scale: named(context) })
    : t('common:view.ofScenario', {
        satellites: sats(subject.reduce((a, s) => a + s.count, 0)),
        name: scenarioName(meta.name),
      });
  return t('common:view.sentence', { what, colours: colourClause(mode) });
}
