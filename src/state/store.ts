/**
 * Slow UI state (DESIGN §2): selection, loading, panels. Never per-frame data — positions, time
 * and budgets live in buffers and the clock; panels poll them at a few Hz.
 */
import { create } from 'zustand';
import type { ConstellationMeta, WorkerResponse } from '../worker/protocol';
import type { BudgetTotals } from '../sim/budgetRunner';

/** How satellites are coloured (scales in src/scene/colorModes.ts). */
export type ColorMode = 'shell' | 'sunlight' | 'battery' | 'temperature' | 'compute' | 'margin';

/** The selected node's budget series as the worker sent it. */
export type NodeSeriesData = Omit<Extract<WorkerResponse, { type: 'nodeSeries' }>, 'type' | 'seq'>;

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
  set: (patch) => set(patch),
}));
