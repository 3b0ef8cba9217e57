/**
 * The satellites as two THREE.Points draw calls (closed-form shells and SGP4 keyframes) plus their
 * GPU-picking twins. Owns every GPU resource it creates; `dispose()` frees them.
 * Per frame: one small phase texture upload (per rate group, not per satellite) and a few uniforms.
 *
 * The orbit uniforms (phase texture, keyframe texture, current keyframe interval) are one shared
 * object, {@link SatelliteLayer.orbitUniforms}: every satellite material and the link layer
 * (src/scene/linkLayer.ts) reference the same uniform objects, so links read exactly the positions
 * the points are drawn at, in the same frame, with no copying.
 */
import * as THREE from 'three';
import { CF_STRIDE, groupPhases, RATE_STRIDE } from '../sim/closedForm';
import { DATA_TEXTURE_WIDTH, dataTextureRows } from '../sim/dataTexture';
import { keyframeTextureRows } from '../sim/keyframeLayout';
import { EARTH_RADIUS_KM, SUN_RADIUS_KM } from '../sim/constants';
import { frame } from './frameState';
import { closedFormVertex, keyframeVertex, pointFragment } from './satelliteShader';
import { MAX_SHELLS_DRAWN, sceneData, SHELL_PALETTE, type KeyframeBlock } from './sceneData';
import type { ClosedFormPayload } from '../worker/protocol';

const PHASE_WIDTH = 1024;

/** Uniforms of {@link orbitGlsl} (src/scene/satelliteShader.ts), shared by every material that evaluates positions. */
export interface OrbitUniforms {
  [name: string]: THREE.IUniform;
  uPhases: THREE.IUniform<THREE.Texture | null>;
  uPhaseWidth: THREE.IUniform<number>;
  uKeys: THREE.IUniform<THREE.Texture | null>;
  uKeysReady: THREE.IUniform<number>;
  uSatCount: THREE.IUniform<number>;
  uKey: THREE.IUniform<number>;
  uFrac: THREE.IUniform<number>;
  uStepS: THREE.IUniform<number>;
}

function createOrbitUniforms(): OrbitUniforms {
  return {
    uPhases: { value: null },
    uPhaseWidth: { value: PHASE_WIDTH },
    uKeys: { value: null },
    uKeysReady: { value: 0 },
    uSatCount: { value: 0 },
    uKey: { value: 0 },
    uFrac: { value: 0 },
    uStepS: { value: 240 },
  };
}
const BIG_SPHERE = new THREE.Sphere(new THREE.Vector3(), 1e4);

function paletteUniform(): THREE.Vector3[] {
  return SHELL_PALETTE.map((c) => new THREE.Vector3(c[0], c[1], c[2]));
}

function makeMaterial(
  vertexShader: string,
  extra: Record<string, THREE.IUniform>,
  pick: boolean,
): THREE.RawShaderMaterial {
  return new THREE.RawShaderMaterial({
    glslVersion: THREE.GLSL3,
    vertexShader,
    fragmentShader: pointFragment,
    uniforms: {
      uPointPx: { value: 2.6 },
      uPixelRatio: { value: 1 },
      uSelected: { value: -1 },
      uHovered: { value: -1 },
      uIndexOffset: { value: 0 },
      uPalette: { value: paletteUniform() },
      uPick: { value: pick ? 1 : 0 },
      uColorMode: { value: 0 },
      uSunEr: { value: new THREE.Vector3(23455, 0, 0) },
      uSunRadiusEr: { value: SUN_RADIUS_KM / EARTH_RADIUS_KM },
      uBudgets: { value: null as THREE.Texture | null },
      uBudgetStride: { value: 1 },
      uBudgetCount: { value: 0 },
      uChannel: { value: 0 },
      uRampMin: { value: 0 },
      uRampMax: { value: 1 },
      uRamp: { value: [0, 1, 2, 3, 4].map(() => new THREE.Vector3()) },
      uHidden: { value: null as THREE.Texture | null },
      ...extra,
    },
    depthTest: true,
    depthWrite: true,
  });
}

export class SatelliteLayer {
  /** Add to the ECI group of the visible scene. */
  readonly group = new THREE.Group();
  /** Add to the ECI group of the picking scene. */
  readonly pickGroup = new THREE.Group();

