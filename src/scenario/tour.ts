/**
 * Presenter tours (docs/scenario-format.md "tour"): a scenario's `tour` steps turned into the views
 * the engine applies (Engine.applyView), and a view turned back into a step (the tour editor's "add a
 * step from the current view"). Pure: no DOM, no engine.
 */
import type { Scenario } from './schema';
import { parseIsoUtc } from './time';
import {
  CAMERA_DISTANCE_RE,
  CAMERA_PRESETS,
  type CameraPreset,
  type ViewLayers,
  type ViewState,
} from './viewState';

/** One validated tour step. */
export type TourStep = Scenario['tour'][number];

const OFFSET = /^\+(\d{1,4}):([0-5]\d):([0-5]\d)$/;

/** A scenario time (`+HH:MM:SS` from the epoch, or UTC ISO 8601) as Unix ms, or null when unreadable. */
export function scenarioTimeMs(at: string, epochMs: number): number | null {
  const m = OFFSET.exec(at);
  if (m) return epochMs + ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000;
  return parseIsoUtc(at);
}

/** `+HH:MM:SS` from the epoch for a time at or after it (rounded to the second), else UTC ISO 8601. */
export function scenarioTimeText(timeMs: number, epochMs: number): string {
  const s = Math.round((timeMs - epochMs) / 1000);
  if (s >= 0 && s < 10000 * 3600) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `+${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  }
  return `${new Date(Math.round(timeMs / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/**
 * The view a step shows: its time, and whatever else it names (camera, selection, warp, play state,
 * follow, colour mode, layers, route). A step that selects a satellite and names no camera turns to
 * it; a camera name that is not a preset means "earth" (as the scenario's `view` does).
 */
export function tourStepView(step: TourStep, epochMs: number): ViewState {
  const view: ViewState = {};
  const t = scenarioTimeMs(step.at, epochMs);
  if (t !== null) view.timeMs = t;
  if (step.select !== undefined) view.selected = step.select;
  if (step.camera !== undefined) {
    view.camera =
      typeof step.camera === 'string'
        ? (CAMERA_PRESETS as readonly string[]).includes(step.camera)
          ? (step.camera as CameraPreset)
          : 'earth'
        : step.camera;
  } else if (typeof step.select === 'string') view.camera = 'selected';
  if (step.warp !== undefined) view.warp = step.warp;
  if (step.playing !== undefined) view.playing = step.playing;
  if (step.follow !== undefined) view.follow = step.follow;
  if (step.colorMode !== undefined) view.colorMode = step.colorMode;
  if (step.layers) {
    const layers: ViewLayers = {};
    for (const k of ['shadow', 'links', 'stations'] as const)
      if (typeof step.layers[k] === 'boolean') layers[k] = step.layers[k];
    if (Object.keys(layers).length) view.layers = layers;
  }
  if (step.route !== undefined) view.route = step.route;
  return view;
}

/** A step recording `view` (what Engine.getView reports) with `caption`: time, camera pose, selection, warp, colour mode, layers, route. */
export function tourStepFromView(view: ViewState, epochMs: number, caption: string): TourStep {
  const step: TourStep = { at: scenarioTimeText(view.timeMs ?? epochMs, epochMs), caption };
  if (view.camera !== undefined) {
    const c = view.camera;
    // A pose is held inside the format's range (the user may have zoomed further out).
    step.camera =
      typeof c === 'string'
        ? c
        : {
            ...c,
            distanceRe: Math.min(CAMERA_DISTANCE_RE[1], Math.max(CAMERA_DISTANCE_RE[0], c.distanceRe)),
          };
  }
  if (view.selected !== undefined) step.select = view.selected;
  if (view.warp !== undefined) step.warp = view.warp;
  if (view.colorMode !== undefined) step.colorMode = view.colorMode;
  if (view.layers) step.layers = { ...view.layers };
  if (view.route !== undefined) step.route = view.route;
  return step;
}

/** The step index `delta` steps from `index`, held inside 0 … count − 1 (−1 when there are no steps). */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count <= 0) return -1;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/** `tour` with step `from` moved to `to` (both clamped); a new array. */
export function moveStep<T>(tour: readonly T[], from: number, to: number): T[] {
  const out = [...tour];
  if (from < 0 || from >= out.length) return out;
  const [s] = out.splice(from, 1);
  out.splice(Math.min(out.length, Math.max(0, to)), 0, s);
  return out;
}
