/**
 * The inter-satellite link network of an expanded scenario (docs/physics.md, "Links" and "Routes"), the
 * one implementation behind the link worker and the command line's `--links` / `--route`:
 *
 * - candidate links from the scenario's `links.pattern`: `plus-grid` per Walker/SSO shell (two
 *   in-plane and two cross-plane neighbours, the seam handled — src/sim/linkTopology.ts); shells
 *   without planes (element sets, clusters, explicit elements) fall back to nearest-k within the
 *   shell and the notes say so; `nearest-k` over the whole constellation; `cluster-mesh` every pair
 *   within range. Dynamic patterns are re-chosen at every update from the positions at that instant.
 * - which candidates are up at an instant (range and line of sight clear of R⊕ + grazing altitude),
 *   counts, lengths and capacity;
 * - ground stations (ECI from GMST, spherical Earth) and what they see at ≥ their minimum elevation;
 * - shortest routes by light time (Dijkstra, src/sim/routing.ts) and great-circle fibre beside them;
 * - a legible subset to draw when the network is too large to read.
 *
 * Frame: ECI (TEME), km. Time: Unix ms UTC.
 */
import { clusterMeshLinks, linkStates, nearestKLinks, plusGridLinks } from '../sim/linkTopology';
import {
  greatCircleKm,
  groundStationEci,
  RouteSolver,
  type Route,
  type RouteEnd,
  type RouteStation,
} from '../sim/routing';
import { fibreTimeMs, lightTimeMs } from '../sim/linkGeometry';
import { DEG } from '../sim/constants';
import { sameArray } from '../sim/arrays';
import { gmstRad } from '../sim/time';
import { scenarioPositions } from './positions';
import type { GroundStation, LinksConfig } from './schema';
import type { ExpandedScenario } from './types';

/** Link counts of the whole network at one instant. */
export interface LinkCounts {
  pattern: LinksConfig['pattern'];
  /** Inter-satellite links up now (within range, line of sight clear). */
  up: number;
  /** Candidate links of the pattern now (for +Grid: 2 per satellite, fewer at a star seam). */
  possible: number;
  /** Longest and mean length of the links that are up, km (NaN when none). */
  longestKm: number;
  meanKm: number;
  /** Capacity of one link from the scenario, Gbps (0: not given). */
  capacityGbpsPerLink: number;
  /** up × capacityGbpsPerLink, Gbps. */
  capacityUpGbps: number;
  /** Station–satellite pairs in view at ≥ the station's minimum elevation, all stations. */
  groundInView: number;
  /** Plain-text notes on how the pattern was applied (e.g. a shell without planes got nearest-k). */
  notes: string[];
}

/** A shortest route at one instant, with the terrestrial fibre baseline. */
export interface RouteInfo {
  from: RouteEnd;
  to: RouteEnd;
  /** Links traversed, ground up/down links included. */
  hops: number;
  pathKm: number;
  /** One-way light time along the path, ms. */
  latencyMs: number;
  /** Satellites along the path, in order from `from` to `to`. */
  nodes: number[];
  /** Great-circle fibre between the two ends (stations only; null when an end is a satellite), km and ms at 2/3 c. */
  fibreKm: number | null;
  fibreMs: number | null;
}

/** One link of a node. */
export interface NodeLink {
  /** The satellite at the other end, global index. */
  node: number;
  lengthKm: number;
  /** One-way light time, ms. */
  latencyMs: number;
  up: boolean;
}

/** A legible subset of the network to draw (see {@link LinkNetwork.drawSet}). */
export interface LinkDrawSet {
  /** Candidate ISLs to draw: [a0, b0, a1, b1, …] global satellite indices. */
  pairs: Uint32Array;
  /** Station–satellite candidates to draw: [station0, node0, …]. */
  ground: Uint32Array;
  mode: 'all' | 'neighbourhood' | 'sample' | 'none';
  /** Links in `pairs`, and candidates in the whole network. */
  shownLinks: number;
  totalLinks: number;
}

/**
 * Candidates of the dynamic patterns are chosen within range × this factor, so the GPU, which tests
 * range and line of sight every frame, sees a link come into range between two updates.
 */
export const CANDIDATE_MARGIN = 1.25;
/** cluster-mesh tests every pair: above this many satellites in one mesh it falls back to nearest-k. */
export const MESH_MAX_NODES = 4000;
/**
 * Most satellites one nearest-k choice may span in the app (docs/physics.md, "Links"): re-choosing
 * the candidates of N satellites costs ≈ 1.1 µs each (a grid search in grid order,
 * src/sim/linkTopology.ts) on top of ≈ 0.4 µs for positions and link states, about 1.5 s of CPU per
 * update at 1,000,000 measured (2026-12-04); above
 * this the pattern is not applied and the notes say why, so an update stays well under a second.
 * The command line, with no frame to keep, passes Infinity.
 */
