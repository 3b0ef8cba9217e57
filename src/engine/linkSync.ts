/**
 * Keeps the link network fresh on the main thread, outside React: asks the link worker for the
 * network at the simulated time (≈ 4 Hz while time moves, at once after a jump, a new selection, a
 * new route or a station edit), writes what the scene draws into sceneData and what the panels
 * show into the store, notices when the shown route breaks, comes back or changes, and keeps the
 * route's latency chart over the next orbit.
 */
import { sceneData } from '../scene/sceneData';
import { useApp, type RouteEvent } from '../state/store';
import type { CoreClient } from '../worker/client';
import type { ConstellationMeta, RouteEndRef, RouteInfo, WorkerResponse } from '../worker/protocol';
import type { GroundStation } from '../scenario/schema';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import { keplerPeriodS } from '../sim/orbit';
import { sameArray } from '../sim/arrays';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { routeChain, sameEnd } from './routeEnds';

/** Route chart: samples over the next orbit, one a minute. */
const SERIES_STEP_S = 60;
const MAX_EVENTS = 20;

export class LinkSync {
  private inFlight = false;
  private dirty = true;
  private lastWallMs = -Infinity;
  private lastSimMs = NaN;
  private lastComputeMs = 0;
  /** Bumped on every load and edit that makes earlier replies stale. */
  private token = 0;
  private seriesInFlight = false;
  private seriesDirty = false;
  private seriesRange: [number, number] = [NaN, NaN];
  /** The route of the last reply for the same ends (undefined: no reply yet for these ends). */
  private lastRoute: RouteInfo | null | undefined = undefined;
  private meta: ConstellationMeta | null = null;

  constructor(
    private readonly client: CoreClient,
    private readonly changed: () => void,
  ) {}

  /** A scenario was loaded (its stations become the list); `keepRoute` keeps the chosen ends where they still exist. */
  reset(meta: ConstellationMeta, keepRoute: boolean): void {
    const before = this.meta;
    this.meta = meta;
    this.restart();
    this.lastComputeMs = 0;
    this.lastRoute = undefined;
    const st = useApp.getState();
    const stations = meta.groundStations.map((s) => ({ ...s }));
    // An edit may renumber satellites: a satellite end follows its id, a station end its name.
    const valid = (e: RouteEndRef | null): RouteEndRef | null => {
      if (!keepRoute || !e) return null;
      if ('station' in e) return e.station < stations.length && st.stations[e.station]?.name === stations[e.station].name ? e : null;
      if (!before || !(e.node >= 0 && e.node < before.total)) return null;
      const node = findSatellite(meta.shells, satelliteIdentity(before.shells, e.node).id);
      return node === null ? null : { node };
    };
    const from = valid(st.routeFrom), to = valid(st.routeTo);
    useApp.getState().set({
      stations,
      stationsInView: [],
      links: null,
      linkDraw: null,
      selectedLinks: null,
      route: null,
      routeSeries: null,
      routeEvents: [],
      routeFrom: from,
      routeTo: to,
    });
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
    const endsChanged = !sameEnd(from, useApp.getState().routeFrom) || !sameEnd(to, useApp.getState().routeTo);
    if (endsChanged) this.lastRoute = undefined;
    useApp.getState().set({ stations, routeFrom: from, routeTo: to, ...(endsChanged ? { route: null, routeSeries: null, routeEvents: [] } : {}) });
    this.writeStations(stations);
  }

  /** New route ends: ask at once, start a new chart and a new event list. */
  setRoute(from: RouteEndRef | null, to: RouteEndRef | null): void {
    const st = useApp.getState();
    if (sameEnd(from, st.routeFrom) && sameEnd(to, st.routeTo)) return;
    this.lastRoute = undefined;
    this.restart();
    useApp.getState().set({ routeFrom: from, routeTo: to, route: null, routeSeries: null, routeEvents: [] });
    sceneData.route = new Int32Array(0);
    sceneData.routeVersion++;
    this.changed();
  }

