/**
 * What a viewer sees besides the scenario itself — time, warp, play state, camera, selection,
 * colour mode, layers, route ends, language — as one plain, serialisable domain type. The
 * scenario's `view` (docs/scenario-format.md), share links, embeds and presenter tours all carry it;
 * the engine applies it (Engine.applyView) and reports it (Engine.getView).
 *
 * {@link parseViewState} checks an untrusted value by hand (no schema library, so the embed's first
 * download stays small): unknown keys and wrong types are reported, never executed or kept.
 */

/** How satellites are coloured (scales in src/scene/colorModes.ts). */
export type ColorMode = 'shell' | 'sunlight' | 'battery' | 'temperature' | 'compute' | 'margin';
export const COLOR_MODES: readonly ColorMode[] = [
  'shell',
  'sunlight',
  'battery',
  'temperature',
  'compute',
  'margin',
];

// The interface's languages are a module of their own: the first view needs them, not the parser below.
export { isLang, LANGS, type Lang } from './langs';
import { isLang, LANGS, type Lang } from './langs';

/**
 * Where the camera is: above the Earth-fixed point (`latDeg`, `lonDeg`) at `distanceRe` Earth radii
 * from Earth's centre, looking at Earth's centre — or, with `targetId`, at that satellite (a close
 * view of a formation). Earth-fixed, so a shared view shows the same ground at the same time.
 */
export interface CameraPose {
  latDeg: number;
  lonDeg: number;
  distanceRe: number;
  /** Look at this satellite (by id) instead of Earth's centre. */
  targetId?: string;
}

/** A camera preset: `earth` frames the scenario's subject over the whole Earth; `fit` frames its satellites as close as they allow; `selected` turns to the selected satellite. */
export type CameraPreset = 'earth' | 'fit' | 'selected';
export const CAMERA_PRESETS: readonly CameraPreset[] = ['earth', 'fit', 'selected'];

/** A route end as a link names it: a ground station by name or a satellite by id (indices change with edits). */
export type NamedRouteEnd = { station: string } | { node: string };

/** Layers that can be switched on and off. */
export interface ViewLayers {
  shadow?: boolean;
  links?: boolean;
  stations?: boolean;
}

/** A view; every field optional (absent: leave as it is, or the default on load). */
export interface ViewState {
  /** Simulated time, Unix ms UTC. */
  timeMs?: number;
  /** Simulated seconds per wall second. */
  warp?: number;
  playing?: boolean;
  camera?: CameraPose | CameraPreset;
  /** Camera follows the selected satellite. */
  follow?: boolean;
  /** Satellite id, or null for none. */
  selected?: string | null;
  colorMode?: ColorMode;
  layers?: ViewLayers;
  /** Shell indices hidden by the shell filter. */
  hiddenShells?: number[];
  route?: { from: NamedRouteEnd; to: NamedRouteEnd } | null;
  lang?: Lang;
}

