/**
 * Instance data of the link quads (src/scene/linkLayer.ts): what each end of a link is, in the
 * form the link vertex shader (src/scene/linkShader.ts) evaluates every frame. Written only when
 * the candidate list, the stations, the route, the selection or the scenario change — never per frame.
 *
 * One instance = {@link LINK_FLOATS} floats:
 *   [0..7]   end A: d0 (vec4), d1 (vec4)
 *   [8..15]  end B: d0, d1
 *   [16..19] meta: global ref of A, global ref of B, hop index (routes), shells (see {@link packShells})
 * An end's d1.w is its kind:
 *   closed form ({@link END_CLOSED_FORM}): d0 = (a / R⊕, e, i, Ω0), d1 = (ω0, M0, rate group, kind) —
 *     the same float32 values the satellite points are drawn from;
 *   keyframe ({@link END_KEYFRAME}): d0 = (SGP4 index into the keyframe texture, 0, 0, 0);
 *   ground station ({@link END_STATION}): d0 = (Earth-fixed unit vector, sin(min elevation));
 *   none ({@link END_NONE}): an index that does not exist (the quad is collapsed).
 * A ref is a global satellite index, or −(s + 1) for station s (as in sceneData.route).
 */
import { CF_STRIDE } from '../sim/closedForm';
import { DEG, EARTH_RADIUS_KM } from '../sim/constants';
import type { ClosedFormPayload } from '../worker/protocol';
import { MAX_SHELLS_DRAWN, type StationBlock } from './sceneData';

export const LINK_FLOATS = 20;
export const END_CLOSED_FORM = 0;
export const END_KEYFRAME = 1;
export const END_STATION = 2;
export const END_NONE = 3;

/** What the ends can refer to: the scenario's satellites and the current stations. */
export interface LinkContext {
  closedForm: ClosedFormPayload | null;
  /** SGP4 (keyframe) satellites, global indices closedForm.count … + keyframeCount − 1. */
  keyframeCount: number;
  /** Shell index of each SGP4 satellite (sceneData.sgp4Shell). */
  keyframeShell: ArrayLike<number>;
  stations: readonly StationBlock[];
}

/** Station s as a route/link ref. */
export function stationRef(s: number): number {
  return -(s + 1);
}

/** Writes one end (8 floats at `o`): see the file comment for the layout. */
export function encodeEnd(out: Float32Array, o: number, ref: number, ctx: LinkContext): void {
  out.fill(0, o, o + 8);
  const cf = ctx.closedForm;
  const nCf = cf?.count ?? 0;
  if (ref < 0) {
    const st = ctx.stations[-ref - 1];
    if (!st) {
      out[o + 7] = END_NONE;
      return;
    }
    const lat = st.latDeg * DEG;
    const lon = st.lonDeg * DEG;
    out[o] = Math.cos(lat) * Math.cos(lon);
    out[o + 1] = Math.cos(lat) * Math.sin(lon);
    out[o + 2] = Math.sin(lat);
    out[o + 3] = Math.sin(st.minElevationDeg * DEG);
    out[o + 7] = END_STATION;
    return;
  }
  if (cf && ref < nCf) {
    const el = cf.elements;
    const b = ref * CF_STRIDE;
    out[o] = el[b] / EARTH_RADIUS_KM;
    out[o + 1] = el[b + 1];
    out[o + 2] = el[b + 2];
    out[o + 3] = el[b + 3];
    out[o + 4] = el[b + 4];
    out[o + 5] = el[b + 5];
    out[o + 6] = cf.group[ref];
    out[o + 7] = END_CLOSED_FORM;
    return;
  }
  const j = ref - nCf;
  if (j >= 0 && j < ctx.keyframeCount) {
    out[o] = j;
    out[o + 7] = END_KEYFRAME;
    return;
  }
  out[o + 7] = END_NONE;
}

/** Shell index of a ref (−1 for a station or an unknown index). */
export function shellOf(ref: number, ctx: LinkContext): number {
  if (ref < 0) return -1;
  const cf = ctx.closedForm;
  const nCf = cf?.count ?? 0;
  if (cf && ref < nCf) return cf.shell[ref];
  const j = ref - nCf;
  return j >= 0 && j < ctx.keyframeShell.length ? ctx.keyframeShell[j] : -1;
}