  /** Something the reply depends on changed (the selection): ask at the next tick, not after the throttle. */
  invalidate(): void {
    this.dirty = true;
    this.lastWallMs = -Infinity;
  }

  /** Earlier replies are stale: drop them and ask again at once (links and the chart). */
  private restart(): void {
    this.token++;
    this.inFlight = false;
    this.seriesInFlight = false;
    this.dirty = true;
    this.seriesDirty = true;
    this.lastWallMs = -Infinity;
  }

  /** Called every frame with the simulated time. */
  tick(simMs: number): void {
    if (!this.meta) return;
    this.maybeRequestLinks(simMs);
    this.maybeRequestSeries(simMs);
  }

  private maybeRequestLinks(simMs: number): void {
    if (this.inFlight) return;
    const wall = performance.now();
    // At most ≈ 4 Hz, and never more than a third of the link worker's time.
    if (wall - this.lastWallMs < Math.max(250, 3 * this.lastComputeMs)) return;
    if (!this.dirty && Math.abs(simMs - this.lastSimMs) < 1000) return;
    const st = useApp.getState();
    if (this.meta!.links.pattern === 'none' && st.stations.length === 0) {
      // Nothing to compute (no links, no stations): spare the worker a pass over every satellite.
      this.dirty = false;
      if (st.links || sceneData.links) {
        st.set({ links: null, linkDraw: null, selectedLinks: null, route: null });
        sceneData.links = null;
        sceneData.linksVersion++;
        this.changed();
      }
      return;
    }
    this.dirty = false;
    this.inFlight = true;
    this.lastWallMs = wall;
    const token = this.token;
    const route = st.routeFrom && st.routeTo ? { from: st.routeFrom, to: st.routeTo } : null;
    void this.client.request({ type: 'links', tMs: simMs, selected: sceneData.selected, route, stations: st.stations }).then((r) => {
      if (token !== this.token) return;
      this.inFlight = false;
      this.lastSimMs = simMs;
      this.onLinks(r);
    });
  }

  private onLinks(r: WorkerResponse): void {
    if (r.type === 'error') {
      useApp.getState().set({ notice: { kind: 'error', text: `Links could not be computed: ${r.message}` } });
      return;
    }
    if (r.type !== 'links') return;
    this.lastComputeMs = r.computeMs;
    const old = sceneData.links;
    const meta = this.meta!;
    if (!old || !sameArray(old.pairs, r.draw.pairs) || !sameArray(old.ground, r.draw.ground)) {
      sceneData.links = { pairs: r.draw.pairs, ground: r.draw.ground, maxRangeKm: meta.links.maxRangeKm, grazingAltitudeKm: meta.links.grazingAltitudeKm };
      sceneData.linksVersion++;
    }
    const chain = routeChain(r.route);
    if (!sameArray(chain, sceneData.route)) {
      sceneData.route = chain;
      sceneData.routeVersion++;
    }
    const { pairs: _p, ground: _g, ...draw } = r.draw;
    const st = useApp.getState();
    const events = this.routeEvent(r.tMs, r.route, st.stations, r.stationsInView);
    st.set({
      links: r.counts,
      linkDraw: draw,
      // A reply asked for before a new selection lists the old node's links: not shown (the new ask is on its way).
      selectedLinks: r.selected === sceneData.selected ? r.selectedLinks : null,
      stationsInView: Array.from(r.stationsInView),
      route: r.route,
      ...(events ? { routeEvents: [...st.routeEvents, events].slice(-MAX_EVENTS) } : {}),
      ...(r.routeError ? { notice: { kind: 'error' as const, text: `No route: ${r.routeError}.` } } : {}),
    });
    this.changed();
  }

