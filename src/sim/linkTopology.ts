/**
 * Candidate inter-satellite links (docs/physics.md, "Links") and which of them are up at one instant.
 * A link list is a Uint32Array of pairs [a0, b0, a1, b1, …] with a < b, each undirected link once;
 * node indices are global satellite indices. Positions are 3 ECI km numbers per node (NaN for a
 * node without a position: its links are never up and it is left out of nearest-k).
 */
import { lineOfSightClears } from './linkGeometry';

/** Positions, 3 numbers (x, y, z in km) per node. */
export type PositionsKm = Float64Array | Float32Array;

/**
 * +Grid links of one Walker (or SSO) shell whose satellites are numbered plane by plane:
 * satellite (plane p, slot s) is `firstIndex + p·satsPerPlane + s` (as src/scenario/expand.ts
 * writes them). Each satellite links to its two in-plane neighbours (a ring) and to the same slot
 * in the two adjacent planes, so 4 links per satellite and planes·satsPerPlane·2 links in all.
 *
 * The seam: in a Walker `delta` the planes span 360°, so the last plane links back to the first;
 * in a Walker `star` they span 180°, and the last and first planes counter-rotate across the
 * seam, so they are not linked (satsPerPlane fewer links: 72 × 22 gives 3,146, not 3,168).
 * Across a delta seam the slot that sits beside slot s is s + F (F = Walker phasing, because plane
 * P would be plane 0 advanced by F slots); pass `phasing` to link to it, or 0 for the same slot.
 *
 * Small shells: 2 satellites in a plane share one in-plane link; 2 delta planes share one
 * cross-plane link per slot (when the seam offset is a whole turn); 1 plane has no cross links.
 */
export function plusGridLinks(
  planes: number,
  satsPerPlane: number,
  firstIndex = 0,
  pattern: 'delta' | 'star' = 'delta',
  phasing = 0,
): Uint32Array {
  const P = Math.max(0, Math.floor(planes));
  const S = Math.max(0, Math.floor(satsPerPlane));
  const ringPerPlane = S >= 3 ? S : S === 2 ? 1 : 0;
  const seamOffset = ((Math.floor(phasing) % S) + S) % S || 0;
  const interPlanes = P >= 2 ? P - 1 : 0; // links between plane p and p + 1
  const seam = pattern === 'delta' && P >= 2 && !(P === 2 && seamOffset === 0);
  const total = P * ringPerPlane + interPlanes * S + (seam ? S : 0);
  const out = new Uint32Array(total * 2);
  let k = 0;
  const put = (a: number, b: number) => {
    if (a < b) {
      out[k++] = a;
      out[k++] = b;
    } else {
      out[k++] = b;
      out[k++] = a;
    }
  };
  for (let p = 0; p < P; p++) {
    const base = firstIndex + p * S;
    for (let s = 0; s < ringPerPlane; s++) put(base + s, base + ((s + 1) % S));
    if (p + 1 < P) for (let s = 0; s < S; s++) put(base + s, base + S + s);
  }
  if (seam) {
    const last = firstIndex + (P - 1) * S;
    for (let s = 0; s < S; s++) put(last + s, firstIndex + ((s + seamOffset) % S));
  }
  return out;
}

/** A uniform grid over the finite positions: cells in counting-sort order. */
interface Grid {
  minX: number;
  minY: number;
  minZ: number;
  cell: number;
  nx: number;
  ny: number;
  nz: number;
  /** cellStart[c] .. cellStart[c + 1] index `items`. */
  cellStart: Uint32Array;
  items: Uint32Array;
  /** Cell of each node, or −1 for a node without a finite position. */
  cellOf: Int32Array;
  /** Positions in `items` order (x, y, z per item), so a cell's nodes are read from one place. */
  itemPos: Float64Array;
}

function isFinite3(p: PositionsKm, i: number): boolean {
  return Number.isFinite(p[i * 3]) && Number.isFinite(p[i * 3 + 1]) && Number.isFinite(p[i * 3 + 2]);
}

