/**
 * The one message protocol between the main thread and the propagation worker (DESIGN §2).
 * Every request carries a sequence number `seq`; its reply carries the same one, so late replies
 * to superseded requests are recognised and dropped. Typed arrays travel as transferables.
 */
import type { ShellSummary } from '../scenario/types';

/** What the main thread needs of an expanded scenario (everything but satrecs). */
export interface ConstellationMeta {
  name: string;
  epochMs: number;
  total: number;
  shells: ShellSummary[];
  closedFormCount: number;
  sgp4Count: number;
  warnings: string[];
}

/** Closed-form arrays as sent to the main thread (see src/sim/closedForm.ts). */
export interface ClosedFormPayload {
  count: number;
  epochMs: number;
  elements: Float32Array;
  group: Uint32Array;
  rates: Float64Array;
  shell: Uint16Array;
}

export type WorkerRequest =
  /** Validate and expand a scenario (raw JSON; the worker validates it again). */
  | { type: 'load'; seq: number; scenario: unknown }
  /** SGP4 keyframes for the loaded scenario's real element sets. */
  | { type: 'keyframes'; seq: number; startMs: number; stepS: number; count: number }
  /** Orbit path (ECI) and ground track (ECEF) of one satellite around `centerMs`. */
  | { type: 'track'; seq: number; index: number; centerMs: number; points: number };

export type WorkerResponse =
  | { type: 'loaded'; seq: number; meta: ConstellationMeta; closedForm: ClosedFormPayload; sgp4Shell: Uint16Array; computeMs: number }
  | {
      type: 'keyframes';
      seq: number;
      startMs: number;
      stepS: number;
      count: number;
      satCount: number;
      data: Float32Array;
      status: Uint8Array;
      computeMs: number;
      /** Which SGP4 implementation computed the window. */
      runtime: 'js' | 'wasm';
    }
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
  | { type: 'error'; seq: number; request: WorkerRequest['type']; message: string; issues: string[] };

/** Messages the worker posts on its own. */
export type WorkerEvent = { type: 'booted'; runtime: 'js' | 'wasm' };

/** Typed arrays in a response, for the transfer list. */
export function transferables(msg: WorkerResponse): Transferable[] {
  switch (msg.type) {
    case 'loaded':
      return [msg.closedForm.elements.buffer, msg.closedForm.group.buffer, msg.closedForm.rates.buffer, msg.closedForm.shell.buffer, msg.sgp4Shell.buffer];
    case 'keyframes':
      return [msg.data.buffer, msg.status.buffer];
    case 'track':
      return [msg.eci.buffer, msg.ecef.buffer];
    default:
      return [];
  }
}
