/**
 * The Sun: a glowing sprite in the Sun's direction, plus the directional light for lit materials.
 *
 * The sprite sits `distance` units from the camera along frame.sunDirEci (the Sun is at infinity:
 * same direction from everywhere, so no parallax), inside the far plane. Its disc has the Sun's
 * real angular radius (0.267°); the glow around it is a soft halo. The Earth hides it through the
 * depth test when the camera is in Earth's shadow.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import {
  AdditiveBlending,
  CanvasTexture,
  SRGBColorSpace,
  SpriteMaterial,
  Vector3,
  type DirectionalLight,
  type Sprite,
} from 'three';
import { frame } from './frameState';

export interface SunMarkerProps {
  /** Distance of the sprite from the camera, scene units (inside the far plane). */
  distance?: number;
  /** Halo diameter as an angle, degrees. */
  glowDeg?: number;
  /** Also add a directional light from the Sun. */
  light?: boolean;
  /** Directional light intensity. */
  lightIntensity?: number;
}

/** Real angular radius of the Sun seen from 1 AU, rad. */
const SUN_ANGULAR_RADIUS = Math.atan(696000 / 149597870.7);
const TEX_SIZE = 256;

/** Radial gradient: a solid disc of `coreFrac` (of the half-size), then a halo. */
function createSunTexture(coreFrac: number): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = TEX_SIZE;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const h = TEX_SIZE / 2;
    const g = ctx.createRadialGradient(h, h, 0, h, h, h);
    const c = Math.min(0.5, coreFrac);
    g.addColorStop(0, 'rgba(255,255,255,1)');
    g.addColorStop(c * 0.8, 'rgba(255,253,245,1)');
    g.addColorStop(c, 'rgba(255,246,225,0.9)');
    g.addColorStop(c * 1.35, 'rgba(255,226,185,0.28)');
    g.addColorStop(Math.min(0.95, c * 3), 'rgba(255,205,150,0.07)');
    g.addColorStop(1, 'rgba(255,190,140,0)');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, TEX_SIZE, TEX_SIZE);
  }
  const tex = new CanvasTexture(canvas);
  tex.colorSpace = SRGBColorSpace;
  return tex;
}

const dir = new Vector3();
const camWorld = new Vector3();
const noRaycast = () => {};

export function SunMarker({
  distance = 500,
  glowDeg = 5,
  light = true,
  lightIntensity = 2.5,
}: SunMarkerProps) {
  const spriteRef = useRef<Sprite>(null);
  const lightRef = useRef<DirectionalLight>(null);
  const glowRad = (glowDeg * Math.PI) / 180;
  const texture = useMemo(() => createSunTexture(SUN_ANGULAR_RADIUS / (glowRad / 2)), [glowRad]);
  const material = useMemo(
    () =>
      new SpriteMaterial({
        map: texture,
        blending: AdditiveBlending,
        transparent: true,
        depthWrite: false,
        toneMapped: false,
        fog: false,
      }),
    [texture],
  );
  useEffect(() => () => texture.dispose(), [texture]);
  useEffect(() => () => material.dispose(), [material]);
  const scale = 2 * distance * Math.tan(glowRad / 2);

  useFrame(({ camera }) => {
    const s = frame.sunDirEci;
    dir.set(s[0], s[1], s[2]).normalize();
    const sprite = spriteRef.current;
    if (sprite && sprite.parent) {
      camera.getWorldPosition(camWorld);
      sprite.parent.worldToLocal(camWorld);
      // Inside the far plane when the camera closes in (the rig moves it): same angle, nearer.
      const d = Math.min(distance, 0.25 * (camera as { far: number }).far);
      sprite.position.copy(camWorld).addScaledVector(dir, d);
      sprite.scale.setScalar((scale * d) / distance);
    }
    // A DirectionalLight shines from its position towards its target (the world origin = Earth).
    if (lightRef.current) lightRef.current.position.copy(dir).multiplyScalar(10);
  });

  return (
    <>
      <sprite
        ref={spriteRef}
        name="sun"
        material={material}
        scale={[scale, scale, 1]}
        renderOrder={-900}
        frustumCulled={false}
        raycast={noRaycast}
      />
      {light && <directionalLight ref={lightRef} name="sunlight" intensity={lightIntensity} />}
    </>
  );
}
