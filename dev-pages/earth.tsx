/**
 * Dev page: the Earth, atmosphere, stars and Sun under a fixed frame state, to look at.
 *   http://localhost:5190/dev-pages/earth.html?gmst=0&sunLon=0&sunLat=0&cam=3,0,0&fov=45
 * gmst: degrees. sunLon/sunLat: Sun direction as ECI right ascension / declination, degrees.
 * cam: camera position in ECI (Earth radii); the view looks at the centre, north up.
 * cross=0 hides the magenta crosshair at the image centre; tex=0 points the day map at a missing
 * file (shows the placeholder globe); anim=1 renders continuously (default: on demand); probe=1 adds a grey lit sphere (checks the Sun's light).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { frame } from '../src/scene/frameState';
import { Earth } from '../src/scene/Earth';
import { Atmosphere } from '../src/scene/Atmosphere';
import { Stars } from '../src/scene/Stars';
import { SunMarker } from '../src/scene/SunMarker';
import { Lighting } from '../src/scene/Lighting';

const q = new URLSearchParams(location.search);
const num = (k: string, d: number) => (q.has(k) ? Number(q.get(k)) : d);
const DEG = Math.PI / 180;
const gmstDeg = num('gmst', 0);
const sunRa = num('sunLon', 0) * DEG;
const sunDec = num('sunLat', 0) * DEG;
const cam = (q.get('cam') ?? '3.2,0,0').split(',').map(Number);
const fov = num('fov', 45);

frame.gmstRad = gmstDeg * DEG;
frame.sunDirEci[0] = Math.cos(sunDec) * Math.cos(sunRa);
frame.sunDirEci[1] = Math.cos(sunDec) * Math.sin(sunRa);
frame.sunDirEci[2] = Math.sin(sunDec);

if (q.get('cross') === '0') document.getElementById('cross')?.remove();
const hud = document.getElementById('hud');
if (hud) {
  hud.textContent =
    `gmst ${gmstDeg}°  sun RA ${num('sunLon', 0)}° dec ${num('sunLat', 0)}°  ` +
    `sun ECI (${Array.from(frame.sunDirEci, (v) => v.toFixed(3)).join(', ')})  cam ECI (${cam.join(', ')})`;
}

/** ECI → three world (y up): a −90° turn about x maps (x, y, z) to (x, z, −y). */
const camWorld: [number, number, number] = [cam[0], cam[2], -cam[1]];
// Looking straight down a pole the "up" vector must not be parallel to the view direction.
const up: [number, number, number] = Math.abs(cam[0]) + Math.abs(cam[1]) < 1e-9 ? [1, 0, 0] : [0, 1, 0];

function App() {
  return (
    <Canvas
      camera={{ position: camWorld, fov, near: 0.01, far: 2000, up }}
      dpr={1}
      frameloop={q.get('anim') === '1' ? 'always' : 'demand'}
      gl={{ antialias: true, preserveDrawingBuffer: true }}
      onCreated={({ gl }) => {
        (window as unknown as { __three: unknown }).__three = gl;
      }}
    >
      <color attach="background" args={['#000']} />
      <group rotation={[-Math.PI / 2, 0, 0]} name="eci">
        <Stars />
        {q.get('tex') === '0' ? <Earth dayUrl="/textures/missing-on-purpose.jpg" /> : <Earth />}
        <Atmosphere />
        <SunMarker />
        <Lighting />
        {q.get('probe') === '1' && (
          <mesh position={[1.3, 0.3, 0.3]}>
            <sphereGeometry args={[0.08, 32, 16]} />
            <meshStandardMaterial color="#bbbbbb" />
          </mesh>
        )}
      </group>
      <OrbitControls makeDefault enableDamping={false} />
    </Canvas>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
