/**
 * Test-only GPU readback (docs/architecture.md, "GPU checked against the core"): evaluates the
 * scene's own GLSL — {@link orbitGlsl} (closed form and keyframe Hermite), {@link shadowGlsl} and the
 * link rules {@link linkUpGlsl} — for chosen items, one point per item into a 1-row RGBA32F render
 * target (EXT_color_buffer_float), and reads the floats back, so e2e/gpu-parity.spec.ts can compare
 * them with src/sim. The shader is composed from the exported source strings, never a copy.
 * It reuses the satellite layer's orbit uniforms and Sun, so it sees exactly what the last frame drew.
 * Nothing here runs unless a test calls `window.__constellation.gpuProbe`.
 */
import * as THREE from 'three';
import { CF_STRIDE } from '../sim/closedForm';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { KF_STRIDE } from '../sim/keyframeLayout';
import { orbitGlsl, shadowGlsl } from './satelliteShader';
import { linkUpGlsl } from './linkShader';
import type { SatelliteLayer } from './satelliteLayer';

/** Most items in one probe call (the render target's width). */
export const MAX_PROBE_ITEMS = 8192;

/** An inter-satellite link with explicit ends (ECI, km), tested by the link shader's `islUp`. */
export interface ProbeIsl {
  aKm: [number, number, number];
  bKm: [number, number, number];
  maxRangeKm: number;
  grazingKm: number;
}

/** A station–satellite link (ECI, km), tested by the link shader's `groundLinkUp`. */
export interface ProbeGround {
  stationKm: [number, number, number];
  satKm: [number, number, number];
  minElevationDeg: number;
}

export interface ProbeRequest {
  /** Global satellite indices (closed form first, then keyframed), as the scene numbers them. */
  satellites?: number[];
  isl?: ProbeIsl[];
  ground?: ProbeGround[];
  /** Angles x (rad): the context's own sin(x), cos(x), acos(cos x), asin(sin x) — its transcendental precision. */
  trig?: number[];
  /** Also return the inputs the shader read (closed-form set, keyframe window) for a CPU reference. */
  inputs?: boolean;
}

/** One satellite as the shader evaluated it: ECI km (float32 Earth radii × R⊕), hidden Sun fraction; null when invalid. */
export interface ProbeSatellite {
  index: number;
  kind: 'closed-form' | 'keyframe';
  posKm: [number, number, number] | null;
  shadow: number | null;
}

export interface ProbeReply {
  /** Instant the orbit uniforms hold (the last frame's), Unix ms. */
  simMs: number;
  /** Sun position the shaders used, ECI km. */
  sunKm: [number, number, number];
  satellites: ProbeSatellite[];
  isl: boolean[];
  ground: boolean[];
  trig: { x: number; sin: number; cos: number; acos: number; asin: number }[];
  /** With `inputs`: the closed-form set and keyframe window as plain arrays. */
  closedForm?: {
    count: number;
    epochMs: number;
    elements: number[];
    group: number[];
    rates: number[];
  } | null;
  keyframes?: { startMs: number; stepS: number; count: number; satCount: number; data: number[] } | null;
}

const KIND_CF = 0;
const KIND_KF = 1;
const KIND_ISL = 2;
const KIND_GROUND = 3;
const KIND_TRIG = 4;

