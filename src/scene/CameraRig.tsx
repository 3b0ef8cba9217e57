/**
 * Orbit controls with damping and zoom limits; optionally follows the selected satellite; flies to
 * the aims the engine posts in cameraControl (eased, or a jump when the user prefers reduced motion)
 * and keeps looking at a tracked satellite.
 */
import { useEffect, useRef } from 'react';
import { prefersReducedMotion } from './motion';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import * as THREE from 'three';
import { frame } from './frameState';
import { sceneData } from './sceneData';
import { satelliteStateKm } from './satellitePosition';
import { eciKmToWorld } from './Satellites';
import { cameraControl, type CameraAim } from './cameraControl';
import { EARTH_RADIUS_KM } from '../sim/constants';

const state = new Float64Array(6);
const target = new THREE.Vector3();
const delta = new THREE.Vector3();
const ORIGIN = new THREE.Vector3();
const Y_UP = new THREE.Vector3(0, 1, 0);
/** Nearest near plane, Earth radii (≈ 320 m): with the far plane at 200,000 × near, Earth still resolves to ≈ 8 km in depth. */
const MIN_NEAR = 5e-5;
/** Closest approach to a tracked satellite, Earth radii (≈ 1 km). */
const CLOSE_MIN_DISTANCE = 1.6e-4;
const RAD = Math.PI / 180;

/** World position (Earth radii, world axes) of the Earth-fixed point at geocentric lat/lon and distance, at sidereal angle `gmst`. */
function earthFixedToWorld(
  latDeg: number,
  lonDeg: number,
  distanceRe: number,
  gmst: number,
  out: THREE.Vector3,
): THREE.Vector3 {
  const lat = latDeg * RAD;
  const lon = lonDeg * RAD + gmst; // Earth-fixed → ECI: turn by GMST about the pole
  const x = Math.cos(lat) * Math.cos(lon),
    y = Math.cos(lat) * Math.sin(lon),
    z = Math.sin(lat);
  return eciKmToWorld(
    x * distanceRe * EARTH_RADIUS_KM,
    y * distanceRe * EARTH_RADIUS_KM,
    z * distanceRe * EARTH_RADIUS_KM,
    out,
  );
}

/** The aim of a camera at world position `p` (Earth radii) at sidereal angle `gmst`. */
function worldToAim(p: THREE.Vector3, gmst: number, targetIndex: number): CameraAim {
  // World (x, y, z) = ECI (x, z, −y) / R⊕.
  const ex = p.x,
    ey = -p.z,
    ez = p.y;
  const r = Math.hypot(ex, ey, ez);
  let lon = (Math.atan2(ey, ex) - gmst) / RAD;
  lon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return { latDeg: Math.asin(ez / r) / RAD, lonDeg: lon, distanceRe: r, targetIndex };
}

const easeInOut = (x: number) => (x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2);

