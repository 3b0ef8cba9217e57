/**
 * The embed's postMessage API (docs/embed.md), without the DOM: every message a host page sends is
 * checked by hand here — a plain JSON-like object, of bounded size and depth, with no `__proto__`,
 * `constructor` or `prototype` key anywhere, of a known `type` with exactly that type's fields — and
 * only then turned into a call of the Engine API (docs/engine-api.md). Nothing received is ever
 * executed or rendered as HTML; strings are only compared, parsed as times or looked up as ids.
 * Every request gets one reply with the same `id`: `{ type: 'reply', id, request, result }`, or
 * `{ type: 'error', id, request, message }` naming the problem. The DOM wiring is in
 * `bridgeWindow.ts`.
 */
import { MAX_WARP, type EngineApi, type EngineEvent, type NodeRef } from '../../engine/api';
import { parseIsoUtc } from '../../scenario/time';

/** The requests a host may send. */
export const EMBED_REQUEST_TYPES = [
  'load',
  'play',
  'pause',
  'seek',
  'setWarp',
  'select',
  'getState',
  'getNode',
] as const;
export type EmbedRequestType = (typeof EMBED_REQUEST_TYPES)[number];

/** Fields each request may carry besides `type` and `id`. */
const FIELDS: Record<EmbedRequestType, readonly string[]> = {
  load: ['scenario'],
  play: [],
  pause: [],
  seek: ['timeUtc'],
  setWarp: ['warp'],
  select: ['nodeId'],
  getState: [],
  getNode: ['nodeId'],
};

/** Largest message, as characters of its JSON form (estimated while walking it): 4,000,000. */
export const MAX_MESSAGE_CHARS = 4_000_000;
/** Deepest nesting of objects and arrays in a message. */
export const MAX_MESSAGE_DEPTH = 64;
/** Most values (objects, arrays, strings, numbers, …) in one message. */
export const MAX_MESSAGE_VALUES = 500_000;
/** Longest `id` string a request may carry (numbers are accepted too). */
export const MAX_ID_CHARS = 100;
/** Longest satellite id or built-in scenario id. */
const MAX_NAME_CHARS = 200;
/** Keys that are refused anywhere in a message (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A request's `id`, echoed in its reply (null when the request had none or it could not be read). */
export type EmbedId = string | number | null;

/** A request that passed every check. */
export type EmbedRequest =
  | { type: 'load'; id: EmbedId; scenario: string | Record<string, unknown> }
  | { type: 'play' | 'pause' | 'getState'; id: EmbedId }
  | { type: 'seek'; id: EmbedId; timeMs: number }
  | { type: 'setWarp'; id: EmbedId; warp: number }
  | { type: 'select'; id: EmbedId; nodeId: NodeRef | null }
  | { type: 'getNode'; id: EmbedId; nodeId: NodeRef };

/** What the embed posts to its host: a reply, an error (a reply with `id`, or an event without), or an event. */
export type EmbedOutgoing =
  | { type: 'reply'; id: EmbedId; request: EmbedRequestType; result: unknown }
  | { type: 'error'; id: EmbedId; request: string | null; message: string }
  | { type: 'error'; message: string; issues: string[] }
  | { type: 'ready'; scenario: string; nodes: number; timeUtc: string }
  | { type: 'timechange'; simMs: number; timeUtc: string; warp: number; playing: boolean }
  | { type: 'select'; index: number | null; nodeId: string | null };

export type ParsedMessage =
  | { ok: true; request: EmbedRequest }
  | { ok: false; error: Extract<EmbedOutgoing, { type: 'error'; id: EmbedId }> };

/** A plain object (not an array, Date, Map, class instance, …). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A value in a message, shortened and quoted for an error text (at most 40 characters of it, control characters as "?"). */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    // eslint-disable-next-line no-control-regex
    const s = (v.length > 40 ? `${v.slice(0, 40)}…` : v).replace(/[\u0000-\u001f\u007f]/g, '?');
    return `“${s}”`;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object')
    return isPlainObject(v) ? 'an object' : `a ${Object.prototype.toString.call(v).slice(8, -1)}`;
  return typeof v;
}

