import { describe, expect, it } from 'vitest';
import { DEG, EARTH_RADIUS_KM, LIGHT_SPEED_KM_S } from './constants';
import { fibreTimeMs, maxLinkRangeKm } from './linkGeometry';
import { linkStates, nearestKLinks, plusGridLinks } from './linkTopology';
import { setPositions as positions, walkerSet, TEST_EPOCH_MS } from './testShells';
import {
  elevationDeg,
  greatCircleKm,
  groundStationEci,
  RouteSolver,
  shortestRoute,
  type RouteStation,
} from './routing';
import { gmstRad } from './time';

const EPOCH = TEST_EPOCH_MS;
const R = EARTH_RADIUS_KM;

const lightMs = (km: number) => (km / LIGHT_SPEED_KM_S) * 1000;

describe('ground stations', () => {
  it('places a station on the spherical Earth, turned by GMST', () => {
    const a = groundStationEci(0, 0, 0);
    expect(a[0]).toBeCloseTo(R, 9);
    expect(a[1]).toBeCloseTo(0, 9);
    const b = groundStationEci(90, 40, 1);
    expect(b[2]).toBeCloseTo(R, 9);
    const c = groundStationEci(0, 30, 60 * DEG);
    expect(c[0]).toBeCloseTo(0, 6);
    expect(c[1]).toBeCloseTo(R, 6);
  });

  it('elevation is 90° overhead, 0° on the horizon, negative below it', () => {
    const st = groundStationEci(0, 0, 0);
    expect(elevationDeg(st, [R + 550, 0, 0])).toBeCloseTo(90, 9);
    expect(elevationDeg(st, [R, 1000, 0])).toBeCloseTo(0, 9);
    expect(elevationDeg(st, [R - 1, 1000, 0])).toBeLessThan(0);
    expect(elevationDeg(st, [0, 0, 0, R + 100, 100, 0], 3)).toBeCloseTo(45, 9);
  });

  it('great-circle fibre: a quarter of the equator (10,018.8 km) takes 50.13 ms at 2/3 c', () => {
    expect(greatCircleKm(0, 0, 0, 90)).toBeCloseTo((Math.PI / 2) * R, 6);
    expect(fibreTimeMs(greatCircleKm(0, 0, 0, 90))).toBeCloseTo(50.13, 2);
    expect(greatCircleKm(10, 20, 10, 20)).toBe(0);
    expect(greatCircleKm(90, 0, -90, 0)).toBeCloseTo(Math.PI * R, 6);
  });
});

describe('shortestRoute on hand-made graphs', () => {
  // 0–1–2–3 (100 km each) against 0–3 (350 km, one hop) and 0–2 (50 km, down); 4 is alone.
  const pairs = new Uint32Array([0, 1, 1, 2, 2, 3, 0, 3, 0, 2, 3, 5]);
  const up = new Uint8Array([1, 1, 1, 1, 0, 1]);
  const len = new Float32Array([100, 100, 100, 350, 50, 10]);
  const pos = new Float64Array(6 * 3);

  it('takes the shortest path in light time, not the one with fewest hops, over up links only', () => {
    const r = shortestRoute(6, pairs, up, len, [], pos, { node: 0 }, { node: 3 });
    expect(r).not.toBeNull();
    expect(r!.nodes).toEqual([0, 1, 2, 3]);
    expect(r!.hops).toBe(3);
    expect(r!.pathKm).toBeCloseTo(300, 9);
    expect(r!.latencyMs).toBeCloseTo(lightMs(300), 12);
    const back = shortestRoute(6, pairs, up, len, [], pos, { node: 5 }, { node: 0 });
    expect(back!.nodes).toEqual([5, 3, 2, 1, 0]);
    expect(back!.pathKm).toBeCloseTo(310, 9);
  });

  it('returns null when unreachable and a zero route to itself', () => {
    expect(shortestRoute(6, pairs, up, len, [], pos, { node: 0 }, { node: 4 })).toBeNull();
    expect(shortestRoute(6, pairs, up, len, [], pos, { node: 0 }, { node: 9 })).toBeNull();
    expect(shortestRoute(6, pairs, new Uint8Array(6), len, [], pos, { node: 0 }, { node: 3 })).toBeNull();
    expect(shortestRoute(6, pairs, up, len, [], pos, { node: 2 }, { node: 2 })).toEqual({
      hops: 0,
      pathKm: 0,
      latencyMs: 0,
      nodes: [2],
    });
  });

  it('goes up from a station and down to another through the satellites they see', () => {
    const h = R + 550;
    // Satellites over lon 0°, 20°, 40° on the equator, and one over lon 20° that sees neither end.
    const sat = (lonDeg: number) => [h * Math.cos(lonDeg * DEG), h * Math.sin(lonDeg * DEG), 0];
    const p = new Float64Array([...sat(0), ...sat(20), ...sat(40), ...sat(180)]);
    const pr = new Uint32Array([0, 1, 1, 2, 2, 3]);
    const u = new Uint8Array([1, 1, 1]);
    const l = new Float32Array(3);
    linkStates(pr, p, 1e5, 80, u, l);
    expect(Array.from(u)).toEqual([1, 1, 0]);
    const st: RouteStation[] = [
      { eci: groundStationEci(0, 0, 0), minElevationDeg: 25 },
      { eci: groundStationEci(0, 40, 0), minElevationDeg: 25 },
      { eci: groundStationEci(0, 20, 0), minElevationDeg: 25 },
    ];
    const r = shortestRoute(4, pr, u, l, st, p, { station: 0 }, { station: 1 });
    expect(r!.nodes).toEqual([0, 1, 2]);
    expect(r!.hops).toBe(4);
    expect(r!.pathKm).toBeCloseTo(550 + l[0] + l[1] + 550, 3);
    // Station 2 sees satellite 1 only: the direct up-and-down is the shortest.
    const s = shortestRoute(4, pr, u, l, st, p, { station: 0 }, { station: 2 });
    expect(s!.nodes).toEqual([0, 1]);
    expect(s!.hops).toBe(3);
    const toNode = shortestRoute(4, pr, u, l, st, p, { station: 2 }, { node: 2 });
    expect(toNode!.nodes).toEqual([1, 2]);
    expect(toNode!.hops).toBe(2);
    const fromNode = shortestRoute(4, pr, u, l, st, p, { node: 2 }, { station: 0 });
    expect(fromNode!.nodes).toEqual([2, 1, 0]);
    expect(fromNode!.hops).toBe(3);
    expect(shortestRoute(4, pr, u, l, st, p, { station: 0 }, { node: 3 })).toBeNull();
    expect(shortestRoute(4, pr, u, l, st, p, { station: 1 }, { station: 1 })).toEqual({
      hops: 0,
      pathKm: 0,
      latencyMs: 0,
      nodes: [],
    });
    expect(shortestRoute(4, pr, u, l, st, p, { station: 7 }, { station: 1 })).toBeNull();
    // From lon 10° the satellites at 0° and 20° stand about 62° high: a 70° mask sees none.
    expect(elevationDeg(groundStationEci(0, 10, 0), p)).toBeLessThan(70);
    const blind: RouteStation[] = [{ eci: groundStationEci(0, 10, 0), minElevationDeg: 70 }, st[1]];
    expect(shortestRoute(4, pr, u, l, blind, p, { station: 0 }, { station: 1 })).toBeNull();
  });
});

