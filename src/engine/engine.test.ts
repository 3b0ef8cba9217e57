/**
 * The Engine with scripted clients over the real core (no workers, no DOM): loading and the ready
 * signal, stale replies after a new load, a seek while a request is pending, failures that are not
 * re-asked every frame, and the public API's validation and events.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, TIME_EVENT_INTERVAL_MS } from './engine';
import type { EngineEvent } from './api';
import { ScriptedClient } from './testing/scriptedClient';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';
import { sceneData } from '../scene/sceneData';
import { useApp } from '../state/store';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { isoUtc } from '../sim/time';
import { cameraControl } from '../scene/cameraControl';

const settle = async () => {
  for (let k = 0; k < 6; k++) await Promise.resolve();
};

function setup() {
  let wall = 1000;
  const client = new ScriptedClient();
  const signals: boolean[] = [];
  const engine = new Engine({
    useWorker: false,
    clients: { core: client },
    wallMs: () => wall,
    dateMs: () => Date.UTC(2026, 0, 1),
    readySignal: (r) => signals.push(r),
  });
  const events: EngineEvent[] = [];
  for (const t of ['ready', 'timechange', 'select', 'error'] as const) engine.on(t, (e) => events.push(e));
  /** One frame: wall time moves, the engine ticks at the clock's time, replies settle. */
  const frame = async (ms = 16) => {
    wall += ms;
    engine.tick(engine.clock.now());
    await settle();
  };
  return { engine, client, signals, events, frame, advance: (ms: number) => (wall += ms) };
}

