/**
 * The app's orchestrator, outside React, and the public Engine API (docs/engine-api.md): owns the
 * one clock and the three worker clients, loads scenarios (keeping the current one when a new one is
 * invalid), runs the request loops that keep keyframes, the selected node's track and series,
 * budgets and links fresh, and is the only code that writes the scene's per-frame data. The UI, the
 * automation hook and every later surface drive the app through it.
 */
import { SimClock } from '../sim/clock';
import { isoUtc } from '../sim/time';
import { readout } from '../sim/orbitReadout';
import { shadowFraction, sunlightFromShadow } from '../sim/shadow';
import { sunPositionEciKm } from '../sim/sun';
import { createCoreClient, type CoreClient } from '../worker/client';
import { BUDGET_FLOATS_PER_NODE } from '../worker/protocol';
import { sceneData, SHELL_PALETTE } from '../scene/sceneData';
import { satelliteStateKm } from '../scene/satellitePosition';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import type { ConstellationMeta } from '../scenario/types';
import type { GroundStation } from '../scenario/schema';
import { stationProblems, toStation, type StationInput } from '../scenario/stationRules';
import { useApp, type RouteEndRef } from '../state/store';
import { LinkSync } from './linkSync';
import { KeyframeSync } from './keyframeSync';
import { BudgetSync } from './budgetSync';
import { BurdenSync, onlyBurdenChanged } from './burdenSync';
import { SelectionSync } from './selectionSync';
import { bindViewToScene } from './viewSync';
import { endAfterRemoval, sameEnd } from './routeEnds';
import { aimCamera, cameraControl, currentAim } from '../scene/cameraControl';
import { parseIsoUtc } from '../scenario/time';
import { engineMsg } from '../scenario/engineMessages';
import type { CameraPose, CameraPreset, NamedRouteEnd, ViewState } from '../scenario/viewState';
import { setLanguage } from '../i18n/language';
import { aimToPose, betweenAim, nodeAim, subjectAim } from './framing';
import { prefersReducedMotion } from '../scene/motion';
import { expectedSatellites, LoadProgressTracker, type LoadProgress } from './loadProgress';
import {
  MAX_WARP,
  type EngineApi,
  type EngineEvent,
  type EngineEventOf,
  type EngineEventType,
  type EngineState,
  type LoadOptions,
  type NodeRef,
  type NodeReport,
} from './api';

export { keyframeSpanS } from './keyframeSync';

/** Fewest wall milliseconds between two `timechange` events (≤ 4 per second). */
export const TIME_EVENT_INTERVAL_MS = 250;

/** What the engine needs from outside; tests inject scripted clients and clocks. */
export interface EngineOptions {
  /** Run the core in workers (false: on the main thread). */
  useWorker: boolean;
  /** Scripted clients (tests): the propagation, budget and link clients. */
  clients?: { core: CoreClient; budget?: CoreClient; link?: CoreClient };
  /** Wall clock in ms (default performance.now). */
  wallMs?: () => number;
  /** Wall-clock date in Unix ms for the clock's start (default Date.now). */
  dateMs?: () => number;
  /** Where the "ready" signal goes (default: `<html data-ready>`). */
  readySignal?: (ready: boolean) => void;
  /**
   * The reader prefers reduced motion (default: the media query, src/scene/motion.ts): the clock then
   * starts paused, and a scenario's own `playing: true` is not applied when it loads (no auto-play).
   */
  reducedMotion?: () => boolean;
}

/** `<html data-ready>`, and a `cc-ready` performance mark at the first ready (the benchmark's "first download" ends there). */
const htmlReadySignal = (ready: boolean) => {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.ready = ready ? 'true' : 'false';
  if (ready && performance.getEntriesByName('cc-ready').length === 0) performance.mark('cc-ready');
};

/**
 * A worker client started on its first request: the budget and link workers are first asked after
 * the first frame, so their start-up (module parse, the core's first load) stays off the critical path.
 */
function lazyClient(make: () => CoreClient): CoreClient {
  let c: CoreClient | null = null;
  return {
    mode: 'worker',
    request: (body) => (c ??= make()).request(body),
    dispose: () => c?.dispose(),
  };
}

/** How long the camera takes to turn to a new route or selection, ms (none with reduced motion). */
export const TURN_MS = 900;

