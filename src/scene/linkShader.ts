/**
 * GLSL for links: each link is one instance of a unit quad. Every vertex evaluates both ends with
 * the satellites' own position functions ({@link orbitGlsl}: closed form or Hermite between
 * keyframes, same uniforms), so a link's ends sit exactly on the drawn satellites; a ground
 * station end is its Earth-fixed unit vector turned by GMST about ECI z (as the Earth mesh).
 * Both ends are projected and the quad is extruded perpendicular to the segment in screen space,
 * so lines keep a legible width in pixels at any zoom.
 *
 * Up/down per frame, with the rules of src/sim/linkGeometry.ts and src/sim/routing.ts:
 * an ISL is up iff its length ≤ maxRange and the segment's closest point to Earth's centre
 * (clamped to the segment) is outside R⊕ + grazing altitude; a station link is up iff the
 * satellite's elevation above the station's horizon (spherical Earth, "up" = the station's radius
 * vector) is ≥ the station's minimum elevation. A down candidate is collapsed off-screen, except in
 * the selected node's own draw, which shows it faint, dashed and red.
 *
 * Modes (uMode, LINK_MODE in linkLayer.ts): 0 every candidate except the selected node's; 1 the
 * selected node's links (brighter, thicker; down ones dashed red); 2 rings at the far end of the
 * selected node's up links (its neighbours); 3 the route (thick, dashes flowing from its first end
 * to its last); 4 rings on the route's satellites. Modes 2 and 4 use an 8-vertex geometry (a square
 * at each end); the others a 4-vertex quad.
 */
import { SHELL_PACK_BASE } from './linkBuffers';
import { orbitGlsl } from './satelliteShader';

/**
 * The up/down rules of src/sim/linkGeometry.ts `linkUp` and src/sim/routing.ts `elevationDeg` in GLSL
 * (positions ECI, Earth radii), shared by the link vertex shader and the GPU probe
 * (src/scene/gpuProbe.ts) that checks them against the core:
 * - `islUp(pA, pB, maxRange, clearR)`: |B − A| ≤ maxRange and the segment's closest point to Earth's
 *   centre (clamped to the segment) is outside radius clearR = 1 + grazing altitude;
 * - `groundLinkUp(st, sat, sinMin)`: the satellite's elevation above the station's horizon
 *   ("up" = the station's radius vector) is ≥ asin(sinMin).
 */
export const linkUpGlsl = /* glsl */ `
bool islUp(vec3 pA, vec3 pB, float maxRange, float clearR) {
  vec3 d = pB - pA;
  float dd = dot(d, d);
  float t = dd > 0.0 ? clamp(-dot(pA, d) / dd, 0.0, 1.0) : 0.0;
  vec3 c = pA + t * d;
  return length(d) <= maxRange && dot(c, c) > clearR * clearR;
}

bool groundLinkUp(vec3 st, vec3 sat, float sinMin) {
  vec3 d = sat - st;
  return dot(d, st) >= sinMin * length(d) * length(st);
}
`;

