/**
 * The route part of the Network card: the two ends (ground stations or a satellite), the shortest
 * route by light time now with great-circle fibre beside it, the satellites along it, its breaks and
 * changes, and the chart of its latency over the next orbit (uPlot, loaded with the first route).
 */
import { Trans, useTranslation } from 'react-i18next';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useApp, type RouteEvent } from '../../../state/store';
import type { ConstellationMeta, RouteEndRef, RouteInfo } from '../../../worker/protocol';
import type { GroundStation } from '../../../scenario/schema';
import {
  endValue,
  fibreComparison,
  fibreKmFromMs,
  fmtEventTime,
  fmtLinkKm,
  fmtMs,
  noRouteExplanation,
  parseEndValue,
  routeEventText,
  type NetworkEngine,
} from './network';
import { useLinkPattern } from './linkPattern';
import { fmtCount } from '../../format';
import { DlRow } from '../../cardParts';
import { sameEnd } from '../../../engine/routeEnds';
import './network.css';
import { currentRoute, nodeLabel } from './routeLabels';
import { stationName } from '../../scenarioText';

/** Shown for a value that does not exist yet (no route). */
const NO_VALUE = '—';
const SWAP_MARK = '⇅';

// The chart (uPlot) loads with the first route, not with the app.
const RouteChart = lazy(() => import('./RouteChart').then((m) => ({ default: m.RouteChart })));

