/**
 * The one simulation clock (docs/architecture.md): sim time = anchor + (wall − wallAnchor) × warp. Wall time
 * comes from an injected source, so tests drive it. Every reader of time asks this object.
 */
export interface ClockState {
  /** Sim time (Unix ms) at the anchor. */
  anchorSimMs: number;
  /** Wall time (ms, from the injected source) at the anchor. */
  anchorWallMs: number;
  /** Sim seconds per wall second; negative runs backwards. */
  warp: number;
  playing: boolean;
}

/** A clock over an injected wall-time source (`performance.now` in the app, a counter in tests). */
export class SimClock {
  private state: ClockState;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly wallNow: () => number,
    startMs: number,
    warp = 1,
    playing = true,
  ) {
    this.state = { anchorSimMs: startMs, anchorWallMs: wallNow(), warp, playing };
  }

  /** Current simulation time, Unix ms. */
  now(): number {
    const s = this.state;
    return s.playing ? s.anchorSimMs + (this.wallNow() - s.anchorWallMs) * s.warp : s.anchorSimMs;
  }

  get warp(): number {
    return this.state.warp;
  }

  get playing(): boolean {
    return this.state.playing;
  }

  /** Jump to a sim time; keeps warp and play state. */
  seek(simMs: number): void {
    this.reanchor(simMs, this.state.warp, this.state.playing);
  }

  setWarp(warp: number): void {
    if (!Number.isFinite(warp)) throw new Error(`warp must be a finite number, got ${warp}`);
    this.reanchor(this.now(), warp, this.state.playing);
  }

  play(): void {
    this.reanchor(this.now(), this.state.warp, true);
  }

  pause(): void {
    this.reanchor(this.now(), this.state.warp, false);
  }

  toggle(): void {
    if (this.state.playing) this.pause();
    else this.play();
  }

  /** Called after every discrete change (seek, warp, play, pause) — not every tick. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private reanchor(simMs: number, warp: number, playing: boolean): void {
    this.state = { anchorSimMs: simMs, anchorWallMs: this.wallNow(), warp, playing };
    for (const fn of this.listeners) fn();
  }
}
