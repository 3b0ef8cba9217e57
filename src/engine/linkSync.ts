/**
 * Keeps the link network fresh on the main thread, outside React: asks the link worker for the
 * network at the simulated time (≈ 4 Hz while time moves, at once after a jump, a new selection, a
 * new route or a station edit), writes what the scene draws into sceneData and what the panels
 * show into the store, notices when the shown route breaks, comes back or changes, and keeps the
 * route's latency chart over the next orbit.
 */
import { sceneData } from '../scene/sceneData';
import { MAX_ROUTE_EVENTS, useApp, type RouteEndRef, type RouteEvent } from '../state/store';
import { addRouteLogEntry, routeLogStart, routeLogStep, type RouteLogState } from '../sim/routeLog';
import type { CoreClient } from '../worker/client';
import type { WorkerResponse } from '../worker/protocol';
import type { ConstellationMeta } from '../scenario/types';
import type { RouteInfo } from '../scenario/linkNetwork';
import type { GroundStation } from '../scenario/schema';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import { keplerPeriodS } from '../sim/kepler';
import { sameArray } from '../sim/arrays';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { routeChain, sameEnd } from './routeEnds';
import { RequestLoop } from './requestLoop';
import { engineMsg } from '../scenario/engineMessages';

type LinksReply = Extract<WorkerResponse, { type: 'links' }>;
type RouteSeriesReply = Extract<WorkerResponse, { type: 'routeSeries' }>;
type LinksQuery = {
  tMs: number;
  selected: number;
  route: { from: RouteEndRef; to: RouteEndRef } | null;
  stations: GroundStation[];
};
type SeriesQuery = {
  from: RouteEndRef;
  to: RouteEndRef;
  startMs: number;
  stepS: number;
  count: number;
  stations: GroundStation[];
};

/** Route chart: samples over the next orbit, one a minute. */
const SERIES_STEP_S = 60;
/** Least wall time between two link requests, ms (≈ 4 Hz). */
export const LINKS_INTERVAL_MS = 250;
/** Largest share of the link worker's time the periodic requests take. */
export const LINKS_WORK_SHARE = 1 / 3;

export class LinkSync {
  /** Something changed that the next reply must reflect: ask at the next tick even if time stood still. */
  private dirty = true;
  private lastSimMs = NaN;
  private seriesDirty = false;
  private seriesRange: [number, number] = [NaN, NaN];
  /** What the route's log remembers of the last reply for the same ends (src/sim/routeLog.ts). */
  private routeLog: RouteLogState = routeLogStart();
  private meta: ConstellationMeta | null = null;
  readonly links: RequestLoop<LinksQuery, LinksReply>;
  readonly series: RequestLoop<SeriesQuery, RouteSeriesReply>;

  constructor(
    client: CoreClient,
    private readonly changed: () => void,
    wallMs?: () => number,
  ) {
    this.links = new RequestLoop({
      send: (q) => client.request({ type: 'links', ...q }),
      apply: (r, q) => {
        this.lastSimMs = q.tMs;
        this.onLinks(r);
      },
      fail: (e) => useApp.getState().notify('error', engineMsg('linksFailed', { reason: e.message })),
      minIntervalMs: LINKS_INTERVAL_MS,
      workShare: LINKS_WORK_SHARE,
      computeMs: (r) => r.computeMs,
      wallMs,
    });
    this.series = new RequestLoop({
      send: (q) => client.request({ type: 'routeSeries', ...q }),
      apply: (r) => {
        const span = (r.count - 1) * r.stepS * 1000;
        // Refresh once time has left the first half of the chart (or gone back before it).
        this.seriesRange = [r.startMs - 1000, r.startMs + span / 2];
        const { type: _t, seq: _s, computeMs: _c, ...data } = r;
        useApp.getState().setRouteSeries(data);
      },
      // Not asked again every frame: the loop backs off, and the ends, stations or scenario changing start over.
      fail: (e) => useApp.getState().notify('error', engineMsg('routeChartFailed', { reason: e.message })),
      backoffMs: 10_000,
      wallMs,
    });
  }

