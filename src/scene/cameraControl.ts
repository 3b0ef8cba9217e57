/**
 * The camera as data, between the engine (which decides where to look: a scenario's view, a share
 * link, a selection, a route) and CameraRig (which flies there). No three.js objects: an aim is a
 * point in the Earth-fixed frame, so a shared view shows the same ground at the same time.
 */

/** Where the camera should be. */
export interface CameraAim {
  /** Geocentric latitude/longitude of the camera position, Earth-fixed, degrees. */
  latDeg: number;
  lonDeg: number;
  /**
   * Distance from Earth's centre, Earth radii; 0 = far enough that Earth and the scenario's shells
   * fit the view (the rig decides from the viewport's size and field of view).
   */
  distanceRe: number;
  /** Keep looking at this satellite (global index) as it moves; −1 = look at Earth's centre. */
  targetIndex: number;
}

export const cameraControl = {
  /** The aim the rig should fly to, and how long the flight takes (0: jump). */
  pending: null as { aim: CameraAim; durationMs: number } | null,
  /** Bumped by every {@link aimCamera}. */
  version: 0,
  /** Set by the rig while it is mounted: the camera's aim now (targetIndex as the rig tracks it). */
  read: null as (() => CameraAim) | null,
  /** Vertical field of view, degrees, and width / height of the view (kept by the rig). */
  fovDeg: 45,
  aspect: 1.6,
};

/** Asks the rig to fly to `aim` over `durationMs` (it jumps when the user prefers reduced motion). */
export function aimCamera(aim: CameraAim, durationMs = 0): void {
  cameraControl.pending = { aim, durationMs };
  cameraControl.version++;
}

/** The camera's aim now, or null before the scene has a camera. */
export function currentAim(): CameraAim | null {
  return cameraControl.read ? cameraControl.read() : null;
}