/**
 * The view a scenario asks for (its `view` object, defaults filled in by the schema). `startGiven`:
 * the caller chose the start time, so the view's own `time` is not applied.
 */
export function viewFromScenario(
  v: ConstellationMeta['view'],
  epochMs: number,
  startGiven = false,
): ViewState {
  const out: ViewState = {
    warp: v.timeWarp,
    camera:
      typeof v.camera === 'string'
        ? ['earth', 'fit', 'selected'].includes(v.camera)
          ? (v.camera as CameraPreset)
          : 'earth'
        : v.camera,
  };
  if (v.time !== undefined && !startGiven) {
    const m = /^\+(\d{1,4}):(\d\d):(\d\d)$/.exec(v.time);
    const t = m ? epochMs + ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000 : parseIsoUtc(v.time);
    if (t !== null) out.timeMs = t;
  }
  if (v.playing !== undefined) out.playing = v.playing;
  if (v.follow !== undefined) out.follow = v.follow;
  if (v.selected !== null) out.selected = v.selected;
  if (v.colorMode !== undefined) out.colorMode = v.colorMode;
  const layers: NonNullable<ViewState['layers']> = {};
  for (const k of ['shadow', 'links', 'stations'] as const)
    if (typeof v.layers[k] === 'boolean') layers[k] = v.layers[k];
  if (Object.keys(layers).length) out.layers = layers;
  if (v.route) out.route = v.route;
  return out;
}

export class Engine implements EngineApi {
  readonly clock: SimClock;
  /** Propagation: load, keyframes, track. */
  readonly client: CoreClient;
  /**
   * Budgets run in a second worker (the second core), so a long budget warm-up — 100,000 sampled
   * nodes over hours of simulated time — never delays a scenario load, a keyframe window or a track.
   * In main-thread mode all three are the same client.
   */
  readonly budgetClient: CoreClient;
  /** Links and routes in a third worker, so a million-satellite network never delays keyframes or budgets. */
  readonly linkClient: CoreClient;
  private readonly keyframes: KeyframeSync;
  private readonly budgets: BudgetSync;
  private readonly burden: BurdenSync;
  private readonly selection: SelectionSync;
  private readonly links: LinkSync;
  meta: ConstellationMeta | null = null;
  /** Bumped by every load request, so a slower earlier load cannot win over a later one. */
  private loadSeq = 0;
  private isReady = false;
  private readonly listeners = new Map<EngineEventType, Set<(e: EngineEvent) => void>>();
  private readonly dataListeners = new Set<() => void>();
  private readonly wallMs: () => number;
  private readonly reducedMotion: () => boolean;
  private readonly readySignal: (ready: boolean) => void;
  private lastTimeEventWallMs = -Infinity;
  private timeEventTimer: ReturnType<typeof setTimeout> | null = null;
  private loadMs = 0;
  /** The scenario the budget and link workers still have to load (sent once the first frame is drawn). */
  private deferredLoad: { scenario: unknown } | null = null;
  /** Where the load stands (the `progress` event, the loading overlay's bar). */
  private readonly loadStages = new LoadProgressTracker((p) => this.emit({ type: 'progress', ...p }));
  /** The propagation worker has posted `booted` (its script is running). */
  private coreBooted = false;
  /** A camera to apply once the loaded scenario's first frame is drawn (positions known). */
  private pendingCamera: CameraPose | CameraPreset | null = null;

