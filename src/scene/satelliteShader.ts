/**
 * GLSL for satellites. Two propagators, one drawing style (docs/physics.md):
 * - closed form: the vertex shader evaluates src/sim/closedForm.ts (Kepler + J2 secular drift) from
 *   six float32 elements per satellite and per-group phase offsets computed on the CPU in double
 *   precision each frame (src/sim/closedForm.ts groupPhases);
 * - keyframes: cubic Hermite between SGP4 keyframes fetched from an RGBA32F texture (src/sim/hermite.ts).
 * Both output the satellite's ECI position in Earth radii. `uPick` switches the fragment output to
 * the satellite's index + 1 encoded in RGB, for GPU picking.
 *
 * The two position functions live in {@link orbitGlsl}, one source text shared by the satellite
 * points and the link quads (src/scene/linkShader.ts), so a link's ends sit exactly on the drawn
 * satellites. Its uniforms are one shared object (SatelliteLayer.orbitUniforms).
 *
 * Sizes shared with the CPU side are injected into the source text: the data-texture width
 * (src/sim/dataTexture.ts) and the hidden-shell texture's width (MAX_SHELLS_DRAWN, src/scene/sceneData.ts).
 */
import { DATA_TEXTURE_WIDTH } from '../sim/dataTexture';
import { MAX_SHELLS_DRAWN } from './sceneData';

/**
 * Orbit evaluation shared by every shader that needs a satellite's position (ECI, Earth radii).
 * Uniforms: uPhases/uPhaseWidth (closed form), uKeys/uKeysReady/uSatCount/uKey/uFrac/uStepS (keyframes).
 */
export const orbitGlsl = /* glsl */ `
uniform highp sampler2D uPhases; // per rate group: ΔΩ, Δω, ΔM (rad, reduced to [0, 2π))
uniform int uPhaseWidth;
uniform highp sampler2D uKeys;   // keyframes, two RGBA texels per satellite per keyframe
uniform int uKeysReady;          // 0 until a window for the current scenario is uploaded
uniform int uSatCount;           // satellites per keyframe
uniform int uKey;                // keyframe index k (interval k … k+1)
uniform float uFrac;             // fraction s in [0, 1]
uniform float uStepS;            // keyframe step, s

// Closed-form position: aei = (a in Earth radii, e, i), ang = (Ω0, ω0, M0) at epoch, rate group g.
vec3 closedFormPosition(vec3 aei, vec3 ang, float group) {
  int g = int(group + 0.5);
  vec3 ph = texelFetch(uPhases, ivec2(g % uPhaseWidth, g / uPhaseWidth), 0).xyz;
  float a = aei.x, e = aei.y, inc = aei.z;
  float raan = ang.x + ph.x;
  float argp = ang.y + ph.y;
  float M = mod(ang.z + ph.z, 6.283185307179586);
  float E = M + e * sin(M);
  for (int k = 0; k < 6; k++) E -= (E - e * sin(E) - M) / (1.0 - e * cos(E));
  float xp = a * (cos(E) - e);
  float yp = a * sqrt(1.0 - e * e) * sin(E);
  float cO = cos(raan), sO = sin(raan), cw = cos(argp), sw = sin(argp), ci = cos(inc), si = sin(inc);
  vec3 P = vec3(cO * cw - sO * sw * ci, sO * cw + cO * sw * ci, sw * si);
  vec3 Q = vec3(-cO * sw - sO * cw * ci, -sO * sw + cO * cw * ci, cw * si);
  return P * xp + Q * yp;
}

vec4 keyTexel(int i) { return texelFetch(uKeys, ivec2(i % ${DATA_TEXTURE_WIDTH}, i / ${DATA_TEXTURE_WIDTH}), 0); }

// Keyframe (SGP4) satellite i: cubic Hermite between keyframes uKey and uKey + 1. valid is false
// while no window is loaded, for an index outside it, or where SGP4 failed (decayed).
vec3 keyframePosition(int i, out bool valid) {
  if (uKeysReady == 0 || i < 0 || i >= uSatCount) { valid = false; return vec3(0.0); }
  int a = (uKey * uSatCount + i) * 2;
  int b = ((uKey + 1) * uSatCount + i) * 2;
  vec4 p0 = keyTexel(a), v0 = keyTexel(a + 1), p1 = keyTexel(b), v1 = keyTexel(b + 1);
  float s = uFrac, s2 = s * s, s3 = s2 * s;
  float h00 = 2.0 * s3 - 3.0 * s2 + 1.0, h10 = s3 - 2.0 * s2 + s, h01 = -2.0 * s3 + 3.0 * s2, h11 = s3 - s2;
  vec3 pKm = h00 * p0.xyz + h10 * uStepS * v0.xyz + h01 * p1.xyz + h11 * uStepS * v1.xyz;
  valid = p0.w > 0.5 && p1.w > 0.5;
  return pKm / 6378.137;
}
`;

