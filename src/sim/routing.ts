/**
 * Shortest routes through the link network (docs/physics.md, "Routes"): Dijkstra by light time over the
 * inter-satellite links that are up, plus up/down links between a ground station and every
 * satellite it sees at ≥ its minimum elevation. Light time is path length / c, so the shortest
 * path in km is the fastest one. Compared with terrestrial fibre along the great circle at 2/3 c.
 *
 * Assumptions: Earth is a sphere of radius R⊕ (equatorial, WGS-84) for stations and elevation
 * (geodetic latitude is used as geocentric: ≤ 0.2°, ≤ 21 km off); stations are at sea level;
 * only the route's own end stations take part (other stations do not relay); no switching,
 * queueing or processing delay is added at a satellite.
 */
import { DEG, EARTH_RADIUS_KM } from './constants';
import { lightTimeMs } from './linkGeometry';

/** A ground station for routing: ECI position (km) at the instant, and its elevation mask. */
export interface RouteStation {
  eci: ArrayLike<number>;
  minElevationDeg: number;
}

/** One end of a route: a ground station (index into `stations`) or a satellite (node index). */
export type RouteEnd = { station: number } | { node: number };

export interface Route {
  /** Links traversed, ground up/down links included. */
  hops: number;
  /** Total length, km. */
  pathKm: number;
  /** One-way light time along the path, ms. */
  latencyMs: number;
  /** Satellites along the path in order from `from` to `to` (stations are not listed). */
  nodes: number[];
}

/**
 * ECI position (km) of a station at sea level on a spherical Earth, at sidereal angle `gmstRad`.
 */
export function groundStationEci(
  latDeg: number,
  lonDeg: number,
  gmstRad: number,
  out = new Float64Array(3),
): Float64Array {
  const lat = latDeg * DEG;
  const lon = lonDeg * DEG + gmstRad;
  const c = Math.cos(lat);
  out[0] = EARTH_RADIUS_KM * c * Math.cos(lon);
  out[1] = EARTH_RADIUS_KM * c * Math.sin(lon);
  out[2] = EARTH_RADIUS_KM * Math.sin(lat);
  return out;
}

/**
 * Elevation of a satellite above a station's horizon, degrees (spherical Earth: "up" is the
 * station's radius vector). `satOffset` indexes into a positions array (3 numbers per node).
 */
export function elevationDeg(
  stationEci: ArrayLike<number>,
  satEci: ArrayLike<number>,
  satOffset = 0,
): number {
  const gx = stationEci[0],
    gy = stationEci[1],
    gz = stationEci[2];
  const dx = satEci[satOffset] - gx,
    dy = satEci[satOffset + 1] - gy,
    dz = satEci[satOffset + 2] - gz;
  const g = Math.sqrt(gx * gx + gy * gy + gz * gz);
  const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const s = (dx * gx + dy * gy + dz * gz) / (g * d);
  return Math.asin(s > 1 ? 1 : s < -1 ? -1 : s) / DEG;
}

