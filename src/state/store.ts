/**
 * Slow UI state (DESIGN §2): selection, loading, panels. Never per-frame data — positions, time
 * and budgets live in buffers and the clock; panels poll them at a few Hz.
 */
import { create } from 'zustand';
import type { ConstellationMeta, LinkCounts, LinkDrawSet, NodeLink, RouteEndRef, RouteInfo, WorkerResponse } from '../worker/protocol';
import type { GroundStation } from '../scenario/schema';
import type { BudgetTotals } from '../sim/budgetRunner';

/** How satellites are coloured (scales in src/scene/colorModes.ts). */
export type ColorMode = 'shell' | 'sunlight' | 'battery' | 'temperature' | 'compute' | 'margin';

/** The selected node's budget series as the worker sent it. */
export type NodeSeriesData = Omit<Extract<WorkerResponse, { type: 'nodeSeries' }>, 'type' | 'seq'>;

/** The route chart's data as the worker sent it. */
export type RouteSeriesData = Omit<Extract<WorkerResponse, { type: 'routeSeries' }>, 'type' | 'seq'>;

/** A change of the shown route the user should notice (it broke, came back, or took other satellites). */
export interface RouteEvent {
  tMs: number;
  kind: 'broken' | 'restored' | 'changed';
  /** What happened, without the time (the list shows `tMs`). */
  text: string;
}

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
  set: (patch: Partial<Omit<AppState, 'set'>>) => void;
}

export const useApp = create<AppState>((set) => ({
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
  set: (patch) => set(patch),
}));