  private cf: {
    set: ClosedFormPayload;
    points: THREE.Points;
    pickPoints: THREE.Points;
    phaseTex: THREE.DataTexture;
    phaseData: Float32Array;
    phaseScratch: Float64Array;
  } | null = null;
  private kf: {
    points: THREE.Points;
    pickPoints: THREE.Points;
    tex: THREE.DataTexture | null;
    block: KeyframeBlock | null;
  } | null = null;
  private readonly cfMaterial: THREE.RawShaderMaterial;
  private readonly cfPickMaterial: THREE.RawShaderMaterial;
  private readonly kfMaterial: THREE.RawShaderMaterial;
  private readonly kfPickMaterial: THREE.RawShaderMaterial;
  private seenVersion = -1;
  private seenKeyframes = -1;
  private seenBudgets = -1;
  private budgetTex: THREE.DataTexture | null = null;
  private readonly hiddenTex = new THREE.DataTexture(
    sceneData.hiddenShells,
    MAX_SHELLS_DRAWN,
    1,
    THREE.RedFormat,
    THREE.UnsignedByteType,
  );
  private seenHidden = -1;

  /**
   * The orbit uniforms every position-evaluating material shares (same objects, not copies):
   * include them with `{ ...layer.orbitUniforms, … }` in a RawShaderMaterial whose vertex shader
   * contains {@link orbitGlsl}. Updated by {@link update}; read-only for everyone else.
   */
  readonly orbitUniforms: OrbitUniforms = createOrbitUniforms();

  constructor() {
    const o = this.orbitUniforms;
    this.cfMaterial = makeMaterial(closedFormVertex, { ...o }, false);
    this.cfPickMaterial = makeMaterial(closedFormVertex, { ...o }, true);
    this.kfMaterial = makeMaterial(keyframeVertex, { ...o }, false);
    this.kfPickMaterial = makeMaterial(keyframeVertex, { ...o }, true);
    this.hiddenTex.minFilter = this.hiddenTex.magFilter = THREE.NearestFilter;
    for (const m of [this.cfMaterial, this.cfPickMaterial, this.kfMaterial, this.kfPickMaterial])
      m.uniforms.uHidden.value = this.hiddenTex;
  }

  /** Simulation time (Unix ms) of the last {@link update}: the instant the uniforms hold. */
  lastSimMs = 0;

  /** Rebuilds buffers if the scene data changed, then updates uniforms for `simMs`. */
  update(simMs: number, pixelRatio: number): void {
    this.lastSimMs = simMs;
    if (sceneData.version !== this.seenVersion) this.rebuild();
    if (sceneData.keyframesVersion !== this.seenKeyframes) this.uploadKeyframes();
    if (sceneData.budgetsVersion !== this.seenBudgets) this.uploadBudgets();
    if (sceneData.hiddenVersion !== this.seenHidden) {
      this.seenHidden = sceneData.hiddenVersion;
      this.hiddenTex.needsUpdate = true;
    }
    const mats = [this.cfMaterial, this.cfPickMaterial, this.kfMaterial, this.kfPickMaterial];
    const k = frame.sunDistanceKm / EARTH_RADIUS_KM;
    const budgetMode = sceneData.colorMode === 2 && !!sceneData.budgets;
    for (const m of mats) {
      const u = m.uniforms;
      u.uSelected.value = sceneData.selected;
      u.uHovered.value = sceneData.hovered;
      u.uPixelRatio.value = pixelRatio;
      u.uSunEr.value.set(frame.sunDirEci[0] * k, frame.sunDirEci[1] * k, frame.sunDirEci[2] * k);
      u.uColorMode.value = sceneData.colorMode === 2 && !budgetMode ? 0 : sceneData.colorMode;
      u.uChannel.value = sceneData.channel;
      u.uRampMin.value = sceneData.rampMin;
      u.uRampMax.value = sceneData.rampMax;
      const ramp = u.uRamp.value as THREE.Vector3[];
      for (let i = 0; i < 5 && i < sceneData.ramp.length; i++) ramp[i].set(...sceneData.ramp[i]);
    }
    if (this.cf) {
      groupPhases(this.cf.set as never, simMs, this.cf.phaseScratch);
      const groups = this.cf.set.rates.length / RATE_STRIDE;
      const d = this.cf.phaseData;
      const s = this.cf.phaseScratch;
      for (let g = 0; g < groups; g++) {
        d[g * 4] = s[g * 3];
        d[g * 4 + 1] = s[g * 3 + 1];
        d[g * 4 + 2] = s[g * 3 + 2];
      }
      this.cf.phaseTex.needsUpdate = true;
    }
    if (this.kf && this.kf.block) {
      const b = this.kf.block;
      const x = Math.min(Math.max((simMs - b.startMs) / (b.stepS * 1000), 0), b.count - 1);
      const k = Math.min(Math.floor(x), b.count - 2);
      const o = this.orbitUniforms;
      o.uKey.value = k;
      o.uFrac.value = x - k;
      o.uStepS.value = b.stepS;
      o.uSatCount.value = b.satCount;
    }
  }

