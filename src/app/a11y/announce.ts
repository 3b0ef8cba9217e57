/**
 * What the polite live region says (issue 13): pure functions from the previous and the new state
 * to a message (a key of the "a11y" namespace and its values), or null when nothing is worth saying.
 * src/app/a11y/LiveAnnouncer.tsx polls the state and translates the message when it is spoken.
 */
import type { SunlightState } from '../panels/budget/sunlight';
import type { RouteEvent } from '../../state/store';

/** A message for the live region: a key of the "a11y" namespace and its values. */
export interface Announcement {
  key: 'live.eclipseIn' | 'live.eclipseOut' | 'live.routeBroken' | 'live.routeRestored';
  values: Record<string, string>;
}

/** What the announcer watches of the selected satellite. */
export interface SelectedSunlight {
  /** Selected satellite (global index), or null. */
  index: number | null;
  /** Its name as shown. */
  name: string;
  /** Its sunlight state now, or null when not known yet (no budget series). */
  sunlight: SunlightState | null;
}

const inShadow = (s: SunlightState) => s !== 'sunlit';

/**
 * Eclipse entry and exit of the selected satellite: sunlit → penumbra or umbra is an entry, back to
 * sunlit an exit. Penumbra ↔ umbra is not announced (at high warp that would be a message every few
 * seconds), nor a change of selection or a state that becomes known for the first time.
 */
export function sunlightAnnouncement(
  prev: SelectedSunlight | null,
  next: SelectedSunlight,
): Announcement | null {
  if (!prev || prev.index === null || prev.index !== next.index) return null;
  if (prev.sunlight === null || next.sunlight === null) return null;
  if (inShadow(prev.sunlight) === inShadow(next.sunlight)) return null;
  return { key: inShadow(next.sunlight) ? 'live.eclipseIn' : 'live.eclipseOut', values: { name: next.name } };
}

/**
 * A route break or restoration: the newest route event, when it is new (not the one seen last) and
 * a break or a restoration. A route that only took other satellites is not announced; neither are
 * events cleared by choosing other ends.
 */
export function routeAnnouncement(
  prevNewest: RouteEvent | undefined,
  nextNewest: RouteEvent | undefined,
): Announcement | null {
  if (!nextNewest || nextNewest === prevNewest) return null;
  if (prevNewest && nextNewest.tMs === prevNewest.tMs && nextNewest.kind === prevNewest.kind) return null;
  if (nextNewest.kind === 'broken') return { key: 'live.routeBroken', values: {} };
  if (nextNewest.kind === 'restored') return { key: 'live.routeRestored', values: {} };
  return null;
}
