/**
 * What one worker thread of the command line computes (README.md "Command line", `--threads`), with
 * no Node dependency: the main thread (threads.ts) and the worker (threadWorker.ts) share these
 * shapes and the text functions, and the one-thread path of run.ts prints through the same
 * functions, so a run split over threads prints the very bytes a one-thread run prints.
 *
 * - Budgets are split by node ranges: every node's budget depends on that node only (budgets.ts), so
 *   a worker runs the same BudgetRunner over its nodes at every step, and the main thread joins the
 *   workers' rows step by step in node order. (The command line prints per-node rows, no totals:
 *   nothing is summed across nodes, so no floating-point sum changes order.)
 * - `--links` and `--route` are split by time ranges: every step of a LinkNetwork depends only on
 *   its instant (positions, candidates and link states are recomputed by `advance`), so each worker
 *   builds its own network and the main thread prints the ranges in order.
 */
import type { Scenario } from '../scenario/schema';
import type { RouteEnd } from '../sim/routing';
import { budgetRow, csvLine, isoTime } from './budgetRows';
import type { BudgetSample } from './budgets';
import { linksCsvLine, linksRow, routeCsvLine, routeRow } from './links';
import type { LinkNetwork } from '../scenario/linkNetwork';

/** Budget rows of the nodes `nodes` (global indices, with their ids) at steps requested in batches. */
export interface BudgetJob {
  kind: 'budget';
  scenario: Scenario;
  nodes: number[];
  ids: string[];
  fromMs: number;
  stepS: number;
  json: boolean;
}

/** `--links` or `--route` rows of steps `firstStep` … `endStep − 1`. */
export interface NetworkJob {
  kind: 'links' | 'route';
  scenario: Scenario;
  fromMs: number;
  stepS: number;
  firstStep: number;
  endStep: number;
  json: boolean;
  from: RouteEnd | null;
  to: RouteEnd | null;
}

export type ThreadJob = BudgetJob | NetworkJob;

/** Main → budget worker: compute steps `first` … `end − 1`. */
export interface BatchRequest {
  batch: number;
  first: number;
  end: number;
}

/** Worker → main: a budget batch (one text per step), a network chunk, the end, or a failure. */
export type WorkerReply =
  | { kind: 'batch'; batch: number; texts: string[] }
  | { kind: 'chunk'; text: string }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/**
 * The rows of one step for the selected nodes `first` … `end − 1` (default all) of a sample. In JSON
 * every row is preceded by ",\n"; the caller drops the comma before the run's very first row.
 */
export function budgetStepText(
  b: BudgetSample,
  ids: readonly string[],
  tMs: number,
  json: boolean,
  first = 0,
  end = ids.length,
): string {
  const time = isoTime(tMs);
  let text = '';
  for (let n = first; n < end; n++) {
    const row = budgetRow(b, n, tMs, time, ids[n]);
    text += json ? `,\n${JSON.stringify(row)}` : csvLine(row);
  }
  return text;
}

/** The `--links` / `--route` row of step `k` (global index: the JSON separator depends on it). */
export function networkStepText(
  net: LinkNetwork,
  job: Pick<NetworkJob, 'kind' | 'fromMs' | 'stepS' | 'json' | 'from' | 'to'>,
  k: number,
): string {
  const t = job.fromMs + k * job.stepS * 1000;
  const time = isoTime(t);
  const sep = k ? ',\n' : '\n';
  if (job.kind === 'links') {
    const row = linksRow(net, t, time);
    return job.json ? `${sep}${JSON.stringify(row)}` : linksCsvLine(row);
  }
  const row = routeRow(net, job.from!, job.to!, t, time);
  return job.json ? `${sep}${JSON.stringify(row)}` : routeCsvLine(row);
}