/** A grid of about n cells (≈ 1 node per cell for a volume fill, a few for a shell's surface). */
function buildGrid(pos: PositionsKm, n: number): Grid {
  let minX = Infinity,
    minY = Infinity,
    minZ = Infinity,
    maxX = -Infinity,
    maxY = -Infinity,
    maxZ = -Infinity;
  let finite = 0;
  for (let i = 0; i < n; i++) {
    if (!isFinite3(pos, i)) continue;
    finite++;
    const x = pos[i * 3],
      y = pos[i * 3 + 1],
      z = pos[i * 3 + 2];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  if (finite === 0) {
    minX = minY = minZ = 0;
    maxX = maxY = maxZ = 0;
  }
  const extent = Math.max(maxX - minX, maxY - minY, maxZ - minZ, 1e-6);
  // Start at ≈ n cells; when the nodes lie on a surface (a shell, a flat formation) most cells are
  // empty and the full ones crowded, so refine once towards ≈ 2 nodes per occupied cell, keeping
  // the grid to at most 4n + 4096 cells.
  const maxPerAxis = Math.max(1, Math.floor(Math.cbrt(4 * finite + 4096)));
  let perAxis = Math.max(1, Math.min(maxPerAxis, Math.round(Math.cbrt(finite))));
  for (let attempt = 0; ; attempt++) {
    const cell = extent / perAxis;
    const dim = (e: number) => Math.min(perAxis, Math.floor(e / cell)) + 1;
    const nx = dim(maxX - minX),
      ny = dim(maxY - minY),
      nz = dim(maxZ - minZ);
    const cells = nx * ny * nz;
    const cellStart = new Uint32Array(cells + 1);
    const cellOf = new Int32Array(n);
    let occupied = 0;
    for (let i = 0; i < n; i++) {
      if (!isFinite3(pos, i)) {
        cellOf[i] = -1;
        continue;
      }
      const cx = clampIdx(Math.floor((pos[i * 3] - minX) / cell), nx);
      const cy = clampIdx(Math.floor((pos[i * 3 + 1] - minY) / cell), ny);
      const cz = clampIdx(Math.floor((pos[i * 3 + 2] - minZ) / cell), nz);
      const c = (cz * ny + cy) * nx + cx;
      cellOf[i] = c;
      if (cellStart[c + 1]++ === 0) occupied++;
    }
    const perCell = finite / Math.max(1, occupied);
    const refined = Math.min(maxPerAxis, Math.round(perAxis * Math.sqrt(perCell / 2)));
    if (attempt === 0 && refined > perAxis) {
      perAxis = refined;
      continue;
    }
    return finishGrid(pos, n, minX, minY, minZ, cell, nx, ny, nz, cellStart, cellOf, finite);
  }
}

function clampIdx(v: number, m: number): number {
  return v < 0 ? 0 : v >= m ? m - 1 : v;
}

function finishGrid(
  pos: PositionsKm,
  n: number,
  minX: number,
  minY: number,
  minZ: number,
  cell: number,
  nx: number,
  ny: number,
  nz: number,
  cellStart: Uint32Array,
  cellOf: Int32Array,
  finite: number,
): Grid {
  const cells = nx * ny * nz;
  for (let c = 0; c < cells; c++) cellStart[c + 1] += cellStart[c];
  const fill = cellStart.slice(0, cells);
  const items = new Uint32Array(finite);
  for (let i = 0; i < n; i++) if (cellOf[i] >= 0) items[fill[cellOf[i]]++] = i;
  const itemPos = new Float64Array(finite * 3);
  for (let q = 0; q < finite; q++) {
    const i = items[q] * 3;
    itemPos[3 * q] = pos[i];
    itemPos[3 * q + 1] = pos[i + 1];
    itemPos[3 * q + 2] = pos[i + 2];
  }
  return { minX, minY, minZ, cell, nx, ny, nz, cellStart, items, cellOf, itemPos };
}

/**
 * Each node linked to its `k` nearest nodes within `maxRangeKm` (inclusive); the union of those
 * choices, undirected and deduplicated, so a node may end up with more than k links. Ties in
 * distance go to the lower index. Uses a uniform grid searched in growing rings of cells, so the
 * cost grows with n·k, not n² (10,000 nodes take a few ms). Line of sight is not checked here:
 * {@link linkStates} decides which candidates are up.
 */
export function nearestKLinks(positionsKm: PositionsKm, k: number, maxRangeKm: number): Uint32Array {
  const pos = positionsKm;
  const n = Math.floor(pos.length / 3);
  const K = Math.max(0, Math.floor(k));
  if (n < 2 || K === 0 || !(maxRangeKm >= 0)) return new Uint32Array(0);
  const g = buildGrid(pos, n);
  const bestD = new Float64Array(K);
  const bestJ = new Int32Array(K);
  // nbr[i·K + s]: node i's s-th nearest (−1 when it has fewer than K within range).
  const nbr = new Int32Array(n * K).fill(-1);
  const range2 = maxRangeKm * maxRangeKm;
  const maxRing = Math.max(g.nx, g.ny, g.nz);
  const { nx, ny, nz, cellStart, items, itemPos, minX, minY, minZ } = g;
  // Box distances are lower bounds up to rounding: shrink them by a hair so no tie is skipped.
  const cell = g.cell,
    eps = g.cell * 1e-9;
  // Queries in grid order (each is independent of the others, so the result is the same): neighbouring
  // queries read the same few cells, which stay in cache — ×1.7 less CPU at 1,000,000 than in index order.
  for (let qi = 0; qi < items.length; qi++) {
    const i = items[qi];
    const c = g.cellOf[i];
    const x = itemPos[qi * 3],
      y = itemPos[qi * 3 + 1],
      z = itemPos[qi * 3 + 2];
    const cx = c % nx,
      cy = Math.floor(c / nx) % ny,
      cz = Math.floor(c / (nx * ny));
    let found = 0;
    for (let r = 0; r <= maxRing; r++) {
      // Visit the cells at Chebyshev distance exactly r from (cx, cy, cz).
      const z0 = Math.max(0, cz - r),
        z1 = Math.min(nz - 1, cz + r);
      const y0 = Math.max(0, cy - r),
        y1 = Math.min(ny - 1, cy + r);
      const x0 = Math.max(0, cx - r),
        x1 = Math.min(nx - 1, cx + r);
      for (let zz = z0; zz <= z1; zz++) {
        const zEdge = zz === cz - r || zz === cz + r;
        const gz =
          zz === 0
            ? 0
            : Math.max(
                0,
                minZ + zz * cell - z - eps,
                z - (zz === nz - 1 ? Infinity : minZ + (zz + 1) * cell) - eps,
              );
        const gz2 = gz * gz;
        for (let yy = y0; yy <= y1; yy++) {
          const yzEdge = zEdge || yy === cy - r || yy === cy + r;
          const rowBase = (zz * ny + yy) * nx;
          const gy =
            yy === 0
              ? 0
              : Math.max(
                  0,
                  minY + yy * cell - y - eps,
                  y - (yy === ny - 1 ? Infinity : minY + (yy + 1) * cell) - eps,
                );
          const gy2 = gy * gy + gz2;
          // Inside the shell only the two x faces are new.
          const step = yzEdge || r === 0 ? 1 : 2 * r;
          for (let xx = yzEdge || r === 0 ? x0 : cx - r; xx <= x1; xx += step) {
            if (xx < x0) continue;
            // Skip a cell whose box lies farther than the k-th nearest so far (or than the range).
            const gx =
              xx === 0
                ? 0
                : Math.max(
                    0,
                    minX + xx * cell - x - eps,
                    x - (xx === nx - 1 ? Infinity : minX + (xx + 1) * cell) - eps,
                  );
            const cut = found === K ? bestD[K - 1] : range2;
            if (gx * gx > cut) continue;
            const bound2 = gx * gx + gy2;
            if (bound2 > cut) continue;
            const cc = rowBase + xx;
            for (let q = cellStart[cc], qe = cellStart[cc + 1]; q < qe; q++) {
              const dx = itemPos[q * 3] - x,
                dy = itemPos[q * 3 + 1] - y,
                dz = itemPos[q * 3 + 2] - z;
              const d2 = dx * dx + dy * dy + dz * dz;
              if (d2 > range2) continue;
              const j = items[q];
              if (j === i) continue;
              if (found === K && (d2 > bestD[K - 1] || (d2 === bestD[K - 1] && j > bestJ[K - 1]))) continue;
              // Insertion into the sorted best list (distance, then index).
              let s = found < K ? found++ : K - 1;
              while (s > 0 && (bestD[s - 1] > d2 || (bestD[s - 1] === d2 && bestJ[s - 1] > j))) {
                bestD[s] = bestD[s - 1];
                bestJ[s] = bestJ[s - 1];
                s--;
              }
              bestD[s] = d2;
              bestJ[s] = j;
            }
          }
        }
      }
      // Every node closer than r·cell has now been seen (the query lies inside its own cell).
      const covered = r * g.cell;
      if (covered * covered > range2) break;
      if (found === K && bestD[K - 1] < covered * covered) break;
    }
    for (let s = 0; s < found; s++) nbr[i * K + s] = bestJ[s];
  }
  // Union without repeats: i < j is written from i's list; j < i from i's list only when j did
  // not choose i itself.
  let count = 0;
  for (let pass = 0; pass < 2; pass++) {
    const out = pass === 1 ? new Uint32Array(count * 2) : null;
    let o = 0;
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < K; s++) {
        const j = nbr[i * K + s];
        if (j < 0) break;
        if (j < i) {
          let mutual = false;
          for (let q = j * K, qe = q + K; q < qe; q++)
            if (nbr[q] === i) {
              mutual = true;
              break;
            }
          if (mutual) continue;
        }
        if (out) {
          out[o++] = i < j ? i : j;
          out[o++] = i < j ? j : i;
        } else count++;
      }
    }
    if (out) return out;
  }
  return new Uint32Array(0);
}

