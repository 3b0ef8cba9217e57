/**
 * Main-thread side of the import protocol (src/worker/importProtocol.ts): `run` reads element sets
 * in the import worker and resolves with the result. Only the latest run counts: starting another
 * stops the worker busy with the older one (its promise rejects with {@link ImportSuperseded}) and
 * a fresh worker takes the new one. A worker that fails rejects its run with a sentence saying so;
 * the next run starts a new worker. Where module workers are missing or cannot be started (or
 * `useWorker` is false) the same code runs on the main thread, one macrotask later.
 */
import type { ImportResult } from '../scenario/importText';
import { runImport } from './importCore';
import type { ImportReply, ImportRequest, ImportSource } from './importProtocol';
import { msg } from '../scenario/messages';

/** The rejection of a run that a newer run replaced, or that `dispose` ended. */
export class ImportSuperseded extends Error {
  constructor() {
    super('superseded by a newer import');
    this.name = 'ImportSuperseded';
  }
}

export interface ImportRunner {
  readonly mode: 'worker' | 'main-thread';
  /** Reads element sets from `source`; `filename` helps detect the format. */
  run(source: ImportSource, filename?: string): Promise<ImportResult>;
  /** Stops any work in progress (its promise rejects with {@link ImportSuperseded}). */
  dispose(): void;
}

/** The parts of a Worker used here (tests pass a double). */
export interface WorkerLike {
  postMessage(msg: ImportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

interface Pending {
  seq: number;
  resolve: (r: ImportResult) => void;
  reject: (e: Error) => void;
}

/** Runs imports in a module worker, one at a time, the latest winning. */
export class ImportWorkerClient implements ImportRunner {
  private worker: WorkerLike | null = null;
  private seq = 0;
  private pending: Pending | null = null;
  /** Set when a worker could not even be constructed: every run goes to the main thread. */
  private fallback: MainThreadImporter | null = null;

  constructor(private readonly makeWorker: () => WorkerLike) {}

  get mode(): 'worker' | 'main-thread' {
    return this.fallback ? 'main-thread' : 'worker';
  }

  run(source: ImportSource, filename?: string): Promise<ImportResult> {
    // The worker may be deep in an older file: stop it rather than wait for an answer nobody wants.
    if (this.pending) this.stop(new ImportSuperseded());
    if (this.fallback) return this.fallback.run(source, filename);
    const seq = ++this.seq;
    let worker: WorkerLike;
    try {
      worker = this.worker ??= this.spawn();
    } catch {
      this.fallback = new MainThreadImporter();
      return this.fallback.run(source, filename);
    }
    return new Promise<ImportResult>((resolve, reject) => {
      this.pending = { seq, resolve, reject };
      worker.postMessage({ type: 'import', seq, source, ...(filename !== undefined ? { filename } : {}) });
    });
  }

  dispose(): void {
    this.stop(new ImportSuperseded());
    this.fallback?.dispose();
  }

  private spawn(): WorkerLike {
    const w = this.makeWorker();
    w.onmessage = (e) => {
      const reply = e.data;
      const p = this.pending;
      if (!p || reply.seq !== p.seq) return; // a reply to a run already given up
      this.pending = null;
      if (reply.type === 'imported') p.resolve(reply.result);
      else p.reject(new Error(reply.message));
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.stop(
        new Error(
          e.message
            ? msg('import.workerFailed', { reason: e.message.slice(0, 200) })
            : msg('import.workerFailedBare'),
        ),
      );
    };
    return w;
  }

  /** Ends the worker and the run in progress with `reason`; the next run starts a fresh worker. */
  private stop(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const p = this.pending;
    this.pending = null;
    p?.reject(reason);
  }
}

/** Runs imports on the main thread (no workers): the same code, one macrotask later; the latest run wins. */
export class MainThreadImporter implements ImportRunner {
  readonly mode = 'main-thread' as const;
  private seq = 0;

  run(source: ImportSource, filename?: string): Promise<ImportResult> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (seq !== this.seq) return reject(new ImportSuperseded());
        void runImport({ type: 'import', seq, source, ...(filename !== undefined ? { filename } : {}) }).then(
          (reply) => {
            if (seq !== this.seq) reject(new ImportSuperseded());
            else if (reply.type === 'imported') resolve(reply.result);
            else reject(new Error(reply.message));
          },
        );
      }, 0);
    });
  }

  dispose(): void {
    this.seq++;
  }
}

/** The worker runner where module workers exist and `useWorker` is not false, else the main-thread one. */
export function createImportRunner(
  opts: { useWorker?: boolean; makeWorker?: () => WorkerLike } = {},
): ImportRunner {
  const make =
    opts.makeWorker ??
    (typeof Worker !== 'undefined'
      ? () =>
          new Worker(new URL('./import.worker.ts', import.meta.url), {
            type: 'module',
            name: 'import',
          }) as unknown as WorkerLike
      : null);
  return opts.useWorker !== false && make ? new ImportWorkerClient(make) : new MainThreadImporter();
}