/** Floyd–Warshall over satellites + stations, the same edges as shortestRoute uses. */
function floydWarshall(
  n: number,
  pairs: Uint32Array,
  up: Uint8Array,
  len: Float32Array,
  st: RouteStation[],
  pos: Float64Array,
): Float64Array {
  const V = n + st.length;
  const d = new Float64Array(V * V).fill(Infinity);
  for (let i = 0; i < V; i++) d[i * V + i] = 0;
  for (let l = 0; l < up.length; l++) {
    if (!up[l]) continue;
    const a = pairs[2 * l],
      b = pairs[2 * l + 1];
    d[a * V + b] = Math.min(d[a * V + b], len[l]);
    d[b * V + a] = d[a * V + b];
  }
  st.forEach((s, k) => {
    for (let j = 0; j < n; j++) {
      if (elevationDeg(s.eci, pos, j * 3) < s.minElevationDeg) continue;
      const km = Math.hypot(pos[j * 3] - s.eci[0], pos[j * 3 + 1] - s.eci[1], pos[j * 3 + 2] - s.eci[2]);
      d[(n + k) * V + j] = d[j * V + n + k] = km;
    }
  });
  // Stations relay nothing: no path may pass through a station vertex, so k runs over satellites.
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < V; i++) {
      const dik = d[i * V + k];
      if (dik === Infinity) continue;
      for (let j = 0; j < V; j++) {
        const v = dik + d[k * V + j];
        if (v < d[i * V + j]) d[i * V + j] = v;
      }
    }
  }
  return d;
}