/**
 * Walks a received value once: only JSON-like values (plain objects and arrays, strings, numbers,
 * booleans, null), at most {@link MAX_MESSAGE_DEPTH} deep, {@link MAX_MESSAGE_VALUES} values and
 * about {@link MAX_MESSAGE_CHARS} characters, and no forbidden key. Returns the first problem, or null.
 * Stops as soon as a limit is passed, so a huge message costs no more than the limit.
 */
export function messageShapeProblem(data: unknown): string | null {
  let values = 0;
  let chars = 0;
  // Paths are built only for the message that names one (a 100,000-item list costs no strings).
  type Entry = { v: unknown; depth: number; up: Entry | null; key: string | number };
  const pathOf = (e: Entry): string => {
    const parts: string[] = [];
    for (let x: Entry | null = e; x && x.up; x = x.up)
      parts.push(
        typeof x.key === 'number' ? `[${x.key}]` : `.${x.key.length > 40 ? `${x.key.slice(0, 40)}…` : x.key}`,
      );
    return `message${parts.reverse().join('')}`;
  };
  const stack: Entry[] = [{ v: data, depth: 0, up: null, key: '' }];
  while (stack.length) {
    const e = stack.pop()!;
    const v = e.v;
    if (++values > MAX_MESSAGE_VALUES)
      return `the message has more than ${MAX_MESSAGE_VALUES.toLocaleString('en-US')} values`;
    if (e.depth > MAX_MESSAGE_DEPTH)
      return `the message is nested more than ${MAX_MESSAGE_DEPTH} levels deep`;
    if (typeof v === 'string') chars += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) chars += 8;
    else if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) return `${pathOf(e)} is not a plain list`;
      if (v.length > MAX_MESSAGE_VALUES)
        return `${pathOf(e)} has ${v.length.toLocaleString('en-US')} items; at most ${MAX_MESSAGE_VALUES.toLocaleString('en-US')} values are allowed`;
      chars += 2 + v.length;
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: e.depth + 1, up: e, key: i });
    } else if (isPlainObject(v)) {
      chars += 2;
      for (const k in v) {
        if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
        if (FORBIDDEN_KEYS.has(k)) return `${pathOf(e)} has the key “${k}”, which is not allowed`;
        chars += k.length + 4;
        if (chars > MAX_MESSAGE_CHARS || values + stack.length > MAX_MESSAGE_VALUES) break;
        stack.push({ v: v[k], depth: e.depth + 1, up: e, key: k });
      }
    } else
      return `${pathOf(e)} is ${describeValue(v)}; only JSON values (objects, lists, strings, numbers, true/false, null) are allowed`;
    if (chars > MAX_MESSAGE_CHARS)
      return `the message is larger than ${MAX_MESSAGE_CHARS.toLocaleString('en-US')} characters`;
    if (values + stack.length > MAX_MESSAGE_VALUES)
      return `the message has more than ${MAX_MESSAGE_VALUES.toLocaleString('en-US')} values`;
  }
  return null;
}

const isRequestType = (t: unknown): t is EmbedRequestType =>
  typeof t === 'string' && (EMBED_REQUEST_TYPES as readonly string[]).includes(t);

/** A node reference: a satellite id (1–200 characters) or a global index (integer ≥ 0). */
function nodeRef(v: unknown): NodeRef | undefined {
  if (typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME_CHARS) return v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) return v;
  return undefined;
}

/**
 * Checks one received message. Returns the request, or the `error` reply naming the first problem
 * (with the message's `id` when that could be read).
 */
