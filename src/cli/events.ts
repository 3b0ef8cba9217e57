/**
 * `--events` (README.md, "Command line"): eclipse entries and exits of the selected nodes over the window, from
 * src/sim/eclipse.ts (conical shadow of shadow.ts, sign changes refined by root finding to
 * ≤ 0.1 s), with each node's position from the same propagators as the rows (scenarioPositions).
 */
import { scenarioPositions } from '../scenario/positions';
import type { ExpandedScenario } from '../scenario/types';
import { findEclipseEvents, type EclipseEventKind } from '../sim/eclipse';

export const EVENTS_CSV_HEADER = 'node_id,event,time_utc';

/** Sampling step of the event search, s (eclipse.ts samples every ≤ 30 s). */
export const EVENT_SAMPLE_S = 30;

export interface CliEvent {
  /** Position of the node in the selection (for sorting). */
  node: number;
  tMs: number;
  kind: EclipseEventKind;
}

const KIND_ORDER: Record<EclipseEventKind, number> = {
  penumbra_in: 0,
  umbra_in: 1,
  umbra_out: 2,
  penumbra_out: 3,
};

/** Eclipse events of the listed nodes (global indices) in [startMs, endMs], sorted by time, then node. */
export function eclipseEvents(
  ex: ExpandedScenario,
  nodes: readonly number[],
  startMs: number,
  endMs: number,
): CliEvent[] {
  const all: CliEvent[] = [];
  nodes.forEach((idx, node) => {
    const positions = scenarioPositions(ex, Uint32Array.of(idx));
    const positionAt = (t: number, out: Float64Array): boolean => {
      positions(t, out);
      return Number.isFinite(out[0]) && Number.isFinite(out[1]) && Number.isFinite(out[2]);
    };
    for (const e of findEclipseEvents(positionAt, startMs, endMs))
      all.push({ node, tMs: e.tMs, kind: e.kind });
  });
  all.sort((a, b) => a.tMs - b.tMs || a.node - b.node || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return all;
}

/** ISO 8601 UTC to the millisecond (events are root-found to ≤ 0.1 s). */
export function isoMs(tMs: number): string {
  return new Date(Math.round(tMs)).toISOString();
}
