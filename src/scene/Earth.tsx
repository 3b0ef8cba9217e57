/**
 * The Earth: a unit sphere (1 = 6378.137 km) in the ECI frame, turned by GMST about ECI z.
 *
 * Geometry: three's SphereGeometry has its poles on ±y, u = 0 at −x and u = 0.5 at +x, longitude
 * increasing counter-clockwise seen from +y. Turning it +90° about x puts the north pole on +z and
 * lon +90° on +y, i.e. object space = ECEF. Then `rotation.z = gmst` gives ECEF → ECI
 * (a point at longitude λ sits at ECI angle λ + gmst).
 *
 * Loading: the textured material suspends inside this component's own <Suspense>; until the two
 * photographs arrive, a plain shaded ball with the same terminator is drawn (never black, never
 * suspending the rest of the Canvas).
 */
import {
  Component,
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useTexture } from '@react-three/drei';
import { SphereGeometry, SRGBColorSpace, Vector3, type Mesh, type ShaderMaterial } from 'three';
import { frame } from './frameState';
import { createEarthMaterial, type EarthUniforms } from './earthShader';

const BASE = import.meta.env.BASE_URL;
export const EARTH_DAY_URL = `${BASE}textures/earth-blue-marble.jpg`;
export const EARTH_NIGHT_URL = `${BASE}textures/earth-night.jpg`;

export interface EarthProps {
  /** Day map (equirectangular, u = 0 at lon −180°). Defaults to the bundled Blue Marble. */
  dayUrl?: string;
  /** Night map (city lights). Defaults to the bundled Black Marble. */
  nightUrl?: string;
  /** Multiplier for city lights. */
  nightGain?: number;
  /** Sphere segments around (latitude rings are half of this). */
  segments?: number;
  /** Mesh name, e.g. for picking. */
  name?: string;
}

// Scratch, module scope: nothing is allocated per frame.
const sunObj = new Vector3();
const camWorld = new Vector3();

/** Builds the Earth's geometry in ECEF (poles on ±z). */
function createEarthGeometry(segments: number): SphereGeometry {
  const g = new SphereGeometry(1, segments, Math.max(8, segments >> 1));
  g.rotateX(Math.PI / 2);
  return g;
}

/** Turns the mesh by GMST and writes the Sun and camera, in the Earth's own frame, to the uniforms. */
function useEarthFrame(meshRef: RefObject<Mesh | null>, material: ShaderMaterial): void {
  useFrame(({ camera }) => {
    const mesh = meshRef.current;
    if (!mesh) return;
    const g = frame.gmstRad;
    mesh.rotation.z = g;
    mesh.updateWorldMatrix(true, false);
    const u = material.uniforms as EarthUniforms;
    // ECI → ECEF: rotate by −gmst about z.
    const c = Math.cos(g);
    const s = Math.sin(g);
    const sx = frame.sunDirEci[0];
    const sy = frame.sunDirEci[1];
    sunObj.set(c * sx + s * sy, -s * sx + c * sy, frame.sunDirEci[2]).normalize();
    u.uSunObj.value.copy(sunObj);
    camera.getWorldPosition(camWorld);
    u.uCamObj.value.copy(mesh.worldToLocal(camWorld));
  });
}

function EarthMesh({
  material,
  segments,
  name,
}: {
  material: ShaderMaterial;
  segments: number;
  name: string;
}) {
  const meshRef = useRef<Mesh>(null);
  const geometry = useMemo(() => createEarthGeometry(segments), [segments]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEarthFrame(meshRef, material);
  return <mesh ref={meshRef} name={name} geometry={geometry} material={material} />;
}

function PlaceholderEarth({ segments, name }: { segments: number; name: string }) {
  const material = useMemo(() => createEarthMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);
  return <EarthMesh material={material} segments={segments} name={name} />;
}

function TexturedEarth({ dayUrl, nightUrl, nightGain, segments, name }: Required<EarthProps>) {
  const gl = useThree((s) => s.gl);
  const [day, night] = useTexture([dayUrl, nightUrl]);
  // Runs before drei's own effect uploads the textures (layout effects precede passive ones).
  useLayoutEffect(() => {
    const aniso = Math.min(8, gl.capabilities.getMaxAnisotropy());
    for (const t of [day, night]) {
      t.colorSpace = SRGBColorSpace;
      t.anisotropy = aniso;
      t.generateMipmaps = true;
      t.needsUpdate = true;
    }
    return () => {
      // Frees GPU memory; the images stay in the loader cache, so a remount re-uploads them.
      day.dispose();
      night.dispose();
    };
  }, [gl, day, night]);
  const material = useMemo(() => createEarthMaterial({ day, night }, nightGain), [day, night, nightGain]);
  useEffect(() => () => material.dispose(), [material]);
  return <EarthMesh material={material} segments={segments} name={name} />;
}

/** A texture that fails to load (offline, 404) leaves the placeholder ball instead of breaking the Canvas. */
class TextureErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.warn('Earth textures failed to load; showing the plain globe.', error);
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function Earth({
  dayUrl = EARTH_DAY_URL,
  nightUrl = EARTH_NIGHT_URL,
  nightGain = 2.5,
  segments = 128,
  name = 'earth',
}: EarthProps) {
  const fallback = <PlaceholderEarth segments={segments} name={name} />;
  return (
    <TextureErrorBoundary fallback={fallback}>
      <Suspense fallback={fallback}>
        <TexturedEarth
          dayUrl={dayUrl}
          nightUrl={nightUrl}
          nightGain={nightGain}
          segments={segments}
          name={name}
        />
      </Suspense>
    </TextureErrorBoundary>
  );
}
