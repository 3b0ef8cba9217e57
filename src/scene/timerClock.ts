/**
 * A THREE.Clock look-alike built on THREE.Timer, for the store of @react-three/fiber 9: three r183
 * deprecated Clock (every `new Clock()` logs a warning), R3F 9 creates one per Canvas and offers no
 * way to pass another (pmndrs/react-three-fiber#3741; R3F 10 moves to Timer). vite.config.ts swaps
 * this class in for R3F's `new THREE.Clock()`.
 *
 * Same fields and methods as Clock, because R3F's frame loop calls getDelta/start/stop and, with
 * `frameloop="never"`, writes `elapsedTime` and `oldTime` itself. The app's own time never comes
 * from here (src/sim/clock.ts drives the scene through FrameDriver).
 */
import { Timer } from 'three';

export class TimerClock {
  /** Start on the first getDelta() (as Clock). */
  autoStart: boolean;
  /** performance.now() at the last start(), ms. */
  startTime = 0;
  /** performance.now() at the last getDelta() while running, ms. */
  oldTime = 0;
  /** Seconds counted while running. */
  elapsedTime = 0;
  running = false;
  private readonly timer = new Timer();

  constructor(autoStart = true) {
    this.autoStart = autoStart;
  }

  /** Starts (or restarts) counting from 0. */
  start(): void {
    const nowMs = performance.now();
    this.timer.update(nowMs);
    this.startTime = this.oldTime = nowMs;
    this.elapsedTime = 0;
    this.running = true;
  }

  /** Stops counting; elapsedTime keeps its value. */
  stop(): void {
    this.getElapsedTime();
    this.running = false;
    this.autoStart = false;
  }

  /** Seconds counted so far (updates the clock, as Clock does). */
  getElapsedTime(): number {
    this.getDelta();
    return this.elapsedTime;
  }

  /** Seconds since the previous call (0 on the call that auto-starts it, and while stopped). */
  getDelta(): number {
    if (this.autoStart && !this.running) {
      this.start();
      return 0;
    }
    if (!this.running) return 0;
    const nowMs = performance.now();
    this.timer.update(nowMs);
    const dtS = this.timer.getDelta();
    this.oldTime = nowMs;
    this.elapsedTime += dtS;
    return dtS;
  }
}
