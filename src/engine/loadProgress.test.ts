/**
 * Load progress: the tracker only moves forward and marks each stage; the engine reports the stages
 * of a load in order (building → first frame → ready; element sets pass through propagating).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectedSatellites,
  latestLoadProgress,
  subscribeLoadProgress,
  LOAD_STAGES,
  LoadProgressTracker,
  STAGE_FRACTION,
  type LoadProgress,
} from './loadProgress';
import { Engine } from './engine';
import { ScriptedClient } from './testing/scriptedClient';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';

const settle = async () => {
  for (let k = 0; k < 6; k++) await Promise.resolve();
};

describe('LoadProgressTracker', () => {
  it('moves forward only, restarts on a new load, and leaves a Performance mark per stage', () => {
    const seen: LoadProgress[] = [];
    const tr = new LoadProgressTracker((p) => seen.push(p));
    performance.clearMarks();
    tr.start('workers', 1000);
    expect(tr.set('building', 1000)).toBe(true);
    expect(tr.set('workers', 1000)).toBe(false); // a late `booted` does not move the bar back
    expect(tr.set('building', 1000)).toBe(false);
    expect(tr.set('ready', 1000)).toBe(true);
    tr.start('building', 5);
    expect(seen.map((p) => p.stage)).toEqual(['workers', 'building', 'ready', 'building']);
    expect(seen.map((p) => p.fraction)).toEqual([0.05, 0.15, 1, 0.15]);
    expect(tr.progress).toEqual({ stage: 'building', fraction: 0.15, count: 5 });
    expect(performance.getEntriesByName('load:building', 'mark')).toHaveLength(2);
    expect(latestLoadProgress()).toBe(tr.progress);
  });

  it('publishes every change to subscribers (the overlay’s bar)', () => {
    let calls = 0;
    const off = subscribeLoadProgress(() => calls++);
    const tr = new LoadProgressTracker(() => {});
    tr.start('building', 10);
    tr.set('firstFrame', 10);
    tr.set('building', 10); // refused: no call
    off();
    tr.set('ready', 10);
    expect(calls).toBe(2);
    expect(latestLoadProgress()?.stage).toBe('ready');
  });

  it('fractions grow with the stages and end at 1', () => {
    const f = LOAD_STAGES.map((s) => STAGE_FRACTION[s]);
    for (let i = 1; i < f.length; i++) expect(f[i]).toBeGreaterThan(f[i - 1]);
    expect(f.at(-1)).toBe(1);
  });

  it('counts the satellites of generated shells before the core answers, null when it cannot', () => {
    expect(expectedSatellites(BUILTIN_SCENARIOS['spacex-1m'].build())).toBe(1_000_000);
    expect(
      expectedSatellites({ shells: [{ planes: 10, satsPerPlane: 20 }, { count: 5 }, { text: 'x' }] }),
    ).toBe(205);
    expect(expectedSatellites({ shells: [{ kind: 'tle', text: '…' }] })).toBeNull();
    expect(expectedSatellites(null)).toBeNull();
    expect(expectedSatellites('nonsense')).toBeNull();
  });
});

describe('Engine progress events', () => {
  let engine: Engine | null = null;
  afterEach(() => engine?.dispose());

  function setup() {
    let wall = 1000;
    engine = new Engine({
      useWorker: false,
      clients: { core: new ScriptedClient() },
      wallMs: () => wall,
      dateMs: () => Date.UTC(2026, 0, 1),
      readySignal: () => {},
    });
    const stages: [string, number | null][] = [];
    engine.on('progress', (e) => stages.push([e.stage, e.count]));
    const e = engine;
    const frame = async () => {
      wall += 16;
      e.tick(e.clock.now());
      await settle();
    };
    return { engine: e, stages, frame };
  }

  it('a generated scenario: building N satellites → first frame → ready', async () => {
    const h = setup();
    await h.engine.load(BUILTIN_SCENARIOS['three-body'].build());
    expect(h.engine.loadProgress?.stage).toBe('firstFrame');
    h.engine.frameDrawn();
    expect(h.stages).toEqual([
      ['building', 1596],
      ['firstFrame', 1596],
      ['ready', 1596],
    ]);
  });

  it('element sets: propagating until the keyframes are there, then first frame', async () => {
    const h = setup();
    const meta = await h.engine.load(BUILTIN_SCENARIOS['vallado-00005'].build());
    expect(meta.sgp4Count).toBeGreaterThan(0);
    expect(h.stages[1]).toEqual(['propagating', meta.sgp4Count]);
    for (let k = 0; k < 5 && !h.engine.drawable; k++) await h.frame();
    expect(h.engine.drawable).toBe(true);
    // The keyframe window's arrival, not a drawn frame, moves the bar to "first frame".
    expect(h.stages.at(-1)).toEqual(['firstFrame', meta.total]);
    h.engine.frameDrawn();
    expect(h.stages.map((s) => s[0])).toEqual(['building', 'propagating', 'firstFrame', 'ready']);
  });

  it('a quiet edit reports no progress', async () => {
    const h = setup();
    await h.engine.load(BUILTIN_SCENARIOS['three-body'].build());
    h.engine.frameDrawn();
    const n = h.stages.length;
    await h.engine.load(BUILTIN_SCENARIOS['three-body'].build(), { quiet: true });
    expect(h.stages.length).toBe(n);
  });
});
