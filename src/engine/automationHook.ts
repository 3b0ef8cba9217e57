/**
 * `window.__constellation`: the automation hook used by e2e tests and the benchmark
 * (docs/contracts-app.md). It drives the app through the Engine API (docs/engine-api.md) and adds
 * what only tests need (checksums, frame statistics, screen positions).
 */
import { closedFormState } from '../sim/closedForm';
import { frameStats, resetFrameStats } from '../scene/frameStats';
import { sceneApi } from '../scene/sceneApi';
import type { ProbeRequest } from '../scene/gpuProbe';
import { sceneData } from '../scene/sceneData';
import { useApp, type ColorMode, type RouteEndRef } from '../state/store';
import type { Engine } from './engine';
import type { StationInput } from '../scenario/stationRules';

const scratch = new Float64Array(6);

/** Sum of positions of every satellite at the current time: equal only if two runs agree exactly. */
function checksum(engine: Engine): number {
  const t = engine.clock.now();
  let sum = 0;
  const cf = sceneData.closedForm;
  if (cf) {
    const step = Math.max(1, Math.floor(cf.count / 5000));
    for (let i = 0; i < cf.count; i += step) {
      closedFormState(cf, i, t, scratch);
      sum += scratch[0] + 2 * scratch[1] + 3 * scratch[2];
    }
  }
  const kf = sceneData.keyframes;
  if (kf) {
    const n = kf.count * kf.satCount * 8;
    for (let k = 0; k < n; k++) sum += kf.data[k] * ((k % 7) + 1);
    for (let k = 0; k < kf.status.length; k++) sum += kf.status[k];
  }
  return sum;
}

export function installTestHook(engine: Engine): void {
  const api = {
    getState: () => {
      const e = engine.getState();
      return {
        simMs: e.simMs,
        timeUtc: e.timeUtc,
        warp: e.warp,
        playing: e.playing,
        selected: e.selectedIndex,
        selectedId: e.selected,
        total: e.nodes,
        status: e.status,
        mode: e.runtime,
      };
    },
    /** The Engine API's own state and node reports (docs/engine-api.md). */
    engineState: () => engine.getState(),
    getNode: (ref: number | string) => engine.getNode(ref),
    seek: (t: number | string) => engine.seek(t),
    setWarp: (w: number) => engine.setWarp(w),
    play: () => engine.play(),
    pause: () => engine.pause(),
    select: (ref: number | string | null) => engine.select(ref),
    /** Loads a scenario and resolves with its satellite count once its first frame is drawn. */
    loadScenario: async (json: unknown) => {
      const meta = await engine.load(json);
      if (!engine.ready) {
        await new Promise<void>((resolve) => {
          const off = engine.on('ready', () => {
            off();
            resolve();
          });
        });
      }
      return meta.total;
    },
    screenPosition: (i: number) => sceneApi.screenPosition(i),
    /**
     * Bench only: satellite.js `propagate` for the first `count` closed-form satellites on the main thread
     * every frame (0 stops it); resolves with how many (src/engine/naiveBaseline.ts, loaded on first use).
     */
    naiveBaseline: (count: number) =>
      import('./naiveBaseline').then((m) => m.naiveBaseline(sceneData.closedForm, count)),
    /** Test only: the shaders' positions, shadow and link up/down read back from the GPU (src/scene/gpuProbe.ts). */
    gpuProbe: (req: ProbeRequest) => sceneApi.gpuProbe(req),
    frameStats,
    resetFrameStats,
    propagationStats: () => ({ ...engine.stats, runtime: engine.client.mode }),
    checksum: () => checksum(engine),
    /** Recolour the constellation (the legend's select does the same). */
    setColorMode: (mode: ColorMode) => useApp.getState().setColorMode(mode),
    /** The selected node's eclipse events and series window, once the worker has sent them. */
    series: () => {
      const sr = useApp.getState().series;
      return sr
        ? {
            index: sr.index,
            startMs: sr.startMs,
            endMs: sr.startMs + sr.count * sr.stepS * 1000,
            periodS: sr.periodS,
            events: sr.events,
          }
        : null;
    },
    /** Constellation totals of the last budget snapshot. */
    budgetTotals: () => useApp.getState().budgetTotals,
    /** The link network at the last update: counts, what is drawn, stations, the route and its events. */
    links: () => {
      const s = useApp.getState();
      return {
        counts: s.links,
        draw: s.linkDraw,
        stations: s.stations.map((st) => st.name),
        stationsInView: s.stationsInView,
        selectedLinks: s.selectedLinks,
        routeFrom: s.routeFrom,
        routeTo: s.routeTo,
        route: s.route,
        routeEvents: s.routeEvents,
        routeSeries: s.routeSeries
          ? {
              startMs: s.routeSeries.startMs,
              stepS: s.routeSeries.stepS,
              count: s.routeSeries.count,
              latencyMs: Array.from(s.routeSeries.latencyMs),
              fibreMs: s.routeSeries.fibreMs,
            }
          : null,
      };
    },
    /** Chooses the route ends ({ station: i } or { node: i }). */
    setRoute: (from: RouteEndRef | null, to: RouteEndRef | null) => engine.setRouteEnds(from, to),
    /** Adds a ground station; null when added, else the problems. */
    addStation: (st: StationInput) => engine.addStation(st),
    /** Link instances in the scene's GPU buffers (null until the scene registers it). */
    linkStats: () => (sceneApi as { linkStats?: () => unknown }).linkStats?.() ?? null,
  };
  (window as unknown as { __constellation: typeof api }).__constellation = api;
}