export function parseEmbedMessage(data: unknown): ParsedMessage {
  const fail = (id: EmbedId, request: string | null, message: string): ParsedMessage => ({
    ok: false,
    error: { type: 'error', id, request, message },
  });
  if (!isPlainObject(data))
    return fail(null, null, `A message must be an object { type, id?, … }, got ${describeValue(data)}.`);
  const shape = messageShapeProblem(data);
  if (shape) {
    const rawId = data.id;
    const id =
      (typeof rawId === 'string' && rawId.length <= MAX_ID_CHARS) ||
      (typeof rawId === 'number' && Number.isFinite(rawId))
        ? rawId
        : null;
    return fail(id, isRequestType(data.type) ? data.type : null, `Refused: ${shape}.`);
  }
  let id: EmbedId = null;
  if (data.id !== undefined) {
    if (
      (typeof data.id === 'string' && data.id.length <= MAX_ID_CHARS) ||
      (typeof data.id === 'number' && Number.isFinite(data.id))
    )
      id = data.id;
    else
      return fail(
        null,
        isRequestType(data.type) ? data.type : null,
        `“id” must be a string of at most ${MAX_ID_CHARS} characters or a number, got ${describeValue(data.id)}.`,
      );
  }
  const type = data.type;
  if (!isRequestType(type))
    return fail(
      id,
      null,
      `Unknown message type ${type === undefined ? '(none)' : describeValue(type)}; expected one of ${EMBED_REQUEST_TYPES.join(', ')}.`,
    );
  const allowed = FIELDS[type];
  for (const k of Object.keys(data)) {
    if (k !== 'type' && k !== 'id' && !allowed.includes(k))
      return fail(
        id,
        type,
        `Unknown field ${describeValue(k)} in “${type}”; ${allowed.length ? `expected ${allowed.join(', ')}` : 'it takes no fields'}.`,
      );
  }
  switch (type) {
    case 'load': {
      const s = data.scenario;
      if (typeof s === 'string' && s.length > 0 && s.length <= MAX_NAME_CHARS)
        return { ok: true, request: { type, id, scenario: s } };
      if (isPlainObject(s)) return { ok: true, request: { type, id, scenario: s } };
      return fail(
        id,
        type,
        `“scenario” must be a built-in scenario id or a scenario object (docs/scenario-format.md), got ${describeValue(s)}.`,
      );
    }
    case 'seek': {
      const t = data.timeUtc;
      const ms =
        typeof t === 'string'
          ? t.length <= 40
            ? parseIsoUtc(t)
            : null
          : typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= 8.64e15
            ? t
            : null;
      if (ms === null)
        return fail(
          id,
          type,
          `“timeUtc” must be an ISO 8601 time with a zone such as 2026-06-21T12:00:00Z (or Unix milliseconds), got ${describeValue(t)}.`,
        );
      return { ok: true, request: { type, id, timeMs: ms } };
    }
    case 'setWarp': {
      const w = data.warp;
      if (typeof w !== 'number' || !Number.isFinite(w) || Math.abs(w) > MAX_WARP)
        return fail(
          id,
          type,
          `“warp” must be a number from −${MAX_WARP.toLocaleString('en-US')} to ${MAX_WARP.toLocaleString('en-US')}, got ${describeValue(w)}.`,
        );
      return { ok: true, request: { type, id, warp: w } };
    }
    case 'select':
    case 'getNode': {
      const n = data.nodeId;
      if (type === 'select' && n === null) return { ok: true, request: { type, id, nodeId: null } };
      const ref = nodeRef(n);
      if (ref === undefined)
        return fail(
          id,
          type,
          `“nodeId” must be a satellite id (1–${MAX_NAME_CHARS} characters) or index (integer ≥ 0)${type === 'select' ? ', or null to clear' : ''}, got ${describeValue(n)}.`,
        );
      return type === 'select'
        ? { ok: true, request: { type, id, nodeId: ref } }
        : { ok: true, request: { type, id, nodeId: ref } };
    }
    default:
      return { ok: true, request: { type, id } };
  }
}

/** The part of the engine the bridge drives (the Engine API, docs/engine-api.md). */
export type BridgeEngine = Pick<
  EngineApi,
  'load' | 'play' | 'pause' | 'seek' | 'setWarp' | 'select' | 'getState' | 'getNode' | 'on'
