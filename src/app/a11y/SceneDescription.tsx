/**
 * What a screen reader hears of the 3D view (issue 13): the scenario, how many satellites, what is
 * selected and whether it is in sunlight. The `.scene` container in App.tsx is a group labelled by
 * {@link SCENE_LABEL_ID} and described by {@link SCENE_DESCRIPTION_ID}; both texts are rendered here,
 * visually hidden, and kept current.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { useSelectedSunlight } from './useSelectedSunlight';
import { scenarioName } from '../scenarioText';

export const SCENE_LABEL_ID = 'scene-label';
export const SCENE_DESCRIPTION_ID = 'scene-description';

export function SceneDescription({ engine }: { engine: Engine }) {
  const { t } = useTranslation('a11y');
  const meta = useApp((s) => s.meta);
  const sel = useSelectedSunlight(engine);
  const parts: string[] = [];
  if (!meta) parts.push(t('scene.loading'));
  else {
    parts.push(t('scene.summary', { scenario: scenarioName(meta.name), count: meta.total }));
    if (sel.index === null) parts.push(t('scene.noSelection'));
    else if (sel.sunlight === null) parts.push(t('scene.selected', { name: sel.name, shell: sel.shell }));
    else
      parts.push(
        t('scene.selectedSunlight', {
          name: sel.name,
          shell: sel.shell,
          sunlight: t(`sunlight.${sel.sunlight}`),
        }),
      );
  }
  return (
    <>
      <span id={SCENE_LABEL_ID} className="sr-only">
        {t('scene.label')}
      </span>
      <p id={SCENE_DESCRIPTION_ID} className="sr-only" data-testid="scene-description">
        {parts.join(' ')}
      </p>
    </>
  );
}
