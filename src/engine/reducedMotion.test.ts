/**
 * Reduced motion (issue 13): with `prefers-reduced-motion: reduce` the clock starts paused and a
 * scenario's own `playing: true` does not start it; without it the clock starts at 60× playing.
 * The preference is injected (EngineOptions.reducedMotion), so no media query is needed here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { ScriptedClient } from './testing/scriptedClient';
import { BUILTIN_SCENARIOS } from '../scenario/builtins';

const engines: Engine[] = [];
function make(reducedMotion: boolean): Engine {
  const engine = new Engine({
    useWorker: false,
    clients: { core: new ScriptedClient() },
    wallMs: () => 1000,
    dateMs: () => Date.UTC(2026, 0, 1),
    readySignal: () => {},
    reducedMotion: () => reducedMotion,
  });
  engines.push(engine);
  return engine;
}
afterEach(() => {
  for (const e of engines.splice(0)) e.dispose();
});

/** A built-in scenario whose own view asks to play. */
function playingScenario(): unknown {
  const s = BUILTIN_SCENARIOS['three-body'].build() as { view?: Record<string, unknown> };
  return { ...s, view: { ...(s.view ?? {}), playing: true } };
}

describe('Engine and reduced motion', () => {
  it('without the preference the clock starts playing at 60×, and a scenario asking to play plays', async () => {
    const engine = make(false);
    expect(engine.clock.playing).toBe(true);
    expect(engine.clock.warp).toBe(60);
    await engine.load(playingScenario());
    expect(engine.clock.playing).toBe(true);
  });

  it('with it the clock starts paused and loading a scenario that asks to play does not start it', async () => {
    const engine = make(true);
    expect(engine.clock.playing).toBe(false);
    await engine.load(playingScenario());
    expect(engine.clock.playing).toBe(false);
    // The reader can still press play.
    engine.play();
    expect(engine.clock.playing).toBe(true);
  });
});
