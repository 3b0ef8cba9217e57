/**
 * A deterministic star field, fixed in the ECI (inertial) frame: it does not turn with the Earth.
 *
 * A few thousand points on a sphere, from a seeded PRNG: magnitudes drawn from the usual
 * N(<m) ∝ 10^(0.5 m) law, a faint colour spread, and about a third of them crowded towards the
 * galactic plane for a hint of the Milky Way. The sphere is centred on the camera every frame
 * (stars are at infinity, no parallax) so it always sits inside the far plane; drawn first, with
 * depthWrite off, so everything else covers it.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  AdditiveBlending,
  BufferAttribute,
  BufferGeometry,
  ShaderMaterial,
  Vector3,
  type Points,
} from 'three';
import { mulberry32 } from '../sim/random';

export interface StarsProps {
  /** Number of stars. */
  count?: number;
  /** PRNG seed: same seed, same sky. */
  seed?: number;
  /** Radius of the star sphere around the camera, scene units (keep below the camera's far plane). */
  radius?: number;
  /** Share of the stars that crowd towards the galactic plane (0 = none). */
  milkyWay?: number;
  /** Overall brightness multiplier. */
  brightness?: number;
}

const DEG = Math.PI / 180;
function radec(raDeg: number, decDeg: number): [number, number, number] {
  const ra = raDeg * DEG;
  const dec = decDeg * DEG;
  return [Math.cos(dec) * Math.cos(ra), Math.cos(dec) * Math.sin(ra), Math.sin(dec)];
}

/** Builds positions (xyz), colours (rgb, brightness folded in) and point sizes (px). */
export function generateStars(count: number, seed: number, radius: number, milkyWay: number) {
  const rand = mulberry32(seed);
  const pos = new Float32Array(count * 3);
  const col = new Float32Array(count * 3);
  const size = new Float32Array(count);
  // Galactic frame in equatorial J2000 coordinates: north pole and centre.
  const [nx, ny, nz] = radec(192.85948, 27.12825);
  const [cx, cy, cz] = radec(266.40499, -28.93617);
  const ex = ny * cz - nz * cy; // N × C: galactic longitude +90°
  const ey = nz * cx - nx * cz;
  const ez = nx * cy - ny * cx;
  for (let i = 0; i < count; i++) {
    let x: number, y: number, z: number;
    const inBand = rand() < milkyWay;
    if (inBand) {
      // Galactic latitude ~ Gaussian (σ ≈ 6°), longitude weighted a little towards the centre.
      const u1 = Math.max(rand(), 1e-9);
      const u2 = rand();
      const b = 6 * DEG * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      const l = Math.PI * (2 * rand() - 1) * (0.55 + 0.45 * rand());
      const cb = Math.cos(b);
      const sb = Math.sin(b);
      const cl = Math.cos(l);
      const sl = Math.sin(l);
      x = cb * cl * cx + cb * sl * ex + sb * nx;
      y = cb * cl * cy + cb * sl * ey + sb * ny;
      z = cb * cl * cz + cb * sl * ez + sb * nz;
    } else {
      z = 2 * rand() - 1;
      const phi = 2 * Math.PI * rand();
      const r = Math.sqrt(1 - z * z);
      x = r * Math.cos(phi);
      y = r * Math.sin(phi);
    }
    pos[i * 3] = x * radius;
    pos[i * 3 + 1] = y * radius;
    pos[i * 3 + 2] = z * radius;
    // Flux relative to the faintest star shown: u^(-0.8) from N(<m) ∝ 10^(0.5 m).
    const u = Math.max(rand(), 1e-5);
    const flux = Math.pow(u, -0.8) * (inBand ? 0.7 : 1);
    const bright = Math.min(1, 0.1 + 0.05 * flux);
    size[i] = Math.min(3.2, 1 + 0.3 * Math.log2(1 + flux));
    // Colour: a spread from blue-white to pale orange, mostly white.
    const tcol = rand();
    const tint = (tcol - 0.5) * 0.35;
    col[i * 3] = bright * (1 + Math.max(0, tint));
    col[i * 3 + 1] = bright * (1 - 0.25 * Math.abs(tint));
    col[i * 3 + 2] = bright * (1 + Math.max(0, -tint) - Math.max(0, tint) * 0.8);
  }
  return { pos, col, size };
}

const vertexShader = /* glsl */ `
attribute float aSize;
attribute vec3 aColor;
uniform float uPixelRatio;
uniform float uBrightness;
varying vec3 vColor;
void main() {
  vColor = aColor * uBrightness;
  gl_PointSize = aSize * uPixelRatio;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

const fragmentShader = /* glsl */ `
varying vec3 vColor;
void main() {
  float d = length(gl_PointCoord - 0.5);
  float a = 1.0 - smoothstep(0.25, 0.5, d);
  gl_FragColor = vec4(vColor * a, 1.0);
  #include <colorspace_fragment>
}
`;

const camWorld = new Vector3();
const noRaycast = () => {};

export function Stars({
  count = 4000,
  seed = 20250601,
  radius = 900,
  milkyWay = 0.35,
  brightness = 1,
}: StarsProps) {
  const ref = useRef<Points>(null);
  const dpr = useThree((s) => s.viewport.dpr);
  const geometry = useMemo(() => {
    const { pos, col, size } = generateStars(count, seed, radius, milkyWay);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(pos, 3));
    g.setAttribute('aColor', new BufferAttribute(col, 3));
    g.setAttribute('aSize', new BufferAttribute(size, 1));
    g.computeBoundingSphere();
    return g;
  }, [count, seed, radius, milkyWay]);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        name: 'StarsMaterial',
        uniforms: { uPixelRatio: { value: 1 }, uBrightness: { value: 1 } },
        vertexShader,
        fragmentShader,
        transparent: true,
        blending: AdditiveBlending,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    material.uniforms.uPixelRatio.value = dpr;
    material.uniforms.uBrightness.value = brightness;
  }, [material, dpr, brightness]);

  // Centre the sphere on the camera: stars are at infinity.
  useFrame(({ camera }) => {
    const pts = ref.current;
    if (!pts || !pts.parent) return;
    camera.getWorldPosition(camWorld);
    pts.position.copy(pts.parent.worldToLocal(camWorld));
    // Keep the sphere inside the far plane when the camera closes in (the rig moves it).
    pts.scale.setScalar(Math.min(1, (0.45 * (camera as { far: number }).far) / radius));
  });

  return (
    <points
      ref={ref}
      name="stars"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={-1000}
      raycast={noRaycast}
    />
  );
}
