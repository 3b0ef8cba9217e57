/**
 * Slow UI state (docs/architecture.md): selection, loading, panels. Never per-frame data —
 * positions, time and budgets live in buffers and the clock; panels poll them at a few Hz.
 *
 * The store's invariants live in named actions (selecting a node, choosing or clearing route ends,
 * resetting for a new scenario, the undo history and its cap); there is no generic setter.
 * It imports domain types only (src/sim, src/scenario), never the worker protocol.
 */
import { create } from 'zustand';
import type { ConstellationMeta } from '../scenario/types';
import type { LinkCounts, LinkDrawSet, NodeLink, RouteInfo, RouteSeries } from '../scenario/linkNetwork';
import type { GroundStation } from '../scenario/schema';
import type { BudgetTotals } from '../sim/budgetRunner';
import type { NodeSeriesWindow } from '../sim/nodeSeries';
import type { RouteEnd } from '../sim/routing';
import type { BurdenEnergy } from '../sim/burden';
import type { RouteLogEntry } from '../sim/routeLog';

/** How satellites are coloured (scales in src/scene/colorModes.ts). */
export type ColorMode = 'shell' | 'sunlight' | 'battery' | 'temperature' | 'compute' | 'margin';

/** The selected node's budget series. */
export type NodeSeriesData = NodeSeriesWindow;

/** The route chart's data. */
export type RouteSeriesData = RouteSeries;

/** One end of a route: a ground station (index into `stations`) or a satellite (global index). */
export type RouteEndRef = RouteEnd;

/** A change of the shown route the user should notice (it broke, came back, or changed hops or latency; src/sim/routeLog.ts decides which). */
export type RouteEvent = RouteLogEntry;

export type LoadStatus = 'booting' | 'loading' | 'ready' | 'error';

export interface HoverInfo {
  index: number;
  /** Pointer position in CSS px relative to the canvas. */
  x: number;
  y: number;
}

export interface AppState {
  status: LoadStatus;
  /** What is happening while status is booting/loading ("Propagating 12 satellites…"). */
  progress: string;
  /** Fatal problem that stops the scene (no WebGL). */
  fatal: string | null;
  /** A problem the user should read, the app keeps running (bad input, worker restarted). */
  notice: { kind: 'error' | 'info'; text: string } | null;
  meta: ConstellationMeta | null;
  /** Selected satellite, global index, or null. */
  selected: number | null;
  hovered: HoverInfo | null;
  /** Camera follows the selected satellite. */
  follow: boolean;
  /** Mirrors of the clock for controls (the clock is the truth). */
  playing: boolean;
  warp: number;
  /** Side panel open on small screens. */
  panelOpen: boolean;
  /** Constellation totals at the last budget update (≈ 4 Hz), and the sampling stride behind them. */
  budgetTotals: BudgetTotals | null;
  budgetStride: number;
  /** The selected node's budget series (refreshed as time moves on), or null. */
  series: NodeSeriesData | null;
  colorMode: ColorMode;
  /** The scenario JSON currently shown, as it was given (the editor edits a copy of it). */
  scenario: unknown;
  /** Shells hidden by the shell filter (indices). */
  hiddenShells: number[];
  /** Undo/redo stacks of scenario JSON (most recent last in `past`, next first in `future`). */
  history: { past: unknown[]; future: unknown[] };
  /** Draw Earth's shadow (umbra) as a translucent volume. */
  showShadow: boolean;
  /** Link network at the last links update (≈ 4 Hz), or null (no links / not yet). */
  links: LinkCounts | null;
  /** What the scene draws of it (mode, shown / total), without the arrays. */
  linkDraw: Omit<LinkDrawSet, 'pairs' | 'ground'> | null;
  /** The selected node's links, or null. */
  selectedLinks: NodeLink[] | null;
  /** Ground stations now: the scenario's plus those the user added (index = RouteEndRef.station). */
  stations: GroundStation[];
  /** Satellites each station sees now (same order as `stations`). */
  stationsInView: number[];
  /** The user's route ends (null: not chosen yet). */
  routeFrom: RouteEndRef | null;
  routeTo: RouteEndRef | null;
  /** The route between them at the last update, or null (none now, or not chosen). */
  route: RouteInfo | null;
  /** Latency over the next orbit for the chosen ends. */
  routeSeries: RouteSeriesData | null;
  /** Route breaks and changes, newest last (at most 20). */
  routeEvents: RouteEvent[];
  /** Link colour legend: by length (km) or by one-way light time (ms). */
  linkColor: 'length' | 'latency';
  showLinks: boolean;
  showStations: boolean;
  /** The next click on Earth adds a ground station there. */
  placingStation: boolean;
  /** The scenario picker was asked for from outside it (an unknown `?scenario=` id), with the message it shows first; null when not. */
  pickerRequest: string | null;
  /** The Earth-burden panel is open (the engine then asks the budget worker for the year's energy). */
  burdenOpen: boolean;
  /** The loaded scenario's year of delivered compute energy (src/scenario/burdenEnergy.ts), or null until computed. */
  burdenEnergy: BurdenEnergy | null;
  /** Presenter mode (src/app/present): panels hidden, the tour's caption band, clicker keys. */
  presenting: boolean;
  /** The tour step shown in presenter mode (−1: none). */
  tourStep: number;
  /** Every panel hidden (the `H` key), outside presenter mode too. */
  panelsHidden: boolean;
  /** The export dialog is open. */
  exportOpen: boolean;
}

