/**
 * Ground stations: a marker on Earth's surface, a name label and a translucent visibility cone per
 * station, in an Earth-fixed group turned by GMST about ECI z (like the Earth mesh). Owns every GPU
 * resource it creates. Rebuilt when sceneData.stationsVersion changes (or the scenario's highest
 * altitude, which sets the cones' length); per frame only the group's turn, a facing test per
 * station (labels and markers are drawn over everything, so Earth's far side hides them here) and
 * the sprites' scale when the canvas height changes.
 *
 * The cone: apex at the station, axis along local vertical, half-angle 90° − min elevation, reaching
 * the sphere of the highest satellite: its rim is where a ray at exactly the minimum elevation
 * meets that altitude (slant range ρ = √((R+h)² − R²cos²ε) − R sin ε), so a satellite at that
 * altitude inside the rim is in view.
 */
import * as THREE from 'three';
import { placeLabels } from './labelPlacement';
import { DEG, EARTH_RADIUS_KM } from '../sim/constants';
import { CF_STRIDE } from '../sim/closedForm';
import { frame } from './frameState';
import { sceneData, type StationBlock } from './sceneData';
import { STATION_COLOR } from './linkColors';
/** Cone length when the scenario gives no altitude (no satellites yet). */
export const DEFAULT_REACH_KM = 2000;
/** Longest cone drawn: beyond this (MEO, GEO) a cone would cover the view. */
const MAX_REACH_KM = 10000;
const MARKER_PX = 13;
const LABEL_PX = 14;
/** From a station to its label, px (also the marker's half-size for placement). */
const LABEL_GAP_PX = MARKER_PX * 0.7;

/**
 * Anchors a label `LABEL_GAP_PX` from its station on `side` (right, left, above, below): a sprite's
 * `center` is the point of the sprite, in its own width/height fractions, that sits on the station.
 */
function setLabelSide(st: { label: THREE.Sprite; aspect: number; side: number }, side: number): void {
  const gx = LABEL_GAP_PX / (LABEL_PX * st.aspect);
  const gy = LABEL_GAP_PX / LABEL_PX;
  if (side === 0) st.label.center.set(-gx, 0.5);
  else if (side === 1) st.label.center.set(1 + gx, 0.5);
  else if (side === 2) st.label.center.set(0.5, -gy);
  else st.label.center.set(0.5, 1 + gy);
  st.side = side;
}
const CONE_SEGMENTS = 64;

/** Slant range (km) from a sea-level station at elevation `elevDeg` to the sphere at `altitudeKm`. */
export function slantRangeKm(elevDeg: number, altitudeKm: number): number {
  const R = EARTH_RADIUS_KM;
  const r = R + altitudeKm;
  const e = elevDeg * DEG;
  return Math.sqrt(Math.max(0, r * r - R * R * Math.cos(e) ** 2)) - R * Math.sin(e);
}

/** Highest satellite altitude of the scene data (closed-form apogees, first keyframe radii), km, or null. */
export function highestAltitudeKm(): number | null {
  let rMax = 0;
  const cf = sceneData.closedForm;
  if (cf) {
    const el = cf.elements;
    for (let i = 0; i < cf.count; i++) {
      const r = el[i * CF_STRIDE] * (1 + el[i * CF_STRIDE + 1]);
      if (r > rMax) rMax = r;
    }
  }
  const kf = sceneData.keyframes;
  if (kf && kf.satCount === sceneData.sgp4Shell.length) {
    const d = kf.data;
    for (let i = 0; i < kf.satCount; i++) {
      const o = i * 8;
      if (d[o + 3] !== 1) continue;
      const r = Math.hypot(d[o], d[o + 1], d[o + 2]);
      if (r > rMax) rMax = r;
    }
  }
  return rMax > EARTH_RADIUS_KM ? rMax - EARTH_RADIUS_KM : null;
}

