import type { ProbeReply, ProbeRequest } from './gpuProbe';

/** Imperative scene queries for the app shell and tests, registered by the mounted scene. */
export const sceneApi = {
  /** CSS-pixel position of a satellite in the canvas, or null when hidden or behind Earth. */
  screenPosition: (_index: number): { x: number; y: number } | null => null,
  /** Satellite under a CSS-pixel position of the canvas, or −1. */
  pickAt: (_x: number, _y: number): number => -1,
  /** Number of satellites the scene currently draws. */
  drawnCount: (): number => 0,
  /** Test only: the shaders' own positions, shadow and link decisions read back (src/scene/gpuProbe.ts, loaded on first use); null before the scene mounts. */
  gpuProbe: async (_req: ProbeRequest): Promise<ProbeReply | null> => null,
  /** Link instances currently in GPU buffers: ISL and station candidates, and the route's hops. */
  linkStats: (): { drawnIsl: number; drawnGround: number; routeHops: number } => ({
    drawnIsl: 0,
    drawnGround: 0,
    routeHops: 0,
  }),
};
