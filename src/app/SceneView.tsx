/** The 3D view: Canvas, scene graph, frame loop (always while playing, on demand while paused). */
import { Suspense, useCallback, useEffect } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { FrameDriver } from '../scene/FrameDriver';
import { Renderer } from '../scene/Renderer';
import { Satellites } from '../scene/Satellites';
import { OrbitTrack } from '../scene/OrbitTrack';
import { CameraRig } from '../scene/CameraRig';
import { Earth, EARTH_DAY_URL, EARTH_NIGHT_URL } from '../scene/Earth';
import { Atmosphere } from '../scene/Atmosphere';
import { Stars } from '../scene/Stars';
import { SunMarker } from '../scene/SunMarker';
import { EciFrame } from '../scene/EciFrame';
import { ShadowVolume } from '../scene/ShadowVolume';
import { sceneData } from '../scene/sceneData';
import { useApp } from '../state/store';
import type { Engine } from './engine';

/** 4096-px maps only where the screen can show them; 2048-px maps load and upload ~4× faster. */
const BIG_SCREEN = Math.max(screen.width, screen.height) * devicePixelRatio > 2000;
const DAY_URL = BIG_SCREEN ? EARTH_DAY_URL : EARTH_DAY_URL.replace('.jpg', '-2k.jpg');
const NIGHT_URL = BIG_SCREEN ? EARTH_NIGHT_URL : EARTH_NIGHT_URL.replace('.jpg', '-2k.jpg');

/** While paused the view renders on demand: redraw on every clock change and when new data arrives. */
function Invalidator({ engine }: { engine: Engine }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const a = engine.clock.subscribe(() => invalidate());
    const b = engine.onData(() => invalidate());
    const c = useApp.subscribe(() => invalidate());
    return () => {
      a();
      b();
      c();
    };
  }, [engine, invalidate]);
  return null;
}

export function SceneView({ engine }: { engine: Engine }) {
  const playing = useApp((s) => s.playing);
  const follow = useApp((s) => s.follow);
  const showShadow = useApp((s) => s.showShadow);
  const set = useApp((s) => s.set);

  const onHover = useCallback(
    (h: { index: number; x: number; y: number } | null) => {
      sceneData.hovered = h ? h.index : -1;
      set({ hovered: h });
    },
    [set],
  );
  const onSelect = useCallback((i: number | null) => engine.select(i), [engine]);
  const onFocus = useCallback(
    (i: number) => {
      engine.select(i);
      set({ follow: true });
    },
    [engine, set],
  );
  const onTick = useCallback((t: number) => engine.tick(t), [engine]);
  const onRendered = useCallback(() => {
    const root = document.documentElement;
    if (root.dataset.ready !== 'true' && engine.drawable && sceneData.version > 0) {
      root.dataset.ready = 'true';
      useApp.getState().set({ status: 'ready', progress: '' });
    }
  }, [engine]);

  return (
    <Canvas
      data-testid="scene-canvas"
      frameloop={playing || follow ? 'always' : 'demand'}
      dpr={[1, 2]}
      camera={{ fov: 45, near: 0.01, far: 2000, position: [0, 1.5, 4.4] }}
      gl={{ antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      onCreated={({ gl }) => {
        gl.outputColorSpace = THREE.SRGBColorSpace;
        gl.setClearColor(0x02040a, 1);
        gl.domElement.addEventListener('webglcontextlost', (e) => {
          e.preventDefault();
          useApp.getState().set({ notice: { kind: 'info', text: 'The graphics context was lost; restoring the view…' } });
        });
        gl.domElement.addEventListener('webglcontextrestored', () => {
          sceneData.version++;
          sceneData.keyframesVersion++;
          useApp.getState().set({ notice: { kind: 'info', text: 'The view was restored.' } });
        });
      }}
    >
      <Invalidator engine={engine} />
      <FrameDriver now={() => engine.clock.now()} onTick={onTick} />
      <EciFrame>
        <Suspense fallback={null}>
          <Stars />
          <SunMarker />
        </Suspense>
        <Earth dayUrl={DAY_URL} nightUrl={NIGHT_URL} />
        <Atmosphere />
        <ShadowVolume visible={showShadow} />
      </EciFrame>
      <Satellites onHover={onHover} onSelect={onSelect} onFocus={onFocus} />
      <OrbitTrack />
      <CameraRig follow={follow} />
      <Renderer onRendered={onRendered} />
    </Canvas>
  );
}