  /** A break, return or change of the route between two replies for the same ends, or null. */
  private routeEvent(tMs: number, now: RouteInfo | null, stations: GroundStation[], inView: ArrayLike<number>): RouteEvent | null {
    const before = this.lastRoute;
    this.lastRoute = now;
    if (before === undefined || !useApp.getState().routeFrom || !useApp.getState().routeTo) return null;
    if (before && !now) return { tMs, kind: 'broken', text: `The route broke (${this.whyNone(stations, inView)})` };
    if (!before && now) return { tMs, kind: 'restored', text: `A route is back: ${now.hops} hops, ${now.latencyMs.toFixed(1)} ms` };
    if (before && now && (before.hops !== now.hops || before.nodes[0] !== now.nodes[0] || before.nodes[before.nodes.length - 1] !== now.nodes[now.nodes.length - 1])) {
      const via = (r: RouteInfo) => (r.nodes.length ? satelliteIdentity(this.meta!.shells, r.nodes[0]).id : '—');
      return {
        tMs,
        kind: 'changed',
        text: `${before.hops} → ${now.hops} hops, ${before.latencyMs.toFixed(1)} → ${now.latencyMs.toFixed(1)} ms${before.nodes[0] !== now.nodes[0] ? `, up-link now via ${via(now)}` : ''}`,
      };
    }
    return null;
  }

  /** Why there is no route, from this reply's visibility. */
  private whyNone(stations: GroundStation[], inView: ArrayLike<number>): string {
    const st = useApp.getState();
    for (const end of [st.routeFrom, st.routeTo]) {
      if (end && 'station' in end && (inView[end.station] ?? 0) === 0) {
        const s = stations[end.station];
        if (s) return `${s.name} sees no satellite above ${s.minElevationDeg}°`;
      }
    }
    return 'no chain of links that are up joins the two ends';
  }

  private maybeRequestSeries(simMs: number): void {
    const st = useApp.getState();
    if (this.seriesInFlight || !st.routeFrom || !st.routeTo) return;
    if (!this.seriesDirty && simMs >= this.seriesRange[0] && simMs <= this.seriesRange[1]) return;
    this.seriesDirty = false;
    this.seriesInFlight = true;
    const periodS = this.routePeriodS(st.route);
    const count = Math.max(2, Math.ceil(periodS / SERIES_STEP_S) + 1);
    const token = this.token;
    const startMs = simMs;
    void this.client
      .request({ type: 'routeSeries', from: st.routeFrom, to: st.routeTo, startMs, stepS: SERIES_STEP_S, count, stations: st.stations })
      .then((r) => {
        if (token !== this.token) return;
        this.seriesInFlight = false;
        if (r.type === 'error') {
          // Not asked again every frame: only once the ends, the stations or the scenario change.
          this.seriesRange = [-Infinity, Infinity];
          useApp.getState().set({ notice: { kind: 'error', text: `The route chart could not be computed: ${r.message}` } });
          return;
        }
        if (r.type !== 'routeSeries') return;
        const span = (r.count - 1) * r.stepS * 1000;
        // Refresh once time has left the first half of the chart (or gone back before it).
        this.seriesRange = [r.startMs - 1000, r.startMs + span / 2];
        const { type: _t, seq: _s, ...data } = r;
        useApp.getState().set({ routeSeries: data });
      });
  }

  /** One orbit of the route's first satellite, else of the scenario's first shell, else 96 min. */
  private routePeriodS(route: RouteInfo | null): number {
    const meta = this.meta!;
    const shellOf = (i: number) => meta.shells[satelliteIdentity(meta.shells, i).shellIndex];
    const sh = route && route.nodes.length ? shellOf(route.nodes[0]) : meta.shells.find((s) => s.altitudeKm !== undefined);
    return sh?.altitudeKm !== undefined ? keplerPeriodS(EARTH_RADIUS_KM + sh.altitudeKm) : 5760;
  }

  private writeStations(stations: GroundStation[]): void {
    sceneData.stations = stations.map((s) => ({ name: s.name, latDeg: s.latDeg, lonDeg: s.lonDeg, minElevationDeg: s.minElevationDeg }));
    sceneData.stationsVersion++;
    this.changed();
  }
}