export const NEAREST_K_MAX_NODES = 250_000;
/** Station links drawn per station: its nearest satellites at ≥ (mask − margin). */
export const GROUND_DRAW_PER_STATION = 24;
const GROUND_MARGIN_DEG = 5;
/** Links drawn around the selected node, and in all around the sample satellites, when the network is too large. */
export const NEIGHBOURHOOD_LINKS = 2500;
export const SAMPLE_SEEDS = 12;

interface DynamicPart {
  kind: 'nearest-k' | 'cluster-mesh';
  /** Global indices of the satellites taking part. */
  nodes: Uint32Array;
}

/** A ground station's ECI position and mask at the last update. */
interface StationNow extends RouteStation {
  eci: Float64Array<ArrayBuffer>;
  minElevationDeg: number;
}

export class LinkNetwork {
  readonly n: number;
  readonly config: LinksConfig;
  readonly notes: string[] = [];
  /** ECI km of every satellite at {@link timeMs} (NaN: not propagated). */
  readonly positionsKm: Float64Array;
  /** Current candidates, their up flags and lengths (km). Replaced when a dynamic pattern is re-chosen. */
  pairs: Uint32Array = new Uint32Array(0);
  up: Uint8Array = new Uint8Array(0);
  lengthKm: Float32Array = new Float32Array(0);
  /** Bumped whenever `pairs` changes content. */
  pairsVersion = 0;
  timeMs = NaN;
  /** Satellites each station saw at ≥ its mask at the last {@link update}. */
  stationsInView = new Uint32Array(0);
  /** Station–satellite candidates to draw [station, node, …], from the last {@link update}. */
  private groundDraw = new Uint32Array(0);
  private readonly positionsAt: (tMs: number, out: Float64Array) => void;
  private readonly staticPairs: Uint32Array;
  /** Links 0 … staticCount − 1 of `pairs` are the fixed +Grid ones (always possible). */
  private readonly staticCount: number;
  private readonly dynamic: DynamicPart[] = [];
  private stations: StationNow[] = [];
  private stationDefs: GroundStation[] = [];
  private readonly solver = new RouteSolver();
  private adjacency: { version: number; start: Uint32Array; link: Uint32Array } | null = null;

  /** `maxNearestKNodes`: nearest-k over more satellites than this is refused with a note (default {@link NEAREST_K_MAX_NODES}). */
  constructor(ex: ExpandedScenario, config: LinksConfig, options: { maxNearestKNodes?: number } = {}) {
    this.n = ex.total;
    this.config = config;
    this.positionsKm = new Float64Array(this.n * 3).fill(NaN);
    this.positionsAt = scenarioPositions(ex);
    const parts: Uint32Array[] = [];
    if (config.pattern === 'plus-grid') {
      for (const sh of ex.shells) {
        if (sh.count === 0) continue;
        if ((sh.kind === 'walker' || sh.kind === 'sso') && sh.planes && sh.satsPerPlane) {
          parts.push(
            plusGridLinks(
              sh.planes,
              sh.satsPerPlane,
              sh.firstIndex,
              sh.gridPattern ?? 'delta',
              sh.phasing ?? 0,
            ),
          );
        } else {
          this.dynamic.push({ kind: 'nearest-k', nodes: range(sh.firstIndex, sh.count) });
          this.notes.push(
            `${sh.name} has no planes to lay a +Grid on: each of its satellites links to its ${config.k} nearest within ${config.maxRangeKm.toLocaleString('en-US')} km instead.`,
          );
        }
      }
    } else if (config.pattern === 'nearest-k') {
      this.dynamic.push({ kind: 'nearest-k', nodes: range(0, this.n) });
    } else if (config.pattern === 'cluster-mesh') {
      if (this.n <= MESH_MAX_NODES) this.dynamic.push({ kind: 'cluster-mesh', nodes: range(0, this.n) });
      else {
        this.dynamic.push({ kind: 'nearest-k', nodes: range(0, this.n) });
        this.notes.push(
          `A full mesh of ${this.n.toLocaleString('en-US')} satellites is too large to test every pair (limit ${MESH_MAX_NODES.toLocaleString('en-US')}): each links to its ${config.k} nearest instead.`,
        );
      }
    }
    const maxNearestK = options.maxNearestKNodes ?? NEAREST_K_MAX_NODES;
    for (let d = this.dynamic.length - 1; d >= 0; d--) {
      const m = this.dynamic[d].nodes.length;
      if (this.dynamic[d].kind !== 'nearest-k' || m <= maxNearestK) continue;
      this.dynamic.splice(d, 1);
      this.notes.push(
        `Nearest-k links are not computed over ${m.toLocaleString('en-US')} satellites (limit ${maxNearestK.toLocaleString('en-US')}): ` +
          'choosing every satellite\'s nearest again at each update would take about 1.5 s per update at 1,000,000. Use links.pattern "plus-grid" on Walker or SSO shells, or fewer satellites.',
      );
    }
    this.staticPairs = concat(parts);
    this.staticCount = this.staticPairs.length >> 1;
    if (this.dynamic.length === 0) this.setPairs(this.staticPairs);
  }

