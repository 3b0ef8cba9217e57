/** What a validated scenario expands to (docs/scenario-format.md): the satellites, ready for the propagators. */
import type { SatRec } from 'satellite.js';
import type { ClosedFormSet } from '../sim/closedForm';
import type { NodeParams } from '../sim/nodeParams';
import type { GroundStation, LinksConfig, Scenario } from './schema';

/** Shell kinds of scenario format v1. */
export type ShellKind = 'walker' | 'sso' | 'cluster' | 'elements' | 'tle' | 'omm' | 'catalog';

/**
 * One shell after expansion. Satellites are numbered globally: closed-form satellites first
 * (indices 0 … closedForm.count − 1, shell by shell in scenario order), then SGP4 ones.
 */
export interface ShellSummary {
  index: number;
  name: string;
  kind: ShellKind;
  propagator: 'closed-form' | 'sgp4';
  count: number;
  /** Global index of this shell's first satellite. */
  firstIndex: number;
  /** Short tag used in generated ids: "S1" for the first shell. */
  tag: string;
  /** `context`: a shell for scale, drawn smaller and quieter than the scenario's subject. */
  role: 'subject' | 'context';
  altitudeKm?: number;
  inclinationDeg?: number;
  planes?: number;
  satsPerPlane?: number;
  /** How the planes close (walker/sso): `delta` spans 360° so the last plane neighbours the first; `star` (and an sso shell spread over less than 24 h of local time) leaves a seam. */
  gridPattern?: 'delta' | 'star';
  /** Walker phasing F (slots the last plane is advanced by across a delta seam); 0 for sso. */
  phasing?: number;
  /** Lattice spacing of a cluster shell, m (neighbours spacingM and 2·spacingM apart). */
  spacingM?: number;
  /** Explicit per-satellite names and ids (elements/TLE/OMM shells); generated shells compute them. */
  names?: string[];
  ids?: string[];
  /** The scenario's node defaults with this shell's overrides applied (docs/scenario-format.md). */
  node: NodeParamsOut;
}

/** Node parameters of one shell after defaults (the physics core's NodeParams). */
export type NodeParamsOut = NodeParams;

/** Expanded scenario: everything the worker needs to propagate and the UI needs to name things. */
export interface ExpandedScenario {
  epochMs: number;
  shells: ShellSummary[];
  total: number;
  closedForm: ClosedFormSet;
  /** Shell index of each closed-form satellite. */
  closedFormShell: Uint16Array;
  /** Satrecs of the SGP4 satellites, global index = closedForm.count + position here. */
  satrecs: SatRec[];
  /** Shell index of each SGP4 satellite. */
  sgp4Shell: Uint16Array;
  /** Things the user should know that are not errors (e.g. "3 TLEs have epochs over 30 days old"). */
  warnings: string[];
}

/** Identity of one satellite, for the info panel, search and share links. */
export interface SatelliteIdentity {
  index: number;
  /** NORAD catalogue number for real element sets, stable generated id otherwise ("S1-P12-07"). */
  id: string;
  name: string;
  shellIndex: number;
}

/**
 * What the main thread needs of an expanded scenario (everything but the satrecs): what the
 * panels, the engine and the share/embed surfaces read after a load.
 */
export interface ConstellationMeta {
  name: string;
  epochMs: number;
  total: number;
  shells: ShellSummary[];
  closedFormCount: number;
  sgp4Count: number;
  warnings: string[];
  /** The scenario's link pattern and parameters (defaults filled in). */
  links: LinksConfig;
  /** The scenario's ground stations (validated). */
  groundStations: GroundStation[];
  /** The scenario's own view (validated, defaults filled in), applied when it is loaded. */
  view: Scenario['view'];
  /** The scenario's presenter tour (validated), played in presenter mode. */
  tour: Scenario['tour'];
}