  /** A scenario was loaded (its stations become the list); `keepRoute` keeps the chosen ends where they still exist. */
  reset(meta: ConstellationMeta, keepRoute: boolean): void {
    const before = this.meta;
    this.meta = meta;
    this.restart();
    this.routeLog = routeLogStart();
    const st = useApp.getState();
    const stations = meta.groundStations.map((s) => ({ ...s }));
    // An edit may renumber satellites: a satellite end follows its id, a station end its name.
    const valid = (e: RouteEndRef | null): RouteEndRef | null => {
      if (!keepRoute || !e) return null;
      if ('station' in e)
        return e.station < stations.length && st.stations[e.station]?.name === stations[e.station].name
          ? e
          : null;
      if (!before || !(e.node >= 0 && e.node < before.total)) return null;
      const node = findSatellite(meta.shells, satelliteIdentity(before.shells, e.node).id);
      return node === null ? null : { node };
    };
    const from = valid(st.routeFrom),
      to = valid(st.routeTo);
    useApp.getState().resetNetwork(stations, from, to);
    this.writeStations(stations);
    sceneData.links = null;
    sceneData.linksVersion++;
    sceneData.route = new Int32Array(0);
    sceneData.routeVersion++;
  }

  /** The station list changed (an edit): the next request carries it. */
  setStations(stations: GroundStation[], from: RouteEndRef | null, to: RouteEndRef | null): void {
    this.restart();
    // What the scene draws names stations by index: until the next reply, draw no station links
    // and no route rather than the old indices against the new list.
    if (sceneData.links) {
      sceneData.links = { ...sceneData.links, ground: new Uint32Array(0) };
      sceneData.linksVersion++;
    }
    sceneData.route = new Int32Array(0);
    sceneData.routeVersion++;
    const endsChanged =
      !sameEnd(from, useApp.getState().routeFrom) || !sameEnd(to, useApp.getState().routeTo);
    if (endsChanged) this.routeLog = routeLogStart();
    useApp.getState().setStations(stations, from, to);
    this.writeStations(stations);
  }

  /** New route ends: ask at once, start a new chart and a new event list. */
  setRoute(from: RouteEndRef | null, to: RouteEndRef | null): void {
    const st = useApp.getState();
    if (sameEnd(from, st.routeFrom) && sameEnd(to, st.routeTo)) return;
    this.routeLog = routeLogStart();
    this.restart();
    useApp.getState().setRouteEnds(from, to);
    sceneData.route = new Int32Array(0);
    sceneData.routeVersion++;
    this.changed();
  }

  /** Something the reply depends on changed (the selection): ask at the next tick, not after the throttle. */
  invalidate(): void {
    this.dirty = true;
    this.links.hurry();
  }

  /** Earlier replies are stale (a new scenario, new ends, a restarted worker): drop them and ask again at once (links and the chart). */
  restart(): void {
    this.links.invalidate();
    this.series.invalidate();
    this.dirty = true;
    this.seriesDirty = true;
  }

  /** Called every frame with the simulated time. */
  tick(simMs: number): void {
    if (!this.meta) return;
    this.maybeRequestLinks(simMs);
    this.maybeRequestSeries(simMs);
  }

  private maybeRequestLinks(simMs: number): void {
    if (!this.links.canAsk()) return;
    if (!this.dirty && Math.abs(simMs - this.lastSimMs) < 1000) return;
    const st = useApp.getState();
    if (this.meta!.links.pattern === 'none' && st.stations.length === 0) {
      // Nothing to compute (no links, no stations): spare the worker a pass over every satellite.
      this.dirty = false;
      if (st.links || sceneData.links) {
        st.clearLinkReport();
        sceneData.links = null;
        sceneData.linksVersion++;
        this.changed();
      }
      return;
    }
    this.dirty = false;
    const route = st.routeFrom && st.routeTo ? { from: st.routeFrom, to: st.routeTo } : null;
    this.links.ask({ tMs: simMs, selected: sceneData.selected, route, stations: st.stations });
  }

