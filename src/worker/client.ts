/**
 * Main-thread side of the worker protocol. Sends requests with sequence numbers, resolves replies
 * with the reply type that matches the request, restarts a crashed worker a few times (re-sending
 * the last scenario, and each waiting request once) and falls back to running the same core on
 * the main thread when workers are unavailable or disabled (`?worker=0`).
 */
import type { WorkerCore } from './core';
import type { ReplyTo, WorkerError, WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';
import { engineMsg } from '../scenario/engineMessages';

/** A request as callers write it (the client adds `seq`). */
export type RequestBody = WorkerRequest extends infer R
  ? R extends { seq: number }
    ? Omit<R, 'seq'>
    : never
  : never;

/** The request body of type `T`. */
export type RequestOf<T extends RequestBody['type']> = Extract<RequestBody, { type: T }>;

export interface CoreClient {
  readonly mode: 'worker' | 'main-thread';
  /** Sends one request; resolves with its reply or an `error` reply (never rejects). */
  request<T extends RequestBody['type']>(body: RequestOf<T>): Promise<ReplyTo<T>>;
  dispose(): void;
}

/** How often a crashed worker is restarted before the client gives up. */
export const MAX_RESTARTS = 3;
/** A waiting request is re-sent once after a crash; if the worker crashes again while it runs, it gets an error. */
export const MAX_ATTEMPTS = 2;

interface Pending {
  resolve: (r: WorkerResponse) => void;
  body: RequestBody;
  attempts: number;
}

/** An `error` reply made on this side (the worker could not answer). */
export function clientError(body: RequestBody, message: string): WorkerError {
  return { type: 'error', seq: -1, request: body.type, message, issues: [] };
}

/**
 * Most satellites for which the main-thread client computes links and routes. A link update
 * propagates every satellite and tests every candidate in one go (≈ 0.4–0.5 s of CPU at 1,000,000
 * with +Grid links, measured): on the main thread that would freeze the page every few seconds, so
 * above this the client answers `links` and `routeSeries` with {@link mainThreadLinksRefusal}
 * instead (docs/architecture.md, "Workers").
 */
export const MAIN_THREAD_MAX_LINK_SATELLITES = 100_000;

/** The error text of a link or route request refused in main-thread mode for `satellites` satellites. */
export function mainThreadLinksRefusal(satellites: number, limit = MAIN_THREAD_MAX_LINK_SATELLITES): string {
  return engineMsg('mainThreadLinks', {
    max: limit.toLocaleString('en-US'),
    n: satellites.toLocaleString('en-US'),
  });
}

/**
 * Runs the core on the main thread, one macrotask later, so callers see the same async shape. The
 * core (zod, the expander) is imported on first use, keeping it out of the initial download when a
 * worker runs it instead. Link and route requests are refused above
 * {@link MAIN_THREAD_MAX_LINK_SATELLITES} satellites (they would stall the page).
 */
export class MainThreadClient implements CoreClient {
  readonly mode = 'main-thread' as const;
  private core: Promise<WorkerCore> | null = null;
  private seq = 0;
  /** Satellites of the last scenario loaded (0 before one is). */
  private satellites = 0;

  /** `maxLinkSatellites`: above this many satellites links and routes are refused (tests lower it). */
  constructor(private readonly maxLinkSatellites = MAIN_THREAD_MAX_LINK_SATELLITES) {}

  request<T extends RequestBody['type']>(body: RequestOf<T>): Promise<ReplyTo<T>> {
    const req = { ...body, seq: ++this.seq } as WorkerRequest;
    this.core ??= import('./core').then((m) => new m.WorkerCore());
    return this.core.then(
      (core) =>
        new Promise((resolve) =>
          setTimeout(() => {
            if (
              (body.type === 'links' || body.type === 'routeSeries') &&
              this.satellites > this.maxLinkSatellites
            ) {
              resolve(
                clientError(
                  body,
                  mainThreadLinksRefusal(this.satellites, this.maxLinkSatellites),
                ) as ReplyTo<T>,
              );
              return;
            }
            const reply = core.handle(req);
            if (reply.type === 'loaded') this.satellites = reply.meta.total;
            resolve(reply as ReplyTo<T>);
          }, 0),
        ),
      (e: unknown) =>
        clientError(
          body,
          engineMsg('coreNotLoaded', { reason: e instanceof Error ? e.message : String(e) }),
        ) as ReplyTo<T>,
    );
  }

  dispose(): void {}
}

/** What a worker client tells its owner. */
export interface WorkerClientEvents {
  /** The worker crashed and was restarted (`reason`: the browser's message). */
  onRestart(reason: string): void;
  /** The worker crashed {@link MAX_RESTARTS} times more and was not restarted: every request now fails. */
  onGiveUp?(reason: string): void;
  /** The worker script has started (its `booted` message; every restart sends one too). */
  onBooted?(): void;
}

/**
 * Which worker script a client runs: `core`, the full {@link WorkerCore} (budgets, links, …), or
 * `propagation`, only load, keyframes and tracks — the worker fetched before the first frame, so
 * its download holds nothing else (src/worker/propagation.worker.ts).
 */
export type WorkerScript = 'core' | 'propagation';

/** Starts a module worker running `script`; each `new URL(…)` is spelled out so Vite bundles both files. */
export function spawnWorkerScript(script: WorkerScript, name: string): Worker {
  return script === 'propagation'
    ? new Worker(new URL('./propagation.worker.ts', import.meta.url), { type: 'module', name })
    : new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name });
}