/** Base of {@link packShells}: above every packed shell + 1 (at most {@link MAX_SHELLS_DRAWN}). */
export const SHELL_PACK_BASE = 2 * MAX_SHELLS_DRAWN;

/**
 * Both ends' shells in one float, so the shader can hide links of hidden shells:
 * (shellA + 1) · SHELL_PACK_BASE + (shellB + 1), 0 for "no shell" (a station); shells ≥
 * MAX_SHELLS_DRAWN (beyond the hidden-shell texture) count as none. Exact in float32 (< 2²⁴).
 */
export function packShells(shellA: number, shellB: number): number {
  const f = (s: number) => (s >= 0 && s < MAX_SHELLS_DRAWN ? s + 1 : 0);
  return f(shellA) * SHELL_PACK_BASE + f(shellB);
}

/** Writes instance `k`: the link from `refA` to `refB` (hop index `hop`, for routes). */
export function writeLink(
  out: Float32Array,
  k: number,
  refA: number,
  refB: number,
  hop: number,
  ctx: LinkContext,
): void {
  const o = k * LINK_FLOATS;
  encodeEnd(out, o, refA, ctx);
  encodeEnd(out, o + 8, refB, ctx);
  out[o + 16] = refA;
  out[o + 17] = refB;
  out[o + 18] = hop;
  out[o + 19] = packShells(shellOf(refA, ctx), shellOf(refB, ctx));
}

/** Instances {@link fillCandidates} writes. */
export function candidateCount(pairs: Uint32Array, ground: Uint32Array): number {
  return (pairs.length >> 1) + (ground.length >> 1);
}

/**
 * All candidates: ISLs first (A = pairs[2k], B = pairs[2k+1]), then station links (A = the station,
 * B = the satellite). `out` must hold {@link candidateCount} instances. Returns the two counts.
 */
export function fillCandidates(
  out: Float32Array,
  pairs: Uint32Array,
  ground: Uint32Array,
  ctx: LinkContext,
): { isl: number; ground: number } {
  const nIsl = pairs.length >> 1;
  const nGround = ground.length >> 1;
  for (let k = 0; k < nIsl; k++) writeLink(out, k, pairs[2 * k], pairs[2 * k + 1], 0, ctx);
  for (let k = 0; k < nGround; k++)
    writeLink(out, nIsl + k, stationRef(ground[2 * k]), ground[2 * k + 1], 0, ctx);
  return { isl: nIsl, ground: nGround };
}

/** Candidates that touch satellite `selected` (−1: none). */
export function selectedCount(pairs: Uint32Array, ground: Uint32Array, selected: number): number {
  if (selected < 0) return 0;
  let n = 0;
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === selected || pairs[k + 1] === selected) n++;
  for (let k = 1; k < ground.length; k += 2) if (ground[k] === selected) n++;
  return n;
}

/**
 * The selected satellite's candidates (up or not), the selected end first. `out` must hold
 * {@link selectedCount} instances. Returns the number written.
 */
export function fillSelected(
  out: Float32Array,
  pairs: Uint32Array,
  ground: Uint32Array,
  selected: number,
  ctx: LinkContext,
): number {
  if (selected < 0) return 0;
  let n = 0;
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k];
    const b = pairs[k + 1];
    if (a === selected) writeLink(out, n++, a, b, 0, ctx);
    else if (b === selected) writeLink(out, n++, b, a, 0, ctx);
  }
  for (let k = 0; k < ground.length; k += 2) {
    if (ground[k + 1] === selected) writeLink(out, n++, stationRef(ground[k]), selected, 0, ctx);
  }
  return n;
}

/**
 * The route's hops in order (route[k] → route[k + 1], hop index k), so dashes flow from its first
 * end to its last. `out` must hold route.length − 1 instances. Returns the hop count.
 */
export function fillRoute(out: Float32Array, route: Int32Array, ctx: LinkContext): number {
  const hops = Math.max(0, route.length - 1);
  for (let k = 0; k < hops; k++) writeLink(out, k, route[k], route[k + 1], k, ctx);
  return hops;
}
