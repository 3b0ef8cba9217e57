/**
 * Main-thread side of the worker protocol. Sends requests with sequence numbers, resolves replies,
 * restarts a crashed worker (re-sending the last scenario) and falls back to running the same core
 * on the main thread when workers are unavailable or disabled (`?worker=0`).
 */
import type { WorkerCore } from './core';
import type { WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';

/** A request as callers write it (the client adds `seq`). */
export type RequestBody = WorkerRequest extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;

export interface CoreClient {
  readonly mode: 'worker' | 'main-thread';
  request(body: RequestBody): Promise<WorkerResponse>;
  dispose(): void;
}

interface Pending {
  resolve: (r: WorkerResponse) => void;
  body: RequestBody;
}

/**
 * Runs the core on the main thread, one macrotask later, so callers see the same async shape. The
 * core (zod, the expander) is imported on first use, keeping it out of the initial download when a
 * worker runs it instead.
 */
export class MainThreadClient implements CoreClient {
  readonly mode = 'main-thread' as const;
  private core: Promise<WorkerCore> | null = null;
  private seq = 0;

  request(body: RequestBody): Promise<WorkerResponse> {
    const req = { ...body, seq: ++this.seq } as WorkerRequest;
    this.core ??= import('./core').then((m) => new m.WorkerCore());
    return this.core.then((core) => new Promise((resolve) => setTimeout(() => resolve(core.handle(req)), 0)));
  }

  dispose(): void {}
}

/** Runs the core in a dedicated module worker. */
export class WorkerClient implements CoreClient {
  readonly mode = 'worker' as const;
  private worker: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();
  private lastLoad: RequestBody | null = null;

  constructor(private readonly onRestart: (reason: string) => void) {
    this.worker = this.spawn();
  }

  request(body: RequestBody): Promise<WorkerResponse> {
    if (body.type === 'load') this.lastLoad = body;
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(seq, { resolve, body });
      this.worker.postMessage({ ...body, seq });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.pending.clear();
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./core.worker.ts', import.meta.url), { type: 'module', name: 'propagation' });
    w.onmessage = (e: MessageEvent<WorkerResponse | WorkerEvent>) => {
      const msg = e.data;
      if (msg.type === 'booted') return;
      const p = this.pending.get(msg.seq);
      if (!p) return;
      this.pending.delete(msg.seq);
      p.resolve(msg);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.restart(e.message || 'the propagation worker crashed');
    };
    return w;
  }

  /** Replaces a crashed worker; the scenario is loaded again before any waiting request is re-sent. */
  private restart(reason: string): void {
    this.worker.terminate();
    this.worker = this.spawn();
    this.onRestart(reason);
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    if (this.lastLoad && !waiting.some(([, p]) => p.body.type === 'load')) {
      void this.request(this.lastLoad);
    }
    for (const [, p] of waiting) void this.request(p.body).then(p.resolve);
  }
}

/** The worker client where module workers exist and are not disabled, else the main-thread fallback. */
export function createCoreClient(opts: { useWorker: boolean; onRestart: (reason: string) => void }): CoreClient {
  if (opts.useWorker && typeof Worker !== 'undefined') {
    try {
      return new WorkerClient(opts.onRestart);
    } catch {
      /* fall through to the main thread */
    }
  }
  return new MainThreadClient();
}