/**
 * A notice the user should read (bad input, a worker restarted). `text` is kept as it came: lines of
 * the message catalogue (src/scenario/messages.ts), each a code with its values that
 * src/i18n/problems.ts (`translateText`) reads back and renders in the language in use when the
 * notice is drawn, so a language switch changes a notice already shown (docs/i18n.md).
 */
export type Notice = NonNullable<AppState['notice']>;

/** Layers a checkbox turns on and off. */
export type LayerFlag = 'showShadow' | 'showLinks' | 'showStations';

/** Most scenario versions the undo history keeps. */
export const HISTORY_CAP = 100;

/** Most route events kept (oldest dropped). */
export const MAX_ROUTE_EVENTS = 20;

/** What the link worker's last reply says, for the panels. */
export interface LinkReport {
  links: LinkCounts | null;
  linkDraw: AppState['linkDraw'];
  selectedLinks: NodeLink[] | null;
  stationsInView: number[];
  route: RouteInfo | null;
}

/** Named actions: the only way the store changes. */
export interface AppActions {
  /** Loading / ready / error with the line shown while loading. */
  setStatus(status: LoadStatus, progress?: string): void;
  setFatal(message: string): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(): void;
  /**
   * Selects satellite `index` (null: none). A different node clears the old node's series and
   * links; no selection also stops following.
   */
  selectNode(index: number | null): void;
  /** Follow the selected satellite with the camera (never without a selection). */
  setFollow(follow: boolean): void;
  setHovered(h: HoverInfo | null): void;
  /** Mirrors the clock for the controls. */
  mirrorClock(playing: boolean, warp: number): void;
  setPanelOpen(open: boolean): void;
  setColorMode(mode: ColorMode): void;
  setLinkColor(by: AppState['linkColor']): void;
  setLayer(flag: LayerFlag, on: boolean): void;
  setHiddenShells(shells: number[]): void;
  setPlacingStation(on: boolean): void;
  /** Opens the scenario picker with `message` (text) at its top. */
  requestPicker(message: string): void;
  /** The picker was opened (or closed) for the request: it is used up. */
  clearPickerRequest(): void;
  /**
   * A new scenario is shown: selection, hover, follow, budgets and series are cleared; `fresh` (a
   * new scenario, not an edit of the current one) also clears hidden shells and the history.
   */
  resetForScenario(
    meta: ConstellationMeta,
    scenario: unknown,
    fresh: boolean,
    status: LoadStatus,
    progress: string,
  ): void;
  /** An edit replaced `previous` (with `next`, when given): `previous` goes on the undo stack (capped at {@link HISTORY_CAP}), redo is cleared. */
  recordEdit(previous: unknown, next?: unknown): void;
  /** History after an undo: the last undo entry is used up, `current` moves to the front of redo. */
  stepBack(current: unknown): void;
  /** History after a redo: the first redo entry is used up, `current` goes on the undo stack. */
  stepForward(current: unknown): void;
  /** Sets both route ends; when they differ from the current ones, the route, its chart and its events are cleared together. */
  setRouteEnds(from: RouteEndRef | null, to: RouteEndRef | null): void;
  /** The station list and the route ends that survive it; changed ends clear the route, its chart and its events. */
  setStations(stations: GroundStation[], from: RouteEndRef | null, to: RouteEndRef | null): void;
  /** No link data (a scenario without links or stations). */
  clearLinkReport(): void;
  /** A new scenario's network: its stations and the route ends that survive; link data, the route, its chart and events cleared. */
  resetNetwork(stations: GroundStation[], from: RouteEndRef | null, to: RouteEndRef | null): void;
  setBudgets(totals: BudgetTotals | null, stride: number): void;
  /** The selected node's series (dropped unless it is for the node selected now). */
  setSeries(series: NodeSeriesData | null): void;
  /** What the link worker's last reply says; `events`, when given, are the route's events from now on (the last {@link MAX_ROUTE_EVENTS}). */
  setLinkReport(report: LinkReport, events?: RouteEvent[] | null): void;
  setRouteSeries(series: RouteSeriesData | null): void;
  setBurdenOpen(open: boolean): void;
  /** The year's energy of the scenario shown (null: a new scenario, not computed yet). */
  setBurdenEnergy(energy: BurdenEnergy | null): void;
  /**
   * An edit that reloads nothing (the Earth-burden assumptions): `next` is the scenario shown from
   * now on; the undo history is the caller's (recordEdit, stepBack, stepForward).
   */
  replaceScenario(next: unknown): void;
  /** Enters (at tour step `step`, −1 for none) or leaves presenter mode. */
  setPresenting(on: boolean, step?: number): void;
  setTourStep(step: number): void;
  setPanelsHidden(hidden: boolean): void;
  setExportOpen(open: boolean): void;
}