  constructor(opts: EngineOptions) {
    this.wallMs = opts.wallMs ?? (() => performance.now());
    this.readySignal = opts.readySignal ?? htmlReadySignal;
    this.reducedMotion = opts.reducedMotion ?? prefersReducedMotion;
    // 60× and playing, unless the reader prefers reduced motion: then paused until they press play.
    this.clock = new SimClock(this.wallMs, (opts.dateMs ?? Date.now)(), 60, !this.reducedMotion());
    const restarted = (what: string, stale: () => void) => ({
      onRestart: (reason: string) => {
        stale();
        this.report('info', engineMsg('workerRestarted', { what, reason }));
      },
      onGiveUp: (reason: string) => this.report('error', engineMsg('workerStopped', { what, reason })),
    });
    this.client =
      opts.clients?.core ??
      createCoreClient({
        useWorker: opts.useWorker,
        name: 'propagation',
        // Load, keyframes and tracks only: the first frame waits for this worker's download.
        script: 'propagation',
        ...restarted('propagation', () => {
          this.keyframes.loop.invalidate();
          this.selection.track.invalidate();
        }),
        onBooted: () => {
          this.coreBooted = true;
          if (this.loadStages.progress?.stage === 'workers')
            this.loadStages.set('building', this.loadStages.progress.count);
        },
      });
    if (this.client.mode !== 'worker') this.coreBooted = true;
    const spare = this.client.mode === 'worker';
    this.budgetClient =
      opts.clients?.budget ??
      (spare
        ? lazyClient(() =>
            createCoreClient({
              useWorker: true,
              name: 'budgets',
              ...restarted('budget', () => {
                this.budgets.loop.invalidate();
                this.selection.series.invalidate();
                this.burden.restart();
              }),
            }),
          )
        : this.client);
    this.linkClient =
      opts.clients?.link ??
      (spare
        ? lazyClient(() =>
            createCoreClient({
              useWorker: true,
              name: 'links',
              ...restarted('link', () => this.links.restart()),
            }),
          )
        : this.client);
    const changed = () => this.dataChanged();
    const notify = (kind: 'error' | 'info', text: string) => this.report(kind, text);
    this.keyframes = new KeyframeSync(this.client, () => this.clock.warp, { changed, notify }, this.wallMs);
    this.budgets = new BudgetSync(
      this.budgetClient,
      { changed, notify, totals: (t, stride) => useApp.getState().setBudgets(t, stride) },
      this.wallMs,
    );
    this.burden = new BurdenSync(
      this.budgetClient,
      { notify, energy: (e) => useApp.getState().setBurdenEnergy(e) },
      () => useApp.getState().burdenOpen,
      this.wallMs,
    );
    this.selection = new SelectionSync(
      this.client,
      this.budgetClient,
      { changed, notify, series: (s) => useApp.getState().setSeries(s) },
      this.wallMs,
    );
    this.links = new LinkSync(this.linkClient, changed, this.wallMs);
    this.clock.subscribe(() => {
      useApp.getState().mirrorClock(this.clock.playing, this.clock.warp);
      this.emitTime(true);
    });
    bindViewToScene(changed);
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  /** Subscribes to one event type; returns the unsubscribe function. */
  on<T extends EngineEventType>(type: T, fn: (e: EngineEventOf<T>) => void): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    const f = fn as (e: EngineEvent) => void;
    set.add(f);
    return () => set.delete(f);
  }

  private emit(e: EngineEvent): void {
    for (const fn of [...(this.listeners.get(e.type) ?? [])]) {
      try {
        fn(e);
      } catch (err) {
        console.error(`An engine ${e.type} listener failed`, err);
      }
    }
  }

  /** A notice for the user; errors are also emitted as `error` events. */
  private report(kind: 'error' | 'info', text: string, issues: string[] = []): void {
    useApp.getState().notify(kind, [text, ...issues].join('\n'));
    if (kind === 'error') this.emit({ type: 'error', message: text, issues });
  }

  /** `timechange` at most every {@link TIME_EVENT_INTERVAL_MS}; `force` (a seek, pause, warp) sends one as soon as allowed. */
  private emitTime(force: boolean): void {
    const wall = this.wallMs();
    const wait = this.lastTimeEventWallMs + TIME_EVENT_INTERVAL_MS - wall;
    if (wait <= 0) {
      this.lastTimeEventWallMs = wall;
      const simMs = this.clock.now();
      this.emit({
        type: 'timechange',
        simMs,
        timeUtc: isoUtc(simMs),
        warp: this.clock.warp,
        playing: this.clock.playing,
      });
    } else if (force && !this.timeEventTimer && this.listeners.get('timechange')?.size) {
      this.timeEventTimer = setTimeout(() => {
        this.timeEventTimer = null;
        this.emitTime(false);
      }, wait);
    }
  }

  /** Called whenever new data for the scene arrives (a paused, on-demand view must redraw). */
  onData(fn: () => void): () => void {
    this.dataListeners.add(fn);
    return () => this.dataListeners.delete(fn);
  }

