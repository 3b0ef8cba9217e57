/**
 * The command line over several cores (README.md "Command line", `--threads`): budgets split by node
 * ranges, `--links` / `--route` by time ranges, each part in a `worker_threads` worker
 * (threadWorker.ts; what each computes and why the rows are the same bytes as a one-thread run:
 * threadJobs.ts). Rows are written in order, through the caller's chunked output.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BudgetJob, NetworkJob, ThreadJob, WorkerReply } from './threadJobs';

/** Where rows go: `add` says when to `await flush()` (run.ts ChunkedOut). */
export interface RowSink {
  add(text: string): boolean;
  flush(): Promise<void>;
}

/** Default thread count: every core Node may use. */
export function defaultThreads(): number {
  return availableParallelism();
}

/**
 * Without `--threads`, runs smaller than these stay on one thread (starting a worker and expanding
 * the scenario there costs ≈ 0.2–0.5 s): budget node-steps (≈ 2 s of work) and network satellite-steps.
 */
export const AUTO_MIN_BUDGET_NODE_STEPS = 10_000_000;
export const AUTO_MIN_NETWORK_NODE_STEPS = 2_000_000;

/** Budget rows per worker per batch (a batch is what one request computes; two are in flight). */
const BATCH_ROWS = 20_000;

/** Replies of one worker, in order. */
class WorkerChannel {
  private readonly replies: WorkerReply[] = [];
  private waiting: ((r: WorkerReply) => void) | null = null;
  readonly worker: Worker;

  constructor(job: ThreadJob) {
    this.worker = spawn(job);
    const push = (r: WorkerReply) => {
      const w = this.waiting;
      if (w) {
        this.waiting = null;
        w(r);
      } else this.replies.push(r);
    };
    this.worker.on('message', push);
    this.worker.on('error', (err) => push({ kind: 'error', message: err.stack ?? err.message }));
    this.worker.on('exit', (code) =>
      push({ kind: 'error', message: `a worker thread stopped (exit code ${code})` }),
    );
  }

  /** The next reply; rejects on a worker's error. */
  async next(): Promise<Exclude<WorkerReply, { kind: 'error' }>> {
    const r = this.replies.shift() ?? (await new Promise<WorkerReply>((resolve) => (this.waiting = resolve)));
    if (r.kind === 'error') throw new Error(`worker thread: ${r.message}`);
    return r;
  }
}

/** Starts the worker; from TypeScript sources (tsx, vitest) it registers tsx in the worker first. */
function spawn(job: ThreadJob): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./threadWorker.js', self), { workerData: job });
  const tsxApi = pathToFileURL(
    join(dirname(createRequire(self).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./threadWorker.ts', self).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: job });
}

/** Splits 0 … count − 1 into `parts` contiguous ranges, sizes differing by at most one. */
export function splitRange(count: number, parts: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = 0; p < parts; p++)
    out.push([Math.floor((p * count) / parts), Math.floor(((p + 1) * count) / parts)]);
  return out;
}

/**
 * Budget rows of `steps` steps over `nodes`, split by node ranges over `threads` workers; writes the
 * same text as run.ts's one-thread loop. `threads` ≥ 2 and ≤ nodes.length.
 */
export async function budgetThreads(
  sink: RowSink,
  base: Omit<BudgetJob, 'kind' | 'nodes' | 'ids'>,
  nodes: readonly number[],
  ids: readonly string[],
  steps: number,
  threads: number,
): Promise<void> {
  const ranges = splitRange(nodes.length, threads);
  const channels = ranges.map(
    ([a, b]) =>
      new WorkerChannel({ kind: 'budget', ...base, nodes: nodes.slice(a, b), ids: ids.slice(a, b) }),
  );
  try {
    const widest = Math.max(...ranges.map(([a, b]) => b - a));
    const batchSteps = Math.max(1, Math.floor(BATCH_ROWS / widest));
    const batches = Math.ceil(steps / batchSteps);
    const request = (b: number) => {
      for (const c of channels)
        c.worker.postMessage({ batch: b, first: b * batchSteps, end: Math.min(steps, (b + 1) * batchSteps) });
    };
    request(0);
    if (batches > 1) request(1);
    let first = true;
    for (let b = 0; b < batches; b++) {
      const parts: string[][] = [];
      for (const c of channels) {
        const r = await c.next();
        if (r.kind !== 'batch' || r.batch !== b) throw new Error(`worker thread: expected batch ${b}`);
        parts.push(r.texts);
      }
      if (b + 2 < batches) request(b + 2);
      for (let s = 0; s < parts[0].length; s++) {
        for (const p of parts) {
          let text = p[s];
          if (!text) continue;
          // JSON rows come as ",\n{…}": the run's first row has no comma (run.ts).
          if (first && base.json) text = text.slice(1);
          first = false;
          if (sink.add(text)) await sink.flush();
        }
      }
    }
  } finally {
    await Promise.all(channels.map((c) => c.worker.terminate()));
  }
}

/** `--links` / `--route` rows of `steps` steps split by time ranges over `threads` workers (≤ steps), in order. */
export async function networkThreads(
  sink: RowSink,
  base: Omit<NetworkJob, 'firstStep' | 'endStep'>,
  steps: number,
  threads: number,
): Promise<void> {
  const channels = splitRange(steps, threads).map(
    ([a, b]) => new WorkerChannel({ ...base, firstStep: a, endStep: b }),
  );
  try {
    for (const c of channels) {
      for (;;) {
        const r = await c.next();
        if (r.kind === 'done') break;
        if (r.kind === 'chunk' && sink.add(r.text)) await sink.flush();
      }
    }
  } finally {
    await Promise.all(channels.map((c) => c.worker.terminate()));
  }
}
