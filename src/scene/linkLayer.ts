/**
 * Inter-satellite links, station links and the highlighted route, drawn on the GPU from the same
 * position data as the satellites (src/scene/linkShader.ts). Owns every GPU resource it creates.
 *
 * Draw calls (each one instanced quad geometry; instance data from src/scene/linkBuffers.ts):
 *   all candidates (minus the selected node's) · the selected node's links · rings on its
 *   neighbours · the route · rings on the route's satellites.
 * Per frame: uniforms only. Instance buffers are rewritten when sceneData.linksVersion,
 * stationsVersion, routeVersion, version or the selection change — and a new links block with the
 * same candidates as the last one (the usual case at 4 Hz) rewrites nothing. Buffers grow by half
 * when too small and are reused otherwise (DynamicDrawUsage, partial upload).
 */
import * as THREE from 'three';
import { prefersReducedMotion } from './motion';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { sameArray } from '../sim/arrays';
import { frame } from './frameState';
import { sceneData } from './sceneData';
import { linkFragment, linkVertex } from './linkShader';
import {
  candidateCount,
  fillCandidates,
  fillRoute,
  fillSelected,
  LINK_FLOATS,
  selectedCount,
  type LinkContext,
} from './linkBuffers';
import {
  DOWN_LINK_COLOR,
  GROUND_LINK_COLOR,
  hexToRgb,
  LINK_RAMP,
  ROUTE_COLOR,
  ROUTE_FLOW_COLOR,
} from './linkColors';
import type { SatelliteLayer } from './satelliteLayer';

/** uMode values of the link shader. */
export const LINK_MODE = { all: 0, selected: 1, neighbourRings: 2, route: 3, routeRings: 4 } as const;

/** Line widths and ring sizes, CSS px. */
const STYLE = {
  all: { width: 1.5, alpha: 0.5, gap: 2.5 },
  selected: { width: 3.2, alpha: 1, gap: 4 },
  neighbourRings: { width: 17, alpha: 0.95, gap: 0 },
  route: { width: 4.5, alpha: 1, gap: 0 },
  routeRings: { width: 15, alpha: 1, gap: 0 },
};

const BIG_SPHERE = new THREE.Sphere(new THREE.Vector3(), 1e4);

function vec3(hex: string): THREE.Vector3 {
  const c = hexToRgb(hex);
  return new THREE.Vector3(c[0], c[1], c[2]);
}

/** Unit quad of a link (4 vertices) or a square at each end (8 vertices, rings). */
function baseGeometry(rings: boolean): THREE.InstancedBufferGeometry {
  const g = new THREE.InstancedBufferGeometry();
  if (rings) {
    const p: number[] = [];
    const idx: number[] = [];
    for (let end = 0; end < 2; end++) {
      p.push(end, -1, -1, end, 1, -1, end, 1, 1, end, -1, 1);
      const b = end * 4;
      idx.push(b, b + 1, b + 2, b, b + 2, b + 3);
    }
    g.setAttribute('position', new THREE.Float32BufferAttribute(p, 3));
    g.setIndex(idx);
  } else {
    g.setAttribute('position', new THREE.Float32BufferAttribute([0, -1, 0, 0, 1, 0, 1, -1, 0, 1, 1, 0], 3));
    g.setIndex([0, 2, 1, 1, 2, 3]);
  }
  g.boundingSphere = BIG_SPHERE;
  return g;
}

/** One instance buffer drawn by one or more meshes (e.g. the route's lines and its rings). */
class InstanceSet {
  data = new Float32Array(0);
  count = 0;
  private buffer: THREE.InstancedInterleavedBuffer | null = null;

  constructor(readonly meshes: { mesh: THREE.Mesh; rings: boolean }[]) {}

  /** Room for `n` instances (reallocates, with headroom, only when it grows); returns the array to fill. */
  reserve(n: number): Float32Array {
    const capacity = this.data.length / LINK_FLOATS;
    if (n <= capacity && this.buffer) return this.data;
    const cap = Math.max(64, n, Math.ceil(capacity * 1.5));
    this.data = new Float32Array(cap * LINK_FLOATS);
    const buf = new THREE.InstancedInterleavedBuffer(this.data, LINK_FLOATS, 1);
    buf.setUsage(THREE.DynamicDrawUsage);
    this.buffer = buf;
    for (const m of this.meshes) {
      // A fresh geometry, so the old GPU buffers are freed with the old one.
      m.mesh.geometry.dispose();
      const g = baseGeometry(m.rings);
      g.setAttribute('aA0', new THREE.InterleavedBufferAttribute(buf, 4, 0));
      g.setAttribute('aA1', new THREE.InterleavedBufferAttribute(buf, 4, 4));
      g.setAttribute('aB0', new THREE.InterleavedBufferAttribute(buf, 4, 8));
      g.setAttribute('aB1', new THREE.InterleavedBufferAttribute(buf, 4, 12));
      g.setAttribute('aMeta', new THREE.InterleavedBufferAttribute(buf, 4, 16));
      g.instanceCount = 0;
      m.mesh.geometry = g;
    }
    return this.data;
  }

