/**
 * The year's energy for the Earth-burden panel through the engine (scripted client over the real
 * core): asked only while the panel is open, once per loaded scenario; burden-only edits reload
 * nothing and keep it, with undo and redo; invalid assumptions are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { onlyBurdenChanged } from './burdenSync';
import { ScriptedClient } from './testing/scriptedClient';
import { useApp } from '../state/store';
import type { EngineEvent } from './api';

const settle = async () => {
  for (let k = 0; k < 8; k++) await Promise.resolve();
};

const SCENARIO = {
  version: 1,
  name: 'four nodes',
  epoch: '2026-03-20T00:00:00Z',
  shells: [{ kind: 'sso', altitudeKm: 650, ltanHours: 6, planes: 1, satsPerPlane: 4 }],
};

function setup() {
  let wall = 1000;
  const client = new ScriptedClient();
  const engine = new Engine({
    useWorker: false,
    clients: { core: client },
    wallMs: () => wall,
    dateMs: () => Date.UTC(2026, 0, 1),
    readySignal: () => undefined,
  });
  const errors: EngineEvent[] = [];
  engine.on('error', (e) => errors.push(e));
  const frame = async () => {
    wall += 16;
    engine.tick(engine.clock.now());
    await settle();
  };
  return { engine, client, frame, errors };
}

describe('BurdenSync and burden edits', () => {
  let h: ReturnType<typeof setup>;
  beforeEach(() => {
    h = setup();
    useApp.getState().setBurdenOpen(false);
  });
  afterEach(() => {
    h.engine.dispose();
    useApp.getState().setBurdenOpen(false);
  });

  it('asks for the energy only while the panel is open, once per scenario', async () => {
    await h.engine.load(SCENARIO);
    h.engine.frameDrawn(); // budgets and their kin start after the first frame
    await h.frame();
    await h.frame();
    expect(h.client.count('burdenEnergy')).toBe(0);
    expect(useApp.getState().burdenEnergy).toBeNull();
    useApp.getState().setBurdenOpen(true);
    await h.frame();
    await h.frame();
    await h.frame();
    expect(h.client.count('burdenEnergy')).toBe(1);
    const e = useApp.getState().burdenEnergy;
    expect(e?.nodes).toBe(4);
    expect(e?.itPowerW).toBe(40_000);
    expect(e && 'seq' in e).toBe(false);
    // A different scenario: the old energy is dropped and asked for again.
    await h.engine.load({ ...SCENARIO, shells: [{ ...SCENARIO.shells[0], satsPerPlane: 6 }] });
    h.engine.frameDrawn(); // budgets and their kin start after the first frame
    expect(useApp.getState().burdenEnergy).toBeNull();
    await h.frame();
    expect(h.client.count('burdenEnergy')).toBe(2);
    expect(useApp.getState().burdenEnergy?.nodes).toBe(6);
  });

  it('an edit of the burden object alone reloads nothing, keeps the energy, and undoes and redoes', async () => {
    useApp.getState().setBurdenOpen(true);
    await h.engine.load(SCENARIO);
    h.engine.frameDrawn(); // budgets and their kin start after the first frame
    await h.frame();
    const energy = useApp.getState().burdenEnergy;
    expect(energy).not.toBeNull();
    const loads = h.client.count('load');
    const before = useApp.getState().scenario as Record<string, unknown>;
    const next = { ...before, burden: { preset: 'critics', pue: 1.3 } };
    await h.engine.apply(next);
    expect(h.client.count('load')).toBe(loads);
    expect(useApp.getState().scenario).toBe(next);
    expect(useApp.getState().history.past.at(-1)).toBe(before);
    expect(useApp.getState().burdenEnergy).toBe(energy);
    await h.engine.undo();
    expect(useApp.getState().scenario).toBe(before);
    expect(useApp.getState().history.future[0]).toBe(next);
    await h.engine.redo();
    expect(useApp.getState().scenario).toBe(next);
    expect(h.client.count('load')).toBe(loads);
    await h.frame();
    expect(h.client.count('burdenEnergy')).toBe(1);
  });

  it('refuses invalid assumptions with every problem; the scenario stays', async () => {
    await h.engine.load(SCENARIO);
    h.engine.frameDrawn(); // budgets and their kin start after the first frame
    const before = useApp.getState().scenario as Record<string, unknown>;
    await expect(h.engine.apply({ ...before, burden: { pue: 9, lifetimeYears: -1 } })).rejects.toThrow(
      /not valid/,
    );
    expect(useApp.getState().scenario).toBe(before);
    const err = h.errors.at(-1) as { issues: string[] };
    expect(err.issues).toEqual([
      'burden.pue: must be between 1 and 3, got 9',
      'burden.lifetimeYears: must be between 0.1 and 50 years, got -1',
    ]);
  });
});

describe('onlyBurdenChanged', () => {
  const shells = [{ kind: 'sso' }];
  const a = { version: 1, shells, burden: { pue: 1.2 } };
  it('is true when every other key is the same value', () => {
    expect(onlyBurdenChanged(a, { ...a, burden: { pue: 1.3 } })).toBe(true);
    expect(onlyBurdenChanged({ version: 1, shells }, { version: 1, shells, burden: {} })).toBe(true);
    expect(onlyBurdenChanged(a, { version: 1, shells })).toBe(true);
  });
  it('is false when anything else changed, or for copies and non-objects', () => {
    expect(onlyBurdenChanged(a, { ...a, shells: [{ kind: 'sso' }] })).toBe(false);
    expect(onlyBurdenChanged(a, { ...a, name: 'x' })).toBe(false);
    expect(onlyBurdenChanged(a, structuredClone(a))).toBe(false);
    expect(onlyBurdenChanged(null, a)).toBe(false);
    expect(onlyBurdenChanged([a], [a])).toBe(false);
  });
});