const probeVertex = /* glsl */ `
precision highp float;
precision highp int;
in vec3 position;   // unused (draw count only)
in float aKind;     // 0 closed form, 1 keyframe, 2 ISL, 3 station link, 4 trigonometry
in vec4 aIn0;
in vec4 aIn1;
in vec4 aIn2;
uniform float uWidth;
${orbitGlsl}
${shadowGlsl}
${linkUpGlsl}
out vec4 vOut;

void main() {
  gl_Position = vec4((float(gl_VertexID) + 0.5) / uWidth * 2.0 - 1.0, 0.0, 0.0, 1.0);
  gl_PointSize = 1.0;
  int kind = int(aKind + 0.5);
  if (kind == ${KIND_CF}) {
    vec3 p = closedFormPosition(aIn0.xyz, aIn1.xyz, aIn0.w);
    vOut = vec4(p, shadowFraction(p));
  } else if (kind == ${KIND_KF}) {
    bool ok;
    vec3 p = keyframePosition(int(aIn0.x + 0.5), ok);
    vOut = vec4(p, ok ? shadowFraction(p) : -1.0);
  } else if (kind == ${KIND_ISL}) {
    vOut = vec4(islUp(aIn0.xyz, aIn1.xyz, aIn2.x, aIn2.y) ? 1.0 : 0.0, 0.0, 0.0, 1.0);
  } else if (kind == ${KIND_GROUND}) {
    vOut = vec4(groundLinkUp(aIn0.xyz, aIn1.xyz, aIn2.x) ? 1.0 : 0.0, 0.0, 0.0, 1.0);
  } else {
    vOut = vec4(sin(aIn0.x), cos(aIn0.x), acos(aIn0.y), asin(aIn0.z));
  }
}
`;

const probeFragment = /* glsl */ `
precision highp float;
in vec4 vOut;
out vec4 outColor;
void main() { outColor = vOut; }
`;

const er = (v: readonly number[]): [number, number, number] => [
  v[0] / EARTH_RADIUS_KM,
  v[1] / EARTH_RADIUS_KM,
  v[2] / EARTH_RADIUS_KM,
];

/**
 * Renders `req` with the layer's current orbit uniforms and Sun and reads the results back.
 * Throws when the context cannot render to float targets or the request is too large.
 */