  /** The ground stations routes and visibility use (index = RouteEnd.station). */
  setStations(stations: readonly GroundStation[]): void {
    this.stationDefs = stations.map((s) => ({ ...s }));
    this.stations = stations.map((s) => ({ eci: new Float64Array(3), minElevationDeg: s.minElevationDeg }));
    if (Number.isFinite(this.timeMs)) this.placeStations(this.timeMs);
  }

  /**
   * Positions, candidates and link states at `tMs` (and the stations' ECI positions); returns the
   * number of links up. Cheaper than {@link update}: no counts, no station visibility.
   */
  advance(tMs: number): number {
    this.timeMs = tMs;
    this.positionsAt(tMs, this.positionsKm);
    if (this.dynamic.length > 0) this.chooseDynamic();
    this.placeStations(tMs);
    return linkStates(
      this.pairs,
      this.positionsKm,
      this.config.maxRangeKm,
      this.config.grazingAltitudeKm,
      this.up,
      this.lengthKm,
    );
  }

  /** {@link advance} to `tMs`, then the network's counts, the stations' visibility and what they draw. */
  update(tMs: number): LinkCounts {
    this.advance(tMs);
    const counts = this.linkCounts();
    counts.groundInView = this.scanStations();
    return counts;
  }

  /**
   * Counts of the links at the last {@link advance} (no station work: `groundInView` is 0; the
   * command line's `--links` needs no more).
   */
  linkCounts(): LinkCounts {
    const { maxRangeKm, capacityGbps } = this.config;
    let longest = NaN,
      sum = 0,
      possible = 0,
      up = 0;
    for (let l = 0; l < this.up.length; l++) {
      const d = this.lengthKm[l];
      if (l < this.staticCount || d <= maxRangeKm) possible++;
      if (!this.up[l]) continue;
      up++;
      sum += d;
      if (!(d <= longest)) longest = d;
    }
    return {
      pattern: this.config.pattern,
      up,
      possible,
      longestKm: longest,
      meanKm: up > 0 ? sum / up : NaN,
      capacityGbpsPerLink: capacityGbps,
      capacityUpGbps: up * capacityGbps,
      groundInView: 0,
      notes: [...this.notes],
    };
  }

  /** Satellites station `s` saw at ≥ its minimum elevation at the last {@link update}. */
  inView(s: number): number {
    return this.stationsInView[s] ?? 0;
  }

  /**
   * One pass over every satellite per station: how many it sees at ≥ its mask
   * ({@link stationsInView}), and its nearest {@link GROUND_DRAW_PER_STATION} above the mask less a
   * margin (what {@link drawSet} draws; the GPU applies the exact mask). Returns the pairs in view.
   */
  private scanStations(): number {
    const S = this.stations.length;
    this.stationsInView = new Uint32Array(S);
    const out: number[] = [];
    const best: { j: number; d: number }[] = [];
    const pos = this.positionsKm;
    let total = 0;
    for (let s = 0; s < S; s++) {
      const g = this.stations[s].eci;
      const gx = g[0],
        gy = g[1],
        gz = g[2];
      const gn = Math.sqrt(gx * gx + gy * gy + gz * gz);
      const sinMask = Math.sin(this.stations[s].minElevationDeg * DEG);
      const sinDraw = Math.sin(Math.max(0, this.stations[s].minElevationDeg - GROUND_MARGIN_DEG) * DEG);
      let seen = 0;
      best.length = 0;
      for (let j = 0; j < this.n; j++) {
        const dx = pos[3 * j] - gx,
          dy = pos[3 * j + 1] - gy,
          dz = pos[3 * j + 2] - gz;
        const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        // sin(elevation) = (d · ĝ) / |d|; NaN positions fail both comparisons.
        const up = (dx * gx + dy * gy + dz * gz) / gn;
        if (!(up >= sinDraw * d)) continue;
        if (up >= sinMask * d) seen++;
        if (best.length < GROUND_DRAW_PER_STATION) best.push({ j, d });
        else if (d < best[best.length - 1].d) best[best.length - 1] = { j, d };
        else continue;
        best.sort((a, b) => a.d - b.d);
      }
      this.stationsInView[s] = seen;
      total += seen;
      for (const b of best) out.push(s, b.j);
    }
    this.groundDraw = Uint32Array.from(out);
    return total;
  }

