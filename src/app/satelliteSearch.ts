/**
 * Finding satellites by part of their id or name, case-insensitively (pure): the search box's
 * suggestions and the satellite list's text filter. Generated shells (up to a million satellites)
 * are never turned into arrays: their ids and names are written one at a time while scanning, and a
 * scan stops once it has enough.
 */
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import type { ShellSummary } from '../scenario/types';

/**
 * Whether any satellite of a shell without its own names can contain `q` (lower case): their names
 * and ids are a fixed text followed by digits and hyphens ("starlink 12-3", "s1-p12-03", "s2-e7"), so
 * `q` must lie in the fixed text or be a tail of it followed by digits and hyphens. Lets a search
 * for "iss" skip a million generated satellites at once.
 */
export function couldMatchUnnamed(
  s: Pick<ShellSummary, 'name' | 'tag' | 'planes' | 'satsPerPlane'>,
  q: string,
): boolean {
  const fixed =
    s.planes !== undefined && s.satsPerPlane !== undefined
      ? [`${s.name.toLowerCase()} `, `${s.tag.toLowerCase()}-p`]
      : [`${s.tag.toLowerCase()}-e`];
  return fixed.some((f) => {
    if (f.includes(q)) return true;
    for (let k = q.length; k >= 0 && /^[\d-]*$/.test(q.slice(k)); k--)
      if (f.endsWith(q.slice(0, k))) return true;
    return false;
  });
}

/** Global indices of the satellites of `shells` (in order, skipping `hidden`) whose id or name contains `query`. */
export function* matchingSatellites(
  shells: readonly ShellSummary[],
  query: string,
  hidden: readonly number[] = [],
): Generator<number> {
  const q = query.trim().toLowerCase();
  for (const s of shells) {
    if (hidden.includes(s.index)) continue;
    const wholeShell = q === '' || s.name.toLowerCase().includes(q);
    if (!s.names && !wholeShell && !couldMatchUnnamed(s, q)) continue;
    for (let k = 0; k < s.count; k++) {
      const i = s.firstIndex + k;
      if (wholeShell && !s.names) {
        yield i;
        continue;
      }
      const who = satelliteIdentity([s], i);
      if (who.name.toLowerCase().includes(q) || who.id.toLowerCase().includes(q)) yield i;
    }
  }
}

/** Takes at most `n` values from `it`, and says whether there were more. */
export function take(it: Iterator<number>, n: number): { items: number[]; more: boolean } {
  const items: number[] = [];
  while (items.length < n) {
    const r = it.next();
    if (r.done) return { items, more: false };
    items.push(r.value);
  }
  return { items, more: !it.next().done };
}

/**
 * Up to `limit` suggestions for `query`: the exact id or name first (src/scenario/identity.ts), then
 * names or ids that start with the query, then those that contain it. Shells with their own names
 * (element sets, TLE/OMM) are searched before generated ones, and the scan looks at most at
 * `maxScan` satellites, so that a keystroke costs a bounded time even with a million satellites.
 */
export function suggestSatellites(
  shells: readonly ShellSummary[],
  query: string,
  limit = 8,
  maxScan = 200_000,
): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const exact = findSatellite(shells, query);
  const starts: number[] = [];
  const contains: number[] = [];
  let budget = maxScan;
  const ordered = [...shells.filter((s) => s.names), ...shells.filter((s) => !s.names)];
  outer: for (const s of ordered) {
    const wholeShell = s.name.toLowerCase().includes(q);
    if (!s.names && !wholeShell && !couldMatchUnnamed(s, q)) continue;
    for (let k = 0; k < s.count; k++) {
      if (budget-- <= 0 || starts.length >= limit) break outer;
      const i = s.firstIndex + k;
      if (i === exact) continue;
      const who = satelliteIdentity([s], i);
      const name = who.name.toLowerCase();
      const id = who.id.toLowerCase();
      if (name.startsWith(q) || id.startsWith(q)) starts.push(i);
      else if (contains.length < limit && (wholeShell || name.includes(q) || id.includes(q)))
        contains.push(i);
      // A whole shell matching by its name needs no more than `limit` of its satellites.
      else if (wholeShell) break;
    }
  }
  return [...(exact === null ? [] : [exact]), ...starts, ...contains].slice(0, limit);
}