  /** Uploads the first `n` instances and draws them. */
  commit(n: number): void {
    this.count = n;
    if (this.buffer && n > 0) {
      this.buffer.clearUpdateRanges();
      this.buffer.addUpdateRange(0, n * LINK_FLOATS);
      this.buffer.needsUpdate = true;
    }
    for (const m of this.meshes) (m.mesh.geometry as THREE.InstancedBufferGeometry).instanceCount = n;
  }

  setVisible(v: boolean): void {
    for (const m of this.meshes) m.mesh.visible = v && this.count > 0;
  }

  dispose(): void {
    for (const m of this.meshes) m.mesh.geometry.dispose();
    this.buffer = null;
    this.data = new Float32Array(0);
    this.count = 0;
  }
}

export interface LinkStats {
  /** ISL candidates in the GPU buffer (drawn when up). */
  drawnIsl: number;
  /** Station–satellite candidates in the GPU buffer. */
  drawnGround: number;
  /** Hops of the highlighted route in the GPU buffer. */
  routeHops: number;
}

export class LinkLayer {
  /** Add to the ECI group of the visible scene (never to the picking scene). */
  readonly group = new THREE.Group();

  /** Uniforms every link material shares (plus the satellites' orbit uniforms, by reference). */
  private readonly common = {
    uViewport: { value: new THREE.Vector2(1, 1) },
    uPixelRatio: { value: 1 },
    uGmst: { value: 0 },
    uCamEci: { value: new THREE.Vector3(0, 0, 10) },
    uMaxRange: { value: 1 },
    uClearR: { value: 1 },
    uSelected: { value: -1 },
    uShowGround: { value: 1 },
    uTime: { value: 0 },
    uRamp: { value: LINK_RAMP.map(vec3) },
    uGroundColor: { value: vec3(GROUND_LINK_COLOR) },
    uDownColor: { value: vec3(DOWN_LINK_COLOR) },
    uRouteColor: { value: vec3(ROUTE_COLOR) },
    uFlowColor: { value: vec3(ROUTE_FLOW_COLOR) },
  };
  private readonly materials: THREE.RawShaderMaterial[] = [];
  private readonly candidates: InstanceSet;
  private readonly selected: InstanceSet;
  private readonly route: InstanceSet;
  private isl = 0;
  private groundCount = 0;
  private seenScene = -1;
  private seenLinks = -1;
  private seenStations = -1;
  private seenRoute = -1;
  private seenSelected = -2;
  private lastPairs: Uint32Array | null = null;
  private lastGround: Uint32Array | null = null;

  /** `satellites`: the layer whose orbit uniforms (and hidden-shell texture) the link shaders share. */
  constructor(satellites: SatelliteLayer) {
    const mesh = (
      mode: number,
      style: { width: number; alpha: number; gap: number },
      ringColor: string,
      renderOrder: number,
    ) => {
      const material = new THREE.RawShaderMaterial({
        glslVersion: THREE.GLSL3,
        vertexShader: linkVertex,
        fragmentShader: linkFragment(mode === LINK_MODE.all),
        uniforms: {
          ...satellites.orbitUniforms,
          ...this.common,
          uMode: { value: mode },
          uWidthPx: { value: style.width },
          uAlpha: { value: style.alpha },
          uGapPx: { value: style.gap },
          uRingColor: { value: vec3(ringColor) },
          uHidden: { value: satellites.hiddenTexture },
        },
        transparent: true,
        depthTest: true,
        depthWrite: false,
      });
      this.materials.push(material);
      const m = new THREE.Mesh(baseGeometry(false), material);
      m.frustumCulled = false;
      m.renderOrder = renderOrder;
      m.visible = false;
      this.group.add(m);
      return m;
    };
    this.candidates = new InstanceSet([{ mesh: mesh(LINK_MODE.all, STYLE.all, '#ffffff', 3), rings: false }]);
    this.selected = new InstanceSet([
      { mesh: mesh(LINK_MODE.selected, STYLE.selected, '#ffffff', 4), rings: false },
      { mesh: mesh(LINK_MODE.neighbourRings, STYLE.neighbourRings, '#ffffff', 5), rings: true },
    ]);
    this.route = new InstanceSet([
      { mesh: mesh(LINK_MODE.route, STYLE.route, '#ffffff', 6), rings: false },
      { mesh: mesh(LINK_MODE.routeRings, STYLE.routeRings, ROUTE_COLOR, 7), rings: true },
    ]);
  }

