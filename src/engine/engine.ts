/**
 * The app's orchestrator, outside React: owns the one clock and the propagation client, loads
 * scenarios (keeping the current one when a new one is invalid), keeps a keyframe window around the
 * simulated time and the selected satellite's track fresh. Writes scene data; React only sees
 * slow state through the store.
 */
import { SimClock } from '../sim/clock';
import { KF_STEP_S } from '../sim/keyframes';
import { createCoreClient, type CoreClient } from '../worker/client';
import type { ConstellationMeta, WorkerResponse } from '../worker/protocol';
import { sceneData, SHELL_PALETTE } from '../scene/sceneData';
import { COLOR_SCALES } from '../scene/colorModes';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import { useApp } from '../state/store';
import type { RouteEndRef } from '../worker/protocol';
import type { GroundStation } from '../scenario/schema';
import { LinkSync } from './linkSync';
import { endAfterRemoval } from './routeEnds';
import { stationProblems, toStation, type StationInput } from '../scenario/stationRules';

/** Keyframe window length: at least 2 h, or 8 wall seconds at the current warp, at most 1 day. */
export function keyframeSpanS(warp: number): number {
  return Math.min(86400, Math.max(7200, Math.abs(warp) * 8));
}

export class Engine {
  readonly clock: SimClock;
  readonly client: CoreClient;
  /**
   * Budgets run in a second worker (the second core), so a long budget warm-up — 100,000 sampled
   * nodes over hours of simulated time — never delays a scenario load, a keyframe window or a track.
   * In main-thread mode both are the same client.
   */
  readonly budgetClient: CoreClient;
  /**
   * Links and routes run in a third worker, so the link network of a large constellation (positions
   * of every satellite, every candidate link, Dijkstra) never delays keyframes or budgets.
   */
  readonly linkClient: CoreClient;
  private readonly links: LinkSync;
  meta: ConstellationMeta | null = null;
  /** Bumped by every load request, so a slower earlier load cannot win over a later one. */
  private loadSeq = 0;
  /** Bumped only when a scenario is actually replaced: replies for older data are dropped. */
  private loadToken = 0;
  private kfInFlight = false;
  private kfWindow: { startMs: number; endMs: number } | null = null;
  private trackInFlight = false;
  private trackCenterMs = NaN;
  private trackIndex = -1;
  private trackPeriodS = 0;
  private budgetInFlight = false;
  private budgetWallMs = -Infinity;
  private budgetSimMs = NaN;
  private seriesInFlight = false;
  private seriesIndex = -1;
  private seriesRange: [number, number] = [NaN, NaN];
  private readonly dataListeners = new Set<() => void>();
  stats = { keyframeSatStatesPerS: 0, lastKeyframeMs: 0, loadMs: 0, keyframeRuntime: 'js' as 'js' | 'wasm', budgetMs: 0 };

  constructor(opts: { useWorker: boolean }) {
    this.clock = new SimClock(() => performance.now(), Date.now(), 60, true);
    this.client = createCoreClient({
      useWorker: opts.useWorker,
      onRestart: (reason) => {
        this.kfInFlight = false;
        this.trackInFlight = false;
        useApp.getState().set({ notice: { kind: 'info', text: `The propagation worker stopped (${reason}) and was restarted.` } });
      },
    });
    this.budgetClient =
      this.client.mode === 'worker'
        ? createCoreClient({
            useWorker: true,
            onRestart: (reason) => {
              this.budgetInFlight = false;
              this.seriesInFlight = false;
              useApp.getState().set({ notice: { kind: 'info', text: `The budget worker stopped (${reason}) and was restarted.` } });
            },
          })
        : this.client;
    this.linkClient =
      this.client.mode === 'worker'
        ? createCoreClient({
            useWorker: true,
            onRestart: (reason) => {
              this.links.invalidate();
              useApp.getState().set({ notice: { kind: 'info', text: `The link worker stopped (${reason}) and was restarted.` } });
            },
          })
        : this.client;
    this.links = new LinkSync(this.linkClient, () => this.dataChanged());
    this.clock.subscribe(() => useApp.getState().set({ playing: this.clock.playing, warp: this.clock.warp }));
    // The colour mode lives in the store (the legend sets it); the shader reads it from scene data.
    const applyColor = () => {
      const scale = COLOR_SCALES[useApp.getState().colorMode];
      sceneData.colorMode = scale.mode === 'shell' ? 0 : scale.mode === 'sunlight' ? 1 : 2;
      sceneData.channel = Math.max(0, scale.channel);
      sceneData.rampMin = scale.min;
      sceneData.rampMax = scale.max;
      sceneData.ramp = scale.stops;
      this.dataChanged();
    };
    applyColor();
    useApp.subscribe((s, prev) => {
      if (s.colorMode !== prev.colorMode) applyColor();
      if (s.hiddenShells !== prev.hiddenShells) {
        sceneData.hiddenShells.fill(0);
        // 255 in an 8-bit texture reads as 1.0 in the shader.
        for (const i of s.hiddenShells) if (i >= 0 && i < 1024) sceneData.hiddenShells[i] = 255;
        sceneData.hiddenVersion++;
        this.dataChanged();
      }
      // Links are coloured by length either way (light time is length / c): only the legend's units follow linkColor.
      if (s.showLinks !== prev.showLinks || s.showStations !== prev.showStations) {
        sceneData.showLinks = s.showLinks;
        sceneData.showStations = s.showStations;
        this.dataChanged();
      }
    });
  }

