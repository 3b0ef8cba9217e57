/**
 * The selected satellite's orbit (inertial, one period centred on now) and its ground track
 * (Earth-fixed, drawn just above the surface and turning with the Earth).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import { EARTH_RADIUS_KM } from '../sim/constants';
import { frame } from './frameState';
import { sceneData } from './sceneData';

const GROUND_LIFT = 1.003;

function lineFrom(
  points: Float32Array,
  scale: (x: number, y: number, z: number, out: number[]) => void,
): THREE.BufferGeometry {
  const n = points.length / 3;
  const arr = new Float32Array(n * 3);
  const tmp = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    scale(points[k * 3], points[k * 3 + 1], points[k * 3 + 2], tmp);
    arr[k * 3] = tmp[0];
    arr[k * 3 + 1] = tmp[1];
    arr[k * 3 + 2] = tmp[2];
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(arr, 3));
  return g;
}

export function OrbitTrack() {
  const orbit = useMemo(
    () =>
      new THREE.Line(
        new THREE.BufferGeometry(),
        new THREE.LineBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.55 }),
      ),
    [],
  );
  const ground = useMemo(
    () =>
      new THREE.Line(
        new THREE.BufferGeometry(),
        new THREE.LineBasicMaterial({ color: 0xffd166, transparent: true, opacity: 0.85 }),
      ),
    [],
  );
  const earthFixed = useRef<THREE.Group>(null);
  const seen = useRef(-1);

  useEffect(
    () => () => {
      orbit.geometry.dispose();
      ground.geometry.dispose();
      (orbit.material as THREE.Material).dispose();
      (ground.material as THREE.Material).dispose();
    },
    [orbit, ground],
  );

  useFrame(() => {
    if (earthFixed.current) earthFixed.current.rotation.z = frame.gmstRad;
    const t = sceneData.track;
    const visible = !!t && t.index === sceneData.selected;
    orbit.visible = ground.visible = visible;
    if (!t || seen.current === sceneData.trackVersion) return;
    seen.current = sceneData.trackVersion;
    orbit.geometry.dispose();
    ground.geometry.dispose();
    orbit.geometry = lineFrom(t.eci, (x, y, z, o) => {
      o[0] = x / EARTH_RADIUS_KM;
      o[1] = y / EARTH_RADIUS_KM;
      o[2] = z / EARTH_RADIUS_KM;
    });
    ground.geometry = lineFrom(t.ecef, (x, y, z, o) => {
      const r = Math.hypot(x, y, z);
      o[0] = (x / r) * GROUND_LIFT;
      o[1] = (y / r) * GROUND_LIFT;
      o[2] = (z / r) * GROUND_LIFT;
    });
  });

  return (
    <group rotation={[-Math.PI / 2, 0, 0]}>
      <primitive object={orbit} />
      <group ref={earthFixed}>
        <primitive object={ground} />
      </group>
    </group>
  );
}
