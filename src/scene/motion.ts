/**
 * The reader's motion preference (`prefers-reduced-motion: reduce`, issue 13): with it the camera
 * jumps instead of flying (CameraRig), the route's dashes stand still (linkLayer) and the clock
 * starts paused (src/engine/engine.ts). Read on every use, so a change of the system setting applies
 * without a reload.
 */

const QUERY = '(prefers-reduced-motion: reduce)';

/** True when the reader asked the system for reduced motion (false where there is no `matchMedia`). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}