/**
 * Conical-shadow fraction `float shadowFraction(vec3 p)` (0 lit … 1 umbra) of a point p (ECI, Earth
 * radii), with its uniforms uSunEr (Sun, ECI, Earth radii) and uSunRadiusEr: the GLSL twin of
 * src/sim/shadow.ts `shadowFraction`, used by every satellite shader and by the GPU probe
 * (src/scene/gpuProbe.ts) that checks it against the core.
 */
export const shadowGlsl = /* glsl */ `
uniform vec3 uSunEr;              // Sun position, ECI, Earth radii
uniform float uSunRadiusEr;       // solar radius, Earth radii

// Fraction of the solar disc hidden by a spherical Earth (conical shadow), as src/sim/shadow.ts:
// apparent radii a (Sun), b (Earth) and their separation c; disc overlap (Montenbruck & Gill eq. 3.87)
// A = a² acos(x/a) + b² acos((c − x)/b) − c y. Written for float32 and approximate GPU transcendentals
// (SwiftShader's asin/acos/sin/cos are good to only ≈ 5e-4 rad, a tenth of the Sun's radius): the
// penumbra depends on h = c − b, the Sun's centre beyond Earth's limb (|h| < a ≈ 0.0047 rad), so h
// comes from sin/cos of c and b (no acos of ≈ 1 rad), and the Earth term is rewritten without the
// cancellation of two ≈ 1e-3 rad² terms: b² acos((c − x)/b) − c y = b² (asin(z) − z) − h y, z = y/b.
float asinSmall(float z) { float z2 = z * z; return z * (1.0 + z2 * (1.0 / 6.0 + z2 * (3.0 / 40.0))); }
float shadowFraction(vec3 p) {
  vec3 toSun = uSunEr - p;
  float dSun = length(toSun);
  float r = length(p);
  float a = asinSmall(min(uSunRadiusEr / dSun, 1.0));
  vec3 u = -p / r;
  vec3 s = toSun / dSun;
  float cosC = dot(u, s), sinC = length(cross(u, s));
  float sinB = min(1.0 / r, 1.0), cosB = sqrt(max(1.0 - sinB * sinB, 0.0));
  float h = atan(sinC * cosB - cosC * sinB, cosC * cosB + sinC * sinB); // c − b
  float b = sinB < 0.1 ? asinSmall(sinB) : asin(sinB); // only scales terms already small in the penumbra
  if (h >= a) return 0.0;
  if (h <= -a) return 1.0;
  if (h + 2.0 * b <= a) return (b * b) / (a * a); // c ≤ a − b: the whole Earth in front of the Sun
  float c = h + b;
  float x = (h * (h + 2.0 * b) + a * a) / (2.0 * c); // (c² + a² − b²) / 2c
  float y = sqrt(max(a * a - x * x, 0.0));
  float z = y / b;
  // Near Earth (z small, chord on the Sun's side of Earth's centre) the cancellation-free form, else as written.
  float earth = z < 0.1 && c >= x ? b * b * (asinSmall(z) - z) - h * y : b * b * acos(clamp((c - x) / b, -1.0, 1.0)) - c * y;
  float area = a * a * acos(clamp(x / a, -1.0, 1.0)) + earth;
  return clamp(area / (3.141592653589793 * a * a), 0.0, 1.0);
}
`;

