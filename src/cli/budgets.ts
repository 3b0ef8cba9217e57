/**
 * Per-row budgets of the command line (docs/physics.md, the command line in README.md): the same BudgetRunner, node parameters and
 * warm-up rule as the app's worker (src/worker/core.ts `budgets`), run over the selected nodes only.
 * Nodes are independent of each other, so a runner over a subset gives each node exactly the
 * numbers the app's runner over every node gives it.
 *
 * Integration step (the runner's grid, multiples of the step since the Unix epoch):
 * - `--step-s` ≥ 60: 60 s, the app's grid, even when step-s is not a multiple of 60 — a coarser
 *   step would integrate differently from the app, and a finer one (gcd with 60, down to 1 s for
 *   e.g. 61 s) would multiply the work by up to 60 for no visible gain, because rows off the grid
 *   are brought to their exact time by a partial step (below).
 * - `--step-s` < 60: gcd(60 s, step-s) computed in whole milliseconds, at least 1 s, so that rows
 *   from a start on the whole minute land on the grid and the grid still contains every whole
 *   minute of the app's grid (5 s → 5 s, 45 s → 15 s, 7 s → 1 s, 0.5 s → 1 s).
 *
 * What a row at time t holds (every column describes the instant t):
 * - battery_wh, temp_k: the integrated state at t. On the grid that is the runner's state at t,
 *   the number the app shows at t; off the grid (a start such as a TLE epoch with milliseconds, or
 *   a step-s that is not a multiple of the grid) a copy of the state at the grid instant g ≤ t is
 *   advanced by one partial step of t − g seconds with the positions at g — what a runner whose
 *   grid passed through t would have done for its last step.
 * - power_gen_w, power_load_w, compute_available: the rates at t, i.e. those of a step that starts
 *   at t (positions, Sun and shadow at t, battery and temperature limits from the state at t), as
 *   the node panel's series does (src/sim/nodeSeries.ts: "power quantities hold at the step's
 *   start"). So power_gen_w is exactly S·A·η·cosθ·(1 − shadow_fraction) of the row, and it is 0
 *   whenever shadow_fraction is 1. (The app's constellation colours at t show the step that ends
 *   at t, one step earlier; battery and temperature are the same.)
 */
import type { ExpandedScenario } from '../scenario/types';
import { budgetWarmupS, scenarioPositions, shellIndexOf } from '../scenario/positions';
import { createBudgetOutputs, stepBudgets, type BudgetOutputs, type BudgetState } from '../sim/budget';
import { BudgetRunner } from '../sim/budgetRunner';
import { packParams } from '../sim/nodeParams';
import { shadowFraction } from '../sim/shadow';
import { sunPositionEciKm } from '../sim/sun';

/** The app's budget grid, s (src/worker/core.ts). */
export const APP_BUDGET_STEP_S = 60;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The runner's integration step for a row step of `stepS` seconds (rule in the file header), s. */
export function runnerStepS(stepS: number): number {
  if (stepS >= APP_BUDGET_STEP_S) return APP_BUDGET_STEP_S;
  const ms = Math.max(1, Math.round(stepS * 1000));
  return Math.max(1000, gcd(APP_BUDGET_STEP_S * 1000, ms)) / 1000;
}

/** Budget node-steps one run integrates (warm-ups included), to refuse runs that would take hours. */
export function budgetWork(
  nodes: number,
  rowStepMs: number,
  rows: number,
  stepS: number,
  warmupS: number,
): number {
  const gridMs = stepS * 1000;
  // A gap between rows longer than the warm-up restarts the runner for every row (budgetRunner.ts).
  const perRowRestart = rowStepMs > warmupS * 1000;
  const spanMs = perRowRestart
    ? rows * (warmupS * 1000 + gridMs)
    : warmupS * 1000 + (rows - 1) * rowStepMs + gridMs;
  return nodes * (spanMs / gridMs + 2 * rows);
}

/** One instant's values for every selected node (index k = position in the selection). */
export interface BudgetSample {
  /** ECI km, 3 per node (NaN where SGP4 has no position). */
  pos: Float64Array;
  shadow: Float64Array;
  powerGenW: Float32Array;
  loadW: Float32Array;
  batteryWh: Float64Array;
  tempK: Float64Array;
  computeAvailable: Float32Array;
}

/** Samples positions, shadow and budgets of the selected nodes at increasing times. */
export class CliBudgets {
  readonly runner: BudgetRunner;
  readonly stepS: number;
  readonly warmupS: number;
  private readonly positionsAt: (tMs: number, out: Float64Array) => void;
  private readonly packed: Float64Array;
  private readonly paramIndexOf: Uint16Array;
  private readonly scratch: BudgetState;
  private readonly scratchOut: BudgetOutputs;
  private readonly rowOut: BudgetOutputs;
  private readonly gridPos: Float64Array;
  readonly sample: BudgetSample;

  constructor(ex: ExpandedScenario, nodes: Uint32Array, rowStepS: number) {
    const n = nodes.length;
    this.stepS = runnerStepS(rowStepS);
    this.warmupS = budgetWarmupS(ex);
    this.positionsAt = scenarioPositions(ex, nodes);
    this.packed = packParams(ex.shells.map((s) => s.node));
    this.paramIndexOf = shellIndexOf(ex, nodes);
    this.runner = new BudgetRunner({
      packed: this.packed,
      paramIndexOf: this.paramIndexOf,
      n,
      positionsAt: this.positionsAt,
      stepS: this.stepS,
      warmupS: this.warmupS,
    });
    this.scratch = { n, batteryWh: new Float64Array(n), tempK: new Float64Array(n) };
    this.scratchOut = createBudgetOutputs(n);
    this.rowOut = createBudgetOutputs(n);
    this.gridPos = new Float64Array(3 * n);
    this.sample = {
      pos: new Float64Array(3 * n),
      shadow: new Float64Array(n),
      powerGenW: this.rowOut.powerGenW,
      loadW: this.rowOut.loadW,
      batteryWh: new Float64Array(n),
      tempK: new Float64Array(n),
      computeAvailable: this.rowOut.computeAvailable,
    };
  }

  /** Fills {@link sample} for instant `tMs` (call with non-decreasing times for speed). */
  at(tMs: number): BudgetSample {
    const { runner, scratch, sample } = this;
    const n = runner.n;
    runner.advanceTo(tMs);
    const g = runner.timeMs;
    scratch.batteryWh.set(runner.state.batteryWh);
    scratch.tempK.set(runner.state.tempK);
    if (tMs > g) {
      // Partial step from the grid instant g to t (see the file header).
      this.positionsAt(g, this.gridPos);
      stepBudgets(
        this.packed,
        this.paramIndexOf,
        this.gridPos,
        sunPositionEciKm(g),
        (tMs - g) / 1000,
        scratch,
        this.scratchOut,
      );
    }
    sample.batteryWh.set(scratch.batteryWh);
    sample.tempK.set(scratch.tempK);
    // The rates at t: one step from t (its end state is thrown away).
    this.positionsAt(tMs, sample.pos);
    const sun = sunPositionEciKm(tMs);
    stepBudgets(this.packed, this.paramIndexOf, sample.pos, sun, this.stepS, scratch, this.rowOut);
    const p = sample.pos;
    for (let k = 0; k < n; k++) {
      const f = shadowFraction(p[3 * k], p[3 * k + 1], p[3 * k + 2], sun.x, sun.y, sun.z);
      sample.shadow[k] = Number.isFinite(p[3 * k]) && Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : NaN;
    }
    return sample;
  }
}