/** Runs the core in a dedicated module worker. */
export class WorkerClient implements CoreClient {
  readonly mode = 'worker' as const;
  private worker: Worker | null;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private lastLoad: RequestBody | null = null;
  private restarts = 0;
  private failed: string | null = null;

  constructor(
    private readonly events: WorkerClientEvents,
    private readonly name = 'core',
    private readonly spawnWorker: () => Worker = () => spawnWorkerScript('core', this.name),
  ) {
    this.worker = this.spawn();
  }

  request<T extends RequestBody['type']>(body: RequestOf<T>): Promise<ReplyTo<T>> {
    return new Promise((resolve) => this.send(body, resolve as (r: WorkerResponse) => void, 1));
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failed ??= 'the client was disposed';
    this.failAll();
  }

  private send(body: RequestBody, resolve: (r: WorkerResponse) => void, attempts: number): void {
    if (this.failed || !this.worker) {
      resolve(
        clientError(
          body,
          engineMsg('workerNotRunning', { what: this.name, reason: this.failed ?? 'stopped' }),
        ),
      );
      return;
    }
    if (body.type === 'load') this.lastLoad = body;
    const seq = ++this.seq;
    this.pending.set(seq, { resolve, body, attempts });
    this.worker.postMessage({ ...body, seq });
  }

  private spawn(): Worker {
    const w = this.spawnWorker();
    w.onmessage = (e: MessageEvent<WorkerResponse | WorkerEvent>) => {
      const msg = e.data;
      if (msg.type === 'booted') {
        this.events.onBooted?.();
        return;
      }
      const p = this.pending.get(msg.seq);
      if (!p) return;
      this.pending.delete(msg.seq);
      p.resolve(msg);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.restart(e.message || `the ${this.name} worker crashed`);
    };
    w.onmessageerror = () => this.restart(`the ${this.name} worker sent a message that could not be read`);
    return w;
  }

  /**
   * Replaces a crashed worker, at most {@link MAX_RESTARTS} times; the scenario is loaded again
   * before waiting requests are re-sent, each at most {@link MAX_ATTEMPTS} times in all — a request
   * that crashes the worker every time gets an error reply instead of crashing it forever.
   */
  private restart(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.restarts >= MAX_RESTARTS) {
      this.failed = `it stopped ${MAX_RESTARTS + 1} times, last: ${reason}`;
      this.failAll();
      this.events.onGiveUp?.(reason);
      return;
    }
    this.restarts++;
    this.worker = this.spawn();
    this.events.onRestart(reason);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    if (this.lastLoad && !waiting.some((p) => p.body.type === 'load')) {
      this.send(this.lastLoad, () => {}, 1);
    }
    for (const p of waiting) {
      if (p.attempts >= MAX_ATTEMPTS)
        p.resolve(
          clientError(p.body, engineMsg('workerCrashed', { what: this.name, request: p.body.type, reason })),
        );
      else this.send(p.body, p.resolve, p.attempts + 1);
    }
  }

  private failAll(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting)
      p.resolve(
        clientError(
          p.body,
          engineMsg('workerNotRunning', { what: this.name, reason: this.failed ?? 'stopped' }),
        ),
      );
  }
}

/**
 * The worker client where module workers exist and are not disabled, else the main-thread fallback
 * (the full core, whatever `script` says). `script`: the worker file, default `core`.
 */
export function createCoreClient(
  opts: { useWorker: boolean; name?: string; script?: WorkerScript } & WorkerClientEvents,
): CoreClient {
  if (opts.useWorker && typeof Worker !== 'undefined') {
    try {
      const name = opts.name ?? 'core';
      return new WorkerClient(opts, name, () => spawnWorkerScript(opts.script ?? 'core', name));
    } catch {
      /* fall through to the main thread */
    }
  }
  return new MainThreadClient();
}
