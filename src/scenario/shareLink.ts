/**
 * Share links (docs/contracts-app.md, "Share links"): a scenario and a view in a URL's hash.
 *
 * - An unedited built-in shares readably: `#scenario=<id>&t=<ISO UTC>&warp=<n>&play=0|1&sel=<id>&…`
 *   (see {@link encodeReadable} for every parameter).
 * - Anything else: `#s=<base64url(raw deflate(JSON))>`, the JSON being
 *   `{ v: 1, base: <built-in id>, patch: <RFC 7386 merge patch>, view }` for an edited built-in, or
 *   `{ v: 1, scenario: <the whole scenario>, view }`.
 *
 * A link is attacker-controlled, so decoding refuses, with one plain sentence each: a hash over
 * {@link MAX_HASH_CHARS} characters, characters outside base64url, a truncated or corrupted deflate
 * stream, more than {@link MAX_INFLATED_BYTES} once inflated (counted while inflating, so a bomb stops
 * after about that much work), nesting deeper than {@link MAX_JSON_DEPTH}, arrays longer than
 * {@link MAX_ARRAY_ITEMS}, the keys `__proto__` / `constructor` / `prototype`, and a missing, wrong or
 * future format version. The scenario itself is validated afterwards by the engine's normal load.
 * Pure: no DOM (TextEncoder/TextDecoder and fflate only), so the command line decodes the same way.
 */
import { deflateSync, Inflate } from 'fflate';
import { BUILTIN_SCENARIOS, findBuiltin } from './builtins';
import { describeInput, parseViewState, type NamedRouteEnd, type ViewState } from './viewState';

/** Format version of the `#s=` JSON. Links of every version up to this one keep opening. */
export const SHARE_FORMAT_VERSION = 1;
/** Longest link the Share dialog offers, characters (whole URL); longer ones get the file instead. */
export const MAX_SHARE_LINK_CHARS = 8000;
/**
 * Longest scenario JSON the Share dialog tries to compress, characters. Anything longer would need a
 * better than 50:1 compression to fit {@link MAX_SHARE_LINK_CHARS}; deflating it (seconds for tens of
 * MB of element sets) is skipped and the file is offered at once.
 */
export const MAX_SHARE_SOURCE_CHARS = 50 * MAX_SHARE_LINK_CHARS;
/** Longest hash a link may carry when opened, characters (a little over what the dialog makes). */
export const MAX_HASH_CHARS = 32768;
/** Most bytes a `#s=` payload may inflate to (checked while inflating). */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;
/** Deepest nesting of objects and arrays a payload may have (a scenario needs about 6). */
export const MAX_JSON_DEPTH = 32;
/** Longest array a payload may hold (the schema's longest list is 10,000 satellites in one shell). */
export const MAX_ARRAY_ITEMS = 10000;
/** Keys refused anywhere in a payload (prototype pollution). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Compressed bytes fed to the inflater at a time (≤ ~530 KB out per push at deflate's best ratio). */
const INFLATE_CHUNK_BYTES = 512;

/** What a link carries once decoded: a scenario (any JSON, not validated yet) and a view. */
export interface SharedState {
  scenario: unknown;
  view: ViewState;
  /** The built-in the scenario is (readable form) or is an edit of (patch form), else null. */
  builtinId: string | null;
  /** Problems with the view (each field that failed is left out) and unknown parameters; the rest still applies. */
  problems: string[];
}

export type DecodeResult = ({ ok: true } & SharedState) | { ok: false; error: string };

/** How {@link encodeShareHash} wrote the link. */
export type ShareForm = 'readable' | 'patch' | 'full';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const fmtInt = (n: number) => n.toLocaleString('en-US');

// -------------------------------------------------------------------------------------------------
// JSON helpers

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a),
      kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** The RFC 7386 merge patch that turns `base` into `target` (arrays are replaced whole). */