export function RouteSection({ engine, onStations }: { engine: NetworkEngine; onStations: () => void }) {
  const meta = useApp((s) => s.meta);
  const stations = useApp((s) => s.stations);
  const inView = useApp((s) => s.stationsInView);
  const from = useApp((s) => s.routeFrom);
  const to = useApp((s) => s.routeTo);
  const storeRoute = useApp((s) => s.route);
  const series = useApp((s) => s.routeSeries);
  const events = useApp((s) => s.routeEvents);
  const selected = useApp((s) => s.selected);
  const links = useApp((s) => s.links);
  const selectedLinks = useApp((s) => s.selectedLinks);
  const pattern = useLinkPattern();
  const id = useId();
  const { t } = useTranslation('network');

  // A short grace after the ends change, so "no route" does not flash before the worker answers.
  const key = `${endValue(from)}|${endValue(to)}`;
  const [settledKey, setSettledKey] = useState(key);
  useEffect(() => {
    const t = setTimeout(() => setSettledKey(key), 1500);
    return () => clearTimeout(t);
  }, [key]);

  const route = currentRoute(storeRoute, from, to);
  const both = !!from && !!to;
  const pending = both && !route && settledKey !== key;
  const seriesNow =
    series && from && to && sameEnd(series.from, from) && sameEnd(series.to, to) ? series : null;

  // Great-circle fibre between two stations: from the route, else from the chart's series (same numbers).
  const fibreMs = route?.fibreMs ?? seriesNow?.fibreMs ?? null;
  const fibreKm = route?.fibreKm ?? (fibreMs !== null ? fibreKmFromMs(fibreMs) : null);

  const pick = (which: 'from' | 'to', v: string) => {
    const ref = parseEndValue(v);
    if (which === 'from') engine.setRouteEnds(ref, to);
    else engine.setRouteEnds(from, ref);
  };
  const pickFrom = (v: string) => pick('from', v);
  const pickTo = (v: string) => pick('to', v);

  let status: { cls: string; text: string };
  if (!both) status = { cls: 'idle', text: t('route.statusIdle') };
  else if (sameEnd(from, to)) status = { cls: 'none', text: t('route.statusSame') };
  else if (route) status = { cls: 'ok', text: t('route.statusOk') };
  else if (pending) status = { cls: 'pending', text: t('route.statusPending') };
  else
    status = {
      cls: 'none',
      text: noRouteExplanation({
        from: from!,
        to: to!,
        stations,
        stationsInView: inView,
        linksUp: links ? links.up : null,
        pattern,
        nodeName: (i) => nodeLabel(meta, i),
        nodeLinks: selected !== null && selectedLinks ? { node: selected, links: selectedLinks } : null,
      }),
    };
  const comparison = route ? fibreComparison({ latencyMs: route.latencyMs, fibreMs }) : null;
  const now = engine.clock.now();

  return (
    <div className="net-route" data-testid="route-panel">
      <div className="net-ends">
        <label htmlFor={`${id}-from`}>{t('route.from')}</label>
        <EndSelect
          id={`${id}-from`}
          testId="route-from"
          value={from}
          stations={stations}
          selected={selected}
          meta={meta}
          onChange={pickFrom}
        />
        <label htmlFor={`${id}-to`}>{t('route.to')}</label>
        <EndSelect
          id={`${id}-to`}
          testId="route-to"
          value={to}
          stations={stations}
          selected={selected}
          meta={meta}
          onChange={pickTo}
        />
        <div className="net-end-actions">
          <button
            data-testid="route-swap"
            onClick={() => engine.setRouteEnds(to, from)}
            disabled={!from && !to}
            aria-label={t('route.swapName')}
          >
            <span aria-hidden="true">{SWAP_MARK}</span> {t('route.swap')}
          </button>
          <button
            data-testid="route-clear"
            onClick={() => engine.setRouteEnds(null, null)}
            disabled={!from && !to}
            aria-label={t('route.clearName')}
          >
            {t('route.clear')}
          </button>
        </div>
      </div>
      {stations.length === 0 && (
        <p className="small muted net-tip">
          <Trans
            t={t}
            i18nKey="route.noStations"
            components={[<button className="linkish" onClick={onStations} />]}
          />
        </p>
      )}

      <p className={`net-status ${status.cls}`} data-testid="route-status" role="status" aria-live="polite">
        {status.text}
      </p>

      {both && !sameEnd(from, to) && (
        <>
          <dl className="budget-dl net-dl">
            <DlRow
              label={t('route.latency')}
              value={route ? fmtMs(route.latencyMs) : NO_VALUE}
              testId="route-latency"
              sub={t('route.latencySub')}
            />
            <DlRow
              label={t('route.hops')}
              value={route ? fmtCount(route.hops) : NO_VALUE}
              testId="route-hops"
              sub={route && t('route.hopsSub', { count: route.nodes.length })}
            />
            <DlRow
              label={t('route.pathLength')}
              value={route ? fmtLinkKm(route.pathKm) : NO_VALUE}
              testId="route-path-km"
            />
            <DlRow
              className="net-fibre"
              label={t('route.fibre')}
              value={fibreMs !== null ? fmtMs(fibreMs) : NO_VALUE}
              testId="route-fibre-latency"
              sub={fibreKm !== null ? fmtLinkKm(fibreKm) : t('route.fibreNeeds')}
            />
          </dl>
          {comparison && (
            <p
              className={`net-compare ${route && fibreMs !== null && route.latencyMs < fibreMs ? 'faster' : 'slower'}`}
              data-testid="route-compare"
            >
              {comparison}
            </p>
          )}
          {route && route.nodes.length > 0 && (
            <RoutePath route={route} stations={stations} meta={meta} engine={engine} />
          )}
          <RouteEvents events={events} nowMs={now} />
          {seriesNow ? (
            <Suspense fallback={<p className="small muted">{t('route.chartLoading')}</p>}>
              <RouteChart engine={engine} series={seriesNow} />
            </Suspense>
          ) : (
            <p className="small muted" data-testid="route-chart-pending">
              {t('route.chartPending')}
            </p>
          )}
        </>
      )}
      <details className="how net-how">
        <summary>{t('route.howTitle')}</summary>
        <div className="how-body">
          <p>{t('route.how1')}</p>
          <p>{t('route.how2')}</p>
        </div>
      </details>
    </div>
  );
}

