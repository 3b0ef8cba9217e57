/** Names of satellites and route ends as the network panels show them, and the route that belongs to the chosen ends. */
import { satelliteIdentity } from '../../../scenario/identity';
import type { GroundStation } from '../../../scenario/schema';
import type { ConstellationMeta, RouteEndRef, RouteInfo } from '../../../worker/protocol';
import { sameEnd } from '../../../engine/routeEnds';
import { t } from '../../../i18n/i18n';
import { stationName } from '../../scenarioText';

/** Id (and name when it differs) of satellite `i`, or "#i" when out of range. */
export function nodeLabel(meta: ConstellationMeta | null, i: number, withName = false): string {
  if (!meta || !(i >= 0 && i < meta.total)) return `#${i}`;
  const who = satelliteIdentity(meta.shells, i);
  return withName && who.name !== who.id ? `${who.name} (${who.id})` : who.id;
}

/** A route end as the panels name it: the station's name, or the satellite's id. */
export function endLabel(
  ref: RouteEndRef,
  stations: readonly GroundStation[],
  meta: ConstellationMeta | null,
): string {
  if ('station' in ref) {
    const s = stations[ref.station];
    return s ? stationName(s.name) : t('network:noRoute.removedStationName');
  }
  return nodeLabel(meta, ref.node);
}

/** The route in the store, when it is for the chosen ends. */
export function currentRoute(
  route: RouteInfo | null,
  from: RouteEndRef | null,
  to: RouteEndRef | null,
): RouteInfo | null {
  return route && from && to && sameEnd(route.from, from) && sameEnd(route.to, to) ? route : null;
}