>;

/** Resolves a built-in scenario id to its JSON, or null (own ids only: see findBuiltin); may load them first. */
export type BuiltinLookup = (id: string) => unknown;

/** At most this many characters of an error text go back to the host. */
const MAX_ERROR_CHARS = 2000;

const clip = (s: string) => (s.length > MAX_ERROR_CHARS ? `${s.slice(0, MAX_ERROR_CHARS)}…` : s);

/** The `getState` reply's result: the contract's fields plus the scenario name and exact time. */
export function embedState(engine: BridgeEngine) {
  const s = engine.getState();
  return {
    scenario: s.scenario,
    timeUtc: s.timeUtc,
    simMs: s.simMs,
    warp: s.warp,
    playing: s.playing,
    selected: s.selected,
    nodes: s.nodes,
    totals: s.totals,
  };
}

/** Carries out one checked request and resolves with its reply (never rejects). */
export async function runEmbedRequest(
  engine: BridgeEngine,
  req: EmbedRequest,
  builtin: BuiltinLookup,
): Promise<EmbedOutgoing> {
  const ok = (result: unknown): EmbedOutgoing => ({ type: 'reply', id: req.id, request: req.type, result });
  const fail = (message: string): EmbedOutgoing => ({
    type: 'error',
    id: req.id,
    request: req.type,
    message: clip(message),
  });
  switch (req.type) {
    case 'load': {
      let json: unknown = req.scenario;
      if (typeof req.scenario === 'string') {
        json = await builtin(req.scenario);
        if (json === null || json === undefined)
          return fail(`There is no built-in scenario called ${describeValue(req.scenario)}.`);
      }
      try {
        const meta = await engine.load(json);
        return ok({ scenario: meta.name, nodes: meta.total });
      } catch (e) {
        return fail(
          `The scenario was not loaded (the one shown stays): ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
    case 'play':
      engine.play();
      return ok({ playing: true });
    case 'pause':
      engine.pause();
      return ok({ playing: false });
    case 'seek': {
      if (!engine.seek(req.timeMs)) return fail(`Cannot go to ${req.timeMs}.`);
      const s = engine.getState();
      return ok({ timeUtc: s.timeUtc, simMs: s.simMs });
    }
    case 'setWarp':
      if (!engine.setWarp(req.warp)) return fail(`Cannot set warp ${req.warp}.`);
      return ok({ warp: req.warp });
    case 'select': {
      if (req.nodeId === null) {
        engine.select(null);
        return ok({ index: null, nodeId: null });
      }
      // Checked first, so an unknown id is this reply's error and not also an engine error event.
      const node = engine.getNode(req.nodeId);
      if (!node) return fail(`No satellite ${describeValue(req.nodeId)} in this scenario.`);
      const index = engine.select(node.index, { turn: true });
      return ok({ index, nodeId: index === null ? null : node.id });
    }
    case 'getState':
      return ok(embedState(engine));
    case 'getNode': {
      const node = engine.getNode(req.nodeId);
      return node ? ok(node) : fail(`No satellite ${describeValue(req.nodeId)} in this scenario.`);
    }
  }
}

/** An engine event as the host receives it (docs/embed.md: ready, timechange, select, error; load
 *  progress is for the app's own bar and is not sent to the host). */
export function eventMessage(e: Exclude<EngineEvent, { type: 'progress' }>): EmbedOutgoing {
  switch (e.type) {
    case 'ready':
      return { type: 'ready', scenario: e.scenario, nodes: e.nodes, timeUtc: e.timeUtc };
    case 'timechange':
      return { type: 'timechange', simMs: e.simMs, timeUtc: e.timeUtc, warp: e.warp, playing: e.playing };
    case 'select':
      return { type: 'select', index: e.index, nodeId: e.nodeId };
    case 'error':
      return { type: 'error', message: clip(e.message), issues: e.issues.slice(0, 20).map(clip) };
  }
}
