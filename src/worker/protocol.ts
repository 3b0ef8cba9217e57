/**
 * The one message protocol between the main thread and the propagation worker (docs/architecture.md).
 * Every request carries a sequence number `seq`; its reply carries the same one, so late replies
 * to superseded requests are recognised and dropped. Typed arrays travel as transferables.
 */
import type { ConstellationMeta } from '../scenario/types';
import type { BudgetTotals } from '../sim/budgetRunner';
import type { NodeSeriesWindow } from '../sim/nodeSeries';
import type { ClosedFormPayload } from '../sim/closedForm';
import type { KeyframeWindow } from '../sim/keyframeLayout';
import type { GroundStation } from '../scenario/schema';
import type { LinkCounts, LinkDrawSet, NodeLink, RouteInfo, RouteSeries } from '../scenario/linkNetwork';
import type { RouteEnd } from '../sim/routing';
import type { BurdenEnergy } from '../sim/burden';

/** Floats per budgeted node in a budgets reply: state of charge (0–1), temperature (K), compute available (0–1), power margin (W). */
export const BUDGET_FLOATS_PER_NODE = 4;

export type { ConstellationMeta, ClosedFormPayload, NodeSeriesWindow, RouteSeries, BurdenEnergy };

/** One end of a route: a ground station (index into the stations list sent with the request) or a satellite (global index). */
export type RouteEndRef = RouteEnd;
export type { LinkCounts, RouteInfo, NodeLink, LinkDrawSet };

/** Most satellite states (satellites × keyframes) one keyframe window may hold (≈ 640 MB of float32 texels). */
export const MAX_KEYFRAME_STATES = 20_000_000;

/** Most ISLs the scene draws; above this it draws a legible subset (LinkDrawSet.mode). */
export const LINK_DRAW_MAX = 40_000;

export type WorkerRequest =
  /** Validate and expand a scenario (raw JSON; the worker validates it again). */
  | { type: 'load'; seq: number; scenario: unknown }
  /** SGP4 keyframes for the loaded scenario's real element sets. */
  | { type: 'keyframes'; seq: number; startMs: number; stepS: number; count: number }
  /** Orbit path (ECI) and ground track (ECEF) of one satellite around `centerMs`. */
  | { type: 'track'; seq: number; index: number; centerMs: number; points: number }
  /** Every node's power/thermal state at the grid instant at or before `tMs`, and the totals. */
  | { type: 'budgets'; seq: number; tMs: number }
  /** One node's budget series over ±`orbitsEachSide` orbits around `centerMs`, with eclipse events and a year of β. */
  | { type: 'nodeSeries'; seq: number; index: number; centerMs: number; orbitsEachSide: number }
  /**
   * The link network at `tMs`: counts, what to draw, the selected node's links (`selected` ≥ 0),
   * and the shortest route between `route.from` and `route.to`. `stations` is the current list
   * of ground stations (the scenario's plus the user's), indexed by RouteEndRef.station.
   */
  | {
      type: 'links';
      seq: number;
      tMs: number;
      selected: number;
      route: { from: RouteEndRef; to: RouteEndRef } | null;
      stations: GroundStation[];
    }
  /** Route latency every `stepS` from `startMs` (`count` samples), for the route chart. */
  | {
      type: 'routeSeries';
      seq: number;
      from: RouteEndRef;
      to: RouteEndRef;
      startMs: number;
      stepS: number;
      count: number;
      stations: GroundStation[];
    }
  /** The compute energy the loaded scenario delivers in a year, sampled with the BudgetRunner (src/scenario/burdenEnergy.ts). */
  | { type: 'burdenEnergy'; seq: number };