describe('Engine', () => {
  let h: ReturnType<typeof setup>;
  beforeEach(() => {
    h = setup();
  });
  afterEach(() => h.engine.dispose());

  it('load → ready: the scenario is shown, the first frame drawn raises the ready signal and emits ready once', async () => {
    const meta = await h.engine.load(BUILTIN_SCENARIOS['three-body'].build());
    expect(meta.total).toBe(1596);
    expect(h.engine.ready).toBe(false);
    expect(h.signals.at(-1)).toBe(false);
    expect(useApp.getState().status).toBe('loading');
    h.engine.frameDrawn();
    h.engine.frameDrawn();
    expect(h.engine.ready).toBe(true);
    expect(h.signals.at(-1)).toBe(true);
    expect(useApp.getState().status).toBe('ready');
    const ready = h.events.filter((e) => e.type === 'ready');
    expect(ready).toEqual([
      { type: 'ready', scenario: meta.name, nodes: 1596, timeUtc: isoUtc(meta.epochMs) },
    ]);
    expect(h.engine.getState()).toMatchObject({
      scenario: meta.name,
      nodes: 1596,
      simMs: meta.epochMs,
      selected: meta.view.selected,
      warp: meta.view.timeWarp,
      status: 'ready',
    });
    expect(meta.view.timeWarp).toBe(60); // the scenario's own view is applied on load
  });

  it('an invalid scenario keeps the current one and emits error with every problem', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    await expect(h.engine.load({ version: 1, name: 'x', shells: [{ kind: 'walker' }] })).rejects.toThrow(
      /not valid/,
    );
    expect(h.engine.meta?.name).toMatch(/Suncatcher/);
    const err = h.events.find((e) => e.type === 'error');
    expect(err).toMatchObject({ type: 'error', message: expect.stringMatching(/not valid/) });
    expect((err as { issues: string[] }).issues.length).toBeGreaterThan(0);
    expect(useApp.getState().notice?.kind).toBe('error');
  });

  it('waits for keyframes before it calls a scenario with element sets drawable', async () => {
    h.client.hold = true;
    const loading = h.engine.load(BUILTIN_SCENARIOS['vallado-00005'].build());
    h.client.release();
    await loading; // the keyframe request is now held
    h.engine.frameDrawn();
    expect(h.engine.ready).toBe(false); // no keyframes yet
    h.client.release();
    await settle();
    h.client.hold = false;
    expect(sceneData.keyframes?.satCount).toBe(1);
    h.engine.frameDrawn();
    expect(h.engine.ready).toBe(true);
  });

  it('drops a keyframe reply for the previous scenario that arrives after a new load', async () => {
    await h.engine.load(BUILTIN_SCENARIOS['vallado-00005'].build()); // asks for keyframes at once
    h.client.hold = true;
    await h.frame(); // nothing new: the first request is still the only one
    const first = h.client.count('keyframes');
    expect(first).toBe(1);
    // Hold the load too, so the stale keyframe reply is released while the new scenario is shown.
    const loading = h.engine.load(BUILTIN_SCENARIOS['starcloud-1'].build());
    h.client.release(); // the old keyframes and the new load resolve in order
    await loading;
    await settle();
    expect(sceneData.keyframes).toBeNull(); // the stale window (Vanguard 1) was dropped
    h.client.release(); // the new scenario's window
    await settle();
    h.client.hold = false;
    expect(sceneData.keyframes?.startMs).toBeLessThanOrEqual(h.engine.clock.now());
    const kf = h.client.requests.filter((r) => r.type === 'keyframes');
    expect(kf.length).toBe(2);
    expect(h.engine.meta?.name).toBe('Starcloud-1');
  });

  it('a seek while a keyframe request is pending asks for a window around the new time once the reply is in', async () => {
    await h.engine.load(BUILTIN_SCENARIOS['vallado-00005'].build());
    await settle();
    const t0 = h.engine.clock.now();
    h.engine.pause();
    h.client.hold = true;
    h.engine.seek(t0 + 10 * 86400_000); // the first window is still being computed… (held below)
    await h.frame();
    expect(h.client.count('keyframes')).toBe(2); // the first reply was in: the jump asks at once
    const req = h.client.requests.filter((r) => r.type === 'keyframes').at(-1) as {
      startMs: number;
      stepS: number;
      count: number;
    };
    expect(req.startMs).toBeLessThanOrEqual(t0 + 10 * 86400_000);
    expect(req.startMs + (req.count - 1) * req.stepS * 1000).toBeGreaterThan(t0 + 10 * 86400_000);
    h.engine.seek(t0 + 20 * 86400_000); // and jumps again before that reply is in
    await h.frame();
    expect(h.client.count('keyframes')).toBe(2); // one in flight at a time
    h.client.release();
    await settle();
    await h.frame(); // the reply covers day 10, not day 20: ask again
    h.client.release();
    await settle();
    h.client.hold = false;
    const kf = sceneData.keyframes!;
    const now = h.engine.clock.now();
    expect(now).toBe(t0 + 20 * 86400_000);
    expect(kf.startMs).toBeLessThanOrEqual(now);
    expect(kf.startMs + (kf.count - 1) * kf.stepS * 1000).toBeGreaterThan(now);
  });

  it('a failing budget request is not asked again every frame, and the failure is an error event', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    h.engine.frameDrawn(); // budgets start after the first frame
    h.client.failing.add('budgets');
    for (let f = 0; f < 50; f++) await h.frame(16); // 0.8 s of frames
    expect(h.client.count('budgets')).toBe(1);
    expect(h.events.filter((e) => e.type === 'error').map((e) => (e as { message: string }).message)).toEqual(
      [expect.stringMatching(/Budgets could not be computed: test failure/)],
    );
    for (let f = 0; f < 20; f++) await h.frame(16); // past the 1 s back-off: one retry
    expect(h.client.count('budgets')).toBe(2);
    h.client.failing.delete('budgets');
    for (let f = 0; f < 200; f++) await h.frame(16); // 2 s back-off, then answers again
    expect(h.client.count('budgets')).toBeGreaterThanOrEqual(3);
    expect(useApp.getState().budgetTotals?.nodes).toBe(81);
  });

  it('selects by index or id, emits select, and refuses what does not exist', async () => {
    const meta = await h.engine.load({ ...BUILTIN_SCENARIOS.suncatcher.build(), view: {} });
    h.events.length = 0;
    const id = h.engine.getNode(5)!.id;
    expect(h.engine.select(id)).toBe(5);
    expect(h.engine.getState()).toMatchObject({ selected: id, selectedIndex: 5 });
    expect(h.engine.select(5)).toBe(5); // same node: no second event
    expect(h.engine.select(meta.total)).toBeNull();
    expect(h.engine.select('no-such-satellite')).toBeNull();
    expect(h.engine.select(null)).toBeNull();
    const sel = h.events.filter((e) => e.type === 'select');
    expect(sel).toEqual([
      { type: 'select', index: 5, nodeId: id },
      { type: 'select', index: null, nodeId: null },
    ]);
    expect(h.events.filter((e) => e.type === 'error').length).toBe(1);
    expect(sceneData.selected).toBe(-1);
  });

  it('seek and setWarp take valid input only and keep the clock otherwise', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    const t = h.engine.clock.now();
    expect(h.engine.seek('2027-03-20T12:00:00Z')).toBe(true);
    expect(h.engine.getState().timeUtc).toBe('2027-03-20T12:00:00Z');
    for (const bad of ['yesterday', '2027-03-20', '<script>', '9'.repeat(100)])
      expect(h.engine.seek(bad)).toBe(false);
    for (const bad of [NaN, Infinity, 1e300]) expect(h.engine.seek(bad)).toBe(false);
    expect(h.engine.getState().timeUtc).toBe('2027-03-20T12:00:00Z');
    expect(h.engine.setWarp(3600)).toBe(true);
    for (const bad of [NaN, 2e6, -Infinity]) expect(h.engine.setWarp(bad)).toBe(false);
    expect(h.engine.getState().warp).toBe(3600);
    expect(h.events.filter((e) => e.type === 'error').length).toBe(10);
    expect(t).not.toBe(h.engine.clock.now());
  });

  it('timechange comes at most 4 times a second while time runs, and soon after a seek', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    h.engine.play();
    h.events.length = 0;
    for (let f = 0; f < 125; f++) await h.frame(16); // 2 s of frames
    const n = h.events.filter((e) => e.type === 'timechange').length;
    expect(n).toBeGreaterThanOrEqual(7);
    expect(n).toBeLessThanOrEqual(2000 / TIME_EVENT_INTERVAL_MS + 1);
    const last = h.events.filter((e) => e.type === 'timechange').at(-1) as Extract<
      EngineEvent,
      { type: 'timechange' }
    >;
    expect(last.playing).toBe(true);
    expect(last.timeUtc).toBe(isoUtc(last.simMs));
  });

  it('getNode reports where a satellite is, whether it is sunlit, and its budget once the budgets are in', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    h.engine.frameDrawn(); // budgets start after the first frame
    const before = h.engine.getNode(0)!;
    expect(before.budget).toBeNull();
    expect(before.position!.altitudeKm).toBeGreaterThan(600);
    expect(before.position!.altitudeKm).toBeLessThan(700);
    expect(before.position!.speedKmS).toBeCloseTo(
      Math.sqrt(398600.4418 / (EARTH_RADIUS_KM + before.position!.altitudeKm)),
      1,
    );
    expect(before.sunlight).toBe(
      before.shadowFraction! >= 0.999 ? 'umbra' : before.shadowFraction! > 0.001 ? 'penumbra' : 'sunlit',
    );
    await h.frame();
    await h.frame();
    const after = h.engine.getNode(before.id)!;
    expect(after.index).toBe(0);
    expect(after.budget).not.toBeNull();
    expect(after.budget!.stateOfCharge).toBeGreaterThan(0);
    expect(after.budget!.stateOfCharge).toBeLessThanOrEqual(1);
    expect(after.budget!.temperatureK).toBeGreaterThan(150);
    expect(h.engine.getNode('nope')).toBeNull();
    expect(h.engine.getNode(-1)).toBeNull();
  });

  it('route ends set and cleared through the API clear the route, its chart and its events together', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.starlink.build());
    h.engine.setRouteEnds({ station: 0 }, { station: 1 });
    await h.frame(300);
    await h.frame(300);
    expect(useApp.getState().routeFrom).toEqual({ station: 0 });
    h.engine.setRouteEnds(null, null);
    const s = useApp.getState();
    expect([s.routeFrom, s.routeTo, s.route, s.routeSeries, s.routeEvents]).toEqual([
      null,
      null,
      null,
      null,
      [],
    ]);
  });

  it('applies the scenario’s view on load, a caller’s view over it, and reports the view back', async () => {
    const sc = BUILTIN_SCENARIOS.starlink.build();
    const epoch = Date.parse(sc.epoch!);
    const meta = await h.engine.load({
      ...sc,
      view: {
        timeWarp: 600,
        time: '+01:30:00',
        colorMode: 'battery',
        layers: { links: false },
        selected: 'S1-P01-02',
        route: { from: { station: 'london' }, to: { station: 'New York' } },
      },
    });
    let v = h.engine.getView();
    expect(v).toMatchObject({
      timeMs: epoch + 5_400_000,
      warp: 600,
      colorMode: 'battery',
      selected: 'S1-P01-02',
      layers: { links: false, stations: true },
    });
    expect(v.route).toEqual({ from: { station: 'London' }, to: { station: 'New York' } });
    expect(useApp.getState().routeFrom).toEqual({
      station: meta.groundStations.findIndex((g) => g.name === 'London'),
    });
    // A share link's view wins over the scenario's.
    await h.engine.load(sc, {
      view: {
        timeMs: epoch + 60_000,
        warp: -10,
        playing: false,
        colorMode: 'temperature',
        selected: null,
        route: null,
      },
    });
    v = h.engine.getView();
    expect(v).toMatchObject({
      timeMs: epoch + 60_000,
      warp: -10,
      playing: false,
      colorMode: 'temperature',
      selected: null,
      route: null,
    });
    // Unknown names are reported and the rest still applies.
    h.events.length = 0;
    h.engine.applyView({
      selected: 'nope',
      route: { from: { station: 'Atlantis' }, to: { node: 'S1-P01-01' } },
      warp: 3600,
    });
    expect(h.engine.getView().warp).toBe(3600);
    expect(h.events.filter((e) => e.type === 'error').map((e) => (e as { message: string }).message)).toEqual(
      [
        'There is no satellite “nope” in this scenario.',
        'There is no ground station “Atlantis” in this scenario.',
      ],
    );
  });

  it('frames what a scenario is about once its first frame is drawn: a formation close up, stations’ region otherwise', async () => {
    await h.engine.load(BUILTIN_SCENARIOS.suncatcher.build());
    const before = cameraControl.version;
    h.engine.frameDrawn();
    expect(cameraControl.version).toBe(before + 1);
    const close = cameraControl.pending!.aim;
    expect(close.targetIndex).toBeGreaterThanOrEqual(0); // looks at the cluster, not Earth's centre
    expect(close.distanceRe).toBeGreaterThan(1.05);
    expect(close.distanceRe).toBeLessThan(1.3); // a few hundred km from the cluster, not 4.6 R⊕ away
    await h.engine.load(BUILTIN_SCENARIOS['beijing-dc'].build());
    h.engine.frameDrawn();
    const earth = cameraControl.pending!.aim;
    expect(earth.targetIndex).toBe(-1);
    expect(earth.distanceRe).toBe(0); // the whole Earth
    expect(earth.latDeg).toBeCloseTo(40.2, 0); // turned to Beijing and Miyun
    expect(earth.lonDeg).toBeCloseTo(116.6, 0);
  });

  it('the budget and link workers load and answer only after the first frame, so they never hold it back', async () => {
    const budget = new ScriptedClient();
    const link = new ScriptedClient();
    const e = new Engine({
      useWorker: false,
      clients: { core: h.client, budget, link },
      wallMs: () => 0,
      readySignal: () => {},
    });
    await e.load(BUILTIN_SCENARIOS.starlink.build());
    for (let f = 0; f < 5; f++) e.tick(e.clock.now());
    await settle();
    expect([budget.requests.length, link.requests.length]).toEqual([0, 0]);
    e.frameDrawn();
    e.tick(e.clock.now());
    await settle();
    expect(budget.requests.map((r) => r.type)).toEqual(['load', 'budgets']);
    expect(link.requests.map((r) => r.type)).toEqual(['load', 'links']);
    e.dispose();
  });
});