  /**
   * Loads a scenario (any JSON value; validated in the core). On success the scene switches to it and
   * the clock jumps to its epoch (or `startMs`); on failure the current scenario stays and the
   * promise rejects with every validation problem.
   */
  async load(scenario: unknown, opts: { startMs?: number; warp?: number; quiet?: boolean } = {}): Promise<ConstellationMeta> {
    const store = useApp.getState();
    const first = !this.meta;
    if (!opts.quiet) store.set({ status: 'loading', progress: 'Expanding the scenario…' });
    const seq = ++this.loadSeq;
    const reply = await this.client.request({ type: 'load', scenario });
    if (seq !== this.loadSeq) throw new Error('superseded by a newer scenario');
    if (reply.type === 'error') {
      const text = [reply.message, ...reply.issues].join('\n');
      useApp.getState().set({ notice: { kind: 'error', text }, status: this.meta ? 'ready' : 'error', progress: '' });
      throw new Error(text);
    }
    if (reply.type !== 'loaded') throw new Error(`unexpected reply ${reply.type}`);
    this.loadToken++;
    // The budget worker loads the same (now known valid) scenario; its budget requests queue behind.
    if (this.budgetClient !== this.client) void this.budgetClient.request({ type: 'load', scenario });
    if (this.linkClient !== this.client) void this.linkClient.request({ type: 'load', scenario });
    this.stats.loadMs = reply.computeMs;
    this.meta = reply.meta;
    sceneData.closedForm = reply.closedForm;
    sceneData.sgp4Shell = reply.sgp4Shell;
    sceneData.shellColors = reply.meta.shells.map((_, i) => SHELL_PALETTE[i % SHELL_PALETTE.length]);
    sceneData.keyframes = null;
    sceneData.keyframesVersion++;
    sceneData.track = null;
    sceneData.trackVersion++;
    sceneData.selected = -1;
    sceneData.hovered = -1;
    sceneData.version++;
    this.kfWindow = null;
    this.kfInFlight = false;
    this.trackIndex = -1;
    this.budgetInFlight = false;
    this.budgetSimMs = NaN;
    this.seriesInFlight = false;
    this.seriesIndex = -1;
    sceneData.budgets = null;
    sceneData.budgetsVersion++;
    this.clock.seek(opts.startMs ?? reply.meta.epochMs);
    if (opts.warp !== undefined) this.clock.setWarp(opts.warp);
    document.documentElement.dataset.ready = 'false';
    useApp.getState().set({
      meta: reply.meta,
      selected: null,
      hovered: null,
      follow: false,
      budgetTotals: null,
      series: null,
      scenario,
      ...(opts.quiet ? {} : { hiddenShells: [], history: { past: [], future: [] } }),
      status: opts.quiet && !first ? 'ready' : 'loading',
      progress: reply.meta.sgp4Count > 0 ? `Propagating ${reply.meta.sgp4Count.toLocaleString('en-US')} element sets…` : 'Drawing…',
    });
    this.links.reset(reply.meta, !!opts.quiet);
    if (reply.meta.sgp4Count > 0) this.requestKeyframes(this.clock.now());
    this.dataChanged();
    return reply.meta;
  }

  /** Called whenever new data for the scene arrives (a paused, on-demand view must redraw). */
  onData(fn: () => void): () => void {
    this.dataListeners.add(fn);
    return () => this.dataListeners.delete(fn);
  }

  private dataChanged(): void {
    for (const fn of this.dataListeners) fn();
  }

