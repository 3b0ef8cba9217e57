/**
 * The route part of the Network card: the two ends (ground stations or a satellite), the shortest
 * route by light time now with great-circle fibre beside it, the satellites along it, its breaks and
 * changes, and the chart of its latency over the next orbit (uPlot, loaded with the first route).
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useApp } from '../../../state/store';
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
  type NetworkEngine,
} from './network';
import { useLinkPattern } from './linkPattern';
import { fmtCount } from '../../format';
import { DlRow } from '../../cardParts';
import { sameEnd } from '../../../engine/routeEnds';
import './network.css';
import { currentRoute, nodeLabel } from './routeLabels';

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

  let status: { cls: string; text: string };
  if (!both) status = { cls: 'idle', text: 'Choose two ends: ground stations, or the selected satellite.' };
  else if (sameEnd(from, to)) status = { cls: 'none', text: 'Choose two different ends.' };
  else if (route) status = { cls: 'ok', text: 'Route now' };
  else if (pending) status = { cls: 'pending', text: 'Finding the route…' };
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
        <label htmlFor={`${id}-from`}>From</label>
        <EndSelect
          id={`${id}-from`}
          testid="route-from"
          value={from}
          stations={stations}
          selected={selected}
          meta={meta}
          onChange={(v) => pick('from', v)}
        />
        <label htmlFor={`${id}-to`}>To</label>
        <EndSelect
          id={`${id}-to`}
          testid="route-to"
          value={to}
          stations={stations}
          selected={selected}
          meta={meta}
          onChange={(v) => pick('to', v)}
        />
        <div className="net-end-actions">
          <button
            data-testid="route-swap"
            onClick={() => engine.setRouteEnds(to, from)}
            disabled={!from && !to}
            title="Swap the ends"
          >
            ⇅ Swap
          </button>
          <button
            data-testid="route-clear"
            onClick={() => engine.setRouteEnds(null, null)}
            disabled={!from && !to}
          >
            Clear
          </button>
        </div>
      </div>
      {stations.length === 0 && (
        <p className="small muted net-tip">
          This scenario has no ground stations.{' '}
          <button className="linkish" onClick={onStations}>
            Add one
          </button>{' '}
          or select a satellite to route from it.
        </p>
      )}

      <p className={`net-status ${status.cls}`} data-testid="route-status" role="status" aria-live="polite">
        {status.text}
      </p>

      {both && !sameEnd(from, to) && (
        <>
          <dl className="budget-dl net-dl">
            <DlRow
              label="One-way latency"
              value={route ? fmtMs(route.latencyMs) : '—'}
              testId="route-latency"
              sub="light time along the path (in vacuum)"
            />
            <DlRow
              label="Hops"
              value={route ? fmtCount(route.hops) : '—'}
              testId="route-hops"
              sub={
                route && (
                  <>
                    {route.nodes.length === 1 ? '1 satellite' : `${fmtCount(route.nodes.length)} satellites`},
                    up- and downlinks included
                  </>
                )
              }
            />
            <DlRow label="Path length" value={route ? fmtLinkKm(route.pathKm) : '—'} testId="route-path-km" />
            <DlRow
              className="net-fibre"
              label="Fibre (great circle, ⅔ c)"
              value={fibreMs !== null ? fmtMs(fibreMs) : '—'}
              testId="route-fibre-latency"
              sub={fibreKm !== null ? fmtLinkKm(fibreKm) : 'needs two ground stations'}
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
            <Suspense fallback={<p className="small muted">Loading the chart…</p>}>
              <RouteChart engine={engine} series={seriesNow} />
            </Suspense>
          ) : (
            <p className="small muted" data-testid="route-chart-pending">
              Computing the latency over the next orbit…
            </p>
          )}
        </>
      )}
      <details className="how net-how">
        <summary>How is the route found?</summary>
        <div className="how-body">
          <p>
            The shortest path by light time (Dijkstra) through the laser links that are up now, plus the up-
            and downlinks between each end station and every satellite it sees at or above its minimum
            elevation. A link is up when both satellites are within the scenario’s range and the line between
            them clears the Earth and its atmosphere.
          </p>
          <p>
            Latency is distance ÷ the speed of light; no switching, queueing or processing delay is added.
            Fibre is the great-circle distance at ⅔ of the speed of light — real cables take longer paths, so
            real fibre is slower still.
          </p>
        </div>
      </details>
    </div>
  );
}

function EndSelect({
  id,
  testid,
  value,
  stations,
  selected,
  meta,
  onChange,
}: {
  id: string;
  testid: string;
  value: RouteEndRef | null;
  stations: readonly GroundStation[];
  selected: number | null;
  meta: ConstellationMeta | null;
  onChange: (v: string) => void;
}) {
  const v = endValue(value);
  const fixedNode = value && 'node' in value && value.node !== selected ? value.node : null;
  const missingStation = value && 'station' in value && !stations[value.station];
  return (
    <select id={id} data-testid={testid} value={v} onChange={(e) => onChange(e.target.value)}>
      <option value="">Choose…</option>
      {missingStation && <option value={v}>(a removed station)</option>}
      {stations.length > 0 && (
        <optgroup label="Ground stations">
          {stations.map((s, i) => (
            <option key={i} value={`s${i}`}>
              {s.name}
            </option>
          ))}
        </optgroup>
      )}
      {(selected !== null || fixedNode !== null) && (
        <optgroup label="Satellites">
          {selected !== null && (
            <option value={`n${selected}`}>Selected: {nodeLabel(meta, selected, true)}</option>
          )}
          {fixedNode !== null && <option value={`n${fixedNode}`}>{nodeLabel(meta, fixedNode, true)}</option>}
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
  const nodes = route.nodes;
  const LIMIT = 8;
  const shown: (number | null)[] =
    all || nodes.length <= LIMIT ? nodes : [...nodes.slice(0, 4), null, ...nodes.slice(-3)];
  const endText = (r: RouteEndRef) => ('station' in r ? (stations[r.station]?.name ?? '?') : null);
  const a = endText(route.from);
  const b = endText(route.to);
  return (
    <ol className="net-path" aria-label="Path" data-testid="route-path">
      {a !== null && <li className="net-path-station">{a}</li>}
      {shown.map((n, k) =>
        n === null ? (
          <li key={`gap${k}`}>
            <button className="linkish" onClick={() => setAll(true)}>
              … {fmtCount(nodes.length - 7)} more
            </button>
          </li>
        ) : (
          <li key={`${n}-${k}`}>
            <button
              className="linkish net-path-node"
              onClick={() => engine.select(n, { turn: true })}
              title={`Select ${nodeLabel(meta, n, true)}`}
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

const KIND_TEXT = { broken: 'Broken', restored: 'Restored', changed: 'Changed' } as const;

function RouteEvents({
  events,
  nowMs,
}: {
  events: readonly { tMs: number; kind: 'broken' | 'restored' | 'changed'; text: string }[];
  nowMs: number;
}) {
  const [all, setAll] = useState(false);
  const newestFirst = [...events].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, 4);
  return (
    <div className="net-events">
      <h4>Breaks and changes</h4>
      {shown.length === 0 ? (
        <p className="small muted" data-testid="route-events">
          None since the ends were chosen.
        </p>
      ) : (
        <ul data-testid="route-events" aria-label="Route breaks and changes, newest first">
          {shown.map((e, i) => (
            <li key={`${e.tMs}-${i}`} className={`net-event ${e.kind}`}>
              <span className="net-event-time">{fmtEventTime(e.tMs, nowMs)}</span>
              <span className="net-event-kind">{KIND_TEXT[e.kind] ?? e.kind}</span>
              <span className="net-event-text">{e.text}</span>
            </li>
          ))}
        </ul>
      )}
      {events.length > 4 && (
        <button className="linkish small" onClick={() => setAll(!all)}>
          {all ? 'Show the latest 4' : `Show all ${fmtCount(events.length)}`}
        </button>
      )}
    </div>
  );
}