/** Open cone in the station's local frame (z up, Earth radii): apex at the origin, alpha fading outwards. */
function coneGeometry(
  minElevationDeg: number,
  reachKm: number,
): { cone: THREE.BufferGeometry; rim: THREE.BufferGeometry } {
  const elev = Math.min(Math.max(minElevationDeg, 0), 89);
  const rho = slantRangeKm(elev, reachKm) / EARTH_RADIUS_KM;
  const rb = rho * Math.cos(elev * DEG);
  const h = Math.max(rho * Math.sin(elev * DEG), 1e-4);
  const n = CONE_SEGMENTS;
  const pos = new Float32Array((n + 2) * 3);
  const col = new Float32Array((n + 2) * 4);
  col.set([1, 1, 1, 0.16], 0);
  const rim = new Float32Array(n * 3);
  for (let k = 0; k <= n; k++) {
    const t = (k / n) * 2 * Math.PI;
    const x = rb * Math.cos(t);
    const y = rb * Math.sin(t);
    pos.set([x, y, h], (k + 1) * 3);
    col.set([1, 1, 1, 0.025], (k + 1) * 4);
    if (k < n) rim.set([x, y, h], k * 3);
  }
  const idx: number[] = [];
  for (let k = 1; k <= n; k++) idx.push(0, k, k + 1);
  const cone = new THREE.BufferGeometry();
  cone.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  cone.setAttribute('color', new THREE.BufferAttribute(col, 4));
  cone.setIndex(idx);
  const rimGeo = new THREE.BufferGeometry();
  rimGeo.setAttribute('position', new THREE.BufferAttribute(rim, 3));
  return { cone, rim: rimGeo };
}

function markerTexture(): THREE.CanvasTexture {
  const c = document.createElement('canvas');
  c.width = c.height = 64;
  const g = c.getContext('2d')!;
  g.fillStyle = 'rgba(0, 0, 0, 0.75)';
  g.beginPath();
  g.arc(32, 32, 28, 0, 2 * Math.PI);
  g.fill();
  g.strokeStyle = STATION_COLOR;
  g.lineWidth = 7;
  g.beginPath();
  g.arc(32, 32, 20, 0, 2 * Math.PI);
  g.stroke();
  g.fillStyle = STATION_COLOR;
  g.beginPath();
  g.arc(32, 32, 8, 0, 2 * Math.PI);
  g.fill();
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  return t;
}

/** A label as a canvas texture: plain text (never HTML), light with a dark outline. */
function labelTexture(text: string): { tex: THREE.CanvasTexture; aspect: number } {
  const font =
    '600 40px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
  const c = document.createElement('canvas');
  const g0 = c.getContext('2d')!;
  g0.font = font;
  const w = Math.ceil(Math.min(g0.measureText(text).width, 1200)) + 20;
  c.width = w;
  c.height = 56;
  const g = c.getContext('2d')!;
  g.font = font;
  g.textBaseline = 'middle';
  g.lineJoin = 'round';
  g.lineWidth = 9;
  g.strokeStyle = 'rgba(2, 4, 10, 0.9)';
  g.strokeText(text, 10, 29, 1200);
  g.fillStyle = '#eafff0';
  g.fillText(text, 10, 29, 1200);
  const tex = new THREE.CanvasTexture(c);
  tex.colorSpace = THREE.SRGBColorSpace;
  tex.minFilter = THREE.LinearFilter;
  tex.generateMipmaps = false;
  return { tex, aspect: w / c.height };
}

interface StationObjects {
  root: THREE.Group;
  cone: THREE.Mesh;
  rim: THREE.LineLoop;
  marker: THREE.Sprite;
  label: THREE.Sprite;
  labelMaterial: THREE.SpriteMaterial;
  labelTex: THREE.CanvasTexture;
  aspect: number;
  /** Earth-fixed unit vector. */
  n: [number, number, number];
  /** Which side of its marker the label is on (src/scene/labelPlacement.ts). */
  side: number;
}

/** Scratch for the per-frame label placement (grown in rebuild, never per frame). */
const SCRATCH_WORLD = new THREE.Vector3();