  private context(): LinkContext {
    return {
      closedForm: sceneData.closedForm,
      keyframeCount: sceneData.sgp4Shell.length,
      keyframeShell: sceneData.sgp4Shell,
      stations: sceneData.stations,
    };
  }

  /**
   * Rebuilds instance buffers if their inputs changed, then sets this frame's uniforms.
   * `wallMs` drives the route's flow; `width` × `height` is the canvas in CSS px.
   */
  update(wallMs: number, pixelRatio: number, width: number, height: number, camera: THREE.Camera): void {
    const force = sceneData.version !== this.seenScene || sceneData.stationsVersion !== this.seenStations;
    let candidatesChanged = false;
    if (force || sceneData.linksVersion !== this.seenLinks) candidatesChanged = this.rebuildCandidates(force);
    if (force || candidatesChanged || sceneData.selected !== this.seenSelected) this.rebuildSelected();
    if (force || sceneData.routeVersion !== this.seenRoute) this.rebuildRoute();
    this.seenScene = sceneData.version;
    this.seenStations = sceneData.stationsVersion;

    const u = this.common;
    u.uViewport.value.set(Math.max(1, width * pixelRatio), Math.max(1, height * pixelRatio));
    u.uPixelRatio.value = pixelRatio;
    u.uGmst.value = frame.gmstRad;
    // World (Y-up) → ECI: (x, y, z) → (x, −z, y).
    const cp = camera.position;
    u.uCamEci.value.set(cp.x, -cp.z, cp.y);
    u.uSelected.value = sceneData.selected;
    u.uShowGround.value = sceneData.showStations ? 1 : 0;
    // With reduced motion the route's dashes stand still (the route stays thick and dashed).
    u.uTime.value = prefersReducedMotion() ? 0 : (wallMs / 1000) % 10000;
    const links = sceneData.links;
    if (links) {
      u.uMaxRange.value = links.maxRangeKm / EARTH_RADIUS_KM;
      u.uClearR.value = 1 + links.grazingAltitudeKm / EARTH_RADIUS_KM;
    }
    const show = sceneData.showLinks && !!links;
    this.candidates.setVisible(show);
    this.selected.setVisible(show);
    this.route.setVisible(true);
  }

  /** Returns true when the buffer was rewritten. */
  private rebuildCandidates(force: boolean): boolean {
    this.seenLinks = sceneData.linksVersion;
    const links = sceneData.links;
    const pairs = links?.pairs ?? EMPTY;
    const ground = links?.ground ?? EMPTY;
    // A new links block often repeats the last one.
    if (!force && sameArray(this.lastPairs, pairs) && sameArray(this.lastGround, ground)) return false;
    this.lastPairs = pairs;
    this.lastGround = ground;
    const n = candidateCount(pairs, ground);
    const out = this.candidates.reserve(n);
    const c = fillCandidates(out, pairs, ground, this.context());
    this.isl = c.isl;
    this.groundCount = c.ground;
    this.candidates.commit(n);
    // The first material is the candidates' (see the constructor): fainter as the mesh gets denser.
    this.materials[0].uniforms.uAlpha.value = meshAlpha(this.isl);
    return true;
  }

  private rebuildSelected(): void {
    const sel = sceneData.selected;
    this.seenSelected = sel;
    const pairs = sceneData.links?.pairs ?? EMPTY;
    const ground = sceneData.links?.ground ?? EMPTY;
    const n = selectedCount(pairs, ground, sel);
    const out = this.selected.reserve(n);
    this.selected.commit(fillSelected(out, pairs, ground, sel, this.context()));
  }

  private rebuildRoute(): void {
    this.seenRoute = sceneData.routeVersion;
    const r = sceneData.route;
    const out = this.route.reserve(Math.max(0, r.length - 1));
    this.route.commit(fillRoute(out, r, this.context()));
  }

  /** Instances currently in the GPU buffers. */
  stats(): LinkStats {
    return { drawnIsl: this.isl, drawnGround: this.groundCount, routeHops: this.route.count };
  }

  /** Frees every GPU resource; a later {@link update} rebuilds (e.g. after a remount). */
  dispose(): void {
    this.candidates.dispose();
    this.selected.dispose();
    this.route.dispose();
    for (const m of this.materials) m.dispose();
    this.isl = this.groundCount = 0;
    this.seenScene = this.seenLinks = this.seenStations = this.seenRoute = -1;
    this.seenSelected = -2;
    this.lastPairs = this.lastGround = null;
  }
}

const EMPTY = new Uint32Array(0);

/**
 * Opacity of the candidate mesh: STYLE.all's 0.5 up to 1,000 links, then falling as 1/√n so the
 * front hemisphere of a 20,000-link +Grid still lets Earth and the satellites show (never below 0.2).
 */
export function meshAlpha(links: number): number {
  return Math.min(STYLE.all.alpha, Math.max(0.2, STYLE.all.alpha * Math.sqrt(1000 / Math.max(1, links))));
}
