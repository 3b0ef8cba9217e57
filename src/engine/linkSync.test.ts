import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkSync } from './linkSync';
import { useApp } from '../state/store';
import { sceneData } from '../scene/sceneData';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import type { ConstellationMeta } from '../scenario/types';
import type { RouteInfo } from '../scenario/linkNetwork';
import { ScriptedClient } from './testing/scriptedClient';
import { satelliteIdentity } from '../scenario/identity';

const scenario = BUILTIN_SCENARIOS.starlink.build();
const T0 = Date.parse(scenario.epoch!);

async function setup() {
  const client = new ScriptedClient();
  const loaded = client.core.handle({ type: 'load', seq: 0, scenario });
  if (loaded.type !== 'loaded') throw new Error('load failed');
  const meta: ConstellationMeta = loaded.meta;
  let changes = 0;
  const sync = new LinkSync(client, () => changes++);
  sync.reset(meta, false);
  return { client, sync, meta, changes: () => changes };
}

/** One tick, then let the reply's promise settle. */
async function step(sync: LinkSync, simMs: number) {
  vi.advanceTimersByTime(300);
  sync.tick(simMs);
  await Promise.resolve();
  await Promise.resolve();
}

const route = (hops: number, nodes: number[], latencyMs: number): RouteInfo => ({
  from: { station: 0 },
  to: { station: 1 },
  hops,
  pathKm: latencyMs * 299.792458,
  latencyMs,
  nodes,
  fibreKm: 5570,
  fibreMs: 27.9,
});

