/**
 * Earth's umbra drawn as a translucent cone behind the planet, pointing away from the Sun (inside
 * the ECI frame). Its half-angle is the real one, asin((R☉ − R⊕)/d☉) ≈ 0.26°, so in LEO it is
 * nearly a cylinder of Earth's radius; drawn to 4 Earth radii, fading with distance.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import { EARTH_RADIUS_KM, SUN_RADIUS_KM } from '../sim/constants';
import { frame } from './frameState';

const LENGTH = 4;
const AXIS_Y = new THREE.Vector3(0, 1, 0);
const dir = new THREE.Vector3();

const vertexShader = /* glsl */ `
varying float vAlong;
void main() {
  vAlong = uv.y;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}`;
const fragmentShader = /* glsl */ `
varying float vAlong;
uniform float uOpacity;
void main() {
  // uv.y = 1 at Earth, 0 at the far end: fade out with distance.
  gl_FragColor = vec4(0.01, 0.02, 0.06, uOpacity * smoothstep(0.0, 0.9, vAlong));
}`;

export function ShadowVolume({ visible }: { visible: boolean }) {
  const mesh = useRef<THREE.Mesh>(null);
  const geometry = useMemo(() => {
    // Cone from Earth (radius 1 at y = 0) along −y (away from the Sun after orientation).
    const tipShrink = Math.tan(Math.asin((SUN_RADIUS_KM - EARTH_RADIUS_KM) / 1.496e8)) * LENGTH;
    const g = new THREE.CylinderGeometry(1.0, 1.0 - tipShrink, LENGTH, 96, 1, true);
    g.translate(0, -LENGTH / 2, 0);
    return g;
  }, []);
  const material = useMemo(
    () =>
      new THREE.ShaderMaterial({
        vertexShader,
        fragmentShader,
        uniforms: { uOpacity: { value: 0.45 } },
        transparent: true,
        depthWrite: false,
        side: THREE.DoubleSide,
      }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  useFrame(() => {
    const m = mesh.current;
    if (!m) return;
    m.visible = visible;
    if (!visible) return;
    // Local −y must point away from the Sun: +y towards the Sun.
    dir.set(frame.sunDirEci[0], frame.sunDirEci[1], frame.sunDirEci[2]);
    m.quaternion.setFromUnitVectors(AXIS_Y, dir);
  });
  return <mesh ref={mesh} geometry={geometry} material={material} renderOrder={2} />;
}
