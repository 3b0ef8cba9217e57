/**
 * The public Engine API (docs/engine-api.md): the one door through which the UI, the automation
 * hook, and later the embed bridge and presenter tours drive the app. Plain data in and out —
 * times as Unix ms or ISO 8601 UTC strings, satellites by global index or by their stable id.
 */
import type { ColorMode, LoadStatus, RouteEndRef } from '../state/store';
import type { ConstellationMeta } from '../scenario/types';
import type { ViewState } from '../scenario/viewState';
import type { SunlightState } from '../sim/shadow';
import type { LoadProgress } from './loadProgress';

/** Options for {@link EngineApi.load}. */
export interface LoadOptions {
  /** Start at this simulated time (Unix ms) instead of the scenario's epoch. */
  startMs?: number;
  /** Clock rate (simulated seconds per wall second). */
  warp?: number;
  /**
   * An edit of the scenario shown now: keep hidden shells, undo history and route ends, and do not
   * show the loading overlay.
   */
  quiet?: boolean;
  /** A view to apply over the scenario's own (a share link's, an embed's). */
  view?: ViewState;
}

/** A satellite named by global index or by its stable id ("shell-name/3/7", "25544", …). */
export type NodeRef = number | string;

/** What is shown now, as {@link EngineApi.getState} reports it. */
export interface EngineState {
  /** Name of the scenario shown (null before the first load). */
  scenario: string | null;
  status: LoadStatus;
  simMs: number;
  /** Simulated time, ISO 8601 UTC with milliseconds. */
  timeUtc: string;
  warp: number;
  playing: boolean;
  /** Stable id of the selected satellite, or null. */
  selected: string | null;
  /** Global index of the selected satellite, or null. */
  selectedIndex: number | null;
  /** Satellites in the scenario. */
  nodes: number;
  /** Constellation totals at the last budget update (null before the first, or without budgets). */
  totals: {
    computeOnlineTops: number;
    computeInstalledTops: number;
    powerGenW: number;
    loadW: number;
    nodesInShadow: number;
    /** Nodes whose compute is shed at the battery floor. */
    limitedByBattery: number;
    /** Nodes throttled by temperature. */
    limitedByTemperature: number;
    /** Every `stride`-th satellite was budgeted (1 = all). */
    stride: number;
  } | null;
  colorMode: ColorMode;
  layers: { shadow: boolean; links: boolean; stations: boolean };
  routeFrom: RouteEndRef | null;
  routeTo: RouteEndRef | null;
  /** Where the simulation core runs. */
  runtime: 'worker' | 'main-thread';
}

/** One satellite now, as {@link EngineApi.getNode} reports it. */
export interface NodeReport {
  index: number;
  id: string;
  name: string;
  shell: string;
  /** Geodetic position now (null while unknown: keyframes not there yet, decayed). */
  position: { latDeg: number; lonDeg: number; altitudeKm: number; speedKmS: number } | null;
  /** Sunlight now from the Sun's position and Earth's shadow (null while the position is unknown). */
  sunlight: SunlightState | null;
  /** Fraction of the Sun's disc hidden (0 sunlit … 1 umbra), or null. */
  shadowFraction: number | null;
  /**
   * The node's power and heat state at the last budget update, or null when it is not budgeted
   * (no budgets yet, or not among every `stride`-th satellite of a huge constellation).
   */
  budget: {
    tMs: number;
    stateOfCharge: number;
    temperatureK: number;
    computeAvailable: number;
    powerMarginW: number;
  } | null;
}

/** Events the engine emits. */
export type EngineEvent =
  /** A scenario is loaded and its first frame drawn. */
  | { type: 'ready'; scenario: string; nodes: number; timeUtc: string }
  /** A load moved to another stage (src/engine/loadProgress.ts): for a progress bar. */
  | ({ type: 'progress' } & LoadProgress)
  /** Simulated time, warp or play state changed (at most 4 per second while time runs; at once after a seek). */
  | { type: 'timechange'; simMs: number; timeUtc: string; warp: number; playing: boolean }
  /** The selection changed. */
  | { type: 'select'; index: number | null; nodeId: string | null }
  /** Something failed; the app keeps its state. `issues` lists validation problems with their paths. */
  | { type: 'error'; message: string; issues: string[] };

export type EngineEventType = EngineEvent['type'];
export type EngineEventOf<T extends EngineEventType> = Extract<EngineEvent, { type: T }>;

/** The public Engine API. */
export interface EngineApi {
  /** Loads a scenario (any JSON; validated). Rejects with every problem when it is not valid; the current scenario stays. */
  load(scenario: unknown, opts?: LoadOptions): Promise<ConstellationMeta>;
  play(): void;
  pause(): void;
  /** Jumps to simulated time `t` (Unix ms or an ISO 8601 UTC string). Returns false (and emits `error`) for a time it cannot read. */
  seek(t: number | string): boolean;
  /** Sets the clock rate (simulated s per wall s, −1,000,000 … 1,000,000). Returns false for a rate out of range. */
  setWarp(warp: number): boolean;
  /** Selects a satellite (null clears); `turn` flies the camera round to it. Returns the index selected, or null when none (an unknown ref selects nothing and emits `error`). */
  select(ref: NodeRef | null, opts?: { turn?: boolean }): number | null;
  /** Chooses the ends of the highlighted route (null clears an end). */
  setRouteEnds(from: RouteEndRef | null, to: RouteEndRef | null): void;
  getState(): EngineState;
  /** The satellite now, or null for an unknown ref. */
  getNode(ref: NodeRef): NodeReport | null;
  /** Applies any part of a view (time, warp, play state, colour mode, layers, selection, route ends, camera). */
  applyView(view: ViewState, opts?: { durationMs?: number }): void;
  /** The view now, as a share link records it. */
  getView(): ViewState;
  /** Subscribes to one event type; returns the unsubscribe function. */
  on<T extends EngineEventType>(type: T, fn: (e: EngineEventOf<T>) => void): () => void;
}

/** Fastest clock rate the API accepts, either way (simulated s per wall s). */
export const MAX_WARP = 1_000_000;