  private onLinks(r: LinksReply): void {
    const old = sceneData.links;
    const meta = this.meta!;
    if (!old || !sameArray(old.pairs, r.draw.pairs) || !sameArray(old.ground, r.draw.ground)) {
      sceneData.links = {
        pairs: r.draw.pairs,
        ground: r.draw.ground,
        maxRangeKm: meta.links.maxRangeKm,
        grazingAltitudeKm: meta.links.grazingAltitudeKm,
      };
      sceneData.linksVersion++;
    }
    const chain = routeChain(r.route);
    if (!sameArray(chain, sceneData.route)) {
      sceneData.route = chain;
      sceneData.routeVersion++;
    }
    const { pairs: _p, ground: _g, ...draw } = r.draw;
    const st = useApp.getState();
    const events = this.routeEvents(r.tMs, r.route, st.stations, r.stationsInView);
    st.setLinkReport(
      {
        links: r.counts,
        linkDraw: draw,
        // A reply asked for before a new selection lists the old node's links: not shown (the new ask is on its way).
        selectedLinks: r.selected === sceneData.selected ? r.selectedLinks : null,
        stationsInView: Array.from(r.stationsInView),
        route: r.route,
      },
      events,
    );
    if (r.routeError) st.notify('error', engineMsg('noRoute', { reason: r.routeError }));
    this.changed();
  }

  /** The route's log after this reply (null: unchanged): src/sim/routeLog.ts decides what a reader is told. */
  private routeEvents(
    tMs: number,
    now: RouteInfo | null,
    stations: GroundStation[],
    inView: ArrayLike<number>,
  ): RouteEvent[] | null {
    const st = useApp.getState();
    if (!st.routeFrom || !st.routeTo) {
      this.routeLog = routeLogStart();
      return null;
    }
    const { state, entry } = routeLogStep(this.routeLog, now, tMs, this.blindEnd(stations, inView));
    this.routeLog = state;
    return entry ? addRouteLogEntry(st.routeEvents, entry, MAX_ROUTE_EVENTS) : null;
  }

  /** An end station that sees no satellite in this reply, if any (the reason a route broke). */
  private blindEnd(
    stations: GroundStation[],
    inView: ArrayLike<number>,
  ): { name: string; minElevationDeg: number } | undefined {
    const st = useApp.getState();
    for (const end of [st.routeFrom, st.routeTo]) {
      if (end && 'station' in end && (inView[end.station] ?? 0) === 0) {
        const s = stations[end.station];
        if (s) return { name: s.name, minElevationDeg: s.minElevationDeg };
      }
    }
    return undefined;
  }

  private maybeRequestSeries(simMs: number): void {
    const st = useApp.getState();
    if (!st.routeFrom || !st.routeTo || !this.series.canAsk()) return;
    if (!this.seriesDirty && simMs >= this.seriesRange[0] && simMs <= this.seriesRange[1]) return;
    const periodS = this.routePeriodS(st.route);
    const count = Math.max(2, Math.ceil(periodS / SERIES_STEP_S) + 1);
    this.seriesDirty = false;
    this.seriesRange = [NaN, NaN];
    this.series.ask({
      from: st.routeFrom,
      to: st.routeTo,
      startMs: simMs,
      stepS: SERIES_STEP_S,
      count,
      stations: st.stations,
    });
  }

  /** One orbit of the route's first satellite, else of the scenario's first shell, else 96 min. */
  private routePeriodS(route: RouteInfo | null): number {
    const meta = this.meta!;
    const shellOf = (i: number) => meta.shells[satelliteIdentity(meta.shells, i).shellIndex];
    const sh =
      route && route.nodes.length
        ? shellOf(route.nodes[0])
        : meta.shells.find((s) => s.altitudeKm !== undefined);
    return sh?.altitudeKm !== undefined ? keplerPeriodS(EARTH_RADIUS_KM + sh.altitudeKm) : 5760;
  }

  private writeStations(stations: GroundStation[]): void {
    sceneData.stations = stations.map((s) => ({
      name: s.name,
      latDeg: s.latDeg,
      lonDeg: s.lonDeg,
      minElevationDeg: s.minElevationDeg,
    }));
    sceneData.stationsVersion++;
    this.changed();
  }
}
