import { describe, expect, it } from 'vitest';
import { parseScenario } from './validate';
import { expandScenario } from './expand';
import { LinkNetwork, NEAREST_K_MAX_NODES, NEIGHBOURHOOD_LINKS, SAMPLE_SEEDS } from './linkNetwork';
import type { ScenarioInput } from './schema';
import { BUILTIN_SCENARIOS } from './builtins';
import { linkUp } from '../sim/linkGeometry';
import { elevationDeg, greatCircleKm, groundStationEci } from '../sim/routing';
import { gmstRad } from '../sim/time';
import { LIGHT_SPEED_KM_S } from '../sim/constants';

const EPOCH = '2025-06-01T00:00:00Z';
const T0 = Date.parse(EPOCH);

function network(input: ScenarioInput) {
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.issues.join('\n'));
  const ex = expandScenario(p.scenario);
  const net = new LinkNetwork(ex, p.scenario.links);
  net.setStations(p.scenario.groundStations);
  return { net, ex, scenario: p.scenario };
}

const walker = (
  planes: number,
  perPlane: number,
  pattern: 'delta' | 'star' = 'delta',
  extra: Partial<ScenarioInput> = {},
): ScenarioInput => ({
  version: 1,
  name: 'test',
  epoch: EPOCH,
  shells: [
    {
      kind: 'walker',
      altitudeKm: 550,
      inclinationDeg: 53,
      planes,
      satsPerPlane: perPlane,
      pattern,
      phasing: 1,
    },
  ],
  links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80, capacityGbps: 100 },
  ...extra,
});

describe('LinkNetwork: +Grid', () => {
  it('V16: a 72 × 22 Walker delta shell has 3,168 +Grid links, all up at 550 km (adjacent satellites ≤ 2,000 km apart)', () => {
    const { net } = network(walker(72, 22));
    const c = net.update(T0);
    expect(c.possible).toBe(3168);
    expect(c.up).toBe(3168);
    expect(c.capacityGbpsPerLink).toBe(100);
    expect(c.capacityUpGbps).toBe(316800);
    // In-plane neighbours 360°/22 apart on a 6,928 km orbit: chord 2·a·sin(π/22) = 1,971 km is the longest.
    expect(c.longestKm).toBeCloseTo(2 * 6928.137 * Math.sin(Math.PI / 22), -1);
    expect(c.notes).toEqual([]);
  });

  it('a star shell leaves its seam unlinked (3,146 links) and every link agrees with the pairwise test', () => {
    const { net } = network(walker(72, 22, 'star'));
    const c = net.update(T0 + 1234567);
    expect(c.possible).toBe(3146);
    let up = 0;
    for (let l = 0; l < net.pairs.length / 2; l++) {
      const a = net.pairs[2 * l] * 3,
        b = net.pairs[2 * l + 1] * 3;
      const p = net.positionsKm;
      const u = linkUp(p[a], p[a + 1], p[a + 2], p[b], p[b + 1], p[b + 2], 5000, 80);
      expect(net.up[l] === 1).toBe(u);
      if (u) up++;
    }
    expect(c.up).toBe(up);
  });

  it('links break when the range is too short: 2 planes of 3 at 550 km (in-plane chord 12,000 km) have none up', () => {
    const { net } = network(walker(1, 3, 'delta', { links: { pattern: 'plus-grid', maxRangeKm: 5000 } }));
    const c = net.update(T0);
    expect(c.possible).toBe(3);
    expect(c.up).toBe(0);
    expect(c.longestKm).toBeNaN();
    expect(c.capacityGbpsPerLink).toBe(0);
  });

  it('shells without planes fall back to nearest-k and say so', () => {
    const { net } = network({
      version: 1,
      name: 't',
      epoch: EPOCH,
      shells: [{ kind: 'cluster', altitudeKm: 650, count: 9, spacingM: 100 }],
      links: { pattern: 'plus-grid', maxRangeKm: 50, k: 2 },
    });
    const c = net.update(T0);
    expect(c.notes.length).toBe(1);
    expect(c.notes[0]).toMatch(/2 nearest/);
    expect(c.possible).toBeGreaterThanOrEqual(9); // each of 9 picks 2: at least 9 distinct links
    expect(c.up).toBe(c.possible);
  });

  it('the default scenario (three-body): a ring of 12 plus the 1,584-satellite shell = 12 + 3,168 links', () => {
    const { net, scenario } = network(BUILTIN_SCENARIOS['three-body'].build());
    const c = net.update(Date.parse(scenario.epoch));
    expect(c.possible).toBe(12 + 3168);
    expect(c.up).toBe(12 + 3168);
    expect(c.capacityGbpsPerLink).toBe(100);
  });
});