export class StationLayer {
  /** Earth-fixed group: add inside the ECI frame; turned by GMST each frame. */
  readonly group = new THREE.Group();
  private stations: StationObjects[] = [];
  private readonly coneMaterial = new THREE.MeshBasicMaterial({
    color: STATION_COLOR,
    vertexColors: true,
    transparent: true,
    depthWrite: false,
    side: THREE.DoubleSide,
  });
  private readonly rimMaterial = new THREE.LineBasicMaterial({
    color: STATION_COLOR,
    transparent: true,
    opacity: 0.3,
    depthWrite: false,
  });
  private markerTex: THREE.CanvasTexture | null = null;
  private markerMaterial: THREE.SpriteMaterial | null = null;
  private seenStations = -1;
  private seenScene = -1;
  private seenKeyframes = -1;
  private reachKm = DEFAULT_REACH_KM;
  private lastScale = -1;
  private lastOverride: number | undefined = undefined;
  private labelFor: (name: string) => string = (name) => name;
  /** Screen positions and label widths of the stations on the near side, their sides (placeLabels). */
  private px = new Float64Array(0);
  private py = new Float64Array(0);
  private pw = new Float64Array(0);
  private placedBoxes = new Float64Array(0);
  private sides = new Uint8Array(0);
  private drawnIndex = new Int32Array(0);

  /** How a station's name is shown (the language in use); the labels are redrawn when it changes. */
  setLabelFor(labelFor: (name: string) => string): void {
    this.labelFor = labelFor;
    this.seenStations = -1;
  }

  /**
   * Rebuilds if the stations (or the cones' length) changed, then turns and orients for this frame and
   * puts each visible label on a side of its marker where it covers no other label or marker.
   */
  update(camera: THREE.Camera, widthCss: number, heightCss: number, reachOverrideKm?: number): void {
    if (
      sceneData.version !== this.seenScene ||
      sceneData.keyframesVersion !== this.seenKeyframes ||
      reachOverrideKm !== this.lastOverride
    ) {
      this.seenScene = sceneData.version;
      this.lastOverride = reachOverrideKm;
      this.seenKeyframes = sceneData.keyframesVersion;
      const reach = reachOverrideKm ?? Math.min(highestAltitudeKm() ?? DEFAULT_REACH_KM, MAX_REACH_KM);
      if (Math.abs(reach - this.reachKm) > 0.02 * this.reachKm) {
        this.reachKm = reach;
        this.seenStations = -1;
      }
    }
    if (sceneData.stationsVersion !== this.seenStations) this.rebuild();
    this.group.visible = sceneData.showStations && this.stations.length > 0;
    if (!this.group.visible) return;
    const g = frame.gmstRad;
    this.group.rotation.z = g;

    // Sprites with sizeAttenuation off: on-screen height = scale · P[1][1] · height / 2.
    const p11 = camera.projectionMatrix.elements[5];
    const unit = 2 / (p11 * Math.max(heightCss, 1));
    const rescale = Math.abs(unit - this.lastScale) > 1e-9;
    this.lastScale = unit;
    const c = Math.cos(g);
    const s = Math.sin(g);
    const cam = camera.position;
    let drawn = 0;
    for (let i = 0; i < this.stations.length; i++) {
      const st = this.stations[i]!;
      if (rescale) {
        st.marker.scale.set(MARKER_PX * unit, MARKER_PX * unit, 1);
        st.label.scale.set(LABEL_PX * unit * st.aspect, LABEL_PX * unit, 1);
      }
      // ECI = Rz(gmst)·n, world = (x, z, −y); on the near side iff n·camera > 1 (unit sphere).
      const ex = c * st.n[0] - s * st.n[1];
      const ey = s * st.n[0] + c * st.n[1];
      const facing = ex * cam.x + st.n[2] * cam.y - ey * cam.z > 1.0005;
      st.marker.visible = st.label.visible = facing;
      if (!facing) continue;
      SCRATCH_WORLD.set(ex, st.n[2], -ey).project(camera);
      this.px[drawn] = ((SCRATCH_WORLD.x + 1) / 2) * widthCss;
      this.py[drawn] = ((1 - SCRATCH_WORLD.y) / 2) * heightCss;
      this.pw[drawn] = LABEL_PX * st.aspect;
      this.drawnIndex[drawn++] = i;
    }
    placeLabels(drawn, this.px, this.py, this.pw, LABEL_PX, LABEL_GAP_PX, this.placedBoxes, this.sides);
    for (let k = 0; k < drawn; k++) {
      const st = this.stations[this.drawnIndex[k]!]!;
      const side = this.sides[k]!;
      if (side !== st.side) setLabelSide(st, side);
    }
  }