export const linkVertex = /* glsl */ `
precision highp float;
precision highp int;
in vec3 position;   // links: (end 0|1, side −1|+1, 0); rings: (end 0|1, corner x, corner y)
in vec4 aA0;
in vec4 aA1;
in vec4 aB0;
in vec4 aB1;
in vec4 aMeta;      // ref A, ref B (global index, or −(s+1) for station s), hop, packed shells
uniform mat4 modelViewMatrix;
uniform mat4 projectionMatrix;
${orbitGlsl}
${linkUpGlsl}
uniform vec2 uViewport;     // drawing buffer, px
uniform float uPixelRatio;
uniform float uGmst;
uniform vec3 uCamEci;       // camera position, ECI, Earth radii
uniform float uMaxRange;    // Earth radii
uniform float uClearR;      // 1 + grazing altitude, Earth radii
uniform int uSelected;
uniform int uShowGround;
uniform int uMode;
uniform float uWidthPx;     // line width (modes 0, 1, 3) or ring diameter (2, 4), CSS px
uniform float uAlpha;
uniform float uGapPx;       // lines stop this far (CSS px) short of a satellite end, so the point stays visible
uniform vec3 uRamp[5];
uniform vec3 uGroundColor;
uniform vec3 uDownColor;
uniform vec3 uRouteColor;
uniform vec3 uRingColor;
uniform highp sampler2D uHidden;  // R > 0.5 for a hidden shell (the satellites' own texture)

out vec3 vColor;
out float vAlpha;
out float vAcross;          // device px from the centre line
out float vAlong;           // 0 at end A, 1 at end B
flat out float vHalfW;      // half width, device px
flat out float vLenPx;      // on-screen length, CSS px
flat out int vStyle;        // 0 solid, 1 dashed, 2 flowing, 3 ring
out vec2 vCorner;

int endKind(vec4 d1) { return int(d1.w + 0.5); }

vec3 endPosition(vec4 d0, vec4 d1, out bool ok) {
  int kind = endKind(d1);
  ok = true;
  if (kind == 0) return closedFormPosition(d0.xyz, vec3(d0.w, d1.x, d1.y), d1.z);
  if (kind == 1) return keyframePosition(int(d0.x + 0.5), ok);
  if (kind == 2) {
    float c = cos(uGmst), s = sin(uGmst);
    return vec3(c * d0.x - s * d0.y, s * d0.x + c * d0.y, d0.z);
  }
  ok = false;
  return vec3(0.0);
}

// True when Earth hides point p from the camera: the sight line passes inside the sphere
// (0.998: the drawn Earth is a polygon just inside the unit sphere).
bool hiddenByEarth(vec3 p) {
  vec3 d = p - uCamEci;
  float t = clamp(-dot(uCamEci, d) / dot(d, d), 0.0, 1.0);
  vec3 c = uCamEci + t * d;
  return dot(c, c) < 0.996;
}

// Packed shell + 1 (0: a station, never hidden) of one end.
bool shellHidden(int packed) {
  return packed > 0 && texelFetch(uHidden, ivec2(packed - 1, 0), 0).r > 0.75;
}

// A context shell (a shell for scale, engine/viewSync.ts): its mesh is drawn fainter than the subject's.
bool shellContext(int packed) {
  float r = packed > 0 ? texelFetch(uHidden, ivec2(packed - 1, 0), 0).r : 0.0;
  return r > 0.375 && r <= 0.75;
}

vec3 linkRamp(float t) {
  float x = clamp(t, 0.0, 1.0) * 4.0;
  int i = int(min(floor(x), 3.0));
  return mix(uRamp[i], uRamp[i + 1], x - float(i));
}

void main() {
  gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: not drawn
  vColor = vec3(0.0);
  vAlpha = 0.0;
  vAcross = 0.0;
  vAlong = 0.0;
  vHalfW = 1.0;
  vLenPx = 0.0;
  vStyle = 0;
  vCorner = vec2(0.0);

  bool okA, okB;
  vec3 pA = endPosition(aA0, aA1, okA);
  vec3 pB = endPosition(aB0, aB1, okB);
  if (!okA || !okB) return;
  // A link to a satellite of a hidden shell is hidden with it (the route stays whole).
  int shells = int(aMeta.w + 0.5);
  if (uMode < 3 && (shellHidden(shells / ${SHELL_PACK_BASE}) || shellHidden(shells % ${SHELL_PACK_BASE}))) return;
  // Both ends behind Earth: the whole segment is (the region Earth hides from a point is convex).
  if (hiddenByEarth(pA) && hiddenByEarth(pB)) return;
  int kA = endKind(aA1), kB = endKind(aB1);
  int idA = int(floor(aMeta.x + 0.5)), idB = int(floor(aMeta.y + 0.5));
  bool mine = uSelected >= 0 && (idA == uSelected || idB == uSelected);
  bool ground = kA == 2 || kB == 2;
  if (ground && uShowGround == 0 && uMode < 3) return;

  vec3 d = pB - pA;
  float len = length(d);
  bool up = ground
    ? (kA == 2 ? groundLinkUp(pA, pB, aA0.w) : groundLinkUp(pB, pA, aB0.w))
    : islUp(pA, pB, uMaxRange, uClearR);
  vec3 base = ground ? uGroundColor : linkRamp(len / uMaxRange);
  vec2 halfVp = 0.5 * uViewport;
  bool atB = position.x > 0.5;

  if (uMode == 2 || uMode == 4) {
    // A ring on a satellite end: the selected node's neighbours (up links only) or the route's satellites.
    if (uMode == 2 && !(mine && up)) return;
    int id = atB ? idB : idA;
    int kind = atB ? kB : kA;
    if (kind == 2 || (uMode == 2 && id == uSelected)) return;
    vec4 c = projectionMatrix * (modelViewMatrix * vec4(atB ? pB : pA, 1.0));
    if (c.w <= 0.0) return;
    c.xy += position.yz * (0.5 * uWidthPx * uPixelRatio) / halfVp * c.w;
    gl_Position = c;
    vCorner = position.yz;
    vStyle = 3;
    vColor = uRingColor;
    vAlpha = uAlpha;
    return;
  }

  float widthPx = uWidthPx;
  float alpha = uAlpha;
  vec3 color = base;
  int style = 0;
  if (uMode == 0) {
    if (!up || mine) return;
    if (ground) alpha = max(alpha, 0.85); // few, and they should read against the ISL mesh
    else if (shellContext(shells / ${SHELL_PACK_BASE}) && shellContext(shells % ${SHELL_PACK_BASE})) alpha *= 0.35; // the scale shell's mesh stays behind the subject
  } else if (uMode == 1) {
    if (!mine) return;
    if (up) {
      color = mix(base, vec3(1.0), 0.35);
    } else {
      color = uDownColor;
      alpha = 0.85;
      widthPx = 2.2;
      style = 1;
    }
  } else {
    color = uRouteColor;
    style = 2;
  }

  vec4 vA = modelViewMatrix * vec4(pA, 1.0);
  vec4 vB = modelViewMatrix * vec4(pB, 1.0);
  // Trim the segment at the near plane (view z < zNear < 0 is in front of the camera).
  float zNear = -0.5 * projectionMatrix[3][2] / projectionMatrix[2][2];
  if (vA.z > zNear && vB.z > zNear) return;
  if (vA.z > zNear) vA.xyz = mix(vB.xyz, vA.xyz, (zNear - vB.z) / (vA.z - vB.z));
  else if (vB.z > zNear) vB.xyz = mix(vA.xyz, vB.xyz, (zNear - vA.z) / (vB.z - vA.z));
  vec4 cA = projectionMatrix * vA;
  vec4 cB = projectionMatrix * vB;
  vec2 sA = cA.xy / cA.w * halfVp;
  vec2 sB = cB.xy / cB.w * halfVp;
  vec2 dir = sB - sA;
  float lenPx = length(dir);
  dir = lenPx > 1e-3 ? dir / lenPx : vec2(1.0, 0.0);
  vec2 nrm = vec2(-dir.y, dir.x);
  float halfW = 0.5 * widthPx * uPixelRatio;
  float ext = halfW + 1.0; // one more device px for the soft edge
  vec4 c = atB ? cB : cA;
  // Pull satellite ends in by the gap (never past the middle); station ends stay on their marker.
  float gap = ((atB ? kB : kA) == 2 ? 0.0 : min(uGapPx * uPixelRatio, 0.45 * lenPx)) * (atB ? -1.0 : 1.0);
  c.xy += (nrm * (position.y * ext) + dir * gap) / halfVp * c.w;
  gl_Position = c;
  vColor = color;
  vAlpha = alpha;
  vAcross = position.y * ext;
  vAlong = atB ? 1.0 : 0.0;
  vHalfW = halfW;
  vLenPx = lenPx / uPixelRatio;
  vStyle = style;
}
`;