  private dataChanged(): void {
    // The first keyframe window of element sets arrived: the first frame can be drawn now.
    if (!this.isReady && this.meta && this.loadStages.progress?.stage === 'propagating' && this.drawable)
      this.loadStages.set('firstFrame', this.meta.total);
    for (const fn of this.dataListeners) fn();
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  /**
   * Loads a scenario (any JSON value; validated in the core). On success the scene switches to it and
   * the clock jumps to its epoch (or `startMs`); on failure the current scenario stays, the problems
   * are shown and emitted as an `error` event, and the promise rejects with them.
   */
  async load(scenario: unknown, opts: LoadOptions = {}): Promise<ConstellationMeta> {
    const first = !this.meta;
    if (!opts.quiet) useApp.getState().setStatus('loading', 'Expanding the scenario…');
    if (!opts.quiet)
      this.loadStages.start(this.coreBooted ? 'building' : 'workers', expectedSatellites(scenario));
    const seq = ++this.loadSeq;
    const reply = await this.client.request({ type: 'load', scenario });
    if (seq !== this.loadSeq) throw new Error('superseded by a newer scenario');
    if (reply.type === 'error') {
      useApp.getState().setStatus(this.meta ? 'ready' : 'error', '');
      this.report('error', reply.message, reply.issues);
      throw new Error([reply.message, ...reply.issues].join('\n'));
    }
    // The budget and link workers load the same (now known valid) scenario once the first frame is
    // drawn: on two cores, their expansion would otherwise compete with the first frame.
    this.deferredLoad = { scenario };
    this.loadMs = reply.computeMs;
    this.meta = reply.meta;
    sceneData.closedForm = reply.closedForm;
    sceneData.sgp4Shell = reply.sgp4Shell;
    sceneData.shellColors = reply.meta.shells.map((_, i) => SHELL_PALETTE[i % SHELL_PALETTE.length]);
    sceneData.keyframes = null;
    sceneData.keyframesVersion++;
    sceneData.selected = -1;
    sceneData.hovered = -1;
    sceneData.version++;
    this.keyframes.reset(reply.meta.sgp4Count);
    this.selection.reset();
    this.budgets.reset();
    this.burden.reset();
    this.clock.seek(opts.startMs ?? reply.meta.epochMs);
    if (opts.warp !== undefined) this.clock.setWarp(opts.warp);
    this.isReady = false;
    this.readySignal(false);
    useApp
      .getState()
      .resetForScenario(
        reply.meta,
        scenario,
        !opts.quiet,
        opts.quiet && !first ? 'ready' : 'loading',
        reply.meta.sgp4Count > 0
          ? `Propagating ${reply.meta.sgp4Count.toLocaleString('en-US')} element sets…`
          : 'Drawing…',
      );
    this.links.reset(reply.meta, !!opts.quiet);
    if (!opts.quiet) {
      if (reply.meta.sgp4Count > 0) this.loadStages.set('propagating', reply.meta.sgp4Count);
      else this.loadStages.set('firstFrame', reply.meta.total);
    }
    this.pendingCamera = null;
    if (!opts.quiet) {
      const view = {
        ...viewFromScenario(reply.meta.view, reply.meta.epochMs, opts.startMs !== undefined),
        ...opts.view,
      };
      // No auto-play with reduced motion: the clock stays as it was (paused from the start).
      if (view.playing === true && this.reducedMotion()) delete view.playing;
      this.applyView(view);
    }
    this.keyframes.tick(this.clock.now());
    this.dataChanged();
    return reply.meta;
  }

  /** Scene data is complete enough to call the first frame drawn. */
  get drawable(): boolean {
    return !!this.meta && this.keyframes.ready && sceneData.version > 0;
  }

  /**
   * The scene drew a frame. The first one drawn with the loaded scenario's data sets the ready
   * signal (`<html data-ready="true">`), the status, and emits `ready`.
   */
  frameDrawn(): void {
    if (this.isReady || !this.drawable || !this.meta) return;
    this.isReady = true;
    this.readySignal(true);
    this.loadStages.set('ready', this.meta.total);
    useApp.getState().setStatus('ready', '');
    if (this.deferredLoad) {
      const { scenario } = this.deferredLoad;
      this.deferredLoad = null;
      if (this.budgetClient !== this.client) void this.budgetClient.request({ type: 'load', scenario });
      if (this.linkClient !== this.client) void this.linkClient.request({ type: 'load', scenario });
    }
    if (this.pendingCamera) {
      this.aim(this.pendingCamera, 0);
      this.pendingCamera = null;
    }
    this.emit({
      type: 'ready',
      scenario: this.meta.name,
      nodes: this.meta.total,
      timeUtc: isoUtc(this.clock.now()),
    });
  }

  /** The loaded scenario's first frame has been drawn (and nothing newer is loading). */
  get ready(): boolean {
    return this.isReady;
  }

  /** Where the latest load stands (null before the first); changes are `progress` events. */
  get loadProgress(): LoadProgress | null {
    return this.loadStages.progress;
  }

  /** Called once per frame with the simulated time: keeps windows, tracks, budgets and links fresh. Cheap. */
  tick(simMs: number): void {
    if (this.clock.playing) this.emitTime(false);
    if (!this.meta) return;
    this.keyframes.tick(simMs);
    // Budgets, links, the burden figures and the selection's track and series come after the first
    // frame and never hold it back.
    if (!this.isReady) return;
    this.budgets.tick(simMs);
    this.burden.tick();
    this.links.tick(simMs);
    this.selection.tick(simMs);
  }

  /** Figures for the benchmark and the automation hook. */
  get stats(): {
    keyframeSatStatesPerS: number;
    lastKeyframeMs: number;
    loadMs: number;
    keyframeRuntime: 'js' | 'wasm';
    budgetMs: number;
  } {
    const k = this.keyframes.stats;
    return {
      keyframeSatStatesPerS: k.satStatesPerS,
      lastKeyframeMs: k.lastComputeMs,
      loadMs: this.loadMs,
      keyframeRuntime: k.runtime,
      budgetMs: this.budgets.lastComputeMs,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Time

  play(): void {
    this.clock.play();
  }

  pause(): void {
    this.clock.pause();
  }

  /** Jumps to `t` (Unix ms, or an ISO 8601 string with a time zone). A time it cannot read changes nothing and emits `error`. */
  seek(t: number | string): boolean {
    const ms = typeof t === 'string' ? (t.length <= 40 ? parseIsoUtc(t) : null) : t;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
      this.report(
        'error',
        engineMsg('badTime', { got: typeof t === 'string' ? `“${t.slice(0, 40)}”` : String(t) }),
      );
      return false;
    }
    this.clock.seek(ms);
    return true;
  }

  /** Sets the clock rate. A rate that is not a number or beyond ±{@link MAX_WARP} changes nothing and emits `error`. */
  setWarp(warp: number): boolean {
    if (typeof warp !== 'number' || !Number.isFinite(warp) || Math.abs(warp) > MAX_WARP) {
      this.report(
        'error',
        engineMsg('badWarp', { max: MAX_WARP.toLocaleString('en-US'), got: String(warp).slice(0, 40) }),
      );
      return false;
    }
    this.clock.setWarp(warp);
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Selection and route

  /** The global index of `ref` (an index in range, or a satellite id), or null. */
  resolveNode(ref: NodeRef): number | null {
    const meta = this.meta;
    if (!meta) return null;
    if (typeof ref === 'number') return Number.isInteger(ref) && ref >= 0 && ref < meta.total ? ref : null;
    if (typeof ref !== 'string' || ref.length > 200) return null;
    return findSatellite(meta.shells, ref);
  }

  /** Selects a satellite by index or id (null clears); an unknown ref selects nothing and emits `error`. `turn`: fly the camera round to it. */
  select(ref: NodeRef | null, opts: { turn?: boolean } = {}): number | null {
    const index = ref === null ? null : this.resolveNode(ref);
    if (ref !== null && index === null && typeof ref === 'string') {
      this.report('error', engineMsg('noSatellite', { id: ref.slice(0, 60) }));
    }
    const st = useApp.getState();
    const before = st.selected;
    sceneData.selected = index ?? -1;
    st.selectNode(index);
    this.links.invalidate();
    this.dataChanged();
    if (index !== before)
      this.emit({
        type: 'select',
        index,
        nodeId: index === null || !this.meta ? null : satelliteIdentity(this.meta.shells, index).id,
      });
    // Chosen from a list, a search or a host page (not by a click on it): turn so it is in view.
    if (opts.turn && index !== null && this.isReady && !st.follow) {
      const aim = nodeAim(index, this.clock.now());
      if (aim) aimCamera(aim, TURN_MS);
    }
    return index;
  }

  /** Follows (or stops following) the selected satellite with the camera. */
  follow(on: boolean): void {
    useApp.getState().setFollow(on);
  }

  /** Chooses the two ends of the highlighted route (null clears an end). */
  setRouteEnds(from: RouteEndRef | null, to: RouteEndRef | null): void {
    const st = useApp.getState();
    const changed = !sameEnd(from, st.routeFrom) || !sameEnd(to, st.routeTo);
    this.links.setRoute(from, to);
    // Turn to a newly chosen route, so its two ends are on the near side.
    if (changed && from && to && this.isReady) {
      const a = this.endLatLon(from),
        b = this.endLatLon(to);
      if (a && b) aimCamera(betweenAim(a, b), TURN_MS);
    }
  }

  /** Earth-fixed position now of a route end (a station, or the point under a satellite). */
  private endLatLon(end: RouteEndRef): { latDeg: number; lonDeg: number } | null {
    if ('station' in end) {
      const s = useApp.getState().stations[end.station];
      return s ? { latDeg: s.latDeg, lonDeg: s.lonDeg } : null;
    }
    const aim = nodeAim(end.node, this.clock.now());
    return aim ? { latDeg: aim.latDeg, lonDeg: aim.lonDeg } : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Views

  /**
   * Applies a view: any of time, warp, play state, colour mode, layers, hidden shells, selection,
   * follow, route ends and camera (the camera once the scene has drawn, flown over `durationMs`).
   * Names that do not exist (a satellite id, a station) are reported as `error` events; the rest
   * still applies.
   */
  applyView(view: ViewState, opts: { durationMs?: number } = {}): void {
    const st = useApp.getState();
    // Pause before the seek, so a paused view lands exactly on its time; play after it.
    if (view.playing === false) this.pause();
    if (view.warp !== undefined) this.setWarp(view.warp);
    if (view.timeMs !== undefined) this.seek(view.timeMs);
    if (view.playing === true) this.play();
    if (view.colorMode !== undefined) st.setColorMode(view.colorMode);
    // A link's language is applied, not remembered: the reader's own choice stays theirs next time.
    if (view.lang !== undefined) void setLanguage(view.lang);
    if (view.layers) {
      if (view.layers.shadow !== undefined) st.setLayer('showShadow', view.layers.shadow);
      if (view.layers.links !== undefined) st.setLayer('showLinks', view.layers.links);
      if (view.layers.stations !== undefined) st.setLayer('showStations', view.layers.stations);
    }
    if (view.hiddenShells)
      st.setHiddenShells(view.hiddenShells.filter((i) => i < (this.meta?.shells.length ?? 0)));
    if (view.selected !== undefined) this.select(view.selected);
    if (view.follow !== undefined) this.follow(view.follow);
    if (view.route !== undefined) {
      if (view.route === null) this.setRouteEnds(null, null);
      else {
        const from = this.resolveEnd(view.route.from),
          to = this.resolveEnd(view.route.to);
        if (from && to) this.setRouteEnds(from, to);
      }
    }
    if (view.camera !== undefined) {
      if (this.isReady) this.aim(view.camera, opts.durationMs ?? 0);
      else this.pendingCamera = view.camera;
    }
  }

  /** The view now, as a share link or a tour step records it. */
  getView(): ViewState {
    const s = useApp.getState();
    const meta = this.meta;
    const idOf = (i: number) =>
      meta && i >= 0 && i < meta.total ? satelliteIdentity(meta.shells, i).id : null;
    const aim = currentAim();
    const named = (e: RouteEndRef | null): NamedRouteEnd | null => {
      if (!e) return null;
      if ('station' in e) return s.stations[e.station] ? { station: s.stations[e.station].name } : null;
      const id = idOf(e.node);
      return id ? { node: id } : null;
    };
    const from = named(s.routeFrom),
      to = named(s.routeTo);
    return {
      timeMs: this.clock.now(),
      warp: this.clock.warp,
      playing: this.clock.playing,
      ...(aim ? { camera: aimToPose(aim, idOf) } : {}),
      follow: s.follow,
      selected: s.selected === null ? null : idOf(s.selected),
      colorMode: s.colorMode,
      layers: { shadow: s.showShadow, links: s.showLinks, stations: s.showStations },
      hiddenShells: [...s.hiddenShells],
      route: from && to ? { from, to } : null,
    };
  }

  /** Global index of a named route end, or null (reported). */
  private resolveEnd(end: NamedRouteEnd): RouteEndRef | null {
    if ('station' in end) {
      const name = end.station.trim().toLowerCase();
      const i = useApp.getState().stations.findIndex((s) => s.name.trim().toLowerCase() === name);
      if (i >= 0) return { station: i };
      this.report('error', engineMsg('noStation', { id: end.station.slice(0, 60) }));
      return null;
    }
    const node = this.resolveNode(end.node);
    if (node === null) this.report('error', engineMsg('noSatellite', { id: end.node.slice(0, 60) }));
    return node === null ? null : { node };
  }

  /** Points the camera: a preset (the scenario's subject, close up, the selected satellite) or a pose. */
  private aim(camera: CameraPose | CameraPreset, durationMs: number): void {
    const meta = this.meta;
    if (!meta) return;
    const t = this.clock.now();
    if (typeof camera === 'string') {
      const sel = useApp.getState().selected;
      const aim =
        camera === 'selected'
          ? sel !== null
            ? nodeAim(sel, t)
            : null
          : subjectAim(meta, camera, t, cameraControl.fovDeg, cameraControl.aspect);
      if (aim) aimCamera(aim, durationMs);
      return;
    }
    const target = camera.targetId !== undefined ? this.resolveNode(camera.targetId) : null;
    aimCamera(
      {
        latDeg: camera.latDeg,
        lonDeg: camera.lonDeg,
        distanceRe: camera.distanceRe,
        targetIndex: target ?? -1,
      },
      durationMs,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  getState(): EngineState {
    const s = useApp.getState();
    const t = this.clock.now();
    const bt = s.budgetTotals;
    return {
      scenario: this.meta?.name ?? null,
      status: s.status,
      simMs: t,
      timeUtc: isoUtc(t),
      warp: this.clock.warp,
      playing: this.clock.playing,
      selected: s.selected !== null && this.meta ? satelliteIdentity(this.meta.shells, s.selected).id : null,
      selectedIndex: s.selected,
      nodes: this.meta?.total ?? 0,
      totals: bt
        ? {
            computeOnlineTops: bt.computeOnlineTops,
            computeInstalledTops: bt.computeInstalledTops,
            powerGenW: bt.powerGenW,
            loadW: bt.loadW,
            nodesInShadow: bt.inShadow,
            limitedByBattery: bt.limitedByBattery,
            limitedByTemperature: bt.limitedByTemperature,
            stride: s.budgetStride,
          }
        : null,
      colorMode: s.colorMode,
      layers: { shadow: s.showShadow, links: s.showLinks, stations: s.showStations },
      routeFrom: s.routeFrom,
      routeTo: s.routeTo,
      runtime: this.client.mode,
    };
  }

  /** The satellite now: who it is, where, whether it is sunlit, and its last budgeted state. */
  getNode(ref: NodeRef): NodeReport | null {
    const index = this.resolveNode(ref);
    const meta = this.meta;
    if (index === null || !meta) return null;
    const who = satelliteIdentity(meta.shells, index);
    const t = this.clock.now();
    const st = scratchState;
    let position: NodeReport['position'] = null;
    let shadow: number | null = null;
    if (satelliteStateKm(index, t, st)) {
      const r = readout(st, t);
      position = { latDeg: r.latDeg, lonDeg: r.lonDeg, altitudeKm: r.altitudeKm, speedKmS: r.speedKmS };
      const sun = sunPositionEciKm(t);
      shadow = shadowFraction(st[0], st[1], st[2], sun.x, sun.y, sun.z);
    }
    const b = sceneData.budgets;
    let budget: NodeReport['budget'] = null;
    if (b && index % b.stride === 0 && index / b.stride < b.count) {
      const k = (index / b.stride) * BUDGET_FLOATS_PER_NODE;
      budget = {
        tMs: b.tMs,
        stateOfCharge: b.values[k],
        temperatureK: b.values[k + 1],
        computeAvailable: b.values[k + 2],
        powerMarginW: b.values[k + 3],
      };
    }
    return {
      index,
      id: who.id,
      name: who.name,
      shell: meta.shells[who.shellIndex]?.name ?? '',
      position,
      sunlight: shadow === null ? null : sunlightFromShadow(shadow),
      shadowFraction: shadow,
      budget,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Edits

  /**
   * Replaces the scenario with an edited one without a reload: keeps simulated time, warp, play state
   * and the selected satellite (by id). With `record`, the previous scenario goes on the undo stack.
   * An invalid edit changes nothing and shows every problem.
   */
  async apply(next: unknown, opts: { record?: boolean } = {}): Promise<void> {
    const st = useApp.getState();
    const prev = st.scenario;
    if (prev !== null && onlyBurdenChanged(prev, next))
      return this.applyBurden(prev, next, opts.record !== false);
    const selectedId =
      st.selected !== null && st.meta ? satelliteIdentity(st.meta.shells, st.selected).id : null;
    const follow = st.follow;
    const t = this.clock.now();
    const playing = this.clock.playing;
    await this.load(next, { startMs: t, warp: this.clock.warp, quiet: true });
    if (!playing) this.clock.pause();
    if (opts.record !== false && prev !== null) useApp.getState().recordEdit(prev);
    const meta = this.meta;
    if (selectedId && meta) {
      const i = findSatellite(meta.shells, selectedId);
      if (i !== null) {
        this.select(i);
        useApp.getState().setFollow(follow);
      }
    }
  }

  /**
   * An edit of the Earth-burden assumptions alone: validated (the `burden` object), then shown and
   * recorded like any edit, without reloading the satellites — their year of energy stays.
   */
  private async applyBurden(prev: unknown, next: unknown, record: boolean): Promise<void> {
    const { parseBurden } = await import('../scenario/validate');
    const problems = parseBurden((next as { burden?: unknown }).burden);
    if (problems.length) {
      this.report('error', engineMsg('invalidBurden'), problems);
      throw new Error([engineMsg('invalidBurden'), ...problems].join('\n'));
    }
    if (record) useApp.getState().recordEdit(prev, next);
    else useApp.getState().replaceScenario(next);
  }

  /** Steps back to the scenario before the last recorded edit. */
  async undo(): Promise<void> {
    const { history, scenario } = useApp.getState();
    const prev = history.past[history.past.length - 1];
    if (prev === undefined || scenario === null) return;
    await this.apply(prev, { record: false });
    useApp.getState().stepBack(scenario);
  }

  /** Re-applies the edit that the last undo took back. */
  async redo(): Promise<void> {
    const { history, scenario } = useApp.getState();
    const next = history.future[0];
    if (next === undefined || scenario === null) return;
    await this.apply(next, { record: false });
    useApp.getState().stepForward(scenario);
  }

  /**
   * Adds a ground station (an edit: it goes into the scenario, with undo). Returns null when added,
   * else every problem as one line each; nothing changes then.
   */
  addStation(input: StationInput): string | null {
    const st = useApp.getState();
    const problems = stationProblems(input, st.stations);
    if (problems.length) return problems.join('\n');
    this.editStations([...st.stations, toStation(input)], st.routeFrom, st.routeTo);
    return null;
  }

  /** Removes ground station `index` (an edit, with undo); a route end at it is cleared. */
  removeStation(index: number): void {
    const st = useApp.getState();
    if (!(index >= 0 && index < st.stations.length)) return;
    const next = st.stations.filter((_, k) => k !== index);
    this.editStations(next, endAfterRemoval(st.routeFrom, index), endAfterRemoval(st.routeTo, index));
  }

  /** Station edits change the scenario JSON (saved, shared, undone like any edit) without reloading the satellites. */
  private editStations(next: GroundStation[], from: RouteEndRef | null, to: RouteEndRef | null): void {
    const prev = useApp.getState().scenario;
    if (prev && typeof prev === 'object' && !Array.isArray(prev)) {
      useApp.getState().recordEdit(prev, {
        ...(prev as Record<string, unknown>),
        groundStations: next.map((s) => ({ ...s })),
      });
    }
    this.links.setStations(next, from, to);
  }

  /** Stops the workers (tests, hot reload). */
  dispose(): void {
    if (this.timeEventTimer) clearTimeout(this.timeEventTimer);
    this.client.dispose();
    if (this.budgetClient !== this.client) this.budgetClient.dispose();
    if (this.linkClient !== this.client) this.linkClient.dispose();
  }
}

const scratchState = new Float64Array(6);
