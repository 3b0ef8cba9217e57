/**
 * The one request loop behind every worker conversation of the engine (keyframes, track, budgets,
 * the selected node's series, links, the route chart): ask, keep only the latest, drop stale
 * replies, throttle to a share of the worker's time, invalidate on load, and back off after a
 * failure instead of asking again every frame.
 *
 * The engine calls {@link RequestLoop.ask} every frame with what it wants now; the loop sends it only
 * when nothing is in flight and the throttle allows, so at most one request per loop is ever in
 * the worker's queue. A reply is applied only when no {@link RequestLoop.invalidate} happened since
 * its request was sent.
 */
import type { WorkerError } from '../worker/protocol';

export interface RequestLoopOptions<Q, R> {
  /** Sends one request; resolves with the reply or an error reply (never rejects). */
  send(query: Q): Promise<R | WorkerError>;
  /** A fresh reply to `query`. */
  apply(reply: R, query: Q): void;
  /** A fresh error reply to `query` (the loop backs off before asking again). */
  fail?(error: WorkerError, query: Q): void;
  /** Least wall time between two requests, ms (default 0). */
  minIntervalMs?: number;
  /**
   * Largest share of the worker's time this loop may take (0–1, default 1): after a reply that took
   * `computeMs`, the next request waits until `computeMs / share` has passed since the last one.
   */
  workShare?: number;
  /** The worker's compute time reported in a reply, ms (for `workShare`). */
  computeMs?(reply: R): number;
  /** Wall clock, ms (default performance.now); tests inject their own. */
  wallMs?(): number;
  /** First back-off after a failure, ms (doubles per failure up to {@link MAX_BACKOFF_MS}; default 1000). */
  backoffMs?: number;
}

/** Longest wait after repeated failures, ms. */
export const MAX_BACKOFF_MS = 30_000;

export class RequestLoop<Q, R> {
  private generation = 0;
  private inFlight = false;
  private lastSentWallMs = -Infinity;
  private lastComputeMs = 0;
  private failures = 0;
  private retryAtWallMs = -Infinity;
  private readonly wall: () => number;

  constructor(private readonly opts: RequestLoopOptions<Q, R>) {
    this.wall = opts.wallMs ?? (() => performance.now());
  }

  /** A request is on its way (its reply, unless invalidated, will be applied). */
  get busy(): boolean {
    return this.inFlight;
  }

  /** Consecutive failed replies since the last success or invalidation. */
  get failureCount(): number {
    return this.failures;
  }

  /** Whether {@link ask} would send now. */
  canAsk(): boolean {
    if (this.inFlight) return false;
    const now = this.wall();
    if (now < this.retryAtWallMs) return false;
    const share = this.opts.workShare ?? 1;
    const wait = Math.max(
      this.opts.minIntervalMs ?? 0,
      share > 0 && share < 1 ? this.lastComputeMs / share : 0,
    );
    return now - this.lastSentWallMs >= wait;
  }

  /**
   * Sends `query` if nothing is in flight and the throttle and back-off allow; returns whether it
   * was sent. `query` may be a function, evaluated only when sending (the engine's wishes are cheap
   * to test but not always cheap to build).
   */
  ask(query: Q | (() => Q)): boolean {
    if (!this.canAsk()) return false;
    const q = typeof query === 'function' ? (query as () => Q)() : query;
    const generation = this.generation;
    this.inFlight = true;
    this.lastSentWallMs = this.wall();
    void this.opts.send(q).then((r) => {
      if (generation !== this.generation) return;
      this.inFlight = false;
      if (isError(r)) {
        this.failures++;
        this.retryAtWallMs =
          this.wall() + Math.min(MAX_BACKOFF_MS, (this.opts.backoffMs ?? 1000) * 2 ** (this.failures - 1));
        this.opts.fail?.(r, q);
        return;
      }
      this.failures = 0;
      this.retryAtWallMs = -Infinity;
      this.lastComputeMs = this.opts.computeMs?.(r) ?? 0;
      this.opts.apply(r, q);
    });
    return true;
  }

  /** Lets the next {@link ask} skip the throttle (not the back-off, nor an answer in flight). */
  hurry(): void {
    this.lastSentWallMs = -Infinity;
  }

  /**
   * Earlier requests are stale (a new scenario, new ends, a worker restart): their replies will be
   * dropped, the next ask goes at once, and the failure back-off starts over.
   */
  invalidate(): void {
    this.generation++;
    this.inFlight = false;
    this.lastSentWallMs = -Infinity;
    this.lastComputeMs = 0;
    this.failures = 0;
    this.retryAtWallMs = -Infinity;
  }
}

function isError(r: unknown): r is WorkerError {
  return typeof r === 'object' && r !== null && (r as { type?: unknown }).type === 'error';
}
