/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<points>`, …), for R3F's
 * `extend` (called once in src/app/SceneView.tsx). R3F's `<Canvas>` would otherwise register the
 * whole `THREE` namespace, which keeps every three.js class in the bundle (≈ 50 KB gzip of the first
 * download); the build's `r3f-explicit-catalogue` plugin (vite.config.ts) removes that line, so an
 * element missing here fails with R3F's "… is not part of the THREE namespace" error.
 * `threeElements.test.ts` checks every lowercase JSX element under src/scene against this list
 * (docs/performance.md, "What the first visit really fetches").
 */
import { AmbientLight, DirectionalLight, Group, Mesh, Points, Sprite } from 'three';

/** PascalCase class name → class, as R3F's catalogue expects (`<directionalLight>` → `DirectionalLight`). */
export const THREE_ELEMENTS = { AmbientLight, DirectionalLight, Group, Mesh, Points, Sprite };