  private rebuild(): void {
    this.seenStations = sceneData.stationsVersion;
    this.clear();
    this.lastScale = -1;
    const list: readonly StationBlock[] = sceneData.stations;
    if (list.length === 0) return;
    if (!this.markerMaterial) {
      this.markerTex = markerTexture();
      this.markerMaterial = new THREE.SpriteMaterial({
        map: this.markerTex,
        depthTest: false,
        depthWrite: false,
        sizeAttenuation: false,
      });
    }
    const zAxis = new THREE.Vector3(0, 0, 1);
    const dir = new THREE.Vector3();
    for (const st of list) {
      const lat = st.latDeg * DEG;
      const lon = st.lonDeg * DEG;
      const n: [number, number, number] = [
        Math.cos(lat) * Math.cos(lon),
        Math.cos(lat) * Math.sin(lon),
        Math.sin(lat),
      ];
      const root = new THREE.Group();
      root.position.set(n[0], n[1], n[2]);
      root.quaternion.setFromUnitVectors(zAxis, dir.set(n[0], n[1], n[2]));
      const geo = coneGeometry(st.minElevationDeg, this.reachKm);
      const cone = new THREE.Mesh(geo.cone, this.coneMaterial);
      cone.renderOrder = 2;
      const rim = new THREE.LineLoop(geo.rim, this.rimMaterial);
      rim.renderOrder = 2;
      const marker = new THREE.Sprite(this.markerMaterial);
      marker.renderOrder = 20;
      const { tex, aspect } = labelTexture(this.labelFor(st.name));
      const labelMaterial = new THREE.SpriteMaterial({
        map: tex,
        depthTest: false,
        depthWrite: false,
        sizeAttenuation: false,
      });
      const label = new THREE.Sprite(labelMaterial);
      label.renderOrder = 21;
      for (const o of [cone, rim, marker, label]) o.frustumCulled = false;
      root.add(cone, rim, marker, label);
      this.group.add(root);
      const objects: StationObjects = {
        root,
        cone,
        rim,
        marker,
        label,
        labelMaterial,
        labelTex: tex,
        aspect,
        n,
        side: -1,
      };
      setLabelSide(objects, 0);
      this.stations.push(objects);
    }
    const m = this.stations.length;
    this.px = new Float64Array(m);
    this.py = new Float64Array(m);
    this.pw = new Float64Array(m);
    this.placedBoxes = new Float64Array(4 * m);
    this.sides = new Uint8Array(m);
    this.drawnIndex = new Int32Array(m);
  }

  /** Stations currently drawn. */
  get count(): number {
    return this.stations.length;
  }

  private clear(): void {
    for (const st of this.stations) {
      this.group.remove(st.root);
      st.cone.geometry.dispose();
      st.rim.geometry.dispose();
      st.labelMaterial.dispose();
      st.labelTex.dispose();
    }
    this.stations = [];
  }

  /** Frees every GPU resource; a later {@link update} rebuilds. */
  dispose(): void {
    this.clear();
    this.coneMaterial.dispose();
    this.rimMaterial.dispose();
    this.markerMaterial?.dispose();
    this.markerTex?.dispose();
    this.markerMaterial = null;
    this.markerTex = null;
    this.seenStations = this.seenScene = this.seenKeyframes = -1;
  }
}