export function runGpuProbe(gl: THREE.WebGLRenderer, layer: SatelliteLayer, req: ProbeRequest): ProbeReply {
  const sats = req.satellites ?? [];
  const isl = req.isl ?? [];
  const ground = req.ground ?? [];
  const trig = req.trig ?? [];
  const n = sats.length + isl.length + ground.length + trig.length;
  if (n === 0 || n > MAX_PROBE_ITEMS) throw new Error(`gpuProbe: ${n} items (1 … ${MAX_PROBE_ITEMS})`);
  if (!gl.extensions.has('EXT_color_buffer_float'))
    throw new Error('gpuProbe: EXT_color_buffer_float is not available');
  const cf = layer.closedFormSet;
  const kf = layer.keyframeWindow;
  const nCf = cf?.count ?? 0;

  const kind = new Float32Array(n);
  const in0 = new Float32Array(n * 4);
  const in1 = new Float32Array(n * 4);
  const in2 = new Float32Array(n * 4);
  let o = 0;
  for (const index of sats) {
    if (cf && index >= 0 && index < nCf) {
      // As SatelliteLayer.rebuild builds the point attributes (float32 of a / R⊕, e, i; Ω0, ω0, M0).
      const b = index * CF_STRIDE;
      const el = cf.elements;
      kind[o] = KIND_CF;
      in0.set([el[b] / EARTH_RADIUS_KM, el[b + 1], el[b + 2], cf.group[index]], o * 4);
      in1.set([el[b + 3], el[b + 4], el[b + 5], 0], o * 4);
    } else {
      kind[o] = KIND_KF;
      in0[o * 4] = index - nCf; // keyframePosition rejects an index outside the window
    }
    o++;
  }
  for (const l of isl) {
    kind[o] = KIND_ISL;
    in0.set([...er(l.aKm), 0], o * 4);
    in1.set([...er(l.bKm), 0], o * 4);
    // As LinkLayer sets uMaxRange and uClearR.
    in2.set([l.maxRangeKm / EARTH_RADIUS_KM, 1 + l.grazingKm / EARTH_RADIUS_KM, 0, 0], o * 4);
    o++;
  }
  for (const g of ground) {
    kind[o] = KIND_GROUND;
    in0.set([...er(g.stationKm), 0], o * 4);
    in1.set([...er(g.satKm), 0], o * 4);
    // As linkBuffers packs a station end: d0.w = sin(min elevation).
    in2[o * 4] = Math.sin((g.minElevationDeg * Math.PI) / 180);
    o++;
  }
  for (const x of trig) {
    kind[o] = KIND_TRIG;
    in0.set([x, Math.cos(x), Math.sin(x), 0], o * 4);
    o++;
  }

  const geo = new THREE.BufferGeometry();
  geo.setAttribute('position', new THREE.BufferAttribute(new Float32Array(n * 3), 3));
  geo.setAttribute('aKind', new THREE.BufferAttribute(kind, 1));
  geo.setAttribute('aIn0', new THREE.BufferAttribute(in0, 4));
  geo.setAttribute('aIn1', new THREE.BufferAttribute(in1, 4));
  geo.setAttribute('aIn2', new THREE.BufferAttribute(in2, 4));
  const sun = layer.sunEr.clone();
  const material = new THREE.RawShaderMaterial({
    glslVersion: THREE.GLSL3,
    vertexShader: probeVertex,
    fragmentShader: probeFragment,
    uniforms: {
      ...layer.orbitUniforms,
      uSunEr: { value: sun },
      uSunRadiusEr: { value: layer.sunRadiusEr },
      uWidth: { value: n },
    },
    blending: THREE.NoBlending,
    depthTest: false,
    depthWrite: false,
  });
  const points = new THREE.Points(geo, material);
  points.frustumCulled = false;
  const scene = new THREE.Scene();
  scene.add(points);
  const target = new THREE.WebGLRenderTarget(n, 1, {
    type: THREE.FloatType,
    format: THREE.RGBAFormat,
    depthBuffer: false,
  });
  target.texture.minFilter = target.texture.magFilter = THREE.NearestFilter;
  const out = new Float32Array(n * 4);
  const prevTarget = gl.getRenderTarget();
  const clear = new THREE.Color();
  gl.getClearColor(clear);
  const prevAlpha = gl.getClearAlpha();
  try {
    gl.setRenderTarget(target);
    gl.setClearColor(0x000000, 0);
    gl.clear(true, false, false);
    gl.render(scene, new THREE.Camera());
    gl.readRenderTargetPixels(target, 0, 0, n, 1, out);
  } finally {
    gl.setRenderTarget(prevTarget);
    gl.setClearColor(clear, prevAlpha);
    target.dispose();
    geo.dispose();
    material.dispose();
  }

  const reply: ProbeReply = {
    simMs: layer.lastSimMs,
    sunKm: [sun.x * EARTH_RADIUS_KM, sun.y * EARTH_RADIUS_KM, sun.z * EARTH_RADIUS_KM],
    satellites: [],
    isl: [],
    ground: [],
    trig: [],
  };
  for (let i = 0; i < n; i++) {
    const r = out.subarray(i * 4, i * 4 + 4);
    if (i < sats.length) {
      const isCf = kind[i] === KIND_CF;
      const valid = isCf || r[3] >= 0;
      reply.satellites.push({
        index: sats[i],
        kind: isCf ? 'closed-form' : 'keyframe',
        posKm: valid ? [r[0] * EARTH_RADIUS_KM, r[1] * EARTH_RADIUS_KM, r[2] * EARTH_RADIUS_KM] : null,
        shadow: valid ? r[3] : null,
      });
    } else if (i < sats.length + isl.length) reply.isl.push(r[0] > 0.5);
    else if (i < sats.length + isl.length + ground.length) reply.ground.push(r[0] > 0.5);
    else
      reply.trig.push({
        x: trig[i - sats.length - isl.length - ground.length],
        sin: r[0],
        cos: r[1],
        acos: r[2],
        asin: r[3],
      });
  }
  if (req.inputs) {
    reply.closedForm = cf
      ? {
          count: cf.count,
          epochMs: cf.epochMs,
          elements: Array.from(cf.elements),
          group: Array.from(cf.group),
          rates: Array.from(cf.rates),
        }
      : null;
    reply.keyframes = kf
      ? {
          startMs: kf.startMs,
          stepS: kf.stepS,
          count: kf.count,
          satCount: kf.satCount,
          data: Array.from(kf.data.subarray(0, kf.count * kf.satCount * KF_STRIDE)),
        }
      : null;
  }
  return reply;
}