describe('LinkNetwork: dynamic patterns', () => {
  it('cluster-mesh: the 81-satellite Suncatcher lattice within 5 km is a full mesh (3,240 links), all up', () => {
    const { net, scenario } = network(BUILTIN_SCENARIOS.suncatcher.build());
    const c = net.update(Date.parse(scenario.epoch));
    expect(c.possible).toBe((81 * 80) / 2);
    expect(c.up).toBe(c.possible);
    expect(c.longestKm).toBeLessThan(2.5);
  });

  it('cluster-mesh candidates include a margin beyond range that never counts as possible or up', () => {
    const { net } = network({
      version: 1,
      name: 't',
      epoch: EPOCH,
      shells: [{ kind: 'cluster', altitudeKm: 650, count: 81, spacingM: 100 }],
      links: { pattern: 'cluster-mesh', maxRangeKm: 0.5 },
    });
    const c = net.update(T0);
    let within = 0;
    for (let l = 0; l < net.lengthKm.length; l++) if (net.lengthKm[l] <= 0.5) within++;
    expect(c.possible).toBe(within);
    expect(net.pairs.length / 2).toBeGreaterThan(within); // margin candidates for the GPU
    expect(c.up).toBe(within);
  });

  it('nearest-k re-chooses candidates as the geometry changes', () => {
    const { net } = network({
      version: 1,
      name: 't',
      epoch: EPOCH,
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 6, satsPerPlane: 8 },
        { kind: 'walker', altitudeKm: 1200, inclinationDeg: 70, planes: 4, satsPerPlane: 6 },
      ],
      links: { pattern: 'nearest-k', maxRangeKm: 6000, k: 3 },
    });
    net.update(T0);
    const v0 = net.pairsVersion;
    const first = net.pairs.slice();
    net.update(T0 + 20 * 60000);
    expect(net.pairsVersion).toBeGreaterThan(v0);
    expect(Array.from(net.pairs)).not.toEqual(Array.from(first));
  });
});

describe('LinkNetwork: stations and routes', () => {
  const stations = [
    { name: 'Beijing', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 25 },
    { name: 'Kashgar', latDeg: 39.47, lonDeg: 75.99, minElevationDeg: 25 },
  ];

  it('routes Beijing → Kashgar through the Starlink-like shell; the path is consistent hop by hop', () => {
    const { net } = network(walker(72, 22, 'delta', { groundStations: stations }));
    let found = 0;
    for (let k = 0; k < 12; k++) {
      const t = T0 + k * 7 * 60000;
      net.update(t);
      const r = net.route({ station: 0 }, { station: 1 });
      if (!r) continue;
      found++;
      // Re-add the path: up-link + ISLs + down-link, each hop a link that is up / a satellite in view.
      const g = gmstRad(t);
      const a = groundStationEci(39.9, 116.4, g),
        b = groundStationEci(39.47, 75.99, g);
      const p = net.positionsKm;
      const at = (i: number) => [p[3 * i], p[3 * i + 1], p[3 * i + 2]];
      const d = (u: number[], v: number[]) => Math.hypot(u[0] - v[0], u[1] - v[1], u[2] - v[2]);
      let km = d(Array.from(a), at(r.nodes[0]));
      expect(elevationDeg(a, p, 3 * r.nodes[0])).toBeGreaterThanOrEqual(25);
      for (let h = 1; h < r.nodes.length; h++) {
        const u = at(r.nodes[h - 1]),
          v = at(r.nodes[h]);
        expect(linkUp(u[0], u[1], u[2], v[0], v[1], v[2], 5000, 80)).toBe(true);
        km += d(u, v);
      }
      const last = r.nodes[r.nodes.length - 1];
      expect(elevationDeg(b, p, 3 * last)).toBeGreaterThanOrEqual(25);
      km += d(at(last), Array.from(b));
      expect(r.pathKm).toBeCloseTo(km, 3);
      expect(r.hops).toBe(r.nodes.length + 1);
      expect(r.latencyMs).toBeCloseTo((km / LIGHT_SPEED_KM_S) * 1000, 6);
      expect(r.fibreKm).toBeCloseTo(greatCircleKm(39.9, 116.4, 39.47, 75.99), 6);
      expect(r.fibreMs).toBeCloseTo((r.fibreKm! / (LIGHT_SPEED_KM_S * (2 / 3))) * 1000, 6);
      // Through space the route is longer than the ground distance but light is 1.5× faster than in fibre.
      expect(r.pathKm).toBeGreaterThan(r.fibreKm!);
    }
    expect(found).toBeGreaterThan(8);
  });

  it('a station to a node route has no fibre baseline; bad ends are named', () => {
    const { net } = network(walker(72, 22, 'delta', { groundStations: stations }));
    net.update(T0);
    const r = net.route({ station: 0 }, { node: 700 });
    expect(r).not.toBeNull();
    expect(r!.fibreKm).toBeNull();
    expect(r!.nodes[r!.nodes.length - 1]).toBe(700);
    expect(net.checkEnd({ station: 2 })).toMatch(/no ground station number 2/);
    expect(net.checkEnd({ node: 1584 })).toMatch(/no satellite with index 1584/);
    expect(net.checkEnd({ node: 3 })).toBeNull();
  });

  it('counts the satellites each station sees at ≥ its mask, as the elevation formula does', () => {
    const { net } = network(walker(72, 22, 'delta', { groundStations: stations }));
    const t = T0 + 3600000;
    const c = net.update(t);
    const g = groundStationEci(39.9, 116.4, gmstRad(t));
    let seen = 0;
    for (let j = 0; j < net.n; j++) if (elevationDeg(g, net.positionsKm, 3 * j) >= 25) seen++;
    expect(net.inView(0)).toBe(seen);
    expect(seen).toBeGreaterThan(0);
    expect(c.groundInView).toBe(net.inView(0) + net.inView(1));
  });
});