export type WorkerResponse =
  | {
      type: 'loaded';
      seq: number;
      meta: ConstellationMeta;
      closedForm: ClosedFormPayload;
      sgp4Shell: Uint16Array;
      computeMs: number;
    }
  | ({
      type: 'keyframes';
      seq: number;
      computeMs: number;
      /** Which SGP4 implementation computed the window. */
      runtime: 'js' | 'wasm';
    } & KeyframeWindow)
  | {
      type: 'track';
      seq: number;
      index: number;
      startMs: number;
      stepS: number;
      /** points × 3, ECI km. */
      eci: Float32Array;
      /** points × 3, Earth-fixed km (for the ground track). */
      ecef: Float32Array;
      periodS: number;
    }
  | {
      type: 'budgets';
      seq: number;
      /** Grid instant the state holds at. */
      tMs: number;
      /** Every `stride`-th satellite is budgeted (1 = all). */
      stride: number;
      /** BUDGET_FLOATS_PER_NODE floats per budgeted node, padded to whole rows of DATA_TEXTURE_WIDTH nodes (src/sim/dataTexture.ts; an RGBA32F texture). */
      values: Float32Array;
      /** Per budgeted node: 0 none, 1 battery floor, 2 temperature. */
      limitedBy: Uint8Array;
      totals: BudgetTotals;
      restarted: boolean;
      computeMs: number;
    }
  | ({ type: 'nodeSeries'; seq: number } & NodeSeriesWindow)
  | {
      type: 'links';
      seq: number;
      tMs: number;
      /** The selection the request was for (−1: none); `selectedLinks` are that node's. */
      selected: number;
      counts: LinkCounts;
      draw: LinkDrawSet;
      /** Satellites each station sees at ≥ its minimum elevation. */
      stationsInView: Uint32Array;
      /** The selected node's candidate links (up or not), or null without a selection. */
      selectedLinks: NodeLink[] | null;
      route: RouteInfo | null;
      /** Why no route was computed (an end that does not exist), else null. A route that simply does not exist now is `route: null`, `routeError: null`. */
      routeError: string | null;
      computeMs: number;
    }
  | ({ type: 'routeSeries'; seq: number; computeMs: number } & RouteSeries)
  | ({ type: 'burdenEnergy'; seq: number; computeMs: number } & BurdenEnergy)
  | WorkerError;

/** Any failure of a request: its message and every validation problem with its JSON path. */
export interface WorkerError {
  type: 'error';
  seq: number;
  /** The request's type, or the raw type string of a request the core does not know. */
  request: WorkerRequest['type'] | string;
  message: string;
  issues: string[];
}

/** Which reply answers which request (an error can answer any). */
export interface ReplyTypeOf {
  load: 'loaded';
  keyframes: 'keyframes';
  track: 'track';
  budgets: 'budgets';
  nodeSeries: 'nodeSeries';
  links: 'links';
  routeSeries: 'routeSeries';
  burdenEnergy: 'burdenEnergy';
}

/** The reply to a request of type `T`, or an error. */
export type ReplyTo<T extends WorkerRequest['type']> =
  Extract<WorkerResponse, { type: ReplyTypeOf[T] }> | WorkerError;

/** Messages the worker posts on its own. */
export type WorkerEvent = { type: 'booted'; runtime: 'js' | 'wasm' };

/** Typed arrays in a response, for the transfer list. */
export function transferables(msg: WorkerResponse): Transferable[] {
  switch (msg.type) {
    case 'loaded':
      return [
        msg.closedForm.elements.buffer,
        msg.closedForm.group.buffer,
        msg.closedForm.rates.buffer,
        msg.closedForm.shell.buffer,
        msg.sgp4Shell.buffer,
      ];
    case 'keyframes':
      return [msg.data.buffer, msg.status.buffer];
    case 'track':
      return [msg.eci.buffer, msg.ecef.buffer];
    case 'budgets':
      return [msg.values.buffer, msg.limitedBy.buffer];
    case 'links':
      return [msg.draw.pairs.buffer, msg.draw.ground.buffer, msg.stationsInView.buffer];
    case 'routeSeries':
      return [msg.latencyMs.buffer, msg.pathKm.buffer, msg.hops.buffer];
    case 'nodeSeries':
      return [
        ...Object.values(msg.fields).map((f) => f.buffer),
        ...(msg.year ? [msg.year.tMs.buffer, msg.year.betaDeg.buffer, msg.year.eclipseMin.buffer] : []),
      ];
    default:
      return [];
  }
}