const common = /* glsl */ `
uniform float uPointPx;
uniform float uPixelRatio;
uniform int uSelected;
uniform int uHovered;
uniform int uIndexOffset;
uniform vec3 uPalette[8];
uniform int uPick;
uniform int uColorMode;           // 0 shell, 1 sunlight, 2 budget channel
uniform highp sampler2D uBudgets; // BUDGET_FLOATS_PER_NODE = 4 floats per budgeted node (RGBA)
uniform int uBudgetStride;        // every k-th satellite is budgeted
uniform int uBudgetCount;         // budgeted nodes in the texture (0: none yet)
uniform int uChannel;             // 0 soc, 1 temperature, 2 compute, 3 margin
uniform float uRampMin;
uniform float uRampMax;
uniform vec3 uRamp[5];
uniform highp sampler2D uHidden;  // R channel 1 for a hidden shell (${MAX_SHELLS_DRAWN} × 1)
out vec3 vColor;
flat out int vId;
flat out float vRing;

${shadowGlsl}
vec3 ramp(float t) {
  float x = clamp(t, 0.0, 1.0) * 4.0;
  int i = int(min(floor(x), 3.0));
  return mix(uRamp[i], uRamp[i + 1], x - float(i));
}

vec3 nodeColor(vec3 p, float shell, int id) {
  float sh = shadowFraction(p);
  if (uColorMode == 1) return ramp(sh);
  if (uColorMode == 2) {
    int k = id / uBudgetStride;
    if (k >= uBudgetCount) return vec3(0.45);
    vec4 v = texelFetch(uBudgets, ivec2(k % ${DATA_TEXTURE_WIDTH}, k / ${DATA_TEXTURE_WIDTH}), 0);
    float q = uChannel == 0 ? v.x : uChannel == 1 ? v.y : uChannel == 2 ? v.z : v.w;
    return ramp((q - uRampMin) / (uRampMax - uRampMin));
  }
  return uPalette[int(shell) % 8] * mix(1.0, 0.32, sh);
}

void finish(vec3 eciEarthRadii, float shell, bool valid) {
  int id = gl_VertexID + uIndexOffset;
  vId = id;
  vec4 mv = modelViewMatrix * vec4(eciEarthRadii, 1.0);
  gl_Position = projectionMatrix * mv;
  float dist = max(-mv.z, 0.05);
  // Slightly larger when close, never below the base size.
  float size = uPointPx * clamp(3.0 / dist, 1.0, 2.5);
  vRing = 0.0;
  if (id == uSelected) { size = max(size * 2.6, 11.0); vRing = 1.0; }
  else if (id == uHovered) { size = max(size * 2.0, 8.0); }
  if (uPick == 1) size = max(size, 9.0);
  // Shell role (engine/viewSync.ts): 1 hidden, 0.5 a context shell (smaller, quieter), 0.25 the subject beside one (larger).
  float role = texelFetch(uHidden, ivec2(int(shell) % ${MAX_SHELLS_DRAWN}, 0), 0).r;
  bool hidden = role > 0.75;
  bool context = !hidden && role > 0.375;
  if (id != uSelected && id != uHovered && uPick == 0) size *= context ? 0.7 : role > 0.125 ? 1.7 : 1.0;
  gl_PointSize = size * uPixelRatio;
  vColor = uPick == 1 ? vec3(0.0) : nodeColor(eciEarthRadii, shell, id) * (context && uColorMode == 0 ? 0.6 : 1.0);
  if (!valid || hidden) gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: not drawn
}
`;

export const closedFormVertex = /* glsl */ `
precision highp float;
precision highp int;
in vec3 position;      // a (Earth radii), e, i (rad)
in vec3 angles;        // Ω0, ω0, M0 (rad)
in float group;        // rate group
in float shell;        // shell index (colour)
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
${orbitGlsl}
${common}

void main() {
  finish(closedFormPosition(position, angles, group), shell, true);
}
`;

export const keyframeVertex = /* glsl */ `
precision highp float;
precision highp int;
in vec3 position;      // unused (draw count only)
in float shell;
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
${orbitGlsl}
${common}

void main() {
  bool valid;
  vec3 p = keyframePosition(gl_VertexID, valid);
  finish(p, shell, valid);
}
`;

export const pointFragment = /* glsl */ `
precision highp float;
precision highp int;
in vec3 vColor;
flat in int vId;
flat in float vRing;
uniform int uPick;
out vec4 outColor;

void main() {
  vec2 d = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(d, d);
  if (r2 > 1.0) discard;
  if (uPick == 1) {
    int id = vId + 1;
    outColor = vec4(float(id & 255), float((id >> 8) & 255), float((id >> 16) & 255), 255.0) / 255.0;
    return;
  }
  if (vRing > 0.5) {
    // Selected: a bright ring with a white core.
    float r = sqrt(r2);
    if (r > 0.55 && r < 0.8) { outColor = vec4(1.0); return; }
    if (r >= 0.8) discard;
    outColor = vec4(mix(vec3(1.0), vColor, 0.3), 1.0);
    return;
  }
  float edge = smoothstep(1.0, 0.55, r2);
  outColor = vec4(vColor * (0.75 + 0.25 * edge), 1.0);
}
`;
