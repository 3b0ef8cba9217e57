/**
 * `--links` and `--route A,B` (docs/physics.md "Links", "Routes"; README.md "Command line"): the scenario's link network over
 * the window, through the same LinkNetwork (src/scenario/linkNetwork.ts) the app's worker uses
 * (src/worker/core.ts `links` and `routeSeries`): the same candidates from `links.pattern`, the
 * scenario's ground stations validated by parseGroundStations, `update(t)` for the counts and
 * `advance(t)` + `route(from, to)` for routes. So a row at time t holds the numbers the app's
 * network panel shows at t for the scenario's own stations.
 *
 * - `--links`: `links_up` are the inter-satellite links up at t (within `maxRangeKm`, line of sight
 *   clear of R⊕ + `grazingAltitudeKm`), `links_possible` the pattern's candidates at t (for +Grid
 *   two per satellite, fewer at a star seam; for dynamic patterns those within range), `longest_km`
 *   the longest link that is up (empty when none is).
 * - `--route A,B`: the shortest path by light time; `hops` counts every link including the ground
 *   up- and down-links, `path_km` its length, `latency_ms` one-way light time along it,
 *   `fibre_latency_ms` great-circle fibre between the two stations at 2/3 c (empty when an end is a
 *   satellite). Empty hops / path / latency while no route exists.
 */
import type { RouteEnd } from '../sim/routing';
import { fibreTimeMs } from '../sim/linkGeometry';
import { LinkNetwork } from '../scenario/linkNetwork';
import { findSatellite, satelliteIdentity } from '../scenario/identity';
import type { GroundStation, Scenario } from '../scenario/schema';
import type { ExpandedScenario } from '../scenario/types';
import '../scenario/elementSetSupport';
import { parseGroundStations } from '../scenario/validate';

export const LINKS_CSV_COLUMNS = ['time_utc', 'links_up', 'links_possible', 'longest_km'] as const;
export const ROUTE_CSV_COLUMNS = ['time_utc', 'hops', 'path_km', 'latency_ms', 'fibre_latency_ms'] as const;
export const LINKS_CSV_HEADER = LINKS_CSV_COLUMNS.join(',');
export const ROUTE_CSV_HEADER = ROUTE_CSV_COLUMNS.join(',');

/** Decimals printed: km and ms to 0.001 (a metre, a microsecond). */
export const LINK_DIGITS = { longest_km: 3, path_km: 3, latency_ms: 3, fibre_latency_ms: 3 } as const;

/**
 * Most satellite-steps (satellites × steps) one `--links` or `--route` run may take: each step
 * propagates every satellite and tests every candidate link (≈ 0.5–0.6 µs per satellite measured,
 * 10,000 and 1,000,000 satellites; a route adds ≈ 0.1–0.2 µs), so this is a few minutes at most.
 */
export const MAX_LINK_NODE_STEPS = 500_000_000;

export interface LinksRow {
  time_utc: string;
  links_up: number;
  links_possible: number;
  longest_km: number | null;
}

export interface RouteRow {
  time_utc: string;
  hops: number | null;
  path_km: number | null;
  latency_ms: number | null;
  fibre_latency_ms: number | null;
}

/** A route end resolved against the scenario, with the label used in messages. */
export interface ResolvedEnd {
  end: RouteEnd;
  label: string;
}

/** Rounds to `digits` decimals (−0 becomes 0); null for a value that is not finite. */
export function roundOrNull(v: number | null | undefined, digits: number): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits)) + 0;
}

/** The network of the scenario with its own ground stations, as the worker builds it. */
export function scenarioNetwork(
  ex: ExpandedScenario,
  scenario: Scenario,
): { ok: true; net: LinkNetwork; stations: GroundStation[] } | { ok: false; issues: string[] } {
  const parsed = parseGroundStations(scenario.groundStations);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  // No frame to keep here: nearest-k over any number of satellites (the app stops at NEAREST_K_MAX_NODES).
  const net = new LinkNetwork(ex, scenario.links, { maxNearestKNodes: Infinity });
  net.setStations(parsed.stations);
  return { ok: true, net, stations: parsed.stations };
}

/**
 * A `--route` end: a ground station of the scenario by name (exact, then case-insensitively), else
 * a satellite by id or name (findSatellite); null when none matches.
 */
export function resolveRouteEnd(
  ex: ExpandedScenario,
  stations: readonly GroundStation[],
  query: string,
): ResolvedEnd | null {
  const q = query.trim();
  let s = stations.findIndex((g) => g.name === q);
  if (s < 0) {
    const lower = q.toLowerCase();
    s = stations.findIndex((g) => g.name.toLowerCase() === lower);
  }
  if (s >= 0) return { end: { station: s }, label: `station "${stations[s].name}"` };
  const node = findSatellite(ex.shells, q);
  if (node !== null) return { end: { node }, label: `satellite ${satelliteIdentity(ex.shells, node).id}` };
  return null;
}

/** The `--links` row at `tMs`: the counts of the worker's `links` request (advance + linkCounts, without its station work). */
export function linksRow(net: LinkNetwork, tMs: number, time: string): LinksRow {
  net.advance(tMs);
  const c = net.linkCounts();
  return {
    time_utc: time,
    links_up: c.up,
    links_possible: c.possible,
    longest_km: roundOrNull(c.longestKm, LINK_DIGITS.longest_km),
  };
}

/** The `--route` row at `tMs` (advance + route, as the worker's `routeSeries` request). */
export function routeRow(
  net: LinkNetwork,
  from: RouteEnd,
  to: RouteEnd,
  tMs: number,
  time: string,
): RouteRow {
  net.advance(tMs);
  const r = net.route(from, to);
  return {
    time_utc: time,
    hops: r ? r.hops : null,
    path_km: roundOrNull(r?.pathKm, LINK_DIGITS.path_km),
    latency_ms: roundOrNull(r?.latencyMs, LINK_DIGITS.latency_ms),
    fibre_latency_ms: fibreLatencyMs(net, from, to),
  };
}

/** Great-circle fibre at 2/3 c between two stations, ms (rounded); null when an end is a satellite. */
export function fibreLatencyMs(net: LinkNetwork, from: RouteEnd, to: RouteEnd): number | null {
  if (!('station' in from) || !('station' in to)) return null;
  return roundOrNull(fibreTimeMs(net.fibreKm(from.station, to.station)), LINK_DIGITS.fibre_latency_ms);
}

const cell = (v: number | null, digits = 0) => (v === null ? '' : digits ? v.toFixed(digits) : String(v));

export function linksCsvLine(r: LinksRow): string {
  return `${r.time_utc},${r.links_up},${r.links_possible},${cell(r.longest_km, LINK_DIGITS.longest_km)}\n`;
}

export function routeCsvLine(r: RouteRow): string {
  return `${r.time_utc},${cell(r.hops)},${cell(r.path_km, LINK_DIGITS.path_km)},${cell(r.latency_ms, LINK_DIGITS.latency_ms)},${cell(r.fibre_latency_ms, LINK_DIGITS.fibre_latency_ms)}\n`;
}