/** Largest |warp| a view may ask for. */
export const MAX_VIEW_WARP = 1_000_000;
/** Camera distance range, Earth radii (just above the surface … far enough to see a GEO ring). */
export const CAMERA_DISTANCE_RE: readonly [number, number] = [1.02, 60];
/** Longest id or name a view may carry. */
const MAX_NAME = 200;
/** Most hidden shells a view may list. */
const MAX_HIDDEN = 1024;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const own = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** A value in a message, shortened and quoted (never more than 40 characters of it). */
export function describeInput(v: unknown): string {
  if (typeof v === 'string') return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

function parseName(v: unknown, path: string, problems: string[]): string | undefined {
  if (typeof v === 'string' && v.length > 0 && v.length <= MAX_NAME) return v;
  problems.push(`${path}: must be a name of 1–${MAX_NAME} characters, got ${describeInput(v)}`);
  return undefined;
}

function parseEnd(v: unknown, path: string, problems: string[]): NamedRouteEnd | undefined {
  if (isObject(v) && own(v, 'station') && Object.keys(v).length === 1) {
    const n = parseName(v.station, `${path}.station`, problems);
    return n === undefined ? undefined : { station: n };
  }
  if (isObject(v) && own(v, 'node') && Object.keys(v).length === 1) {
    const n = parseName(v.node, `${path}.node`, problems);
    return n === undefined ? undefined : { node: n };
  }
  problems.push(`${path}: must be { "station": name } or { "node": id }, got ${describeInput(v)}`);
  return undefined;
}

/** A camera value: a preset name or a pose. */
export function parseCamera(
  v: unknown,
  path: string,
  problems: string[],
): CameraPose | CameraPreset | undefined {
  if (typeof v === 'string') {
    if ((CAMERA_PRESETS as readonly string[]).includes(v)) return v as CameraPreset;
    problems.push(
      `${path}: must be ${CAMERA_PRESETS.map((p) => `"${p}"`).join(', ')} or { latDeg, lonDeg, distanceRe }, got ${describeInput(v)}`,
    );
    return undefined;
  }
  if (!isObject(v)) {
    problems.push(
      `${path}: must be a camera preset or { latDeg, lonDeg, distanceRe }, got ${describeInput(v)}`,
    );
    return undefined;
  }
  const n = problems.length;
  for (const k of Object.keys(v))
    if (!['latDeg', 'lonDeg', 'distanceRe', 'targetId'].includes(k))
      problems.push(`${path}: unknown key ${describeInput(k)}`);
  const { latDeg, lonDeg, distanceRe, targetId } = v;
  if (!finite(latDeg) || latDeg < -90 || latDeg > 90)
    problems.push(`${path}.latDeg: must be a number from −90 to 90, got ${describeInput(latDeg)}`);
  if (!finite(lonDeg) || lonDeg < -180 || lonDeg > 180)
    problems.push(`${path}.lonDeg: must be a number from −180 to 180, got ${describeInput(lonDeg)}`);
  if (!finite(distanceRe) || distanceRe < CAMERA_DISTANCE_RE[0] || distanceRe > CAMERA_DISTANCE_RE[1])
    problems.push(
      `${path}.distanceRe: must be a number from ${CAMERA_DISTANCE_RE[0]} to ${CAMERA_DISTANCE_RE[1]} (Earth radii), got ${describeInput(distanceRe)}`,
    );
  const target = targetId === undefined ? undefined : parseName(targetId, `${path}.targetId`, problems);
  if (problems.length > n) return undefined;
  return {
    latDeg: latDeg as number,
    lonDeg: lonDeg as number,
    distanceRe: distanceRe as number,
    ...(target !== undefined ? { targetId: target } : {}),
  };
}

/**
 * Checks an untrusted view (a share link's, an embed message's). Returns the view with only the
 * fields that passed, and one plain message per problem (with its path under `path`).
 */
export function parseViewState(v: unknown, path = 'view'): { view: ViewState; problems: string[] } {
  const problems: string[] = [];
  const view: ViewState = {};
  if (!isObject(v)) return { view, problems: [`${path}: must be an object, got ${describeInput(v)}`] };
  for (const k of Object.keys(v)) {
    const val = v[k];
    const p = `${path}.${k.length > 40 ? `${k.slice(0, 40)}…` : k}`;
    switch (k) {
      case 'timeMs':
        if (finite(val) && Math.abs(val) <= 8.64e15) view.timeMs = val;
        else problems.push(`${p}: must be Unix milliseconds, got ${describeInput(val)}`);
        break;
      case 'warp':
        if (finite(val) && Math.abs(val) <= MAX_VIEW_WARP) view.warp = val;
        else
          problems.push(
            `${p}: must be a number from −${MAX_VIEW_WARP} to ${MAX_VIEW_WARP}, got ${describeInput(val)}`,
          );
        break;
      case 'playing':
      case 'follow':
        if (typeof val === 'boolean') view[k] = val;
        else problems.push(`${p}: must be true or false, got ${describeInput(val)}`);
        break;
      case 'camera': {
        const c = parseCamera(val, p, problems);
        if (c !== undefined) view.camera = c;
        break;
      }
      case 'selected':
        if (val === null) view.selected = null;
        else {
          const n = parseName(val, p, problems);
          if (n !== undefined) view.selected = n;
        }
        break;
      case 'colorMode':
        if ((COLOR_MODES as readonly unknown[]).includes(val)) view.colorMode = val as ColorMode;
        else problems.push(`${p}: must be one of ${COLOR_MODES.join(', ')}, got ${describeInput(val)}`);
        break;
      case 'layers': {
        if (!isObject(val)) {
          problems.push(`${p}: must be an object, got ${describeInput(val)}`);
          break;
        }
        const layers: ViewLayers = {};
        for (const l of Object.keys(val)) {
          if ((l === 'shadow' || l === 'links' || l === 'stations') && typeof val[l] === 'boolean')
            layers[l] = val[l] as boolean;
          else
            problems.push(`${p}.${l.slice(0, 40)}: must be shadow, links or stations set to true or false`);
        }
        view.layers = layers;
        break;
      }
      case 'hiddenShells':
        if (
          Array.isArray(val) &&
          val.length <= MAX_HIDDEN &&
          val.every((i) => Number.isInteger(i) && i >= 0 && i < MAX_HIDDEN)
        )
          view.hiddenShells = [...(val as number[])];
        else
          problems.push(`${p}: must be a list of at most ${MAX_HIDDEN} shell indices (0–${MAX_HIDDEN - 1})`);
        break;
      case 'route':
        if (val === null) view.route = null;
        else if (isObject(val) && own(val, 'from') && own(val, 'to')) {
          const from = parseEnd(val.from, `${p}.from`, problems);
          const to = parseEnd(val.to, `${p}.to`, problems);
          if (from && to) view.route = { from, to };
        } else problems.push(`${p}: must be { "from": end, "to": end } or null, got ${describeInput(val)}`);
        break;
      case 'lang':
        if (isLang(val)) view.lang = val;
        else problems.push(`${p}: must be ${LANGS.join(' or ')}, got ${describeInput(val)}`);
        break;
      default:
        problems.push(`${path}: unknown key ${describeInput(k)}`);
    }
  }
  return { view, problems };
}