const flightFrom = new THREE.Vector3();
const flightTo = new THREE.Vector3();
const fromDir = new THREE.Vector3();
const toDir = new THREE.Vector3();
const quat = new THREE.Quaternion();
const partial = new THREE.Quaternion();
const tracked = new THREE.Vector3();

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
  const seenAim = useRef(0);
  /** The flight in progress: where it started (relative to its look-at point), where it goes, when. */
  const flight = useRef<{
    aim: CameraAim;
    startMs: number;
    durationMs: number;
    fromOffset: THREE.Vector3;
  } | null>(null);
  /** Satellite the camera keeps looking at (−1: Earth's centre). */
  const trackIndex = useRef(-1);

  useEffect(() => {
    cameraControl.read = () => worldToAim(camera.position, frame.gmstRad, trackIndex.current);
    return () => {
      cameraControl.read = null;
    };
  }, [camera]);

  // First view: the day side and the terminator, from a little above the equator.
  useFrame(() => {
    if (placed.current || frame.index < 1) return;
    placed.current = true;
    const s = frame.sunDirEci;
    const sun = eciKmToWorld(s[0], s[1], s[2], new THREE.Vector3()).normalize();
    const dir = sun
      .applyAxisAngle(new THREE.Vector3(0, 1, 0), -0.9)
      .setY(0.35)
      .normalize();
    camera.position.copy(dir.multiplyScalar(fitDistance(camera as THREE.PerspectiveCamera)));
    camera.lookAt(ORIGIN);
    controls.current?.update();
  }, -50);

  useEffect(() => {
    if (!follow && controls.current && trackIndex.current < 0) {
      controls.current.target.copy(ORIGIN);
    }
    if (follow) trackIndex.current = -1;
  }, [follow]);

  // Flights to the engine's aims.
  useFrame(() => {
    const c = controls.current;
    const cam = camera as THREE.PerspectiveCamera;
    cameraControl.fovDeg = cam.fov;
    cameraControl.aspect = cam.aspect;
    if (!c || frame.index < 1) return;
    if (cameraControl.version !== seenAim.current && cameraControl.pending) {
      seenAim.current = cameraControl.version;
      const { aim, durationMs } = cameraControl.pending;
      placed.current = true;
      flight.current = {
        aim,
        startMs: performance.now(),
        durationMs: prefersReducedMotion() ? 0 : durationMs,
        fromOffset: cam.position.clone().sub(c.target),
      };
      trackIndex.current = aim.targetIndex;
    }
    const f = flight.current;
    if (!f) return;
    const look =
      f.aim.targetIndex >= 0 && satelliteStateKm(f.aim.targetIndex, frame.simMs, state)
        ? eciKmToWorld(state[0], state[1], state[2], tracked)
        : tracked.copy(ORIGIN);
    const distance = f.aim.distanceRe > 0 ? f.aim.distanceRe : fitDistance(cam);
    earthFixedToWorld(f.aim.latDeg, f.aim.lonDeg, distance, frame.gmstRad, flightTo);
    const x = f.durationMs > 0 ? Math.min(1, (performance.now() - f.startMs) / f.durationMs) : 1;
    const k = easeInOut(x);
    // Along an arc about the look-at point: direction by slerp, distance by lerp.
    const toOffset = flightTo.sub(look);
    fromDir.copy(f.fromOffset).normalize();
    toDir.copy(toOffset).normalize();
    quat.setFromUnitVectors(fromDir, toDir);
    const q = partial.identity().slerp(quat, k);
    const len = f.fromOffset.length() * (1 - k) + toOffset.length() * k;
    flightFrom.copy(fromDir).applyQuaternion(q).multiplyScalar(len);
    c.target.copy(look);
    cam.position.copy(look).add(flightFrom);
    if (cam.position.lengthSq() < 1.05 * 1.05) cam.position.setLength(1.05); // never inside Earth
    cam.up.copy(Y_UP);
    if (x >= 1) flight.current = null;
  }, -45);

  useFrame(() => {
    const c = controls.current;
    if (!c) return;
    const who = follow ? sceneData.selected : flight.current ? -1 : trackIndex.current;
    if (who >= 0 && satelliteStateKm(who, frame.simMs, state)) {
      eciKmToWorld(state[0], state[1], state[2], target);
      delta.copy(target).sub(c.target);
      c.target.copy(target);
      camera.position.add(delta);
    }
    // Near and far planes follow how close the camera is to what it looks at, so a formation a few
    // km across can be seen from a few km away without losing depth precision at Earth's distance.
    const cam = camera as THREE.PerspectiveCamera;
    const lookDist = cam.position.distanceTo(c.target);
    const near = Math.min(0.01, Math.max(MIN_NEAR, 0.02 * lookDist));
    if (Math.abs(near - cam.near) > 0.05 * cam.near) {
      cam.near = near;
      cam.far = near * 200_000;
      cam.updateProjectionMatrix();
    }
    c.minDistance = c.target.lengthSq() > 0 ? CLOSE_MIN_DISTANCE : 1.08;
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