export function createMergePatch(base: unknown, target: unknown): unknown {
  if (!isObject(base) || !isObject(target)) return target;
  const patch: Record<string, unknown> = {};
  for (const k of Object.keys(base)) if (!Object.hasOwn(target, k)) patch[k] = null;
  for (const k of Object.keys(target)) {
    if (!Object.hasOwn(base, k)) patch[k] = target[k];
    else if (!jsonEqual(base[k], target[k]))
      patch[k] = isObject(base[k]) && isObject(target[k]) ? createMergePatch(base[k], target[k]) : target[k];
  }
  return patch;
}

/** Applies an RFC 7386 merge patch to `target` (neither is changed; a new value is returned). */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const k of Object.keys(patch)) {
    if (patch[k] === null) delete out[k];
    else
      Object.defineProperty(out, k, {
        value: applyMergePatch(out[k], patch[k]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/**
 * Checks the nesting depth of JSON text without parsing it (a deep `[[[[…` must not reach a
 * recursive walk). Returns the depth found, or stops counting past `limit`.
 */
function jsonDepth(text: string, limit: number): number {
  let depth = 0,
    max = 0,
    inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max && (max = depth) > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Rebuilds parsed JSON into fresh plain objects, refusing forbidden keys and long arrays. Throws
 * a sentence naming the path.
 */
function rebuild(v: unknown, path: string): unknown {
  if (Array.isArray(v)) {
    if (v.length > MAX_ARRAY_ITEMS)
      throw new Error(
        `${path} is a list of ${fmtInt(v.length)} items; a link may hold at most ${fmtInt(MAX_ARRAY_ITEMS)} per list.`,
      );
    return v.map((x, i) => rebuild(x, `${path}[${i}]`));
  }
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) throw new Error(`${path} has the key “${k}”, which a link may not use.`);
      out[k] = rebuild(v[k], `${path}.${k.length > 40 ? `${k.slice(0, 40)}…` : k}`);
    }
    return out;
  }
  return v;
}

/** Parses untrusted JSON text with the depth, array and key limits above. Throws a sentence. */
export function parseUntrustedJson(text: string, what = 'The link'): unknown {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new Error(`${what} nests lists or objects more than ${MAX_JSON_DEPTH} deep; it is not a scenario.`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `${what} does not hold valid JSON (${e instanceof Error ? e.message.slice(0, 80) : 'parse error'}).`,
    );
  }
  return rebuild(v, 'payload');
}

// -------------------------------------------------------------------------------------------------
// Bytes

/** base64url without padding (RFC 4648 §5): the only characters are A–Z a–z 0–9 - _. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional). Throws a sentence for any other character or a bad length. */
export function fromBase64Url(text: string): Uint8Array {
  const bad = /[^A-Za-z0-9_-]/.exec(text.replace(/=+$/, ''));
  if (bad)
    throw new Error(
      `The link is corrupted: it holds the character “${bad[0] === ' ' ? 'space' : bad[0]}” at position ${bad.index + 1}, which a share link never has (it may have been cut or changed when it was copied).`,
    );
  const t = text.replace(/=+$/, '');
  if (t.length % 4 === 1)
    throw new Error(
      'The link is cut short: its encoded data ends in the middle of a byte. Copy the whole link again.',
    );
  const bin = atob(t.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (t.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Inflates raw deflate data, stopping as soon as the output passes `maxBytes` (the data is fed
 * {@link INFLATE_CHUNK_BYTES} at a time, so the work done is bounded by the budget, not by the
 * claimed size). Throws a sentence for too much output or a truncated or corrupted stream.
 */
export function inflateCapped(data: Uint8Array, maxBytes = MAX_INFLATED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0,
    over = false,
    done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  const tooBig = () =>
    new Error(
      `The link's data expands to more than ${fmtInt(maxBytes / 1024 / 1024)} MB; a share link may hold at most that. It was refused.`,
    );
  try {
    for (let i = 0; i < data.length; i += INFLATE_CHUNK_BYTES) {
      inflater.push(data.subarray(i, i + INFLATE_CHUNK_BYTES), i + INFLATE_CHUNK_BYTES >= data.length);
      if (over) throw tooBig();
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (over) throw tooBig();
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(
      /EOF/i.test(msg)
        ? 'The link is cut short: its compressed data ends early. Copy the whole link again.'
        : `The link is corrupted: its compressed data cannot be read (${msg}).`,
    );
  }
  if (over) throw tooBig();
  if (!done)
    throw new Error('The link is cut short: its compressed data ends early. Copy the whole link again.');
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Encoding

/** Rounds a number to `d` decimals (camera angles to 4: ~11 m; nothing a viewer could see). */
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** A view with its numbers rounded for a link (camera to 1e-4, time to the millisecond). */
export function compactView(view: ViewState): ViewState {
  const v: ViewState = { ...view };
  if (v.timeMs !== undefined) v.timeMs = Math.round(v.timeMs);
  if (v.camera && typeof v.camera === 'object') {
    const c = v.camera;
    v.camera = {
      latDeg: roundTo(c.latDeg, 4),
      lonDeg: roundTo(c.lonDeg, 4),
      distanceRe: roundTo(c.distanceRe, 4),
      ...(c.targetId !== undefined ? { targetId: c.targetId } : {}),
    };
  }
  if (v.hiddenShells && v.hiddenShells.length === 0) delete v.hiddenShells;
  return v;
}

/** ISO 8601 UTC with milliseconds only when there are any. */
function isoMs(ms: number): string {
  const s = new Date(Math.round(ms)).toISOString();
  return s.endsWith('.000Z') ? `${s.slice(0, -5)}Z` : s;
}

const endParam = (e: NamedRouteEnd) => ('station' in e ? `s:${e.station}` : `n:${e.node}`);

/**
 * The readable form for an unedited built-in. Parameters (each optional when decoding):
 * `scenario` id · `t` ISO UTC time · `warp` simulated s per wall s · `play` 1|0 · `sel` satellite id
 * (empty: none) · `follow` 1|0 · `color` colour mode · `layers` the layers on, dot-separated
 * (`links.stations`; `none`) · `hide` hidden shell indices, dot-separated · `cam` a camera preset
 * (`earth`, `fit`, `selected`) or `lat`, `lon`, `dist` (Earth radii) and `target` (a satellite id) ·
 * `from` and `to` route ends (`s:<station name>` or `n:<satellite id>`), or `route=none` · `lang`.
 */
export function encodeReadable(builtinId: string, view: ViewState): string {
  const v = compactView(view);
  const p: [string, string][] = [['scenario', builtinId]];
  if (v.timeMs !== undefined) p.push(['t', isoMs(v.timeMs)]);
  if (v.warp !== undefined) p.push(['warp', String(v.warp)]);
  if (v.playing !== undefined) p.push(['play', v.playing ? '1' : '0']);
  if (v.selected !== undefined) p.push(['sel', v.selected ?? '']);
  if (v.follow !== undefined) p.push(['follow', v.follow ? '1' : '0']);
  if (v.colorMode !== undefined) p.push(['color', v.colorMode]);
  if (v.layers) {
    const on = (['shadow', 'links', 'stations'] as const).filter((k) => v.layers![k]);
    p.push(['layers', on.length ? on.join('.') : 'none']);
  }
  if (v.hiddenShells?.length) p.push(['hide', v.hiddenShells.join('.')]);
  if (typeof v.camera === 'string') p.push(['cam', v.camera]);
  else if (v.camera) {
    p.push(
      ['lat', String(v.camera.latDeg)],
      ['lon', String(v.camera.lonDeg)],
      ['dist', String(v.camera.distanceRe)],
    );
    if (v.camera.targetId !== undefined) p.push(['target', v.camera.targetId]);
  }
  if (v.route === null) p.push(['route', 'none']);
  else if (v.route) p.push(['from', endParam(v.route.from)], ['to', endParam(v.route.to)]);
  if (v.lang !== undefined) p.push(['lang', v.lang]);
  // encodeURIComponent leaves A–Z a–z 0–9 - _ . ! ~ * ' ( ); the last five are escaped too, so a link
  // never ends in punctuation a chat app would cut off. Colons stay readable (times: 06:30:15Z).
  const enc = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!~*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%3A/g, ':');
  return p.map(([k, val]) => `${k}=${enc(val)}`).join('&');
}

/** deflate(JSON) as base64url: the `#s=` payload. */
export function encodePayload(payload: unknown): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 }));
}

/**
 * The built-in this scenario is, or is an edit of with the shortest patch, or null. An unedited
 * built-in has an empty patch.
 */
export function closestBuiltin(scenario: unknown): { id: string; patch: unknown; exact: boolean } | null {
  if (!isObject(scenario)) return null;
  let best: { id: string; patch: unknown; exact: boolean; size: number } | null = null;
  for (const id of Object.keys(BUILTIN_SCENARIOS)) {
    const base = BUILTIN_SCENARIOS[id].build();
    if (jsonEqual(base, scenario)) return { id, patch: {}, exact: true };
    const patch = createMergePatch(base, scenario);
    // A merge patch cannot set a value to null; keep it only when it rebuilds the scenario exactly.
    if (!jsonEqual(applyMergePatch(base, patch), scenario)) continue;
    const size = JSON.stringify(patch).length;
    if (!best || size < best.size) best = { id, patch, exact: false, size };
  }
  return best && { id: best.id, patch: best.patch, exact: false };
}

/**
 * The hash (without `#`) of a link to `scenario` seen with `view`: readable for an unedited built-in,
 * else `s=` with a merge patch over the nearest built-in or the whole scenario, whichever is shorter.
 */
export function encodeShareHash(
  scenario: unknown,
  view: ViewState,
): { hash: string; form: ShareForm; builtinId: string | null } {
  const v = compactView(view);
  const near = closestBuiltin(scenario);
  if (near?.exact) return { hash: encodeReadable(near.id, v), form: 'readable', builtinId: near.id };
  const full = `s=${encodePayload({ v: SHARE_FORMAT_VERSION, scenario, view: v })}`;
  if (near) {
    const patched = `s=${encodePayload({ v: SHARE_FORMAT_VERSION, base: near.id, patch: near.patch, view: v })}`;
    if (patched.length < full.length) return { hash: patched, form: 'patch', builtinId: near.id };
  }
  return { hash: full, form: 'full', builtinId: null };
}

// -------------------------------------------------------------------------------------------------
// Decoding

const READABLE_KEYS = new Set([
  'scenario',
  't',
  'warp',
  'play',
  'sel',
  'follow',
  'color',
  'layers',
  'hide',
  'cam',
  'lat',
  'lon',
  'dist',
  'target',
  'from',
  'to',
  'route',
  'lang',
]);

function parseEndParam(s: string, name: string, problems: string[]): NamedRouteEnd | null {
  if (s.startsWith('s:') && s.length > 2) return { station: s.slice(2) };
  if (s.startsWith('n:') && s.length > 2) return { node: s.slice(2) };
  problems.push(`${name}: must be s:<station name> or n:<satellite id>, got ${describeInput(s)}`);
  return null;
}

/** Reads the readable form's parameters into a view (then checked by parseViewState like any view). */
function decodeReadable(params: URLSearchParams): DecodeResult {
  const id = params.get('scenario') ?? '';
  const builtin = findBuiltin(id);
  if (!builtin) {
    // eslint-disable-next-line no-control-regex
    const shown = (id.length > 60 ? `${id.slice(0, 60)}…` : id).replace(/[\u0000-\u001f\u007f]/g, '?');
    const all = Object.keys(BUILTIN_SCENARIOS).join(', ');
    return {
      ok: false,
      error: `The link asks for the built-in scenario “${shown}”, which does not exist (built-ins: ${all}).`,
    };
  }
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  const num = (k: string) => {
    const s = params.get(k);
    if (s === null) return undefined;
    const n = s.trim() === '' ? NaN : Number(s);
    if (!Number.isFinite(n)) problems.push(`${k}: must be a number, got ${describeInput(s)}`);
    return Number.isFinite(n) ? n : undefined;
  };
  const bool = (k: string) => {
    const s = params.get(k);
    if (s === null) return undefined;
    if (s === '1' || s === '0') return s === '1';
    problems.push(`${k}: must be 1 or 0, got ${describeInput(s)}`);
    return undefined;
  };
  for (const k of new Set(params.keys()))
    if (!READABLE_KEYS.has(k)) problems.push(`unknown parameter ${describeInput(k)} (ignored)`);
  const t = params.get('t');
  if (t !== null) {
    const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/.test(t)
      ? Date.parse(t)
      : NaN;
    if (Number.isFinite(ms)) raw.timeMs = ms;
    else
      problems.push(`t: must be a UTC ISO 8601 time such as 2026-03-20T00:00:00Z, got ${describeInput(t)}`);
  }
  const warp = num('warp');
  if (warp !== undefined) raw.warp = warp;
  const play = bool('play');
  if (play !== undefined) raw.playing = play;
  const follow = bool('follow');
  if (follow !== undefined) raw.follow = follow;
  const sel = params.get('sel');
  if (sel !== null) raw.selected = sel === '' ? null : sel;
  const color = params.get('color');
  if (color !== null) raw.colorMode = color;
  const layers = params.get('layers');
  if (layers !== null) {
    const on = layers === 'none' || layers === '' ? [] : layers.split('.');
    const bad = on.filter((l) => !['shadow', 'links', 'stations'].includes(l));
    if (bad.length)
      problems.push(
        `layers: must be shadow, links or stations joined by dots (or none), got ${describeInput(layers)}`,
      );
    else
      raw.layers = {
        shadow: on.includes('shadow'),
        links: on.includes('links'),
        stations: on.includes('stations'),
      };
  }
  const hide = params.get('hide');
  if (hide !== null) {
    const parts = hide === '' ? [] : hide.split('.');
    if (parts.every((x) => /^\d{1,4}$/.test(x))) raw.hiddenShells = parts.map(Number);
    else problems.push(`hide: must be shell numbers joined by dots, got ${describeInput(hide)}`);
  }
  const cam = params.get('cam');
  if (cam !== null) raw.camera = cam;
  else if (params.has('lat') || params.has('lon') || params.has('dist')) {
    const target = params.get('target');
    raw.camera = {
      latDeg: num('lat'),
      lonDeg: num('lon'),
      distanceRe: num('dist'),
      ...(target !== null ? { targetId: target } : {}),
    };
  }
  const route = params.get('route');
  if (route === 'none') raw.route = null;
  else if (route !== null)
    problems.push(`route: only route=none is meant; use from= and to= for ends, got ${describeInput(route)}`);
  const from = params.get('from'),
    to = params.get('to');
  if (from !== null || to !== null) {
    const f =
      from === null
        ? (problems.push('from: missing (to= needs from=)'), null)
        : parseEndParam(from, 'from', problems);
    const e =
      to === null
        ? (problems.push('to: missing (from= needs to=)'), null)
        : parseEndParam(to, 'to', problems);
    if (f && e) raw.route = { from: f, to: e };
  }
  const lang = params.get('lang');
  if (lang !== null) raw.lang = lang;
  const parsed = parseViewState(raw, 'link');
  return {
    ok: true,
    scenario: builtin.build(),
    view: parsed.view,
    builtinId: builtin.id,
    problems: [...problems, ...parsed.problems],
  };
}

/** Reads the `#s=` payload. */
function decodePayload(data: string): DecodeResult {
  let payload: unknown;
  try {
    if (data.length === 0)
      throw new Error('The link is cut short: it has no data after “#s=”. Copy the whole link again.');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(inflateCapped(fromBase64Url(data)));
    payload = parseUntrustedJson(json);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: /^The link|^payload/.test(msg) ? msg : `The link is corrupted: ${msg}` };
  }
  if (!isObject(payload))
    return { ok: false, error: `The link's data is ${describeInput(payload)}, not a shared scenario.` };
  const v = payload.v;
  if (v === undefined)
    return { ok: false, error: 'The link has no format version (“v”); it was not made by this app.' };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return {
      ok: false,
      error: `The link's format version must be a whole number from 1, got ${describeInput(v)}.`,
    };
  if (v > SHARE_FORMAT_VERSION)
    return {
      ok: false,
      error: `The link was made by a newer version of this app (link format ${v}); this version reads formats up to ${SHARE_FORMAT_VERSION}. Reload the page to get the newest version.`,
    };
  const problems: string[] = [];
  for (const k of Object.keys(payload))
    if (!['v', 'base', 'patch', 'scenario', 'view'].includes(k))
      problems.push(`unknown key ${describeInput(k)} in the link (ignored)`);
  let scenario: unknown;
  let builtinId: string | null = null;
  if (payload.base !== undefined) {
    const b = findBuiltin(payload.base);
    if (!b)
      return {
        ok: false,
        error: `The link edits the built-in scenario ${describeInput(payload.base)}, which this version of the app does not have.`,
      };
    if (payload.scenario !== undefined)
      return {
        ok: false,
        error: 'The link holds both a whole scenario and an edit of a built-in; it was not made by this app.',
      };
    if (!isObject(payload.patch))
      return {
        ok: false,
        error: `The link's edit (“patch”) must be an object, got ${describeInput(payload.patch)}.`,
      };
    scenario = applyMergePatch(b.build(), payload.patch);
    builtinId = b.id;
  } else if (payload.scenario !== undefined) scenario = payload.scenario;
  else return { ok: false, error: 'The link holds no scenario (neither “scenario” nor “base”).' };
  const parsed =
    payload.view === undefined ? { view: {}, problems: [] } : parseViewState(payload.view, 'view');
  return { ok: true, scenario, view: parsed.view, builtinId, problems: [...problems, ...parsed.problems] };
}