const initialState: AppState = {
  status: 'booting',
  progress: 'Starting…',
  fatal: null,
  notice: null,
  meta: null,
  selected: null,
  hovered: null,
  follow: false,
  playing: true,
  warp: 60,
  panelOpen: false,
  budgetTotals: null,
  budgetStride: 1,
  series: null,
  colorMode: 'shell',
  scenario: null,
  history: { past: [], future: [] },
  hiddenShells: [],
  showShadow: false,
  links: null,
  linkDraw: null,
  selectedLinks: null,
  stations: [],
  stationsInView: [],
  routeFrom: null,
  routeTo: null,
  route: null,
  routeSeries: null,
  routeEvents: [],
  linkColor: 'length',
  showLinks: true,
  showStations: true,
  placingStation: false,
  pickerRequest: null,
  burdenOpen: false,
  burdenEnergy: null,
  presenting: false,
  tourStep: -1,
  panelsHidden: false,
  exportOpen: false,
};

/** Same route end (both stations with one index, or both one satellite). */
export function sameEndRef(a: RouteEndRef | null, b: RouteEndRef | null): boolean {
  if (!a || !b) return a === b;
  if ('station' in a) return 'station' in b && a.station === b.station;
  return 'node' in b && a.node === b.node;
}

export type AppStore = AppState & AppActions;

