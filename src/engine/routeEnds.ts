/**
 * Route ends (a ground station by index, or a satellite by global index) as the engine and the
 * network panels compare and renumber them, and the chain of ends the scene highlights.
 */
import type { RouteEnd } from '../sim/routing';
import type { RouteInfo } from '../scenario/linkNetwork';
import { stationRef } from '../scene/linkBuffers';

/** A route end after station `removed` is deleted: null when it was that station, shifted when after it. */
export function endAfterRemoval(end: RouteEnd | null, removed: number): RouteEnd | null {
  if (!end || !('station' in end)) return end;
  if (end.station === removed) return null;
  return end.station > removed ? { station: end.station - 1 } : end;
}

/**
 * The chain of ends the scene highlights (sceneData.route): station s as {@link stationRef}(s),
 * satellites by index, in order from the route's start; consecutive entries are one hop.
 */
export function routeChain(r: RouteInfo | null): Int32Array {
  if (!r) return new Int32Array(0);
  const chain: number[] = [];
  if ('station' in r.from) chain.push(stationRef(r.from.station));
  chain.push(...r.nodes);
  if ('station' in r.to) chain.push(stationRef(r.to.station));
  return Int32Array.from(chain);
}

/** Same end (both stations with one index, or both one satellite). */
export function sameEnd(a: RouteEnd | null, b: RouteEnd | null): boolean {
  if (!a || !b) return a === b;
  if ('station' in a) return 'station' in b && a.station === b.station;
  return 'node' in b && a.node === b.node;
}
