/** Title, scenario name, satellite count and a legend of shells by colour. */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useApp } from '../state/store';
import { shellCss } from '../scene/sceneData';
import { fmtCount } from './format';
import { viewSentence } from './viewSentence';
import type { Engine } from '../engine/engine';
import { EditButton } from './editor/ScenarioEditor';
import { BurdenButton } from './panels/burden/BurdenButton';
import { SearchBox } from './editor/SearchBox';
import { ShellFilter } from './editor/ShellFilter';
import { PresentButtons } from './present/Presenter';

export function Header({ engine }: { engine?: Engine } = {}) {
  const meta = useApp((s) => s.meta);
  const panelOpen = useApp((s) => s.panelOpen);
  const colorMode = useApp((s) => s.colorMode);
  const setPanelOpen = useApp((s) => s.setPanelOpen);
  return (
    <section className={`card header ${panelOpen ? 'open' : ''}`} aria-label="Scenario">
      <div className="brand">
        <h1>Compute Constellations</h1>
        <EditButton />
        <BurdenButton />
        <button
          className="panel-toggle"
          data-testid="panel-toggle"
          aria-expanded={panelOpen}
          onClick={() => setPanelOpen(!panelOpen)}
        >
          {panelOpen ? 'Hide' : 'Details'}
        </button>
      </div>
      <PresentButtons />
      {meta && (
        <div className="scenario">
          <div className="scenario-name">{meta.name}</div>
          <div className="muted small">{fmtCount(meta.total)} satellites</div>
          <p className="view-sentence small muted" data-testid="view-sentence">
            {viewSentence(meta, colorMode)}
          </p>
        </div>
      )}
      {meta && (
        <ul className="legend" data-testid="shell-legend" aria-label="Shells">
          {meta.shells.map((s) => (
            <li key={s.index}>
              <i className="swatch" style={{ background: shellCss(s.index) }} />
              <span className="legend-name">{s.name}</span>
              <span className="muted small">
                {fmtCount(s.count)}
                {s.altitudeKm !== undefined ? ` · ${Math.round(s.altitudeKm)} km` : ''}
                {s.inclinationDeg !== undefined ? ` · ${s.inclinationDeg.toFixed(1)}°` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {meta && <ShellFilter />}
      {meta && engine && <SearchBox engine={engine} />}
      {meta && meta.warnings.length > 0 && (
        <ul className="warnings small">
          {meta.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <p className="hint small muted">
        Drag to turn · scroll to zoom · click a satellite · double-click to follow · space plays/pauses · P
        presents · H hides panels
      </p>
    </section>
  );
}