/**
 * Every pair of nodes within `maxRangeKm` (inclusive): the full mesh of a close formation.
 * O(n²); meant for formations of up to a few hundred nodes.
 */
export function clusterMeshLinks(positionsKm: PositionsKm, maxRangeKm: number): Uint32Array {
  const pos = positionsKm;
  const n = Math.floor(pos.length / 3);
  const range2 = maxRangeKm * maxRangeKm;
  let count = 0;
  for (let pass = 0; pass < 2; pass++) {
    const out = pass === 1 ? new Uint32Array(count * 2) : null;
    let o = 0;
    for (let i = 0; i < n; i++) {
      const x = pos[i * 3],
        y = pos[i * 3 + 1],
        z = pos[i * 3 + 2];
      for (let j = i + 1; j < n; j++) {
        const dx = pos[j * 3] - x,
          dy = pos[j * 3 + 1] - y,
          dz = pos[j * 3 + 2] - z;
        // NaN compares false: a node without a position gets no links.
        if (!(dx * dx + dy * dy + dz * dz <= range2)) continue;
        if (out) {
          out[o++] = i;
          out[o++] = j;
        } else count++;
      }
    }
    if (out) return out;
  }
  return new Uint32Array(0);
}

/**
 * Which candidate links are up now: `outUp[l]` = 1 when link l (nodes pairs[2l], pairs[2l+1]) is
 * no longer than `maxRangeKm` and its line of sight clears R⊕ + `grazingKm`, else 0;
 * `outLengthKm[l]` its length (NaN when an end has no position). Returns the number up.
 */
export function linkStates(
  pairs: Uint32Array,
  positionsKm: PositionsKm,
  maxRangeKm: number,
  grazingKm: number,
  outUp: Uint8Array,
  outLengthKm: Float32Array,
): number {
  const pos = positionsKm;
  const L = pairs.length >> 1;
  let up = 0;
  for (let l = 0; l < L; l++) {
    const a = pairs[2 * l] * 3,
      b = pairs[2 * l + 1] * 3;
    const ax = pos[a],
      ay = pos[a + 1],
      az = pos[a + 2];
    const bx = pos[b],
      by = pos[b + 1],
      bz = pos[b + 2];
    const dx = bx - ax,
      dy = by - ay,
      dz = bz - az;
    const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
    outLengthKm[l] = d;
    const ok = d <= maxRangeKm && lineOfSightClears(ax, ay, az, bx, by, bz, grazingKm);
    outUp[l] = ok ? 1 : 0;
    if (ok) up++;
  }
  return up;
}