describe('LinkSync', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the scenario’s stations, asks the worker, and writes counts for the panels and candidates for the scene', async () => {
    const { sync, client } = await setup();
    expect(useApp.getState().stations.map((s) => s.name)).toEqual([
      'New York',
      'London',
      'Los Angeles',
      'Madrid',
    ]);
    expect(sceneData.stations.length).toBe(4);
    await step(sync, T0);
    expect(client.requests.at(-1)).toMatchObject({ type: 'links', tMs: T0, route: null });
    const st = useApp.getState();
    expect(st.links?.possible).toBe(3168);
    expect(st.linkDraw).toEqual({ mode: 'all', shownLinks: 3168, totalLinks: 3168 });
    expect(sceneData.links?.pairs.length).toBe(2 * 3168);
    expect(sceneData.links?.maxRangeKm).toBe(5000);
    expect(st.stationsInView.length).toBe(4);
  });

  it('keeps the same candidate block (no GPU rebuild) while the worker sends the same pairs; no request without a reason', async () => {
    const { sync, client } = await setup();
    sync.setStations([], null, null); // no ground candidates: only the fixed +Grid pairs
    await step(sync, T0);
    const v = sceneData.linksVersion;
    const block = sceneData.links;
    await step(sync, T0 + 5000);
    expect(client.requests.filter((r) => r.type === 'links').length).toBe(2);
    expect(sceneData.linksVersion).toBe(v);
    expect(sceneData.links).toBe(block);
    await step(sync, T0 + 5500); // under 1 s of simulated time later and nothing changed: no request
    expect(client.requests.filter((r) => r.type === 'links').length).toBe(2);
    sync.invalidate(); // e.g. a new selection
    await step(sync, T0 + 5500);
    expect(client.requests.filter((r) => r.type === 'links').length).toBe(3);
  });

  it('tells the user when the route breaks, comes back and changes hops — not on the first answer', async () => {
    const { sync, client } = await setup();
    sync.setRoute({ station: 0 }, { station: 1 });
    client.routes = [
      route(5, [10, 11, 12, 13], 21.1),
      null,
      route(5, [10, 11, 12, 13], 21.2),
      route(6, [20, 21, 22, 23, 24], 21.6),
    ];
    await step(sync, T0);
    expect(useApp.getState().routeEvents).toEqual([]);
    expect(Array.from(sceneData.route)).toEqual([-1, 10, 11, 12, 13, -2]);
    await step(sync, T0 + 60000);
    await step(sync, T0 + 120000);
    await step(sync, T0 + 180000);
    const ev = useApp.getState().routeEvents;
    expect(ev.map((e) => e.kind)).toEqual(['broken', 'restored', 'changed']);
    expect(ev[0].tMs).toBe(T0 + 60000);
    expect(ev[1].now).toEqual({ hops: 5, latencyMs: 21.2 });
    expect(ev[2]).toMatchObject({ before: { hops: 5, latencyMs: 21.2 }, now: { hops: 6, latencyMs: 21.6 } });
    expect(Array.from(sceneData.route)).toEqual([-1, 20, 21, 22, 23, 24, -2]);
    // New ends start a new list.
    sync.setRoute({ station: 1 }, { station: 0 });
    expect(useApp.getState().routeEvents).toEqual([]);
    expect(sceneData.route.length).toBe(0);
  });

  it('asks for the route chart over one orbit of the route (≈ 96 min at 550 km, a sample a minute)', async () => {
    const { sync, client } = await setup();
    sync.setRoute({ station: 0 }, { station: 1 });
    await step(sync, T0);
    await step(sync, T0 + 1000);
    const req = client.requests.find((r) => r.type === 'routeSeries');
    expect(req).toMatchObject({ type: 'routeSeries', stepS: 60, from: { station: 0 }, to: { station: 1 } });
    expect((req as { count: number }).count).toBe(Math.ceil((95.65 * 60) / 60) + 1);
    expect(useApp.getState().routeSeries?.count).toBe(97);
  });

  it('a station edit goes to the worker with the next request; a scenario without links or stations asks nothing', async () => {
    const { sync, client, meta } = await setup();
    const stations = [
      ...useApp.getState().stations,
      { name: 'Quito', latDeg: -0.18, lonDeg: -78.47, minElevationDeg: 25 },
    ];
    sync.setStations(stations, null, null);
    await step(sync, T0);
    expect((client.requests.at(-1) as { stations: unknown[] }).stations.length).toBe(5);
    expect(useApp.getState().stationsInView.length).toBe(5);
    const n = client.requests.length;
    sync.reset({ ...meta, links: { ...meta.links, pattern: 'none' }, groundStations: [] }, false);
    await step(sync, T0 + 60000);
    expect(client.requests.length).toBe(n);
    expect(useApp.getState().links).toBeNull();
  });

  it('drops the selected node’s links from a reply asked for before a new selection', async () => {
    const { sync, client } = await setup();
    sceneData.selected = 3;
    client.hold = true;
    await step(sync, T0);
    sceneData.selected = 7; // the user selects another satellite while the worker computes
    sync.invalidate();
    client.release();
    await Promise.resolve();
    await Promise.resolve();
    expect(useApp.getState().links?.possible).toBe(3168); // the counts still count
    expect(useApp.getState().selectedLinks).toBeNull();
    client.hold = false;
    await step(sync, T0); // asked again at once, for 7
    expect((client.requests.at(-1) as { selected: number }).selected).toBe(7);
    expect(useApp.getState().selectedLinks?.length).toBe(4);
    sceneData.selected = -1;
  });

  it('explains a break with the visibility of the same reply', async () => {
    const { sync, client } = await setup();
    sync.setRoute({ station: 0 }, { station: 1 });
    client.routes = [route(5, [10, 11, 12, 13], 21.1), null];
    client.inView = [
      [9, 9, 9, 9],
      [0, 9, 9, 9],
    ];
    await step(sync, T0);
    await step(sync, T0 + 60000);
    expect(useApp.getState().routeEvents[0].blind).toEqual({ name: 'New York', minElevationDeg: 25 });
  });

  it('after an edit, a satellite route end follows its id, and is cleared when that id is gone', async () => {
    const { sync, meta, client } = await setup();
    const reload = (shells: unknown[]) => {
      const loaded = client.core.handle({ type: 'load', seq: 99, scenario: { ...scenario, shells } });
      if (loaded.type !== 'loaded') throw new Error('load failed');
      sync.reset(loaded.meta, true);
      return loaded.meta;
    };
    sync.setRoute({ station: 0 }, { node: 100 });
    // A shell added after: the satellite keeps its id (S1-P05-13) and its index.
    const after = reload([
      ...scenario.shells,
      { kind: 'walker', altitudeKm: 700, inclinationDeg: 60, planes: 1, satsPerPlane: 10 },
    ]);
    expect(useApp.getState().routeTo).toEqual({ node: 100 });
    expect(satelliteIdentity(after.shells, 100).id).toBe(satelliteIdentity(meta.shells, 100).id);
    // A shell inserted before renames the shells (S1 is now the new one): S1-P05-13 no longer exists.
    reload([
      { kind: 'walker', altitudeKm: 700, inclinationDeg: 60, planes: 1, satsPerPlane: 10 },
      ...scenario.shells,
    ]);
    expect(useApp.getState().routeTo).toBeNull();
    expect(useApp.getState().routeFrom).toEqual({ station: 0 });
  });

  it('a route chart that fails is not asked for again every frame', async () => {
    const { sync, client } = await setup();
    client.failSeries = true;
    sync.setRoute({ station: 0 }, { station: 1 });
    for (let k = 0; k < 5; k++) await step(sync, T0 + k * 1000);
    expect(client.requests.filter((r) => r.type === 'routeSeries').length).toBe(1);
    expect(useApp.getState().notice?.text).toMatch(/route chart could not be computed: test failure/);
  });
});