describe('shortestRoute on a Walker 12 × 12 shell at 550 km', () => {
  it('equals Floyd–Warshall in latency between stations and between a station and a node', () => {
    const set = walkerSet(12, 12, 550, 53, 'delta', 1);
    const pairs = plusGridLinks(12, 12, 0, 'delta', 1);
    const up = new Uint8Array(pairs.length / 2);
    const len = new Float32Array(pairs.length / 2);
    // Masks of 10° to 40°: a 144-satellite shell leaves gaps in coverage at the higher ones.
    const sites = [
      [39.9, 116.4, 10],
      [1.35, 103.8, 25],
      [51.5, -0.13, 40],
      [-33.9, 151.2, 25],
    ];
    let reachable = 0,
      unreachable = 0;
    for (let m = 0; m < 24; m++) {
      const t = EPOCH + m * 397e3;
      const pos = positions(set, t);
      linkStates(pairs, pos, maxLinkRangeKm(550, 550, 80), 80, up, len);
      const g = gmstRad(t);
      const st: RouteStation[] = sites.map(([la, lo, mask]) => ({
        eci: groundStationEci(la, lo, g),
        minElevationDeg: mask,
      }));
      const V = 144 + st.length;
      const d = floydWarshall(144, pairs, up, len, st, pos);
      for (let a = 0; a < st.length; a++) {
        for (let b = 0; b < st.length; b++) {
          const r = shortestRoute(144, pairs, up, len, st, pos, { station: a }, { station: b });
          const want = d[(144 + a) * V + 144 + b];
          if (want === Infinity) {
            expect(r).toBeNull();
            unreachable++;
            continue;
          }
          reachable++;
          expect(r).not.toBeNull();
          expect(r!.pathKm).toBeCloseTo(want, 6);
          expect(r!.latencyMs).toBeCloseTo(lightMs(want), 9);
          if (a === b) continue;
          // The path it lists is as long as it says, and each hop is a link that is up.
          let km = Math.hypot(
            pos[r!.nodes[0] * 3] - st[a].eci[0],
            pos[r!.nodes[0] * 3 + 1] - st[a].eci[1],
            pos[r!.nodes[0] * 3 + 2] - st[a].eci[2],
          );
          for (let h = 1; h < r!.nodes.length; h++) {
            const [i, j] = [r!.nodes[h - 1], r!.nodes[h]].sort((x, y) => x - y);
            let found = -1;
            for (let l = 0; l < up.length; l++) if (pairs[2 * l] === i && pairs[2 * l + 1] === j) found = l;
            expect(up[found]).toBe(1);
            km += len[found];
          }
          const last = r!.nodes[r!.nodes.length - 1];
          km += Math.hypot(
            pos[last * 3] - st[b].eci[0],
            pos[last * 3 + 1] - st[b].eci[1],
            pos[last * 3 + 2] - st[b].eci[2],
          );
          expect(km).toBeCloseTo(r!.pathKm, 6);
          expect(r!.hops).toBe(r!.nodes.length + 1);
        }
        for (const node of [0, 77, 143]) {
          const r = shortestRoute(144, pairs, up, len, st, pos, { station: a }, { node });
          const want = d[(144 + a) * V + node];
          if (want === Infinity) expect(r).toBeNull();
          else expect(r!.pathKm).toBeCloseTo(want, 6);
          const back = shortestRoute(144, pairs, up, len, st, pos, { node }, { station: a });
          if (want === Infinity) expect(back).toBeNull();
          else expect(back!.pathKm).toBeCloseTo(want, 6);
        }
      }
    }
    // The instants include both kinds of answer.
    expect(reachable).toBeGreaterThan(20);
    expect(unreachable).toBeGreaterThan(0);
  });
});

describe('performance (logged, not asserted)', () => {
  it('10,000 satellites: +Grid link states, nearest-k, and one route across the shell', () => {
    const P = 100,
      S = 100,
      n = P * S;
    const set = walkerSet(P, S, 550, 53, 'delta', 1);
    const t = EPOCH + 3600e3;
    const pos = positions(set, t);
    const pairs = plusGridLinks(P, S, 0, 'delta', 1);
    const L = pairs.length / 2;
    const up = new Uint8Array(L);
    const len = new Float32Array(L);
    const range = maxLinkRangeKm(550, 550, 80);
    // Best of several batches: the figures are for a quiet machine, and test runners share cores.
    const best = (batches: number, reps: number, f: () => void) => {
      let m = Infinity;
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        for (let i = 0; i < reps; i++) f();
        m = Math.min(m, (performance.now() - t0) / reps);
      }
      return m;
    };
    let upCount = 0;
    const linkMs = best(10, 20, () => {
      upCount = linkStates(pairs, pos, range, 80, up, len);
    });
    let nk: Uint32Array = new Uint32Array(0);
    const nearestMs = best(8, 1, () => {
      nk = nearestKLinks(pos, 4, range);
    });

    const g = gmstRad(t);
    const st: RouteStation[] = [
      { eci: groundStationEci(39.9, 116.4, g), minElevationDeg: 25 },
      { eci: groundStationEci(-34.6, -58.4, g), minElevationDeg: 25 }, // Buenos Aires: nearly antipodal
    ];
    const solver = new RouteSolver();
    const t0 = performance.now();
    const first = solver.solve(n, pairs, up, len, st, pos, { station: 0 }, { station: 1 });
    const firstMs = performance.now() - t0;
    const routeMs = best(10, 5, () =>
      solver.solve(n, pairs, up, len, st, pos, { station: 0 }, { station: 1 }),
    );
    expect(first).not.toBeNull();
    console.log(
      `[perf] ${n} satellites, ${L} +Grid links (${upCount} up): linkStates ${linkMs.toFixed(3)} ms/evaluation; ` +
        `nearestKLinks k=4 ${nearestMs.toFixed(1)} ms (${nk.length / 2} links); ` +
        `route Beijing→Buenos Aires ${first!.hops} hops, ${first!.pathKm.toFixed(0)} km, ${first!.latencyMs.toFixed(2)} ms light time ` +
        `(fibre ${fibreTimeMs(greatCircleKm(39.9, 116.4, -34.6, -58.4)).toFixed(2)} ms): first call ${firstMs.toFixed(2)} ms, then ${routeMs.toFixed(2)} ms/route (best batch)`,
    );
  });
});
