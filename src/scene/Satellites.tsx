/**
 * Satellites (one Points draw call per propagator) with hover and click picking on the GPU.
 * Pointer moves are coalesced to at most one pick per frame.
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { SatelliteLayer } from './satelliteLayer';
import { GpuPicker } from './picker';
import { frame } from './frameState';
import { sceneApi } from './sceneApi';
import { satelliteStateKm } from './satellitePosition';
import { EARTH_RADIUS_KM } from '../sim/constants';

export interface SatelliteEvents {
  onHover: (h: { index: number; x: number; y: number } | null) => void;
  onSelect: (index: number | null) => void;
  onFocus: (index: number) => void;
  /** While this returns true (e.g. placing a ground station), clicks select nothing and no pointer cursor is shown. */
  suspended?: () => boolean;
}

export interface SatellitesProps extends SatelliteEvents {
  /** The layer to draw (created and disposed by the owner, so the link layer can share its position data). */
  layer: SatelliteLayer;
}

const state = new Float64Array(6);
const world = new THREE.Vector3();
const toCam = new THREE.Vector3();

/** World position (Y-up, Earth radii) of an ECI km vector. */
export function eciKmToWorld(x: number, y: number, z: number, out: THREE.Vector3): THREE.Vector3 {
  return out.set(x / EARTH_RADIUS_KM, z / EARTH_RADIUS_KM, -y / EARTH_RADIUS_KM);
}

export function Satellites({ layer, onHover, onSelect, onFocus, suspended }: SatellitesProps) {
  const { gl, camera, size, invalidate } = useThree();
  const picker = useMemo(() => new GpuPicker(), []);

  useEffect(() => {
    picker.eci.add(layer.pickGroup);
    return () => {
      picker.eci.remove(layer.pickGroup);
      picker.dispose();
    };
  }, [layer, picker]);

  // Pointer handling: coalesce moves, pick in the next frame.
  useEffect(() => {
    const el = gl.domElement;
    let pending: { x: number; y: number } | null = null;
    let lastHover = -1;
    let down: { x: number; y: number } | null = null;
    const pickAt = (x: number, y: number) =>
      picker.pick(gl, camera as THREE.PerspectiveCamera, x, y, size.width, size.height);
    sceneApi.pickAt = pickAt;
    const local = (e: PointerEvent | MouseEvent) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    let raf = 0;
    const flush = () => {
      raf = 0;
      if (!pending) return;
      const { x, y } = pending;
      pending = null;
      const i = pickAt(x, y);
      if (i !== lastHover) {
        lastHover = i;
        onHover(i >= 0 ? { index: i, x, y } : null);
        el.style.cursor = i >= 0 && !suspended?.() ? 'pointer' : '';
        invalidate();
      }
    };
    const move = (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      pending = local(e);
      if (!raf) raf = requestAnimationFrame(flush);
    };
    const leave = () => {
      pending = null;
      if (lastHover !== -1) {
        lastHover = -1;
        onHover(null);
      }
    };
    const pdown = (e: PointerEvent) => {
      down = local(e);
    };
    const up = (e: PointerEvent) => {
      const p = local(e);
      if (!down || Math.hypot(p.x - down.x, p.y - down.y) > 5) return; // a drag, not a click
      if (suspended?.()) return;
      const i = pickAt(p.x, p.y);
      if (i >= 0) onSelect(i);
      invalidate();
    };
    const dbl = (e: MouseEvent) => {
      if (suspended?.()) return;
      const p = local(e);
      const i = pickAt(p.x, p.y);
      if (i >= 0) onFocus(i);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerleave', leave);
    el.addEventListener('pointerdown', pdown);
    el.addEventListener('pointerup', up);
    el.addEventListener('dblclick', dbl);
    return () => {
      if (raf) cancelAnimationFrame(raf);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerleave', leave);
      el.removeEventListener('pointerdown', pdown);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('dblclick', dbl);
    };
  }, [gl, camera, size, picker, onHover, onSelect, onFocus, suspended, invalidate]);

  useEffect(() => {
    sceneApi.drawnCount = () => layer.count;
    // Test only, so loaded on first use: it stays out of the first download.
    sceneApi.gpuProbe = (req) => import('./gpuProbe').then((m) => m.runGpuProbe(gl, layer, req));
    sceneApi.screenPosition = (index: number) => {
      if (!satelliteStateKm(index, frame.simMs, state)) return null;
      eciKmToWorld(state[0], state[1], state[2], world);
      // Hidden behind Earth? Ray from the camera to the satellite against the unit sphere.
      toCam.copy(world).sub(camera.position);
      const len = toCam.length();
      toCam.divideScalar(len);
      const b = camera.position.dot(toCam);
      const c = camera.position.lengthSq() - 1;
      const disc = b * b - c;
      if (disc > 0) {
        const tHit = -b - Math.sqrt(disc);
        if (tHit > 0 && tHit < len) return null;
      }
      const ndc = world.clone().project(camera);
      if (ndc.z > 1 || Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) return null;
      return { x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height };
    };
  }, [layer, camera, size, gl]);

  useFrame(({ gl: renderer }) => {
    layer.update(frame.simMs, renderer.getPixelRatio());
  });

  return (
    <group rotation={[-Math.PI / 2, 0, 0]}>
      <primitive object={layer.group} />
    </group>
  );
}
