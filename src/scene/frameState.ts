/**
 * Per-frame values every scene component reads (never React state). Written once per frame, first
 * thing in the render loop (see FrameDriver.tsx), from the one clock.
 *
 * Scene frame: the root group maps ECI (TEME) to three's Y-up world by a −90° turn about X, so
 * inside `<EciFrame>` coordinates are ECI with z towards the north pole; 1 unit = 1 Earth radius.
 */
export const frame = {
  /** Simulation time, Unix ms UTC. */
  simMs: 0,
  /** Greenwich mean sidereal time, rad: the Earth mesh turns by this about ECI z. */
  gmstRad: 0,
  /** Unit vector from Earth's centre to the Sun, ECI. */
  sunDirEci: new Float64Array([1, 0, 0]),
  /** Earth–Sun distance, km. */
  sunDistanceKm: 149597870.7,
  /** Frame counter, for throttled work. */
  index: 0,
};