  /** Phase texture of the closed-form rate groups (RGBA32F, {@link PHASE_WIDTH} wide), or null. */
  get phaseTexture(): THREE.DataTexture | null {
    return this.cf?.phaseTex ?? null;
  }

  /** Keyframe texture of the SGP4 satellites (src/sim/keyframes.ts layout), or null before the first window. */
  get keyframeTexture(): THREE.DataTexture | null {
    return this.kf?.block ? this.kf.tex : null;
  }

  /** Hidden shells (R8, {@link MAX_SHELLS_DRAWN} × 1: > 0.5 for a hidden shell index), as the satellite shaders read it. */
  get hiddenTexture(): THREE.DataTexture {
    return this.hiddenTex;
  }

  /** The closed-form set drawn (what the phase texture and attributes were built from), or null. */
  get closedFormSet(): ClosedFormPayload | null {
    return this.cf?.set ?? null;
  }

  /** The keyframe window in the keyframe texture, or null before the first one. */
  get keyframeWindow(): KeyframeBlock | null {
    return this.kf?.block ?? null;
  }

  /** Sun position the satellite materials use (ECI, Earth radii), as of the last {@link update}. */
  get sunEr(): THREE.Vector3 {
    return this.cfMaterial.uniforms.uSunEr.value as THREE.Vector3;
  }

  /** Solar radius the satellite materials use, Earth radii. */
  get sunRadiusEr(): number {
    return this.cfMaterial.uniforms.uSunRadiusEr.value as number;
  }

  /** Closed-form satellites drawn (global indices 0 … n − 1); SGP4 ones follow. */
  get closedFormCount(): number {
    return this.cf?.set.count ?? 0;
  }

  private uploadBudgets(): void {
    this.seenBudgets = sceneData.budgetsVersion;
    const b = sceneData.budgets;
    const mats = [this.cfMaterial, this.cfPickMaterial, this.kfMaterial, this.kfPickMaterial];
    if (!b) {
      for (const m of mats) m.uniforms.uBudgetCount.value = 0;
      return;
    }
    const rows = dataTextureRows(b.values.length / 4);
    let tex = this.budgetTex;
    if (!tex || tex.image.height !== rows) {
      tex?.dispose();
      tex = new THREE.DataTexture(b.values, DATA_TEXTURE_WIDTH, rows, THREE.RGBAFormat, THREE.FloatType);
      tex.minFilter = tex.magFilter = THREE.NearestFilter;
      this.budgetTex = tex;
    } else {
      (tex.image as { data: Float32Array }).data = b.values;
    }
    tex.needsUpdate = true;
    for (const m of mats) {
      m.uniforms.uBudgets.value = tex;
      m.uniforms.uBudgetStride.value = b.stride;
      m.uniforms.uBudgetCount.value = b.count;
    }
  }

  /** Number of satellites currently drawn. */
  get count(): number {
    return (this.cf?.set.count ?? 0) + (this.kf?.block ? this.kf.block.satCount : 0);
  }