  /** Scene data is complete enough to call the first frame drawn. */
  get drawable(): boolean {
    return !!this.meta && (this.meta.sgp4Count === 0 || !!sceneData.keyframes);
  }

  /** Called once per frame with the simulated time: keeps windows and tracks fresh. Cheap. */
  tick(simMs: number): void {
    if (!this.meta) return;
    if (this.meta.sgp4Count > 0 && !this.kfInFlight) {
      const w = this.kfWindow;
      const span = keyframeSpanS(this.clock.warp) * 1000;
      const margin = span * 0.35;
      if (!w || simMs < w.startMs + (this.clock.warp < 0 ? margin : 0) || simMs > w.endMs - (this.clock.warp >= 0 ? margin : 0)) {
        this.requestKeyframes(simMs);
      }
    }
    this.maybeRequestBudgets(simMs);
    this.links.tick(simMs);
    const sel = sceneData.selected;
    if (sel >= 0 && !this.seriesInFlight && (sel !== this.seriesIndex || simMs < this.seriesRange[0] || simMs > this.seriesRange[1])) {
      this.requestSeries(sel, simMs);
    }
    if (sel >= 0 && !this.trackInFlight && (sel !== this.trackIndex || Math.abs(simMs - this.trackCenterMs) > this.trackPeriodS * 250)) {
      this.requestTrack(sel, simMs);
    }
  }

  private requestKeyframes(simMs: number): void {
    const spanS = keyframeSpanS(this.clock.warp);
    const count = Math.ceil(spanS / KF_STEP_S) + 1;
    const lead = this.clock.warp >= 0 ? 0.15 : 0.85; // most of the window ahead of time's direction
    const startMs = Math.floor((simMs - lead * spanS * 1000) / (KF_STEP_S * 1000)) * KF_STEP_S * 1000;
    this.kfInFlight = true;
    const token = this.loadToken;
    void this.client.request({ type: 'keyframes', startMs, stepS: KF_STEP_S, count }).then((r) => {
      if (token !== this.loadToken) return;
      this.kfInFlight = false;
      this.onKeyframes(r);
    });
  }

  private onKeyframes(r: WorkerResponse): void {
    if (r.type === 'error') {
      useApp.getState().set({ notice: { kind: 'error', text: `Propagation failed: ${r.message}` } });
      return;
    }
    if (r.type !== 'keyframes') return;
    sceneData.keyframes = { startMs: r.startMs, stepS: r.stepS, count: r.count, satCount: r.satCount, data: r.data, status: r.status };
    sceneData.keyframesVersion++;
    this.kfWindow = { startMs: r.startMs, endMs: r.startMs + (r.count - 1) * r.stepS * 1000 };
    this.stats.lastKeyframeMs = r.computeMs;
    this.stats.keyframeRuntime = r.runtime;
    this.dataChanged();
    this.stats.keyframeSatStatesPerS = r.computeMs > 0 ? (r.count * r.satCount) / (r.computeMs / 1000) : 0;
    let failed = 0;
    for (let i = 0; i < r.status.length; i++) if (r.status[i] !== 0) failed++;
    const store = useApp.getState();
    if (failed > 0 && !store.notice) {
      store.set({ notice: { kind: 'info', text: `${failed} satellite${failed === 1 ? ' has' : 's have'} decayed or cannot be propagated at this time and ${failed === 1 ? 'is' : 'are'} not drawn.` } });
    }
  }

  /** Budgets at ≈ 4 Hz while time moves, and once after every jump while paused. */
  private maybeRequestBudgets(simMs: number): void {
    if (this.budgetInFlight) return;
    const wall = performance.now();
    if (wall - this.budgetWallMs < 250) return;
    if (Math.abs(simMs - this.budgetSimMs) < 30000 && !Number.isNaN(this.budgetSimMs)) return;
    this.budgetInFlight = true;
    this.budgetWallMs = wall;
    const token = this.loadToken;
    void this.budgetClient.request({ type: 'budgets', tMs: simMs }).then((r) => {
      if (token !== this.loadToken) return;
      this.budgetInFlight = false;
      if (r.type !== 'budgets') return;
      this.budgetSimMs = simMs;
      this.stats.budgetMs = r.computeMs;
      sceneData.budgets = { tMs: r.tMs, stride: r.stride, count: r.totals.nodes / r.stride, values: r.values };
      sceneData.budgetsVersion++;
      useApp.getState().set({ budgetTotals: r.totals, budgetStride: r.stride });
      this.dataChanged();
    });
  }

