/** Orbit controls with damping and zoom limits; optionally follows the selected satellite. */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import * as THREE from 'three';
import { frame } from './frameState';
import { sceneData } from './sceneData';
import { satelliteStateKm } from './satellitePosition';
import { eciKmToWorld } from './Satellites';

const state = new Float64Array(6);
const target = new THREE.Vector3();
const delta = new THREE.Vector3();
const ORIGIN = new THREE.Vector3();

/** Camera distance (Earth radii) at which Earth and a LEO shell (radius ≈ 1.3) fit the narrower side of the view. */
export function fitDistance(camera: THREE.PerspectiveCamera): number {
  const halfV = THREE.MathUtils.degToRad(camera.fov / 2);
  const halfH = Math.atan(Math.tan(halfV) * camera.aspect);
  return Math.max(4.6, 1.3 / Math.sin(Math.min(halfV, halfH)));
}

export function CameraRig({ follow }: { follow: boolean }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const { camera } = useThree();
  const placed = useRef(false);

  // First view: the day side and the terminator, from a little above the equator.
  useFrame(() => {
    if (placed.current || frame.index < 1) return;
    placed.current = true;
    const s = frame.sunDirEci;
    const sun = eciKmToWorld(s[0], s[1], s[2], new THREE.Vector3()).normalize();
    const dir = sun.applyAxisAngle(new THREE.Vector3(0, 1, 0), -0.9).setY(0.35).normalize();
    camera.position.copy(dir.multiplyScalar(fitDistance(camera as THREE.PerspectiveCamera)));
    camera.lookAt(ORIGIN);
    controls.current?.update();
  }, -50);

  useEffect(() => {
    if (!follow && controls.current) {
      controls.current.target.copy(ORIGIN);
    }
  }, [follow]);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    if (follow && sceneData.selected >= 0 && satelliteStateKm(sceneData.selected, frame.simMs, state)) {
      eciKmToWorld(state[0], state[1], state[2], target);
      delta.copy(target).sub(c.target);
      c.target.copy(target);
      camera.position.add(delta);
    }
    c.update();
  }, -40);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.08}
      minDistance={1.08}
      maxDistance={60}
      rotateSpeed={0.5}
      zoomSpeed={0.8}
      enablePan={false}
    />
  );
}