  /** Shortest route at the last update, with the fibre baseline; null when none exists now. */
  route(from: RouteEnd, to: RouteEnd): RouteInfo | null {
    const r: Route | null = this.solver.solve(
      this.n,
      this.pairs,
      this.up,
      this.lengthKm,
      this.stations,
      this.positionsKm,
      from,
      to,
    );
    if (!r) return null;
    const fibreKm = 'station' in from && 'station' in to ? this.fibreKm(from.station, to.station) : null;
    return {
      from,
      to,
      hops: r.hops,
      pathKm: r.pathKm,
      latencyMs: r.latencyMs,
      nodes: r.nodes,
      fibreKm,
      fibreMs: fibreKm === null ? null : fibreTimeMs(fibreKm),
    };
  }

  /** Great-circle distance between two stations, km. */
  fibreKm(a: number, b: number): number {
    const A = this.stationDefs[a],
      B = this.stationDefs[b];
    return greatCircleKm(A.latDeg, A.lonDeg, B.latDeg, B.lonDeg);
  }

  /** Why an end cannot be routed (it does not exist), or null. */
  checkEnd(end: RouteEnd): string | null {
    if ('station' in end)
      return Number.isInteger(end.station) && end.station >= 0 && end.station < this.stations.length
        ? null
        : `no ground station number ${end.station}`;
    return Number.isInteger(end.node) && end.node >= 0 && end.node < this.n
      ? null
      : `no satellite with index ${end.node}`;
  }

  /** Every candidate link of `node` now (up or not), up first, then by length. */
  linksOf(node: number): NodeLink[] {
    const out: NodeLink[] = [];
    const adj = this.adjacencyNow();
    for (let e = adj.start[node], ee = adj.start[node + 1]; e < ee; e++) {
      const l = adj.link[e];
      const other = this.pairs[2 * l] === node ? this.pairs[2 * l + 1] : this.pairs[2 * l];
      const d = this.lengthKm[l];
      if (l >= this.staticCount && !(d <= this.config.maxRangeKm)) continue; // a GPU-only margin candidate
      out.push({ node: other, lengthKm: d, latencyMs: lightTimeMs(d), up: this.up[l] === 1 });
    }
    return out.sort((a, b) => Number(b.up) - Number(a.up) || a.lengthKm - b.lengthKm);
  }

  /**
   * What to draw: every candidate while there are at most `maxLinks`; beyond that the
   * neighbourhood of `selected` (breadth first, up to {@link NEIGHBOURHOOD_LINKS} links), or without
   * a selection the neighbourhoods of {@link SAMPLE_SEEDS} satellites spread over the constellation.
   * Ground candidates: each station's nearest {@link GROUND_DRAW_PER_STATION} satellites above its
   * mask less a margin (the GPU applies the exact mask every frame).
   */
  drawSet(selected: number, maxLinks: number): LinkDrawSet {
    const L = this.pairs.length >> 1;
    let pairs: Uint32Array;
    let mode: LinkDrawSet['mode'];
    if (L === 0) {
      pairs = new Uint32Array(0);
      mode = 'none';
    } else if (L <= maxLinks) {
      pairs = this.pairs.slice();
      mode = 'all';
    } else if (selected >= 0 && selected < this.n) {
      pairs = this.neighbourhood([selected], NEIGHBOURHOOD_LINKS);
      mode = 'neighbourhood';
    } else {
      const seeds: number[] = [];
      for (let k = 0; k < SAMPLE_SEEDS; k++)
        seeds.push(Math.min(this.n - 1, Math.floor(((k + 0.5) * this.n) / SAMPLE_SEEDS)));
      pairs = this.neighbourhood(seeds, Math.ceil(NEIGHBOURHOOD_LINKS / SAMPLE_SEEDS) * 2);
      mode = 'sample';
    }
    return { pairs, ground: this.groundDraw.slice(), mode, shownLinks: pairs.length >> 1, totalLinks: L };
  }