function EndSelect({
  id,
  testId,
  value,
  stations,
  selected,
  meta,
  onChange,
}: {
  id: string;
  testId: string;
  value: RouteEndRef | null;
  stations: readonly GroundStation[];
  selected: number | null;
  meta: ConstellationMeta | null;
  onChange: (v: string) => void;
}) {
  const v = endValue(value);
  const fixedNode = value && 'node' in value && value.node !== selected ? value.node : null;
  const missingStation = value && 'station' in value && !stations[value.station];
  const { t } = useTranslation('network');
  return (
    <select id={id} data-testid={testId} value={v} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('route.choose')}</option>
      {missingStation && <option value={v}>{t('route.removedStation')}</option>}
      {stations.length > 0 && (
        <optgroup label={t('route.optStations')}>
          {stations.map((s, i) => (
            <option key={i} value={`s${i}`}>
              {stationName(s.name)}
            </option>
          ))}
        </optgroup>
      )}
      {(selected !== null || fixedNode !== null) && (
        <optgroup label={t('route.optSatellites')}>
          {selected !== null && (
            <option value={endValue({ node: selected })}>
              {t('route.optSelected', { name: nodeLabel(meta, selected, true) })}
            </option>
          )}
          {fixedNode !== null && (
            <option value={endValue({ node: fixedNode })}>{nodeLabel(meta, fixedNode, true)}</option>
          )}
        </optgroup>
      )}
    </select>
  );
}

/** From → satellites → To; satellites are buttons that select them. Long paths show their ends. */
function RoutePath({
  route,
  stations,
  meta,
  engine,
}: {
  route: RouteInfo;
  stations: readonly GroundStation[];
  meta: ConstellationMeta | null;
  engine: NetworkEngine;
}) {
  const [all, setAll] = useState(false);
  const { t } = useTranslation('network');
  const nodes = route.nodes;
  const LIMIT = 8;
  const shown: (number | null)[] =
    all || nodes.length <= LIMIT ? nodes : [...nodes.slice(0, 4), null, ...nodes.slice(-3)];
  const endText = (r: RouteEndRef) =>
    'station' in r
      ? stations[r.station]
        ? stationName(stations[r.station].name)
        : t('noRoute.removedStationName')
      : null;
  const a = endText(route.from);
  const b = endText(route.to);
  return (
    <ol className="net-path" aria-label={t('route.pathLabel')} data-testid="route-path">
      {a !== null && <li className="net-path-station">{a}</li>}
      {shown.map((n, k) =>
        n === null ? (
          <li key={`gap${k}`}>
            <button
              className="linkish"
              onClick={() => setAll(true)}
              aria-label={t('route.moreName', { count: nodes.length - 7 })}
            >
              {t('route.more', { count: nodes.length - 7 })}
            </button>
          </li>
        ) : (
          <li key={`${n}-${k}`}>
            <button
              className="linkish net-path-node"
              onClick={() => engine.select(n, { turn: true })}
              title={t('route.selectNode', { name: nodeLabel(meta, n, true) })}
            >
              {nodeLabel(meta, n)}
            </button>
          </li>
        ),
      )}
      {b !== null && <li className="net-path-station">{b}</li>}
    </ol>
  );
}

const KIND_KEY = {
  broken: 'events.broken',
  restored: 'events.restored',
  changed: 'events.changed',
} as const;

function RouteEvents({ events, nowMs }: { events: readonly RouteEvent[]; nowMs: number }) {
  const [all, setAll] = useState(false);
  const { t } = useTranslation('network');
  const newestFirst = [...events].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, 4);
  return (
    <div className="net-events">
      <h4>{t('events.title')}</h4>
      {shown.length === 0 ? (
        <p className="small muted" data-testid="route-events">
          {t('events.none')}
        </p>
      ) : (
        <ul data-testid="route-events" aria-label={t('events.listLabel')}>
          {shown.map((e, i) => (
            <li key={`${e.tMs}-${i}`} className={`net-event ${e.kind}`}>
              <span className="net-event-time">{fmtEventTime(e.tMs, nowMs)}</span>
              <span className="net-event-kind">{t(KIND_KEY[e.kind])}</span>
              <span className="net-event-text">
                {routeEventText(e)}
                {(e.merged ?? 1) > 1 && (
                  <span className="muted"> {t('events.merged', { count: e.merged ?? 1 })}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {events.length > 4 && (
        <button className="linkish small" onClick={() => setAll(!all)}>
          {all ? t('events.showLatest') : t('events.showAll', { count: events.length })}
        </button>
      )}
    </div>
  );
}