/** Great-circle distance on a sphere of radius R⊕, km (haversine). */
export function greatCircleKm(latADeg: number, lonADeg: number, latBDeg: number, lonBDeg: number): number {
  const p1 = latADeg * DEG,
    p2 = latBDeg * DEG;
  const dp = p2 - p1,
    dl = (lonBDeg - lonADeg) * DEG;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** prev[] marker: reached straight from the source station. */
const FROM_STATION = -2;
const NONE = -1;

/**
 * Dijkstra with an indexed binary heap over buffers that are kept and grown between calls, so a
 * route per frame allocates only its result. Vertices 0..n−1 are satellites; vertex n stands for
 * the destination station when the route ends at one.
 */
export class RouteSolver {
  private cap = 0;
  private dist = new Float64Array(0);
  private prev = new Int32Array(0);
  private heap = new Int32Array(0);
  private heapPos = new Int32Array(0);
  private done = new Uint8Array(0);
  private degree = new Uint32Array(0);
  private adjStart = new Uint32Array(0);
  private adjNode = new Uint32Array(0);
  private adjKm = new Float64Array(0);
  private downKm = new Float64Array(0);
  private upKm = new Float64Array(0);
  private heapSize = 0;

  private ensure(n: number, links: number): void {
    if (n + 1 > this.cap) {
      const c = Math.max(n + 1, this.cap * 2);
      this.cap = c;
      this.dist = new Float64Array(c);
      this.prev = new Int32Array(c);
      this.heap = new Int32Array(c);
      this.heapPos = new Int32Array(c);
      this.done = new Uint8Array(c);
      this.degree = new Uint32Array(c);
      this.adjStart = new Uint32Array(c + 1);
      this.downKm = new Float64Array(c);
      this.upKm = new Float64Array(c);
    }
    if (2 * links > this.adjNode.length) {
      const c = Math.max(2 * links, this.adjNode.length * 2);
      this.adjNode = new Uint32Array(c);
      this.adjKm = new Float64Array(c);
    }
  }

  /** See {@link shortestRoute}. */
  solve(
    nodeCount: number,
    pairs: Uint32Array,
    up: Uint8Array,
    lengthKm: Float32Array | Float64Array,
    stations: readonly RouteStation[],
    positionsKm: ArrayLike<number>,
    from: RouteEnd,
    to: RouteEnd,
  ): Route | null {
    const n = nodeCount;
    const L = pairs.length >> 1;
    const fromStation = 'station' in from ? stations[from.station] : undefined;
    const toStation = 'station' in to ? stations[to.station] : undefined;
    if ('station' in from && !fromStation) return null;
    if ('station' in to && !toStation) return null;
    const src = 'node' in from ? from.node : -1;
    const dst = 'node' in to ? to.node : n;
    if ('node' in from && !(src >= 0 && src < n && Number.isInteger(src))) return null;
    if ('node' in to && !(dst >= 0 && dst < n && Number.isInteger(dst))) return null;
    if (fromStation && toStation && 'station' in from && 'station' in to && from.station === to.station) {
      return { hops: 0, pathKm: 0, latencyMs: 0, nodes: [] };
    }
    if (src >= 0 && !finitePos(positionsKm, src)) return null;
    if (dst < n && !finitePos(positionsKm, dst)) return null;

    this.ensure(n, L);
    const { dist, prev, done, degree, adjStart, adjNode, adjKm, downKm, upKm } = this;

    // Adjacency (CSR) of the links that are up.
    degree.fill(0, 0, n);
    for (let l = 0; l < L; l++) {
      if (!up[l]) continue;
      const a = pairs[2 * l],
        b = pairs[2 * l + 1];
      if (a >= n || b >= n || !(lengthKm[l] >= 0)) continue;
      degree[a]++;
      degree[b]++;
    }
    adjStart[0] = 0;
    for (let i = 0; i < n; i++) adjStart[i + 1] = adjStart[i] + degree[i];
    for (let l = 0; l < L; l++) {
      if (!up[l]) continue;
      const a = pairs[2 * l],
        b = pairs[2 * l + 1];
      const km = lengthKm[l];
      if (a >= n || b >= n || !(km >= 0)) continue;
      const ia = adjStart[a + 1] - degree[a]--;
      adjNode[ia] = b;
      adjKm[ia] = km;
      const ib = adjStart[b + 1] - degree[b]--;
      adjNode[ib] = a;
      adjKm[ib] = km;
    }

    // Down-links to the destination station: slant range of each satellite it sees, else NaN.
    if (toStation) slantRanges(toStation, positionsKm, n, downKm);

    dist.fill(Infinity, 0, n + 1);
    prev.fill(NONE, 0, n + 1);
    done.fill(0, 0, n + 1);
    this.heapPos.fill(-1, 0, n + 1);
    this.heapSize = 0;
    if (fromStation) {
      slantRanges(fromStation, positionsKm, n, upKm);
      for (let j = 0; j < n; j++) {
        const km = upKm[j];
        if (km >= 0) {
          dist[j] = km;
          prev[j] = FROM_STATION;
          this.push(j);
        }
      }
    } else {
      dist[src] = 0;
      this.push(src);
    }

    while (this.heapSize > 0) {
      const u = this.pop();
      done[u] = 1;
      if (u === dst) break;
      const du = dist[u];
      for (let e = adjStart[u], ee = adjStart[u + 1]; e < ee; e++) {
        const v = adjNode[e];
        if (done[v]) continue;
        const dv = du + adjKm[e];
        if (dv < dist[v]) {
          dist[v] = dv;
          prev[v] = u;
          this.pushOrDecrease(v);
        }
      }
      if (toStation) {
        const km = downKm[u];
        if (km >= 0 && du + km < dist[n]) {
          dist[n] = du + km;
          prev[n] = u;
          this.pushOrDecrease(n);
        }
      }
    }
    if (!(dist[dst] < Infinity)) return null;

    const nodes: number[] = [];
    let hops = 0;
    let v = dst;
    if (v === n) {
      v = prev[n];
      hops++;
    }
    while (v >= 0) {
      nodes.push(v);
      const p = prev[v];
      if (p === FROM_STATION) {
        hops++;
        break;
      }
      if (p === NONE) break;
      hops++;
      v = p;
    }
    nodes.reverse();
    const pathKm = dist[dst];
    return { hops, pathKm, latencyMs: lightTimeMs(pathKm), nodes };
  }

  private push(v: number): void {
    const i = this.heapSize++;
    this.heap[i] = v;
    this.heapPos[v] = i;
    this.siftUp(i);
  }

  private pushOrDecrease(v: number): void {
    const i = this.heapPos[v];
    if (i < 0) this.push(v);
    else this.siftUp(i);
  }

  private pop(): number {
    const h = this.heap,
      pos = this.heapPos;
    const top = h[0];
    pos[top] = -1;
    const last = h[--this.heapSize];
    if (this.heapSize > 0) {
      h[0] = last;
      pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const h = this.heap,
      pos = this.heapPos,
      d = this.dist;
    const v = h[i];
    const dv = d[v];
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pv = h[p];
      if (d[pv] <= dv) break;
      h[i] = pv;
      pos[pv] = i;
      i = p;
    }
    h[i] = v;
    pos[v] = i;
  }

  private siftDown(i: number): void {
    const h = this.heap,
      pos = this.heapPos,
      d = this.dist;
    const size = this.heapSize;
    const v = h[i];
    const dv = d[v];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && d[h[c + 1]] < d[h[c]]) c++;
      if (d[h[c]] >= dv) break;
      h[i] = h[c];
      pos[h[i]] = i;
      i = c;
    }
    h[i] = v;
    pos[v] = i;
  }
}

