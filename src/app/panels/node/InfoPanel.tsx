/** The selected satellite: identity and live orbit numbers, refreshed at 4 Hz. */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { Term } from '../../cardParts';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import { satelliteStateKm } from '../../../scene/satellitePosition';
import { readout, type Readout } from '../../../sim/orbitReadout';
import { fmtDeg, fmtKm, fmtKmS, fmtLat, fmtLon, fmtMin } from '../../format';
import { shellCss } from '../../../scene/sceneData';
import type { Engine } from '../../../engine/engine';
import { NodeLinks } from '../network/NodeLinks';

const state = new Float64Array(6);

export function InfoPanel({ engine }: { engine: Engine }) {
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
        ['Altitude', fmtKm(r.altitudeKm), 'info-altitude'],
        ['Speed', fmtKmS(r.speedKmS), 'info-speed'],
        ['Latitude', fmtLat(r.latDeg), 'info-lat'],
        ['Longitude', fmtLon(r.lonDeg), 'info-lon'],
        ['Period', fmtMin(r.periodMin), 'info-period'],
        ['Inclination', fmtDeg(r.inclinationDeg), 'info-inclination'],
      ]
    : [];
  return (
    <section ref={el} className="card info" data-testid="info-panel" aria-label="Selected satellite">
      <header>
        <div>
          <h2 data-testid="info-name">{who.name}</h2>
          <div className="sub">
            <span data-testid="info-id">{who.id}</span> ·{' '}
            <span data-testid="info-shell">
              <i className="swatch" style={{ background: shellCss(who.shellIndex) }} />
              {shell?.name}
            </span>
          </div>
        </div>
        <button
          className="icon"
          aria-label="Deselect (Esc)"
          title="Deselect (Esc)"
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
        <p className="muted">No position at this time (decayed, or outside its element set's window).</p>
      )}
      <div className="info-actions">
        <button className={follow ? 'on' : ''} aria-pressed={follow} onClick={() => engine.follow(!follow)}>
          {follow ? 'Following' : 'Follow'}
        </button>
        <span className="muted small">
          {shell?.propagator === 'sgp4' ? (
            'SGP4 from its element set'
          ) : (
            <>
              Closed-form orbit with <Term k="j2">J2 drift</Term>
            </>
          )}
        </span>
      </div>
      <NodeLinks engine={engine} />
    </section>
  );
}
