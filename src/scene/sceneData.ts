/**
 * Data the scene draws, written by the app's engine and read by scene components in useFrame
 * (never through React state). Each block has a version number; a component rebuilds its GPU
 * buffers only when the version it last saw changes.
 */
import type { ClosedFormPayload } from '../worker/protocol';
import type { KeyframeWindow } from '../sim/keyframeLayout';

/**
 * Shells the scene can hide one by one (the hidden-shell texture's width, read by the satellite and
 * link shaders); a shell index at or beyond it is never hidden. Above the scenario limit (MAX_SHELLS).
 */
export const MAX_SHELLS_DRAWN = 1024;

/** One keyframe window as the worker computed it (src/sim/keyframes.ts layout). */
export type KeyframeBlock = KeyframeWindow;

export interface TrackBlock {
  index: number;
  startMs: number;
  stepS: number;
  periodS: number;
  eci: Float32Array;
  ecef: Float32Array;
}

export interface BudgetBlock {
  tMs: number;
  stride: number;
  /** Budgeted nodes. */
  count: number;
  values: Float32Array;
}

/** Links to draw (the worker's LinkDrawSet) and the test the GPU applies to each candidate per frame. */
export interface LinkBlock {
  /** Candidate ISLs [a0, b0, …], global satellite indices. */
  pairs: Uint32Array;
  /** Station–satellite candidates [station0, node0, …] (station = index into `sceneData.stations`). */
  ground: Uint32Array;
  maxRangeKm: number;
  grazingAltitudeKm: number;
}

/** A ground station as the scene draws it (Earth-fixed; the scene turns it by GMST). */
export interface StationBlock {
  name: string;
  latDeg: number;
  lonDeg: number;
  minElevationDeg: number;
}

export const sceneData = {
  /** Bumped when a new scenario's satellites replace the old ones. */
  version: 0,
  closedForm: null as ClosedFormPayload | null,
  /** Shell index per SGP4 satellite (global index = closedForm.count + i). */
  sgp4Shell: new Uint16Array(0) as Uint16Array,
  /** Colour per shell, linear RGB 0–1. */
  shellColors: [] as [number, number, number][],
  keyframes: null as KeyframeBlock | null,
  keyframesVersion: 0,
  track: null as TrackBlock | null,
  /** Per-node budget values (src/worker/protocol BUDGET_FLOATS_PER_NODE layout), latest snapshot. */
  budgets: null as BudgetBlock | null,
  budgetsVersion: 0,
  /** Colour mode code for the shader: 0 shell, 1 sunlight, 2 budget channel (`channel`). */
  colorMode: 0,
  channel: 0,
  rampMin: 0,
  rampMax: 1,
  ramp: [] as [number, number, number][],
  /** 255 per hidden shell index (first {@link MAX_SHELLS_DRAWN} shells), read by the shader as 1.0. */
  hiddenShells: new Uint8Array(MAX_SHELLS_DRAWN),
  hiddenVersion: 0,
  trackVersion: 0,
  /** Links drawn (null: none), replaced at a few Hz by the link worker's replies. */
  links: null as LinkBlock | null,
  linksVersion: 0,
  /** Ground stations of the scenario plus the user's (index = RouteEndRef.station). */
  stations: [] as StationBlock[],
  stationsVersion: 0,
  /**
   * The highlighted route as a chain of ends: a station s is encoded −(s + 1), a satellite by its
   * global index; consecutive entries are one hop. Empty: no route.
   */
  route: new Int32Array(0) as Int32Array,
  routeVersion: 0,
  /** Layers. */
  showLinks: true,
  showStations: true,
  /** Selected and hovered global indices, −1 for none (mirrors the store, read per frame). */
  selected: -1,
  hovered: -1,
};

/**
 * Distinct, legible shell colours on a dark background (sRGB 0–1). Chosen (max–min ΔE00 over OKLCH
 * candidates bright enough for the dark background) so that every pair stays ≥ 12 ΔE00 apart with
 * protanopia, deuteranopia and tritanopia as well as normal vision; the earlier palette had sky and
 * lavender 0.7 apart with deuteranopia (src/scene/palettes.test.ts). Shells are also named in the
 * info card and the shell filter, so colour is never the only cue.
 */
export const SHELL_PALETTE: [number, number, number][] = [
  [1.0, 0.722, 0.2], // amber #ffb833
  [0.408, 0.529, 1.0], // blue #6887ff
  [0.537, 0.957, 0.929], // aqua #89f4ed
  [0.698, 0.514, 0.569], // dusty rose #b28391
  [0.847, 0.898, 0.722], // pale sage #d8e5b8
  [0.627, 0.635, 0.467], // olive #a0a277
  [0.784, 0.502, 0.051], // ochre #c8800d
  [0.573, 0.725, 0.973], // light blue #92b9f8
];

/** CSS colour of a shell, for legends. */
export function shellCss(index: number): string {
  const c = SHELL_PALETTE[index % SHELL_PALETTE.length];
  return `rgb(${Math.round(c[0] * 255)}, ${Math.round(c[1] * 255)}, ${Math.round(c[2] * 255)})`;
}
