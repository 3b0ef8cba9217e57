/**
 * Where the camera should look to show what was just chosen: a loaded scenario's subject (its first
 * shell — the built-ins put what they are about first and any scale shell after), a formation close
 * up, a selected satellite, a route's two ends. Aims are Earth-fixed (src/scene/cameraControl.ts).
 */
import { EARTH_RADIUS_KM } from '../sim/constants';
import { gmstRad } from '../sim/time';
import { satelliteStateKm } from '../scene/satellitePosition';
import type { CameraAim } from '../scene/cameraControl';
import type { ConstellationMeta } from '../scenario/types';
import type { GroundStation } from '../scenario/schema';
import type { CameraPose, CameraPreset } from '../scenario/viewState';

const RAD = Math.PI / 180;
/** Most satellites sampled to find a shell's centre and spread. */
const SAMPLE = 2000;
/** A subject whose satellites all lie within this distance of their centre is framed close up, km. */
export const CLOSE_UP_SPREAD_KM = 1500;
/** The Earth view never looks from higher than this latitude (a pole-on view explains little). */
const MAX_VIEW_LAT_DEG = 55;

const st = new Float64Array(6);

/** Earth-fixed geocentric latitude/longitude (deg) of an ECI direction at time `tMs`. */
export function eciToLatLon(
  x: number,
  y: number,
  z: number,
  tMs: number,
): { latDeg: number; lonDeg: number } {
  const r = Math.hypot(x, y, z) || 1;
  let lon = (Math.atan2(y, x) - gmstRad(tMs)) / RAD;
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return { latDeg: Math.asin(z / r) / RAD, lonDeg: lon };
}

/** Centre (ECI km), spread (largest distance from the centre, km) and the satellite nearest the centre, of shell `shellIndex`. */
export function shellExtent(
  meta: ConstellationMeta,
  shellIndex: number,
  tMs: number,
): { c: [number, number, number]; spreadKm: number; nearest: number; n: number } | null {
  const sh = meta.shells[shellIndex];
  if (!sh) return null;
  const step = Math.max(1, Math.floor(sh.count / SAMPLE));
  const pts: number[] = [];
  const idx: number[] = [];
  for (let k = 0; k < sh.count; k += step) {
    const i = sh.firstIndex + k;
    if (!satelliteStateKm(i, tMs, st)) continue;
    pts.push(st[0], st[1], st[2]);
    idx.push(i);
  }
  const n = idx.length;
  if (n === 0) return null;
  let cx = 0,
    cy = 0,
    cz = 0;
  for (let k = 0; k < n; k++) {
    cx += pts[3 * k];
    cy += pts[3 * k + 1];
    cz += pts[3 * k + 2];
  }
  cx /= n;
  cy /= n;
  cz /= n;
  let spread = 0,
    nearest = idx[0],
    best = Infinity;
  for (let k = 0; k < n; k++) {
    const d = Math.hypot(pts[3 * k] - cx, pts[3 * k + 1] - cy, pts[3 * k + 2] - cz);
    spread = Math.max(spread, d);
    if (d < best) {
      best = d;
      nearest = idx[k];
    }
  }
  return { c: [cx, cy, cz], spreadKm: spread, nearest, n };
}

/** A view over the whole Earth from above an Earth-fixed point (latitude kept within ±55°). */
export function earthAim(latDeg: number, lonDeg: number): CameraAim {
  return {
    latDeg: Math.max(-MAX_VIEW_LAT_DEG, Math.min(MAX_VIEW_LAT_DEG, latDeg)),
    lonDeg,
    distanceRe: 0,
    targetIndex: -1,
  };
}

/**
 * A close view of satellite `index` framing a sphere of `radiusKm` around it: the camera outside
 * the satellite's orbit, 35° off its zenith towards the north, so Earth's limb is behind it.
 */
export function closeAim(
  index: number,
  radiusKm: number,
  tMs: number,
  fovDeg: number,
  aspect: number,
): CameraAim | null {
  if (!satelliteStateKm(index, tMs, st)) return null;
  const halfV = (fovDeg / 2) * RAD;
  const half = Math.min(halfV, Math.atan(Math.tan(halfV) * aspect));
  const dKm = Math.max(2, (radiusKm * 1.5) / Math.sin(half));
  const r = Math.hypot(st[0], st[1], st[2]);
  const ux = st[0] / r,
    uy = st[1] / r,
    uz = st[2] / r;
  // North in the local horizontal plane (or any horizontal direction at a pole).
  let nx = -uz * ux,
    ny = -uz * uy,
    nz = 1 - uz * uz;
  const nl = Math.hypot(nx, ny, nz);
  if (nl < 1e-6) [nx, ny, nz] = [1, 0, 0];
  else [nx, ny, nz] = [nx / nl, ny / nl, nz / nl];
  const c = Math.cos(35 * RAD),
    s = Math.sin(35 * RAD);
  const px = st[0] + dKm * (c * ux + s * nx),
    py = st[1] + dKm * (c * uy + s * ny),
    pz = st[2] + dKm * (c * uz + s * nz);
  const { latDeg, lonDeg } = eciToLatLon(px, py, pz, tMs);
  return { latDeg, lonDeg, distanceRe: Math.hypot(px, py, pz) / EARTH_RADIUS_KM, targetIndex: index };
}

