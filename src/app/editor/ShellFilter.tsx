/** Show or hide shells (the shader skips hidden shells and picking ignores them). */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { shellCss } from '../../scene/sceneData';
import { shellName } from '../scenarioText';

export function ShellFilter() {
  const meta = useApp((s) => s.meta);
  const hidden = useApp((s) => s.hiddenShells);
  const { t } = useTranslation('common');
  if (!meta || meta.shells.length === 0) return null;
  const toggle = (index: number, show: boolean) => {
    const cur = useApp.getState().hiddenShells;
    const next = show
      ? cur.filter((h) => h !== index)
      : cur.includes(index)
        ? cur
        : [...cur, index].sort((a, b) => a - b);
    useApp.getState().setHiddenShells(next);
  };
  return (
    <fieldset className="shell-filter" data-testid="shell-filter">
      <legend className="small muted">{t('filter.legend')}</legend>
      {meta.shells.map((s) => (
        <label key={s.index} className="sf-item" title={shellName(meta.name, s.index, s.name)}>
          <input
            type="checkbox"
            data-testid={`shell-filter-${s.index}`}
            checked={!hidden.includes(s.index)}
            onChange={(e) => toggle(s.index, e.target.checked)}
          />
          <i className="swatch" style={{ background: shellCss(s.index) }} aria-hidden />
          <span className="sf-name">{shellName(meta.name, s.index, s.name)}</span>
        </label>
      ))}
    </fieldset>
  );
}