/**
 * Fragment shader. `plain`: solid lines only (mode 0) and no `discard`, so the GPU can reject
 * fragments behind Earth before shading them (early depth test); otherwise dashes, flow and rings.
 */
export function linkFragment(plain: boolean): string {
  return plain ? plainFragment : styledFragment;
}

const plainFragment = /* glsl */ `
precision highp float;
precision highp int;
in vec3 vColor;
in float vAlpha;
in float vAcross;
flat in float vHalfW;
out vec4 outColor;

void main() {
  outColor = vec4(vColor, vAlpha * clamp(vHalfW + 0.5 - abs(vAcross), 0.0, 1.0));
}
`;

const styledFragment = /* glsl */ `
precision highp float;
precision highp int;
in vec3 vColor;
in float vAlpha;
in float vAcross;
in float vAlong;
flat in float vHalfW;
flat in float vLenPx;
flat in int vStyle;
in vec2 vCorner;
uniform float uTime;        // wall-clock seconds (the route's flow)
uniform vec3 uFlowColor;
out vec4 outColor;

void main() {
  if (vStyle == 3) {
    float r = length(vCorner);
    float ring = smoothstep(0.58, 0.7, r) * (1.0 - smoothstep(0.84, 0.98, r));
    if (ring <= 0.01) discard;
    outColor = vec4(vColor, ring * vAlpha);
    return;
  }
  float a = vAlpha * clamp(vHalfW + 0.5 - abs(vAcross), 0.0, 1.0);
  vec3 col = vColor;
  float s = vAlong * vLenPx; // CSS px from end A
  if (vStyle == 1) {
    if (fract(s / 11.0) > 0.6) discard;
  } else if (vStyle == 2) {
    float f = fract((s - uTime * 48.0) / 24.0);
    float dash = smoothstep(0.0, 0.1, f) * (1.0 - smoothstep(0.4, 0.5, f));
    col = mix(vColor, uFlowColor, dash);
    a *= mix(0.8, 1.0, dash);
  }
  if (a <= 0.004) discard;
  outColor = vec4(col, a);
}
`;