describe('LinkNetwork: what to draw', () => {
  it('draws everything while small; a neighbourhood of the selection or samples when large', () => {
    const { net } = network(walker(72, 22));
    net.update(T0);
    const all = net.drawSet(-1, 40000);
    expect(all.mode).toBe('all');
    expect(all.shownLinks).toBe(3168);
    const near = net.drawSet(100, 1000);
    expect(near.mode).toBe('neighbourhood');
    expect(near.shownLinks).toBe(NEIGHBOURHOOD_LINKS > 3168 ? 3168 : NEIGHBOURHOOD_LINKS);
    // The selected node's own 4 links are among them.
    let own = 0;
    for (let k = 0; k < near.pairs.length; k++) if (near.pairs[k] === 100) own++;
    expect(own).toBe(4);
    const sample = net.drawSet(-1, 1000);
    expect(sample.mode).toBe('sample');
    expect(sample.shownLinks).toBeLessThanOrEqual(
      Math.ceil(NEIGHBOURHOOD_LINKS / SAMPLE_SEEDS) * 2 * SAMPLE_SEEDS,
    );
    expect(sample.totalLinks).toBe(3168);
  });

  it('linksOf lists a node’s 4 +Grid neighbours, up first, with light time', () => {
    const { net } = network(walker(72, 22));
    net.update(T0);
    const l = net.linksOf(0);
    expect(l.map((x) => x.node).sort((a, b) => a - b)).toEqual([1, 21, 22, 1583].sort((a, b) => a - b));
    for (const x of l) expect(x.latencyMs).toBeCloseTo((x.lengthKm / LIGHT_SPEED_KM_S) * 1000, 9);
  });
});

describe('LinkNetwork: nearest-k size limit', () => {
  it('refuses nearest-k over more satellites than the limit, with the reason; +Grid shells keep their links', () => {
    expect(NEAREST_K_MAX_NODES).toBe(250_000);
    const p = parseScenario({
      version: 1,
      name: 't',
      epoch: EPOCH,
      shells: [
        { kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 4, satsPerPlane: 6, phasing: 1 },
        { kind: 'cluster', altitudeKm: 650, count: 9, spacingM: 100 },
      ],
      links: { pattern: 'plus-grid', maxRangeKm: 5000, k: 2 },
    });
    if (!p.ok) throw new Error(p.issues.join('\n'));
    const ex = expandScenario(p.scenario);
    const within = new LinkNetwork(ex, p.scenario.links, { maxNearestKNodes: 9 }).update(T0);
    expect(within.notes).toHaveLength(1);
    expect(within.possible).toBeGreaterThan(48);
    const over = new LinkNetwork(ex, p.scenario.links, { maxNearestKNodes: 8 }).update(T0);
    expect(over.notes).toHaveLength(2);
    expect(over.notes[1]).toMatch(
      /Nearest-k links are not computed over 9 satellites \(limit 8\).*about 1.5 s per update at 1,000,000/,
    );
    expect(over.possible).toBe(48); // the Walker shell's +Grid only
    // nearest-k over the whole constellation: no candidates at all.
    const all = new LinkNetwork(
      ex,
      { ...p.scenario.links, pattern: 'nearest-k' },
      { maxNearestKNodes: 32 },
    ).update(T0);
    expect(all.possible).toBe(0);
    expect(all.notes[0]).toMatch(/not computed over 33 satellites/);
  });
});