  private rebuild(): void {
    this.seenVersion = sceneData.version;
    this.disposeObjects();
    const set = sceneData.closedForm;
    if (set && set.count > 0) {
      const n = set.count;
      const pos = new Float32Array(n * 3);
      const ang = new Float32Array(n * 3);
      const el = set.elements;
      for (let i = 0; i < n; i++) {
        const b = i * CF_STRIDE;
        pos[i * 3] = el[b] / EARTH_RADIUS_KM;
        pos[i * 3 + 1] = el[b + 1];
        pos[i * 3 + 2] = el[b + 2];
        ang[i * 3] = el[b + 3];
        ang[i * 3 + 1] = el[b + 4];
        ang[i * 3 + 2] = el[b + 5];
      }
      const geo = new THREE.BufferGeometry();
      geo.setAttribute('position', new THREE.BufferAttribute(pos, 3));
      geo.setAttribute('angles', new THREE.BufferAttribute(ang, 3));
      geo.setAttribute('group', new THREE.BufferAttribute(new Float32Array(set.group), 1));
      geo.setAttribute('shell', new THREE.BufferAttribute(new Float32Array(set.shell), 1));
      geo.boundingSphere = BIG_SPHERE;
      const groups = set.rates.length / RATE_STRIDE;
      const rows = Math.max(1, Math.ceil(groups / PHASE_WIDTH));
      const phaseData = new Float32Array(PHASE_WIDTH * rows * 4);
      const phaseTex = new THREE.DataTexture(phaseData, PHASE_WIDTH, rows, THREE.RGBAFormat, THREE.FloatType);
      phaseTex.minFilter = phaseTex.magFilter = THREE.NearestFilter;
      this.orbitUniforms.uPhases.value = phaseTex;
      const points = new THREE.Points(geo, this.cfMaterial);
      const pickPoints = new THREE.Points(geo, this.cfPickMaterial);
      for (const p of [points, pickPoints]) p.frustumCulled = false;
      this.group.add(points);
      this.pickGroup.add(pickPoints);
      this.cf = { set, points, pickPoints, phaseTex, phaseData, phaseScratch: new Float64Array(groups * 3) };
    }
    const m = sceneData.sgp4Shell.length;
    if (m > 0) {
      const geo = new THREE.BufferGeometry();
      geo.setAttribute('position', new THREE.BufferAttribute(new Float32Array(m * 3), 3));
      geo.setAttribute('shell', new THREE.BufferAttribute(new Float32Array(sceneData.sgp4Shell), 1));
      geo.boundingSphere = BIG_SPHERE;
      const offset = set?.count ?? 0;
      this.kfMaterial.uniforms.uIndexOffset.value = offset;
      this.kfPickMaterial.uniforms.uIndexOffset.value = offset;
      const points = new THREE.Points(geo, this.kfMaterial);
      const pickPoints = new THREE.Points(geo, this.kfPickMaterial);
      for (const p of [points, pickPoints]) {
        p.frustumCulled = false;
        p.visible = false; // until the first keyframe window arrives
      }
      this.group.add(points);
      this.pickGroup.add(pickPoints);
      this.kf = { points, pickPoints, tex: null, block: null };
    }
    this.seenKeyframes = -1;
  }

  private uploadKeyframes(): void {
    this.seenKeyframes = sceneData.keyframesVersion;
    const b = sceneData.keyframes;
    if (!this.kf || !b || b.satCount !== sceneData.sgp4Shell.length) return;
    const rows = keyframeTextureRows(b.count, b.satCount);
    let tex = this.kf.tex;
    if (!tex || tex.image.height !== rows) {
      tex?.dispose();
      tex = new THREE.DataTexture(b.data, DATA_TEXTURE_WIDTH, rows, THREE.RGBAFormat, THREE.FloatType);
      tex.minFilter = tex.magFilter = THREE.NearestFilter;
      this.kf.tex = tex;
      this.orbitUniforms.uKeys.value = tex;
    } else {
      (tex.image as { data: Float32Array }).data = b.data;
    }
    tex.needsUpdate = true;
    this.kf.block = b;
    this.orbitUniforms.uKeysReady.value = 1;
    this.orbitUniforms.uSatCount.value = b.satCount;
    this.kf.points.visible = true;
    this.kf.pickPoints.visible = true;
  }

  private disposeObjects(): void {
    const o = this.orbitUniforms;
    o.uPhases.value = null;
    o.uKeys.value = null;
    o.uKeysReady.value = 0;
    o.uSatCount.value = 0;
    if (this.cf) {
      this.group.remove(this.cf.points);
      this.pickGroup.remove(this.cf.pickPoints);
      this.cf.points.geometry.dispose();
      this.cf.phaseTex.dispose();
      this.cf = null;
    }
    if (this.kf) {
      this.group.remove(this.kf.points);
      this.pickGroup.remove(this.kf.pickPoints);
      this.kf.points.geometry.dispose();
      this.kf.tex?.dispose();
      this.kf = null;
    }
  }

  /** Frees every GPU resource; a later {@link update} rebuilds from the scene data (e.g. after a remount). */
  dispose(): void {
    this.disposeObjects();
    this.seenVersion = this.seenKeyframes = this.seenBudgets = this.seenHidden = -1;
    this.budgetTex?.dispose();
    this.budgetTex = null;
    this.hiddenTex.dispose();
    for (const m of [this.cfMaterial, this.cfPickMaterial, this.kfMaterial, this.kfPickMaterial]) m.dispose();
  }
}
