/**
 * What the route's log keeps (docs/i18n.md: plain language): the route breaking and coming back,
 * the hop count changing, and the latency stepping by more than a threshold — not every up-link
 * handover. At a time warp of 600× the shortest path changes satellites every few wall seconds
 * while its hop count and latency hardly move; logging each change ("5 → 5 hops") buried the breaks.
 *
 * Pure: no store, no DOM. LinkSync (src/engine/linkSync.ts) feeds it one reply at a time; the panel translates
 * the entries when it draws them (src/app/panels/network/RouteSection.tsx).
 */

/** What the log compares of a route: its hop count and one-way light time (ms). */
export interface RouteFacts {
  hops: number;
  latencyMs: number;
}

/** One entry of the route's log. */
export interface RouteLogEntry {
  /** Simulated time of the entry (of the latest change, for merged changes). */
  tMs: number;
  kind: 'broken' | 'restored' | 'changed';
  /** The route after the entry (restored, changed). */
  now?: RouteFacts;
  /** The route before it (changed: as last logged). */
  before?: RouteFacts;
  /** Broken: the end station that sees no satellite (else no single cause is known). */
  blind?: { name: string; minElevationDeg: number };
  /** How many changes this entry sums up (changed entries merged within {@link MERGE_WINDOW_MS}). */
  merged?: number;
}

/** A latency change smaller than this (ms), at the same hop count, is not logged. */
export const LATENCY_STEP_MS = 2;
/** Changes this close (simulated ms) to the last logged change are merged into it. */
export const MERGE_WINDOW_MS = 5 * 60_000;

/** What the log remembers between replies. */
export interface RouteLogState {
  /** The route of the last reply (undefined: no reply yet for these ends). */
  last: RouteFacts | null | undefined;
  /** The route as the log last described it: later changes are measured from it. */
  baseline: RouteFacts | null;
}

/** The state for new ends (nothing known yet). */
export const routeLogStart = (): RouteLogState => ({ last: undefined, baseline: null });

/** Whether `now` differs from `base` enough to tell a reader. */
export function worthLogging(base: RouteFacts, now: RouteFacts): boolean {
  return base.hops !== now.hops || Math.abs(now.latencyMs - base.latencyMs) >= LATENCY_STEP_MS;
}

/**
 * One reply: the next state and the entry it adds (null: nothing a reader needs). The first reply
 * for new ends adds nothing. A changed entry is measured from the route as last logged, so slow
 * drift is logged once it adds up to a step, and a handover at the same hops and latency never is.
 */
export function routeLogStep(
  state: RouteLogState,
  now: RouteFacts | null,
  tMs: number,
  blind?: RouteLogEntry['blind'],
): { state: RouteLogState; entry: RouteLogEntry | null } {
  const before = state.last;
  const facts = now ? { hops: now.hops, latencyMs: now.latencyMs } : null;
  if (before === undefined) return { state: { last: facts, baseline: facts }, entry: null };
  if (before && !facts)
    return {
      state: { last: null, baseline: null },
      entry: { tMs, kind: 'broken', ...(blind ? { blind } : {}) },
    };
  if (!before && facts)
    return { state: { last: facts, baseline: facts }, entry: { tMs, kind: 'restored', now: facts } };
  if (!facts) return { state: { last: null, baseline: null }, entry: null };
  const base = state.baseline ?? facts;
  if (!worthLogging(base, facts)) return { state: { last: facts, baseline: base }, entry: null };
  return {
    state: { last: facts, baseline: facts },
    entry: { tMs, kind: 'changed', before: base, now: facts, merged: 1 },
  };
}

/**
 * The log with `entry` added, at most `max` entries: a change within {@link MERGE_WINDOW_MS} of a
 * logged change is merged into it (from the older entry's "before" to the new "now"); a merged
 * change that ends where it began (same hops, latency within the step) is dropped.
 */
export function addRouteLogEntry(
  log: readonly RouteLogEntry[],
  entry: RouteLogEntry,
  max: number,
): RouteLogEntry[] {
  const prev = log[log.length - 1];
  if (
    entry.kind === 'changed' &&
    prev?.kind === 'changed' &&
    prev.before &&
    entry.now &&
    entry.tMs - prev.tMs <= MERGE_WINDOW_MS
  ) {
    const head = log.slice(0, -1);
    if (!worthLogging(prev.before, entry.now)) return head;
    const merged: RouteLogEntry = {
      ...entry,
      before: prev.before,
      merged: (prev.merged ?? 1) + (entry.merged ?? 1),
    };
    return [...head, merged].slice(-max);
  }
  return [...log, entry].slice(-max);
}
