/**
 * The "Network" card: the shortest route by light time between two ends (ground stations or a
 * satellite) compared with great-circle fibre, its breaks and changes, a chart of its latency over
 * the next orbit; and the ground stations (list, add by coordinates or on the globe, remove).
 * Values come from the store (the engine refreshes them ≈ 4 Hz from the link worker). The route
 * part is RouteSection.tsx, the stations part StationsSection.tsx. On phones the card starts folded
 * to one line.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { fmtMs, type NetworkEngine } from './network';
import { StationsSection } from './StationsSection';
import { isPhone } from '../../media';
import { RouteSection } from './RouteSection';
import { currentRoute, endLabel } from './routeLabels';
import './network.css';

/** Disclosure marks (hidden from screen readers: the buttons carry aria-expanded). */
const MARK_OPEN = '▾';
const MARK_CLOSED = '▸';

export function NetworkPanel({ engine }: { engine: NetworkEngine }) {
  const meta = useApp((s) => s.meta);
  const stationCount = useApp((s) => s.stations.length);
  const [open, setOpen] = useState(() => !isPhone());
  const [routeOpen, setRouteOpen] = useState(true);
  const [stationsOpen, setStationsOpen] = useState(true);
  const id = useId();
  const { t } = useTranslation('network');
  if (!meta) return null;
  return (
    <section
      className={`card network ${open ? '' : 'net-collapsed'}`}
      data-testid="network-panel"
      aria-label={t('panel.label')}
    >
      <header className="net-head">
        <h3>{t('panel.title')}</h3>
        <button
          className="net-collapse"
          data-testid="network-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          aria-label={open ? t('panel.hideName') : t('panel.showName')}
        >
          {open ? t('panel.hide') : t('panel.show')}
        </button>
      </header>
      {!open ? (
        <NetworkSummary onOpen={() => setOpen(true)} />
      ) : (
        <>
          <button
            className="net-sec-toggle"
            data-testid="network-route-toggle"
            aria-expanded={routeOpen}
            aria-controls={`${id}-route`}
            onClick={() => setRouteOpen(!routeOpen)}
          >
            <span aria-hidden="true">{routeOpen ? MARK_OPEN : MARK_CLOSED}</span> {t('panel.routeSection')}
          </button>
          {routeOpen && (
            <div id={`${id}-route`}>
              <RouteSection engine={engine} onStations={() => setStationsOpen(true)} />
            </div>
          )}
          <button
            className="net-sec-toggle"
            data-testid="network-stations-toggle"
            aria-expanded={stationsOpen}
            aria-controls={`${id}-stations`}
            onClick={() => setStationsOpen(!stationsOpen)}
          >
            <span aria-hidden="true">{stationsOpen ? MARK_OPEN : MARK_CLOSED}</span>{' '}
            {t('panel.stationsSection', { count: stationCount })}
          </button>
          {stationsOpen && (
            <div id={`${id}-stations`}>
              <StationsSection engine={engine} onRouteEnd={() => setRouteOpen(true)} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** One line for the folded card: the route now, or how to start one. */
function NetworkSummary({ onOpen }: { onOpen: () => void }) {
  const meta = useApp((s) => s.meta);
  const stations = useApp((s) => s.stations);
  const from = useApp((s) => s.routeFrom);
  const to = useApp((s) => s.routeTo);
  const route = currentRoute(
    useApp((s) => s.route),
    from,
    to,
  );
  const { t } = useTranslation('network');
  let text: string;
  if (from && to) {
    const ends = { from: endLabel(from, stations, meta), to: endLabel(to, stations, meta) };
    text = route
      ? t('panel.summaryRoute', { ...ends, latency: fmtMs(route.latencyMs), count: route.hops })
      : t('panel.summaryNoRoute', ends);
  } else {
    text = t('panel.summaryStations', { count: stations.length });
  }
  return (
    <button className="net-summary" data-testid="network-summary" onClick={onOpen}>
      {text}
    </button>
  );
}
