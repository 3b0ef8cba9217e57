import { describe, expect, it, vi } from 'vitest';
import type { EngineEvent, EngineState, NodeReport } from '../../engine/api';
import {
  MAX_MESSAGE_CHARS,
  MAX_MESSAGE_DEPTH,
  MAX_MESSAGE_VALUES,
  eventMessage,
  messageShapeProblem,
  parseEmbedMessage,
  runEmbedRequest,
  type BridgeEngine,
  type EmbedRequest,
} from './bridge';
import { installEmbedBridge, type BridgeWindow } from './bridgeWindow';

const NODE: NodeReport = {
  index: 5,
  id: 'S1-P1-06',
  name: 'Cluster 1-6',
  shell: 'Cluster',
  position: { latDeg: 1, lonDeg: 2, altitudeKm: 650, speedKmS: 7.5 },
  sunlight: 'sunlit',
  shadowFraction: 0,
  budget: { tMs: 0, stateOfCharge: 0.9, temperatureK: 290, computeAvailable: 1, powerMarginW: 100 },
};

/** A scripted engine: records calls, knows one satellite (index 5, id S1-P1-06). */
function fakeEngine() {
  const calls: string[] = [];
  const listeners = new Map<string, ((e: EngineEvent) => void)[]>();
  let simMs = 0;
  const engine: BridgeEngine = {
    load: vi.fn(async (json: unknown) => {
      calls.push('load');
      if ((json as { bad?: boolean }).bad) throw new Error('Invalid scenario\nshells[0]: required');
      return { name: 'Loaded', total: 3 } as never;
    }),
    play: () => void calls.push('play'),
    pause: () => void calls.push('pause'),
    seek: (t) => {
      calls.push(`seek ${t}`);
      simMs = t as number;
      return true;
    },
    setWarp: (w) => (calls.push(`warp ${w}`), true),
    select: (ref) => (calls.push(`select ${ref}`), ref === null ? null : 5),
    getState: () =>
      ({
        scenario: 'S',
        simMs,
        timeUtc: new Date(simMs).toISOString(),
        warp: 60,
        playing: true,
        selected: null,
        nodes: 81,
        totals: null,
      }) as unknown as EngineState,
    getNode: (ref) => (ref === 5 || ref === 'S1-P1-06' ? NODE : null),
    on: (type, fn) => {
      const list = listeners.get(type) ?? [];
      list.push(fn as (e: EngineEvent) => void);
      listeners.set(type, list);
      return () =>
        listeners.set(
          type,
          (listeners.get(type) ?? []).filter((f) => f !== fn),
        );
    },
  };
  const emit = (e: EngineEvent) => (listeners.get(e.type) ?? []).forEach((f) => f(e));
  return { engine, calls, emit, listeners };
}

const builtin = (id: string) => (id === 'three-body' ? { name: 'Three-Body' } : null);

/** Parses and asserts the message was refused; returns the error text. */
function refused(data: unknown): string {
  const p = parseEmbedMessage(data);
  expect(p.ok).toBe(false);
  if (p.ok) throw new Error('accepted');
  expect(p.error.type).toBe('error');
  return p.error.message;
}

