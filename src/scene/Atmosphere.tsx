/**
 * A thin atmospheric rim around the Earth: a back-side shell, additive, drawn only outside the
 * Earth's limb (the Earth hides the rest through the depth test).
 *
 * For each fragment the shader finds the ray's closest approach to Earth's centre (impact
 * parameter b) and uses exp(−(b − 1)/H) as the column density along the ray, so the rim is
 * brightest right at the limb and fades outward. It is brighter where that closest point is in
 * sunlight. The shell is spherically symmetric, so it lives directly in the ECI frame and does
 * not turn with GMST.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { AdditiveBlending, BackSide, Color, ShaderMaterial, SphereGeometry, Vector3, type Mesh } from 'three';
import { frame } from './frameState';

export interface AtmosphereProps {
  /** Shell radius, Earth radii. */
  radius?: number;
  /** Density scale height of the glow, Earth radii (exaggerated for visibility). */
  scaleHeight?: number;
  /** Rim colour (linear-ish sRGB hex). */
  color?: string;
  /** Overall brightness. */
  intensity?: number;
}

const vertexShader = /* glsl */ `
varying vec3 vPos;
void main() {
  vPos = position;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 uSun;      // unit vector to the Sun, object (ECI) frame
uniform vec3 uCamObj;   // camera, object frame
uniform vec3 uColor;
uniform float uIntensity;
uniform float uShell;   // shell altitude, Earth radii
uniform float uH;       // scale height, Earth radii
varying vec3 vPos;

void main() {
  vec3 d = normalize(vPos - uCamObj);
  float t = max(-dot(uCamObj, d), 0.0);
  vec3 p = uCamObj + d * t;              // closest approach to the centre
  float b = length(p);
  float alt = max(b - 1.0, 0.0);
  float dens = exp(-alt / uH) * (1.0 - smoothstep(0.6 * uShell, uShell, alt));
  // Camera inside the shell, ray pointing upward: the column thins quickly towards the zenith.
  float mu = dot(uCamObj, d) / max(length(uCamObj), 1e-6);
  dens *= exp(-12.0 * max(mu, 0.0));
  float sunF = dot(p / max(b, 1e-6), uSun);
  float lit = 0.06 + 0.94 * smoothstep(-0.25, 0.35, sunF);
  // Forward scattering: the rim glows a little more when looking towards the Sun.
  float fwd = pow(max(dot(d, uSun), 0.0), 8.0) * smoothstep(-0.3, 0.1, sunF);
  gl_FragColor = vec4(uColor * (uIntensity * dens * (lit + 1.5 * fwd)), 1.0);
  #include <colorspace_fragment>
}
`;

const camWorld = new Vector3();

export function Atmosphere({
  radius = 1.025,
  scaleHeight = 0.006,
  color = '#4d8cff',
  intensity = 0.55,
}: AtmosphereProps) {
  const meshRef = useRef<Mesh>(null);
  const geometry = useMemo(() => new SphereGeometry(radius, 96, 48), [radius]);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        name: 'AtmosphereMaterial',
        uniforms: {
          uSun: { value: new Vector3(1, 0, 0) },
          uCamObj: { value: new Vector3(0, 0, 10) },
          uColor: { value: new Color() },
          uIntensity: { value: 1 },
          uShell: { value: 0.025 },
          uH: { value: 0.006 },
        },
        vertexShader,
        fragmentShader,
        side: BackSide,
        blending: AdditiveBlending,
        transparent: true,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => {
    const u = material.uniforms;
    (u.uColor.value as Color).set(color);
    u.uIntensity.value = intensity;
    u.uShell.value = radius - 1;
    u.uH.value = scaleHeight;
  }, [material, color, intensity, radius, scaleHeight]);

  useFrame(({ camera }) => {
    const mesh = meshRef.current;
    if (!mesh) return;
    const u = material.uniforms;
    (u.uSun.value as Vector3).set(frame.sunDirEci[0], frame.sunDirEci[1], frame.sunDirEci[2]).normalize();
    camera.getWorldPosition(camWorld);
    (u.uCamObj.value as Vector3).copy(mesh.worldToLocal(camWorld));
  });

  return <mesh ref={meshRef} name="atmosphere" geometry={geometry} material={material} renderOrder={1} />;
}