export const useApp = create<AppStore>((set, get) => ({
  ...initialState,
  setStatus: (status, progress = '') => set({ status, progress }),
  setFatal: (message) => set({ fatal: message, status: 'error' }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  dismissNotice: () => set({ notice: null }),
  selectNode: (index) =>
    set((s) =>
      index === s.selected
        ? { follow: index === null ? false : s.follow }
        : { selected: index, follow: index === null ? false : s.follow, series: null, selectedLinks: null },
    ),
  setFollow: (follow) => set((s) => ({ follow: follow && s.selected !== null })),
  setHovered: (hovered) => set({ hovered }),
  mirrorClock: (playing, warp) =>
    set((s) => (s.playing === playing && s.warp === warp ? s : { playing, warp })),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setColorMode: (colorMode) => set({ colorMode }),
  setLinkColor: (linkColor) => set({ linkColor }),
  setLayer: (flag, on) => set({ [flag]: on } as Pick<AppState, LayerFlag>),
  requestPicker: (message) => set({ pickerRequest: message }),
  clearPickerRequest: () => set({ pickerRequest: null }),
  setHiddenShells: (hiddenShells) => set({ hiddenShells }),
  setPlacingStation: (placingStation) => set({ placingStation }),
  resetForScenario: (meta, scenario, fresh, status, progress) =>
    set({
      meta,
      scenario,
      selected: null,
      hovered: null,
      follow: false,
      budgetTotals: null,
      series: null,
      status,
      progress,
      ...(fresh ? { hiddenShells: [], history: { past: [], future: [] } } : {}),
    }),
  recordEdit: (previous, next) =>
    set((s) => ({
      history: { past: [...s.history.past, previous].slice(-HISTORY_CAP), future: [] },
      ...(next !== undefined ? { scenario: next } : {}),
    })),
  stepBack: (current) =>
    set((s) => ({
      history: {
        past: s.history.past.slice(0, -1),
        future: [current, ...s.history.future].slice(0, HISTORY_CAP),
      },
    })),
  stepForward: (current) =>
    set((s) => ({
      history: { past: [...s.history.past, current].slice(-HISTORY_CAP), future: s.history.future.slice(1) },
    })),
  setRouteEnds: (from, to) => {
    const s = get();
    if (sameEndRef(from, s.routeFrom) && sameEndRef(to, s.routeTo)) return;
    set({ routeFrom: from, routeTo: to, route: null, routeSeries: null, routeEvents: [] });
  },
  setStations: (stations, from, to) => {
    const s = get();
    const endsChanged = !sameEndRef(from, s.routeFrom) || !sameEndRef(to, s.routeTo);
    set({
      stations,
      routeFrom: from,
      routeTo: to,
      ...(endsChanged ? { route: null, routeSeries: null, routeEvents: [] } : {}),
    });
  },
  clearLinkReport: () =>
    set({ links: null, linkDraw: null, selectedLinks: null, stationsInView: [], route: null }),
  resetNetwork: (stations, from, to) =>
    set({
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
    }),
  setBudgets: (budgetTotals, budgetStride) => set({ budgetTotals, budgetStride }),
  setSeries: (series) => set((s) => (series && series.index !== s.selected ? s : { series })),
  setLinkReport: (report, events) =>
    set(() => ({
      ...report,
      ...(events ? { routeEvents: events.slice(-MAX_ROUTE_EVENTS) } : {}),
    })),
  setRouteSeries: (routeSeries) => set({ routeSeries }),
  setBurdenOpen: (burdenOpen) => set({ burdenOpen }),
  setBurdenEnergy: (burdenEnergy) => set({ burdenEnergy }),
  replaceScenario: (scenario) => set({ scenario }),
  setPresenting: (presenting, step = -1) => set({ presenting, tourStep: presenting ? step : -1 }),
  setTourStep: (tourStep) => set({ tourStep }),
  setPanelsHidden: (panelsHidden) => set({ panelsHidden }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
}));