/** Does this hash (with or without `#`) look like a share link at all? */
export function isShareHash(hash: string): boolean {
  const h = hash.replace(/^#/, '');
  return /^(s|scenario)=/.test(h);
}

/**
 * Decodes a share link's hash (with or without the leading `#`), or a whole URL containing one.
 * Never throws: an unusable link gives `{ ok: false, error }` with one plain sentence.
 */
export function decodeShareHash(input: string): DecodeResult {
  const i = input.indexOf('#');
  const h = i >= 0 ? input.slice(i + 1) : input;
  if (h.length > MAX_HASH_CHARS)
    return {
      ok: false,
      error: `The link is ${fmtInt(h.length)} characters long; share links longer than ${fmtInt(MAX_HASH_CHARS)} are refused.`,
    };
  if (h.startsWith('s=')) return decodePayload(h.slice(2).trim());
  if (h.startsWith('scenario=')) {
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(h);
    } catch {
      return { ok: false, error: 'The link cannot be read.' };
    }
    return decodeReadable(params);
  }
  let shown = h;
  try {
    shown = decodeURIComponent(h); // the address bar percent-encodes; show what was typed
  } catch {
    /* not valid percent-encoding: show it as it is */
  }
  // eslint-disable-next-line no-control-regex
  shown = (shown.length > 40 ? `${shown.slice(0, 40)}…` : shown).replace(/[\u0000-\u001f\u007f]/g, '?');
  return { ok: false, error: `“#${shown}” is not a share link: it must start with #scenario= or #s=.` };
}