  /** The selected node's series over ±2 orbits; refreshed when time leaves its middle half. */
  private requestSeries(index: number, simMs: number): void {
    this.seriesInFlight = true;
    this.seriesIndex = index;
    const token = this.loadToken;
    void this.budgetClient.request({ type: 'nodeSeries', index, centerMs: simMs, orbitsEachSide: 2 }).then((r) => {
      this.seriesInFlight = false;
      if (token !== this.loadToken || r.type !== 'nodeSeries') return;
      const span = r.count * r.stepS * 1000;
      this.seriesRange = [r.startMs + span * 0.25, r.startMs + span * 0.75];
      if (sceneData.selected !== r.index) return;
      const { type: _t, seq: _s, ...data } = r;
      useApp.getState().set({ series: data });
    });
  }

  private requestTrack(index: number, simMs: number): void {
    this.trackInFlight = true;
    this.trackIndex = index;
    this.trackCenterMs = simMs;
    const token = this.loadToken;
    void this.client.request({ type: 'track', index, centerMs: simMs, points: 361 }).then((r) => {
      this.trackInFlight = false;
      if (token !== this.loadToken || r.type !== 'track') return;
      this.trackPeriodS = r.periodS;
      sceneData.track = { index: r.index, startMs: r.startMs, stepS: r.stepS, periodS: r.periodS, eci: r.eci, ecef: r.ecef };
      sceneData.trackVersion++;
      this.dataChanged();
    });
  }

  /**
   * Replaces the scenario with an edited one without a reload: keeps simulated time, warp, play state
   * and the selected satellite (by id). With `record`, the previous scenario goes on the undo stack.
   * An invalid edit changes nothing and shows every problem.
   */
  async apply(next: unknown, opts: { record?: boolean } = {}): Promise<void> {
    const st = useApp.getState();
    const prev = st.scenario;
    const selectedId = st.selected !== null && st.meta ? satelliteIdentity(st.meta.shells, st.selected).id : null;
    const follow = st.follow;
    const t = this.clock.now();
    const playing = this.clock.playing;
    await this.load(next, { startMs: t, warp: this.clock.warp, quiet: true });
    if (!playing) this.clock.pause();
    if (opts.record !== false && prev !== null) {
      const h = useApp.getState().history;
      useApp.getState().set({ history: { past: [...h.past, prev].slice(-100), future: [] } });
    }
    const meta = this.meta;
    if (selectedId && meta) {
      const i = findSatellite(meta.shells, selectedId);
      if (i !== null) {
        this.select(i);
        useApp.getState().set({ follow });
      }
    }
  }

  /** Steps back to the scenario before the last recorded edit. */
  async undo(): Promise<void> {
    const { history, scenario } = useApp.getState();
    const prev = history.past[history.past.length - 1];
    if (prev === undefined || scenario === null) return;
    await this.apply(prev, { record: false });
    useApp.getState().set({ history: { past: history.past.slice(0, -1), future: [scenario, ...history.future] } });
  }

  /** Re-applies the edit that the last undo took back. */
  async redo(): Promise<void> {
    const { history, scenario } = useApp.getState();
    const next = history.future[0];
    if (next === undefined || scenario === null) return;
    await this.apply(next, { record: false });
    useApp.getState().set({ history: { past: [...history.past, scenario], future: history.future.slice(1) } });
  }

  /** Chooses the two ends of the highlighted route (null clears an end). */
  setRoute(from: RouteEndRef | null, to: RouteEndRef | null): void {
    this.links.setRoute(from, to);
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
    const st = useApp.getState();
    const prev = st.scenario;
    if (prev && typeof prev === 'object' && !Array.isArray(prev)) {
      const h = st.history;
      st.set({ scenario: { ...(prev as Record<string, unknown>), groundStations: next.map((s) => ({ ...s })) }, history: { past: [...h.past, prev].slice(-100), future: [] } });
    }
    this.links.setStations(next, from, to);
  }

  select(index: number | null): void {
    const valid = index !== null && this.meta && index >= 0 && index < this.meta.total ? index : null;
    sceneData.selected = valid ?? -1;
    const st = useApp.getState();
    st.set({ selected: valid, follow: valid === null ? false : st.follow, series: valid === st.selected ? st.series : null, ...(valid === st.selected ? {} : { selectedLinks: null }) });
    this.links.invalidate();
    this.dataChanged();
  }
}