describe('parseEmbedMessage: hostile and malformed messages get an error naming the problem', () => {
  it('refuses non-objects', () => {
    expect(refused('<script>alert(1)</script>')).toMatch(
      /must be an object .* got “<script>alert\(1\)<\/script>”/,
    );
    expect(refused(42)).toMatch(/got 42/);
    expect(refused(null)).toMatch(/got null/);
    expect(refused([{ type: 'play' }])).toMatch(/got a list of 1/);
    expect(refused(undefined)).toMatch(/got undefined/);
  });

  it('refuses unknown or missing types and keeps the id', () => {
    const p = parseEmbedMessage({ type: 'eval', id: 'r1', code: 'alert(1)' });
    expect(p).toEqual({
      ok: false,
      error: {
        type: 'error',
        id: 'r1',
        request: null,
        message:
          'Unknown message type “eval”; expected one of load, play, pause, seek, setWarp, select, getState, getNode.',
      },
    });
    expect(refused({ id: 7 })).toMatch(/Unknown message type \(none\)/);
    expect(refused({ type: 'toString' })).toMatch(/Unknown message type “toString”/);
    expect(refused({ type: 'hasOwnProperty' })).toMatch(/Unknown message type/);
    expect(refused({ type: { toString: 'play' } })).toMatch(/Unknown message type an object/);
  });

  it('refuses bad ids', () => {
    const p = parseEmbedMessage({ type: 'play', id: { x: 1 } });
    expect(p.ok || p.error.id).toBe(null);
    expect(refused({ type: 'play', id: 'x'.repeat(101) })).toMatch(/“id” must be a string of at most 100/);
    expect(refused({ type: 'play', id: Number.NaN })).toMatch(/“id” must be/);
  });

  it('refuses fields a type does not take', () => {
    expect(refused({ type: 'play', speed: 2 })).toBe('Unknown field “speed” in “play”; it takes no fields.');
    expect(refused({ type: 'seek', timeUtc: '2026-01-01T00:00:00Z', onload: 'alert(1)' })).toMatch(
      /Unknown field “onload” in “seek”; expected timeUtc/,
    );
  });

  it('refuses wrong field shapes', () => {
    expect(refused({ type: 'seek' })).toMatch(/“timeUtc” must be an ISO 8601 time .* got undefined/);
    expect(refused({ type: 'seek', timeUtc: 'yesterday' })).toMatch(/got “yesterday”/);
    expect(refused({ type: 'seek', timeUtc: '2025-02-30T00:00:00Z' })).toMatch(/timeUtc/);
    expect(refused({ type: 'seek', timeUtc: '2026-01-01T00:00:00' })).toMatch(/with a zone/); // no zone
    expect(refused({ type: 'seek', timeUtc: 'javascript:alert(1)' })).toMatch(/got “javascript:alert\(1\)”/);
    expect(refused({ type: 'seek', timeUtc: 1e300 })).toMatch(/timeUtc/);
    expect(refused({ type: 'seek', timeUtc: ['2026-01-01T00:00:00Z'] })).toMatch(/got a list of 1/);
    expect(refused({ type: 'setWarp', warp: '600' })).toMatch(/“warp” must be a number .* got “600”/);
    expect(refused({ type: 'setWarp', warp: Infinity })).toMatch(/got Infinity/);
    expect(refused({ type: 'setWarp', warp: 2e6 })).toMatch(/got 2000000/);
    expect(refused({ type: 'select', nodeId: '' })).toMatch(
      /“nodeId” must be a satellite id .* or null to clear, got “”/,
    );
    expect(refused({ type: 'select', nodeId: -1 })).toMatch(/got -1/);
    expect(refused({ type: 'getNode', nodeId: 1.5 })).toMatch(/got 1.5/);
    expect(refused({ type: 'getNode', nodeId: null })).toMatch(/got null/);
    expect(refused({ type: 'getNode', nodeId: 'x'.repeat(201) })).toMatch(/nodeId/);
    expect(refused({ type: 'load', scenario: 12 })).toMatch(
      /“scenario” must be a built-in scenario id or a scenario object/,
    );
    expect(refused({ type: 'load', scenario: [] })).toMatch(/got a list of 0/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const top = JSON.parse('{"type":"play","__proto__":{"polluted":true}}') as unknown;
    expect(refused(top)).toBe('Refused: message has the key “__proto__”, which is not allowed.');
    const deep = JSON.parse(
      '{"type":"load","scenario":{"shells":[{"constructor":{"prototype":{"polluted":true}}}]}}',
    ) as unknown;
    expect(refused(deep)).toBe(
      'Refused: message.scenario.shells[0] has the key “constructor”, which is not allowed.',
    );
    expect(refused({ type: 'load', scenario: { prototype: 1 } })).toMatch(/“prototype”/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses values that are not JSON (structured clone can carry them)', () => {
    expect(refused({ type: 'load', scenario: { epoch: new Date(0) } })).toMatch(
      /message.scenario.epoch is a Date; only JSON values/,
    );
    expect(refused({ type: 'load', scenario: { m: new Map() } })).toMatch(/is a Map/);
    expect(refused({ type: 'load', scenario: { b: new Uint8Array(4) } })).toMatch(/is a Uint8Array/);
    expect(refused({ type: 'seek', timeUtc: 10n })).toMatch(/is bigint/);
    class Evil {
      toString() {
        throw new Error('executed');
      }
    }
    expect(refused({ type: 'load', scenario: { x: new Evil() } })).toMatch(/is a Object; only JSON values/);
  });

  it('refuses huge messages quickly', () => {
    let nested: unknown = {};
    for (let i = 0; i < MAX_MESSAGE_DEPTH + 5; i++) nested = { a: nested };
    const manyKeys: Record<string, number> = {};
    for (let i = 0; i < 600_000; i++) manyKeys[`k${i}`] = i;
    const cases: [unknown, RegExp][] = [
      [
        { type: 'load', scenario: { name: 'x'.repeat(MAX_MESSAGE_CHARS + 1) } },
        /larger than 4,000,000 characters/,
      ],
      [
        { type: 'load', scenario: { shells: new Array(MAX_MESSAGE_VALUES + 1).fill(0) } },
        /has 500,001 items/,
      ],
      [{ type: 'load', scenario: nested }, /nested more than 64 levels/],
      [{ type: 'load', scenario: manyKeys }, /more than 500,000 values|larger than/],
      [{ type: 'play', id: 'x'.repeat(MAX_MESSAGE_CHARS) }, /larger than/],
    ];
    for (const [data, want] of cases) {
      const t0 = performance.now();
      expect(refused(data)).toMatch(want);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });

  it('accepts a 100,000-item list inside a scenario (the worker validates it) and shortens quoted values', () => {
    expect(
      messageShapeProblem({ type: 'load', scenario: { shells: new Array(100_000).fill(1) } }),
    ).toBeNull();
    expect(refused({ type: 'select', nodeId: { length: 1 } })).toMatch(/got an object/);
    const long = refused({ type: 'seek', timeUtc: `<img src=x onerror=alert(1)>${'y'.repeat(100)}` });
    expect(long).toContain('“<img src=x onerror=alert(1)>yyyyyyyyyyyy…”');
  });

  it('accepts each well-formed request', () => {
    const ok = (d: unknown) => {
      const p = parseEmbedMessage(d);
      if (!p.ok) throw new Error(p.error.message);
      return p.request;
    };
    expect(ok({ type: 'play', id: 1 })).toEqual({ type: 'play', id: 1 });
    expect(ok({ type: 'pause' })).toEqual({ type: 'pause', id: null });
    expect(ok({ type: 'seek', id: 'a', timeUtc: '2026-06-21T12:00:00Z' })).toEqual({
      type: 'seek',
      id: 'a',
      timeMs: Date.UTC(2026, 5, 21, 12),
    });
    expect(ok({ type: 'seek', timeUtc: '2026-06-21T20:00:00+08:00' })).toMatchObject({
      timeMs: Date.UTC(2026, 5, 21, 12),
    });
    expect(ok({ type: 'seek', timeUtc: 1000 })).toMatchObject({ timeMs: 1000 });
    expect(ok({ type: 'setWarp', warp: -600 })).toMatchObject({ warp: -600 });
    expect(ok({ type: 'select', nodeId: 'S1-P1-06' })).toMatchObject({ nodeId: 'S1-P1-06' });
    expect(ok({ type: 'select', nodeId: null })).toMatchObject({ nodeId: null });
    expect(ok({ type: 'getNode', nodeId: 0 })).toMatchObject({ nodeId: 0 });
    expect(ok({ type: 'load', scenario: 'three-body' })).toMatchObject({ scenario: 'three-body' });
    expect(ok({ type: 'load', scenario: { version: 1 } })).toMatchObject({ scenario: { version: 1 } });
    expect(ok(Object.assign(Object.create(null) as object, { type: 'getState' }))).toMatchObject({
      type: 'getState',
    });
  });
});

describe('runEmbedRequest: checked requests become Engine API calls with replies carrying the id', () => {
  const run = async (data: unknown, f = fakeEngine()) => {
    const p = parseEmbedMessage(data);
    if (!p.ok) throw new Error(p.error.message);
    return { reply: await runEmbedRequest(f.engine, p.request as EmbedRequest, builtin), calls: f.calls };
  };

  it('seek, setWarp, play, pause, getState', async () => {
    expect(await run({ type: 'seek', id: 's', timeUtc: '2026-06-21T12:00:00Z' })).toEqual({
      reply: {
        type: 'reply',
        id: 's',
        request: 'seek',
        result: { timeUtc: '2026-06-21T12:00:00.000Z', simMs: Date.UTC(2026, 5, 21, 12) },
      },
      calls: [`seek ${Date.UTC(2026, 5, 21, 12)}`],
    });
    expect((await run({ type: 'setWarp', id: 2, warp: 600 })).reply).toEqual({
      type: 'reply',
      id: 2,
      request: 'setWarp',
      result: { warp: 600 },
    });
    expect((await run({ type: 'play' })).calls).toEqual(['play']);
    expect((await run({ type: 'pause', id: 'p' })).reply).toEqual({
      type: 'reply',
      id: 'p',
      request: 'pause',
      result: { playing: false },
    });
    const st = (await run({ type: 'getState', id: 'g' })).reply as { result: Record<string, unknown> };
    expect(Object.keys(st.result).sort()).toEqual([
      'nodes',
      'playing',
      'scenario',
      'selected',
      'simMs',
      'timeUtc',
      'totals',
      'warp',
    ]);
  });

  it('select and getNode: known ids answer, unknown ids get an error reply and select nothing', async () => {
    expect(await run({ type: 'select', id: 1, nodeId: 'S1-P1-06' })).toEqual({
      reply: { type: 'reply', id: 1, request: 'select', result: { index: 5, nodeId: 'S1-P1-06' } },
      calls: ['select 5'],
    });
    const bad = await run({ type: 'select', id: 2, nodeId: '<b onmouseover=alert(1)>x</b>' });
    expect(bad).toEqual({
      reply: {
        type: 'error',
        id: 2,
        request: 'select',
        message: 'No satellite “<b onmouseover=alert(1)>x</b>” in this scenario.',
      },
      calls: [],
    });
    expect((await run({ type: 'select', nodeId: null })).calls).toEqual(['select null']);
    expect((await run({ type: 'getNode', id: 'n', nodeId: 5 })).reply).toEqual({
      type: 'reply',
      id: 'n',
      request: 'getNode',
      result: NODE,
    });
    expect((await run({ type: 'getNode', id: 'n', nodeId: 99 })).reply).toMatchObject({
      type: 'error',
      id: 'n',
      message: 'No satellite 99 in this scenario.',
    });
  });

  it('load: built-in ids (own ids only), objects, and refused scenarios', async () => {
    expect((await run({ type: 'load', id: 'l', scenario: 'three-body' })).reply).toEqual({
      type: 'reply',
      id: 'l',
      request: 'load',
      result: { scenario: 'Loaded', nodes: 3 },
    });
    const f = fakeEngine();
    expect((await run({ type: 'load', id: 'l', scenario: 'toString' }, f)).reply).toMatchObject({
      type: 'error',
      message: 'There is no built-in scenario called “toString”.',
    });
    expect(f.calls).toEqual([]);
    expect((await run({ type: 'load', id: 'l', scenario: { bad: true } })).reply).toMatchObject({
      type: 'error',
      id: 'l',
      message: 'The scenario was not loaded (the one shown stays): Invalid scenario\nshells[0]: required',
    });
  });

  it('events keep only their documented fields', () => {
    expect(eventMessage({ type: 'select', index: 5, nodeId: 'a' })).toEqual({
      type: 'select',
      index: 5,
      nodeId: 'a',
    });
    expect(
      eventMessage({ type: 'error', message: 'm'.repeat(3000), issues: new Array(30).fill('i') }),
    ).toMatchObject({ type: 'error', issues: new Array(20).fill('i') });
  });
});

describe('installEmbedBridge', () => {
  function frame(framed = true) {
    const posted: { msg: unknown; origin: string }[] = [];
    const parent = { postMessage: (msg: unknown, origin: string) => posted.push({ msg, origin }) };
    let handler: ((e: MessageEvent) => void) | null = null;
    const win: BridgeWindow = {
      parent: framed ? parent : null,
      addEventListener: (_t, fn) => (handler = fn),
      removeEventListener: () => (handler = null),
    };
    if (!framed) (win as { parent: unknown }).parent = win;
    const send = (data: unknown, source: unknown = parent, origin = 'https://news.example') =>
      handler?.({ data, source, origin } as MessageEvent);
    return { win, parent, posted, send, handler: () => handler };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('answers the parent at its origin and ignores every other window', async () => {
    const f = fakeEngine();
    const w = frame();
    installEmbedBridge(f.engine, builtin, w.win);
    w.send({ type: 'pause', id: 1 });
    w.send({ type: 'play', id: 2 }, {}, 'https://evil.example'); // another window: no reply, no call
    w.send({ type: 'play', id: 3 }, null, 'https://news.example'); // no source (e.g. a worker)
    w.send('junk');
    await flush();
    expect(f.calls).toEqual(['pause']);
    expect(w.posted).toEqual([
      // The refusal is posted at once; a request's reply after its (asynchronous) call.
      {
        msg: {
          type: 'error',
          id: null,
          request: null,
          message: 'A message must be an object { type, id?, … }, got “junk”.',
        },
        origin: 'https://news.example',
      },
      {
        msg: { type: 'reply', id: 1, request: 'pause', result: { playing: false } },
        origin: 'https://news.example',
      },
    ]);
  });

  it('forwards engine events, to * before the host spoke and to its origin after; opaque origins get *', async () => {
    const f = fakeEngine();
    const w = frame();
    const stop = installEmbedBridge(f.engine, builtin, w.win);
    f.emit({ type: 'ready', scenario: 'S', nodes: 81, timeUtc: 'T' });
    w.send({ type: 'getState', id: 'x' }, w.parent, 'https://host.example');
    await flush();
    f.emit({ type: 'timechange', simMs: 1, timeUtc: 'T', warp: 60, playing: true });
    w.send({ type: 'pause' }, w.parent, 'null');
    await flush();
    expect(w.posted.map((p) => [(p.msg as { type: string }).type, p.origin])).toEqual([
      ['ready', '*'],
      ['reply', 'https://host.example'],
      ['timechange', 'https://host.example'],
      ['reply', '*'],
    ]);
    stop();
    f.emit({ type: 'select', index: null, nodeId: null });
    expect(w.posted).toHaveLength(4);
    expect(w.handler()).toBeNull();
  });

  it('does nothing outside a frame', () => {
    const f = fakeEngine();
    const w = frame(false);
    installEmbedBridge(f.engine, builtin, w.win);
    expect(w.handler()).toBeNull();
    expect(f.listeners.size).toBe(0);
  });
});
