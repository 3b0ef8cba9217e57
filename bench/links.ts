/**
 * Link-network half of `npm run bench` (run through tsx by scripts/bench.mjs; also runnable alone:
 * `npx tsx bench/links.ts [--runs 21] [--no-1m]`). Measures, on one core, the code the link worker
 * runs (src/scenario/linkNetwork.ts LinkNetwork, as src/worker/core.ts `links` / `routeSeries` and
 * the command line's `--links` / `--route` use it):
 *
 *  - 10,000 satellites (a 100 × 100 Walker delta shell at 550 km, 53°, +Grid, 5,000 km range:
 *    20,000 candidate links): `update(t)` — positions, candidate states, counts and station
 *    visibility — median over `runs` instants a minute apart after warm-up;
 *  - a route across that shell between two stations far apart (New York → Sydney) recomputed at a
 *    new instant, as the route chart and the per-frame route do: `advance(t)` + `route()`, and
 *    `route()` alone on the same state; and satellite 0 → the satellite farthest from it
 *    (its antipode) through the +Grid only;
 *  - 1,000,000 satellites (the built-in spacex-1m, +Grid in every shell): building the network, one
 *    `update(t)` (median of 3) and one gateway-to-gateway route (New York → London).
 * Prints one JSON object on the last line of stdout.
 */
import { BUILTIN_SCENARIOS } from '../src/scenario/builtins.ts';
import { expandScenario } from '../src/scenario/expand.ts';
import { LinkNetwork } from '../src/scenario/linkNetwork.ts';
import type { RouteEnd } from '../src/sim/routing.ts';
import { parseGroundStations, parseScenario } from '../src/scenario/validate.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const RUNS = arg('runs', 21);
const WARMUP = 5;
const EPOCH = '2025-06-01T00:00:00Z';
const T0 = Date.parse(EPOCH);
const MINUTE = 60_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Network of a scenario with its own stations, as the worker builds it (core.ts networkWith). */
function network(input: unknown) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`bench scenario invalid: ${parsed.issues.join('; ')}`);
  const ex = expandScenario(parsed.scenario);
  const st = parseGroundStations(parsed.scenario.groundStations);
  if (!st.ok) throw new Error(`bench stations invalid: ${st.issues.join('; ')}`);
  const t = performance.now();
  const net = new LinkNetwork(ex, parsed.scenario.links);
  net.setStations(st.stations);
  return { net, buildMs: performance.now() - t, stations: st.stations };
}

const out: Record<string, unknown> = { runs: RUNS, notes: [] as string[] };
const notes = out.notes as string[];

// ------------------------------------------------------------------------------------ 10,000
const walker10k = {
  version: 1,
  name: 'bench links 10k',
  epoch: EPOCH,
  shells: [
    { kind: 'walker', name: 'bench', altitudeKm: 550, inclinationDeg: 53, planes: 100, satsPerPlane: 100 },
  ],
  links: { pattern: 'plus-grid', maxRangeKm: 5000 },
  groundStations: [
    { name: 'New York', latDeg: 40.71, lonDeg: -74.01, minElevationDeg: 25 },
    { name: 'Sydney', latDeg: -33.87, lonDeg: 151.21, minElevationDeg: 25 },
  ],
};
{
  const { net } = network(walker10k);
  out.satellites10k = net.n;
  out.linkCandidates10k = net.pairs.length / 2;
  // update(t): warm-up, then RUNS instants a minute apart.
  for (let k = 0; k < WARMUP; k++) net.update(T0 - (k + 1) * MINUTE);
  const updateMs: number[] = [];
  let up = 0;
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    up = net.update(T0 + k * MINUTE).up;
    updateMs.push(performance.now() - t);
  }
  out.linksUp10k = up;
  out.linkUpdate10kMsMedian = median(updateMs);
  out.linkUpdate10kMsMax = Math.max(...updateMs);

  // Station → station across the shell: advance + route at a new instant, and route alone.
  const ny: RouteEnd = { station: 0 };
  const syd: RouteEnd = { station: 1 };
  for (let k = 0; k < WARMUP; k++) {
    net.advance(T0 - (k + 1) * MINUTE);
    net.route(ny, syd);
  }
  const recomputeMs: number[] = [];
  const routeMs: number[] = [];
  let hops = 0,
    latency = NaN,
    fibre: number | null = null,
    found = 0;
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    net.advance(T0 + k * MINUTE);
    const t1 = performance.now();
    const r = net.route(ny, syd);
    const t2 = performance.now();
    recomputeMs.push(t2 - t);
    if (r) {
      found++;
      hops = r.hops;
      latency = r.latencyMs;
      fibre = r.fibreMs;
    }
    // route() alone, on the state just advanced (best of three to leave out a GC pause).
    let best = t2 - t1;
    for (let j = 0; j < 2; j++) {
      const a = performance.now();
      net.route(ny, syd);
      best = Math.min(best, performance.now() - a);
    }
    routeMs.push(best);
  }
  if (found < RUNS) notes.push(`New York → Sydney: a route existed at ${found} of ${RUNS} instants`);
  out.route10k = { from: 'New York', to: 'Sydney', hops, latencyMs: latency, fibreMs: fibre };
  out.route10kRecomputeMsMedian = median(recomputeMs);
  out.route10kRecomputeMsMax = Math.max(...recomputeMs);
  out.route10kRouteOnlyMsMedian = median(routeMs);

  // Satellite 0 → its antipode (the satellite farthest from it now), +Grid only.
  net.advance(T0);
  const p = net.positionsKm;
  let far = 0,
    farKm = 0;
  for (let j = 1; j < net.n; j++) {
    const d = Math.hypot(p[3 * j] - p[0], p[3 * j + 1] - p[1], p[3 * j + 2] - p[2]);
    if (d > farKm) [far, farKm] = [j, d];
  }
  const nodeMs: number[] = [];
  let nodeHops = 0;
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    net.advance(T0 + k * MINUTE);
    const r = net.route({ node: 0 }, { node: far });
    nodeMs.push(performance.now() - t);
    if (r) nodeHops = r.hops;
  }
  out.routeNodeToAntipode10k = { to: far, hops: nodeHops, recomputeMsMedian: median(nodeMs) };
}

// ------------------------------------------------------------------------------------ 1,000,000
if (!flag('no-1m')) {
  try {
    const t = performance.now();
    const { net, buildMs } = network(BUILTIN_SCENARIOS['spacex-1m'].build());
    out.load1MWithLinksMs = performance.now() - t;
    out.linkNetworkBuild1MMs = buildMs;
    out.satellites1M = net.n;
    out.linkCandidates1M = net.pairs.length / 2;
    net.update(T0 - MINUTE); // warm-up
    const updateMs: number[] = [];
    let up = 0;
    for (let k = 0; k < 3; k++) {
      const a = performance.now();
      up = net.update(T0 + k * MINUTE).up;
      updateMs.push(performance.now() - a);
    }
    out.linksUp1M = up;
    out.linkUpdate1MMsMedian = median(updateMs);
    const routeMs: number[] = [];
    let hops = 0;
    for (let k = 0; k < 3; k++) {
      const a = performance.now();
      const r = net.route({ station: 0 }, { station: 1 });
      routeMs.push(performance.now() - a);
      if (r) hops = r.hops;
    }
    out.route1M = { from: 'New York', to: 'London', hops, routeOnlyMsMedian: median(routeMs) };
  } catch (e) {
    notes.push(`1,000,000 satellites: ${e instanceof Error ? e.message : String(e)}`);
  }
}

console.log(JSON.stringify(out));
