/** The 3D view: Canvas, scene graph, frame loop (always while playing, on demand while paused). */
import { Suspense, useCallback, useEffect, useMemo } from 'react';
import { Canvas, extend, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { FrameDriver } from '../scene/FrameDriver';
import { Renderer } from '../scene/Renderer';
import { Satellites } from '../scene/Satellites';
import { SatelliteLayer } from '../scene/satelliteLayer';
import { Links } from '../scene/Links';
import { GroundStations } from '../scene/GroundStations';
import { pickEarthLatLon } from '../scene/earthPick';
import { frame } from '../scene/frameState';
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
import type { Engine } from '../engine/engine';
import { t } from '../i18n/i18n';
import { useTranslation } from 'react-i18next';
import { stationName } from './scenarioText';
import { THREE_ELEMENTS } from '../scene/threeElements';

// The JSX elements the scene uses, instead of R3F's whole-namespace catalogue (src/scene/threeElements.ts).
extend(THREE_ELEMENTS);

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

const isPlacing = () => useApp.getState().placingStation;

/** A name not used by any station yet: "Station n" (in the language in use). */
function freeStationName(names: readonly string[]): string {
  const used = new Set(names);
  let n = names.length + 1;
  while (used.has(t('common:overlay.stationName', { n }))) n++;
  return t('common:overlay.stationName', { n });
}

/**
 * While `placingStation` is set: a crosshair, and a click (not a drag) on Earth adds a ground station
 * there (Earth-fixed latitude/longitude of the hit at the current GMST). A click that misses Earth
 * keeps placing. The flag is cleared after the click has been handled everywhere, so the satellites'
 * own click handler (suspended while placing) does not select anything with it.
 */
function StationPlacer({ engine }: { engine: Engine }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const placing = useApp((s) => s.placingStation);

  useEffect(() => {
    const host = gl.domElement.parentElement ?? gl.domElement;
    host.style.cursor = placing ? 'crosshair' : '';
    if (placing) gl.domElement.style.cursor = '';
    return () => {
      host.style.cursor = '';
    };
  }, [gl, placing]);

  useEffect(() => {
    const el = gl.domElement;
    let down: { x: number; y: number } | null = null;
    const ndc = new THREE.Vector2();
    const ray = new THREE.Raycaster();
    const pdown = (e: PointerEvent) => {
      down = { x: e.clientX, y: e.clientY };
    };
    const up = (e: PointerEvent) => {
      const st = useApp.getState();
      if (!st.placingStation || !down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > 5) return;
      const r = el.getBoundingClientRect();
      ndc.set(((e.clientX - r.left) / r.width) * 2 - 1, -(((e.clientY - r.top) / r.height) * 2 - 1));
      ray.setFromCamera(ndc, camera);
      const hit = pickEarthLatLon(ray.ray.origin, ray.ray.direction, frame.gmstRad);
      if (!hit) return;
      const error = engine.addStation({
        name: freeStationName(st.stations.map((s) => s.name)),
        latDeg: Math.round(hit.latDeg * 1e4) / 1e4,
        lonDeg: Math.round(hit.lonDeg * 1e4) / 1e4,
      });
      if (error) useApp.getState().notify('error', error);
      setTimeout(() => useApp.getState().setPlacingStation(false), 0);
    };
    el.addEventListener('pointerdown', pdown);
    el.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', pdown);
      el.removeEventListener('pointerup', up);
    };
  }, [gl, camera, engine]);
  return null;
}

export function SceneView({ engine }: { engine: Engine }) {
  const playing = useApp((s) => s.playing);
  const follow = useApp((s) => s.follow);
  const showShadow = useApp((s) => s.showShadow);
  const setHovered = useApp((s) => s.setHovered);
  // One satellite layer for the points and the links, which evaluate positions from its data.
  const satLayer = useMemo(() => new SatelliteLayer(), []);
  useEffect(() => () => satLayer.dispose(), [satLayer]);
  // Station labels on the globe in the language in use: a new function per language redraws them.
  const { i18n } = useTranslation();
  const language = i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new identity per language is the point
  const stationLabel = useMemo(() => (name: string) => stationName(name), [language]);

  const onHover = useCallback(
    (h: { index: number; x: number; y: number } | null) => {
      sceneData.hovered = h ? h.index : -1;
      setHovered(h);
    },
    [setHovered],
  );
  const onSelect = useCallback((i: number | null) => engine.select(i), [engine]);
  const onFocus = useCallback(
    (i: number) => {
      engine.select(i);
      engine.follow(true);
    },
    [engine],
  );
  const onTick = useCallback((t: number) => engine.tick(t), [engine]);
  const onRendered = useCallback(() => engine.frameDrawn(), [engine]);

  return (
    <Canvas
      data-testid="scene-canvas"
      frameloop={playing || follow ? 'always' : 'demand'}
      dpr={[1, 2]}
      camera={{ fov: 45, near: 0.01, far: 2000, position: [0, 1.5, 4.4] }}
      gl={{ antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      onCreated={({ gl, invalidate }) => {
        gl.outputColorSpace = THREE.SRGBColorSpace;
        gl.setClearColor(0x02040a, 1);
        // Context loss: three's renderer forgets every GPU object on restore and uploads textures,
        // buffers and render targets again from their CPU copies on next use, so the layers keep
        // those copies (never free a DataTexture's data after upload). e2e/webgl.spec.ts checks it.
        gl.domElement.addEventListener('webglcontextlost', (e) => {
          e.preventDefault();
          useApp.getState().notify('info', t('common:overlay.contextLost'));
        });
        gl.domElement.addEventListener('webglcontextrestored', () => {
          useApp.getState().notify('info', t('common:overlay.contextRestored'));
          invalidate(); // paused, the view draws on demand only
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
        <GroundStations labelFor={stationLabel} />
        <Links layer={satLayer} />
      </EciFrame>
      <Satellites
        layer={satLayer}
        onHover={onHover}
        onSelect={onSelect}
        onFocus={onFocus}
        suspended={isPlacing}
      />
      <StationPlacer engine={engine} />
      <OrbitTrack />
      <CameraRig follow={follow} />
      <Renderer onRendered={onRendered} />
    </Canvas>
  );
}
