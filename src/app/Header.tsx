/** Title, scenario name, satellite count and a legend of shells by colour. */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { shellCss } from '../scene/sceneData';
import { fmtDeg, fmtKm } from './format';
import { viewSentence } from './viewSentence';
import type { Engine } from '../engine/engine';
import { EditButton } from './editor/EditButton';
import { BurdenButton } from './panels/burden/BurdenButton';
import { SearchBox } from './editor/SearchBox';
import { ShellFilter } from './editor/ShellFilter';
import { PresentButtons } from './present/PresentButtons';
import { scenarioName, shellName } from './scenarioText';
import { LanguageMenu } from './LanguageMenu';
import { SatelliteListButton } from './SatelliteListButton';
import { ShortcutsButton } from './ShortcutsButton';

export function Header({ engine }: { engine?: Engine } = {}) {
  const meta = useApp((s) => s.meta);
  const panelOpen = useApp((s) => s.panelOpen);
  const colorMode = useApp((s) => s.colorMode);
  const setPanelOpen = useApp((s) => s.setPanelOpen);
  const { t } = useTranslation('common');
  return (
    <section className={`card header ${panelOpen ? 'open' : ''}`} aria-label={t('header.region')}>
      <div className="brand">
        <h1>{t('appName')}</h1>
        <EditButton />
        <BurdenButton />
        <button
          className="panel-toggle"
          data-testid="panel-toggle"
          aria-expanded={panelOpen}
          aria-label={panelOpen ? t('header.hideLabel') : t('header.detailsLabel')}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? t('header.hide') : t('header.details')}
        </button>
      </div>
      <div className="header-tools">
        <PresentButtons />
        <LanguageMenu />
      </div>
      {meta && (
        <div className="scenario">
          <div className="scenario-name">{scenarioName(meta.name)}</div>
          <div className="muted small">{t('satellites', { count: meta.total })}</div>
          <p className="view-sentence small muted" data-testid="view-sentence">
            {viewSentence(meta, colorMode)}
          </p>
        </div>
      )}
      {meta && (
        <ul className="legend" data-testid="shell-legend" aria-label={t('header.shells')}>
          {meta.shells.map((s) => (
            <li key={s.index}>
              <i className="swatch" style={{ background: shellCss(s.index) }} />
              <span className="legend-name">{shellName(meta.name, s.index, s.name)}</span>
              <span className="muted small">
                {[
                  t('satellites', { count: s.count }),
                  s.altitudeKm !== undefined ? fmtKm(Math.round(s.altitudeKm), 0) : null,
                  s.inclinationDeg !== undefined ? fmtDeg(s.inclinationDeg, 1) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {meta && <ShellFilter />}
      {meta && engine && <SearchBox engine={engine} />}
      {meta && engine && <SatelliteListButton engine={engine} />}
      {meta && meta.warnings.length > 0 && (
        <ul className="warnings small">
          {meta.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <p className="hint small muted">
        {t('header.hint')} <ShortcutsButton />
      </p>
    </section>
  );
}