/** Centre of the stations (Earth-fixed), or null without stations. */
function stationsCentre(stations: readonly GroundStation[]): { latDeg: number; lonDeg: number } | null {
  if (stations.length === 0) return null;
  let x = 0,
    y = 0,
    z = 0;
  for (const s of stations) {
    x += Math.cos(s.latDeg * RAD) * Math.cos(s.lonDeg * RAD);
    y += Math.cos(s.latDeg * RAD) * Math.sin(s.lonDeg * RAD);
    z += Math.sin(s.latDeg * RAD);
  }
  const r = Math.hypot(x, y, z);
  if (r < 1e-6) return null;
  return { latDeg: Math.asin(z / r) / RAD, lonDeg: Math.atan2(y, x) / RAD };
}

/**
 * The aim that shows a scenario's subject: `fit` — as close as its first shell allows (a formation
 * fills the view); `earth` — a formation close up too, otherwise the whole Earth turned towards the
 * scenario's ground stations (where its compute meets the ground), else towards the subject's
 * satellites; null when nothing better than the default view is known.
 */
export function subjectAim(
  meta: ConstellationMeta,
  preset: CameraPreset,
  tMs: number,
  fovDeg: number,
  aspect: number,
): CameraAim | null {
  const ext = shellExtent(meta, 0, tMs);
  // A formation (two or more satellites close together) is shown close up; one satellite is shown over the Earth.
  if (ext && ext.n >= 2 && (preset === 'fit' || ext.spreadKm < CLOSE_UP_SPREAD_KM)) {
    return closeAim(ext.nearest, Math.max(ext.spreadKm, 0.5), tMs, fovDeg, aspect);
  }
  const g = stationsCentre(meta.groundStations);
  if (g) return earthAim(g.latDeg, g.lonDeg);
  if (ext && Math.hypot(...ext.c) > EARTH_RADIUS_KM * 0.3) {
    const { latDeg, lonDeg } = eciToLatLon(...ext.c, tMs);
    return earthAim(latDeg, lonDeg);
  }
  if (ext) {
    // A shell spread around the globe: face its satellite nearest the centre (any will do) but keep the Earth view.
    if (satelliteStateKm(ext.nearest, tMs, st)) {
      const { latDeg, lonDeg } = eciToLatLon(st[0], st[1], st[2], tMs);
      return earthAim(latDeg, lonDeg);
    }
  }
  return null;
}

/** The whole Earth turned towards satellite `index`. */
export function nodeAim(index: number, tMs: number): CameraAim | null {
  if (!satelliteStateKm(index, tMs, st)) return null;
  const { latDeg, lonDeg } = eciToLatLon(st[0], st[1], st[2], tMs);
  return earthAim(latDeg, lonDeg);
}

/** The whole Earth turned towards the middle of two points (Earth-fixed lat/lon). */
export function betweenAim(
  a: { latDeg: number; lonDeg: number },
  b: { latDeg: number; lonDeg: number },
): CameraAim {
  const v = (p: { latDeg: number; lonDeg: number }) => [
    Math.cos(p.latDeg * RAD) * Math.cos(p.lonDeg * RAD),
    Math.cos(p.latDeg * RAD) * Math.sin(p.lonDeg * RAD),
    Math.sin(p.latDeg * RAD),
  ];
  const [ax, ay, az] = v(a),
    [bx, by, bz] = v(b);
  const x = ax + bx,
    y = ay + by,
    z = az + bz;
  const r = Math.hypot(x, y, z);
  if (r < 1e-6) return earthAim(a.latDeg, a.lonDeg);
  return earthAim(Math.asin(z / r) / RAD, Math.atan2(y, x) / RAD);
}

/** A shareable pose from an aim (the tracked satellite named by id). */
export function aimToPose(aim: CameraAim, idOf: (index: number) => string | null): CameraPose {
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const targetId = aim.targetIndex >= 0 ? idOf(aim.targetIndex) : null;
  return {
    latDeg: round(aim.latDeg, 3),
    lonDeg: round(aim.lonDeg, 3),
    distanceRe: round(aim.distanceRe, 4),
    ...(targetId ? { targetId } : {}),
  };
}
