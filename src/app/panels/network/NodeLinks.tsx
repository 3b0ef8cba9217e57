/**
 * The selected satellite's links (store.selectedLinks, ≈ 4 Hz): each neighbour (click selects it),
 * length, one-way light time, up or down, in the worker's order (LinkNetwork.linksOf: up first,
 * then by length); a line with how many are up.
 */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import { fmtLinkKm, fmtMs, nodeLinksSummary } from './network';
import { useLinkPattern } from './linkPattern';
import { nodeLabel } from './routeLabels';
import './network.css';

const SHOW = 8;

export function NodeLinks({
  engine,
}: {
  engine: { select(index: number | null, opts?: { turn?: boolean }): void };
}) {
  const selected = useApp((s) => s.selected);
  const meta = useApp((s) => s.meta);
  const selectedLinks = useApp((s) => s.selectedLinks);
  const pattern = useLinkPattern();
  const [all, setAll] = useState(false);
  const { t } = useTranslation('network');
  if (selected === null || !meta) return null;
  let body;
  if (pattern === 'none') {
    body = (
      <p className="small muted" data-testid="node-links-none">
        {t('totals.noIsl')}
      </p>
    );
  } else if (!selectedLinks) {
    body = (
      <p className="small muted" role="status">
        {t('node.finding')}
      </p>
    );
  } else {
    const shown = all ? selectedLinks : selectedLinks.slice(0, SHOW);
    body = (
      <>
        <p className="small node-links-summary" data-testid="node-links-summary">
          {nodeLinksSummary(selectedLinks)}
        </p>
        {selectedLinks.length > 0 && (
          <ul className="node-links" data-testid="node-links" aria-label={t('node.listLabel')}>
            {shown.map((l) => {
              const ok = l.node >= 0 && l.node < meta.total;
              const who = ok ? satelliteIdentity(meta.shells, l.node) : null;
              return (
                <li
                  key={l.node}
                  className={`node-link-row ${l.up ? 'up' : 'down'}`}
                  data-testid="node-link-row"
                >
                  <button
                    className="linkish node-link-peer"
                    disabled={!ok}
                    onClick={() => ok && engine.select(l.node, { turn: true })}
                    title={who ? t('node.select', { name: nodeLabel(meta, l.node, true) }) : undefined}
                  >
                    {who ? who.id : `#${l.node}`}
                  </button>
                  <span className="node-link-km">{fmtLinkKm(l.lengthKm)}</span>
                  <span className="node-link-ms">{fmtMs(l.latencyMs)}</span>
                  <span className={`node-link-state ${l.up ? 'up' : 'down'}`}>
                    {l.up ? t('node.up') : t('node.down')}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {selectedLinks.length > SHOW && (
          <button className="linkish small" onClick={() => setAll(!all)}>
            {all ? t('node.showFewer') : t('node.showAll', { count: selectedLinks.length })}
          </button>
        )}
      </>
    );
  }
  return (
    <div className="node-links-section" data-testid="node-links-section">
      <h4>{t('node.title')}</h4>
      {body}
    </div>
  );
}