  /** Links reached breadth first from `seeds` over the candidate graph, each seed up to `perSeed` links. */
  private neighbourhood(seeds: number[], perSeed: number): Uint32Array {
    const adj = this.adjacencyNow();
    const taken = new Set<number>();
    const seen = new Set<number>();
    for (const seed of seeds) {
      const queue = [seed];
      seen.add(seed);
      let count = 0;
      for (let q = 0; q < queue.length && count < perSeed; q++) {
        const u = queue[q];
        for (let e = adj.start[u], ee = adj.start[u + 1]; e < ee && count < perSeed; e++) {
          const l = adj.link[e];
          if (taken.has(l)) continue;
          taken.add(l);
          count++;
          const v = this.pairs[2 * l] === u ? this.pairs[2 * l + 1] : this.pairs[2 * l];
          if (!seen.has(v)) {
            seen.add(v);
            queue.push(v);
          }
        }
      }
    }
    const out = new Uint32Array(taken.size * 2);
    let o = 0;
    for (const l of [...taken].sort((a, b) => a - b)) {
      out[o++] = this.pairs[2 * l];
      out[o++] = this.pairs[2 * l + 1];
    }
    return out;
  }

  /** CSR node → candidate links, rebuilt when the candidates change. */
  private adjacencyNow(): { start: Uint32Array; link: Uint32Array } {
    if (this.adjacency && this.adjacency.version === this.pairsVersion) return this.adjacency;
    const L = this.pairs.length >> 1;
    const start = new Uint32Array(this.n + 1);
    for (let k = 0; k < 2 * L; k++) start[this.pairs[k] + 1]++;
    for (let i = 0; i < this.n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, this.n);
    const link = new Uint32Array(2 * L);
    for (let l = 0; l < L; l++) {
      link[fill[this.pairs[2 * l]]++] = l;
      link[fill[this.pairs[2 * l + 1]]++] = l;
    }
    this.adjacency = { version: this.pairsVersion, start, link };
    return this.adjacency;
  }

  private chooseDynamic(): void {
    const range = this.config.maxRangeKm * CANDIDATE_MARGIN;
    const parts: Uint32Array[] = [this.staticPairs];
    for (const part of this.dynamic) {
      const m = part.nodes.length;
      if (m === this.n) {
        // The whole constellation (nodes 0 … n − 1): its own positions and indices, no copy.
        parts.push(
          part.kind === 'cluster-mesh'
            ? clusterMeshLinks(this.positionsKm, range)
            : nearestKLinks(this.positionsKm, this.config.k, range),
        );
        continue;
      }
      const sub = new Float64Array(m * 3);
      for (let k = 0; k < m; k++) {
        const i = part.nodes[k] * 3;
        sub[3 * k] = this.positionsKm[i];
        sub[3 * k + 1] = this.positionsKm[i + 1];
        sub[3 * k + 2] = this.positionsKm[i + 2];
      }
      const local =
        part.kind === 'cluster-mesh'
          ? clusterMeshLinks(sub, range)
          : nearestKLinks(sub, this.config.k, range);
      for (let k = 0; k < local.length; k++) local[k] = part.nodes[local[k]];
      parts.push(local);
    }
    const next = concat(parts);
    if (!sameArray(next, this.pairs)) this.setPairs(next);
  }

  private setPairs(p: Uint32Array): void {
    this.pairs = p;
    const L = p.length >> 1;
    this.up = new Uint8Array(L);
    this.lengthKm = new Float32Array(L);
    this.pairsVersion++;
  }

  private placeStations(tMs: number): void {
    const g = gmstRad(tMs);
    this.stationDefs.forEach((s, k) => groundStationEci(s.latDeg, s.lonDeg, g, this.stations[k].eci));
  }
}

function range(first: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let k = 0; k < count; k++) out[k] = first + k;
  return out;
}

function concat(parts: Uint32Array[]): Uint32Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint32Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A route's latency over time between two fixed ends (the route chart), sampled every `stepS`. */
export interface RouteSeries {
  from: RouteEnd;
  to: RouteEnd;
  startMs: number;
  stepS: number;
  count: number;
  /** One-way latency, ms (NaN while no route exists). */
  latencyMs: Float32Array;
  pathKm: Float32Array;
  /** Hops (0 while no route exists). */
  hops: Uint16Array;
  /** Great-circle fibre latency between the two ends, ms (null when an end is a satellite). */
  fibreMs: number | null;
}
