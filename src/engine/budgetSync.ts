/**
 * Keeps the constellation's power and heat state fresh: asks the budget worker for every budgeted
 * node's state at the simulated time (≈ 4 Hz while time moves, once after a jump while paused),
 * writes it to the scene (the colour modes read it on the GPU) and the totals to the store.
 */
import { sceneData } from '../scene/sceneData';
import type { WorkerResponse } from '../worker/protocol';
import type { CoreClient } from '../worker/client';
import type { BudgetTotals } from '../sim/budgetRunner';
import { RequestLoop } from './requestLoop';
import { engineMsg } from '../scenario/engineMessages';

type BudgetsReply = Extract<WorkerResponse, { type: 'budgets' }>;

/** Least wall time between two budget requests, ms (≈ 4 Hz). */
export const BUDGET_INTERVAL_MS = 250;
/** Simulated time that must pass before the budgets are asked for again, ms (the budget grid is 60 s). */
export const BUDGET_MIN_SIM_STEP_MS = 30_000;

export interface BudgetSyncEvents {
  changed(): void;
  totals(totals: BudgetTotals, stride: number): void;
  notify(kind: 'error' | 'info', text: string): void;
}

export class BudgetSync {
  private lastSimMs = NaN;
  readonly loop: RequestLoop<number, BudgetsReply>;
  lastComputeMs = 0;

  constructor(
    client: CoreClient,
    private readonly events: BudgetSyncEvents,
    wallMs?: () => number,
  ) {
    this.loop = new RequestLoop({
      send: (tMs) => client.request({ type: 'budgets', tMs }),
      apply: (r, tMs) => {
        this.lastSimMs = tMs;
        this.lastComputeMs = r.computeMs;
        sceneData.budgets = {
          tMs: r.tMs,
          stride: r.stride,
          count: r.totals.nodes / r.stride,
          values: r.values,
        };
        sceneData.budgetsVersion++;
        this.events.totals(r.totals, r.stride);
        this.events.changed();
      },
      fail: (e) => this.events.notify('error', engineMsg('budgetsFailed', { reason: e.message })),
      minIntervalMs: BUDGET_INTERVAL_MS,
      wallMs,
    });
  }

  /** A new scenario: the old state is gone, ask at once. */
  reset(): void {
    this.lastSimMs = NaN;
    sceneData.budgets = null;
    sceneData.budgetsVersion++;
    this.loop.invalidate();
  }

  tick(simMs: number): void {
    if (!Number.isNaN(this.lastSimMs) && Math.abs(simMs - this.lastSimMs) < BUDGET_MIN_SIM_STEP_MS) return;
    this.loop.ask(simMs);
  }
}
