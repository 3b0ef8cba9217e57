/** The selected satellite: identity and live orbit numbers, refreshed at 4 Hz. */
import { Term } from '../../cardParts';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import { satelliteStateKm } from '../../../scene/satellitePosition';
import { readout, type Readout } from '../../../sim/orbitReadout';
import { fmtDeg, fmtKm, fmtKmS, fmtLat, fmtLon, fmtMin } from '../../format';
import { shellCss } from '../../../scene/sceneData';
import type { Engine } from '../../../engine/engine';
import { NodeLinks } from '../network/NodeLinks';
import { shellName } from '../../scenarioText';
import { satelliteName } from '../../satelliteName';

const state = new Float64Array(6);

export function InfoPanel({ engine }: { engine: Engine }) {
  const { t } = useTranslation('budget');
  const selected = useApp((s) => s.selected);
  const meta = useApp((s) => s.meta);
  const follow = useApp((s) => s.follow);
  const [r, setR] = useState<Readout | null>(null);
  const el = useRef<HTMLElement>(null);

  // A new selection brings this card into view when its column was scrolled down (to the network card).
  useEffect(() => {
    if (selected !== null) el.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  useEffect(() => {
    if (selected === null) return;
    const update = () => {
      const t = engine.clock.now();
      setR(satelliteStateKm(selected, t, state) ? readout(state, t) : null);
    };
    update();
    const id = setInterval(update, 250);
    return () => clearInterval(id);
  }, [engine, selected]);

  if (selected === null || !meta) return null;
  const who = satelliteIdentity(meta.shells, selected);
  const shell = meta.shells[who.shellIndex];
  const rows: [string, string, string][] = r
    ? [
        [t('info.altitude'), fmtKm(r.altitudeKm), 'info-altitude'],
        [t('info.speed'), fmtKmS(r.speedKmS), 'info-speed'],
        [t('info.latitude'), fmtLat(r.latDeg), 'info-lat'],
        [t('info.longitude'), fmtLon(r.lonDeg), 'info-lon'],
        [t('info.period'), fmtMin(r.periodMin), 'info-period'],
        [t('info.inclination'), fmtDeg(r.inclinationDeg), 'info-inclination'],
      ]
    : [];
  return (
    <section ref={el} className="card info" data-testid="info-panel" aria-label={t('info.label')}>
      <header>
        <div>
          <h2 data-testid="info-name">{satelliteName(meta, selected)}</h2>
          <div className="sub">
            <span data-testid="info-id">{who.id}</span> ·{' '}
            <span data-testid="info-shell">
              <i className="swatch" style={{ background: shellCss(who.shellIndex) }} />
              {shell && shellName(meta.name, shell.index, shell.name)}
            </span>
          </div>
        </div>
        <button
          className="icon"
          aria-label={t('info.deselect')}
          title={t('info.deselect')}
          onClick={() => engine.select(null)}
        >
          ×
        </button>
      </header>
      {r ? (
        <dl>
          {rows.map(([k, v, id]) => (
            <div key={id}>
              <dt>{k}</dt>
              <dd data-testid={id}>{v}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('info.noPosition')}</p>
      )}
      <div className="info-actions">
        <button
          className={follow ? 'on' : ''}
          aria-pressed={follow}
          onClick={() => engine.follow(!follow)}
          title={t('info.followLabel')}
        >
          {follow ? t('info.following') : t('info.follow')}
        </button>
        <span className="muted small">
          {shell?.propagator === 'sgp4' ? (
            t('info.sgp4')
          ) : (
            <Trans t={t} i18nKey="info.closedForm" components={{ term: <Term k="j2" /> }} />
          )}
        </span>
      </div>
      <NodeLinks engine={engine} />
    </section>
  );
}