function finitePos(p: ArrayLike<number>, i: number): boolean {
  return Number.isFinite(p[i * 3]) && Number.isFinite(p[i * 3 + 1]) && Number.isFinite(p[i * 3 + 2]);
}

/** out[j] = slant range (km) from the station to satellite j when it is at ≥ the mask, else NaN. */
function slantRanges(st: RouteStation, pos: ArrayLike<number>, n: number, out: Float64Array): void {
  const gx = st.eci[0],
    gy = st.eci[1],
    gz = st.eci[2];
  const g = Math.sqrt(gx * gx + gy * gy + gz * gz);
  const sinMask = Math.sin(st.minElevationDeg * DEG);
  for (let j = 0; j < n; j++) {
    const dx = pos[j * 3] - gx,
      dy = pos[j * 3 + 1] - gy,
      dz = pos[j * 3 + 2] - gz;
    const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
    // sin(elevation) = (d · ĝ) / |d|; NaN positions fail the comparison.
    out[j] = dx * gx + dy * gy + dz * gz >= sinMask * g * d ? d : NaN;
  }
}

const shared = new RouteSolver();

/**
 * Shortest route by light time from `from` to `to` over the links that are up (`up[l]` = 1,
 * length `lengthKm[l]`, ends `pairs[2l]`, `pairs[2l+1]` among `nodeCount` satellites) and the
 * ground links of the end stations (every satellite a station sees at ≥ its minElevationDeg;
 * `positionsKm` gives the satellites' ECI km, 3 per node). Null when no route exists.
 * Uses one shared {@link RouteSolver}; make your own for concurrent use.
 */
export function shortestRoute(
  nodeCount: number,
  pairs: Uint32Array,
  up: Uint8Array,
  lengthKm: Float32Array | Float64Array,
  stations: readonly RouteStation[],
  positionsKm: ArrayLike<number>,
  from: RouteEnd,
  to: RouteEnd,
): Route | null {
  return shared.solve(nodeCount, pairs, up, lengthKm, stations, positionsKm, from, to);
}
