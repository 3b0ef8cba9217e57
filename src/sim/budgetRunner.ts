/**
 * Runs the power/thermal budget of many nodes along time (docs/physics.md, "state at any time"): a fixed
 * step on a global time grid (multiples of `stepS` since the Unix epoch), continuing from the last
 * state while time moves forward a little, and restarting from a warm-up window (full battery,
 * equilibrium temperature, `warmupS` before the shown time) after a jump. Because nodes forget
 * their initial state within two orbits, a seek and a continuous run agree (budgetRunner.test.ts).
 */
import {
  createBudgetOutputs,
  LIMITED_BATTERY,
  LIMITED_TEMPERATURE,
  resetBudgetState,
  stepBudgets,
  type BudgetOutputs,
  type BudgetState,
} from './budget';
import { P_COMPUTE_TOPS, PARAM_STRIDE } from './nodeParams';
import { sunPositionEciKm } from './sun';

/** Writes 3 ECI km numbers per node at `tMs` into `out` (NaN for a node without a position). */
export type PositionsAt = (tMs: number, out: Float64Array) => void;

export interface BudgetRunnerOptions {
  packed: Float64Array;
  paramIndexOf: Uint16Array;
  n: number;
  positionsAt: PositionsAt;
  /** Integration step, s (default 60). */
  stepS?: number;
  /** Warm-up before a restart, s (default 3 h; use ≥ two orbits). */
  warmupS?: number;
  /** Forward gaps longer than this restart from a warm-up instead of stepping through, s (default warmupS). */
  maxGapS?: number;
}

/** Constellation totals at one instant, over the budgeted nodes (scaled by `stride` when sampled). */
export interface BudgetTotals {
  tMs: number;
  nodes: number;
  computeOnlineTops: number;
  computeInstalledTops: number;
  powerGenW: number;
  loadW: number;
  /** Nodes with any part of the Sun hidden (penumbra or umbra). */
  inShadow: number;
  inUmbra: number;
  limitedByBattery: number;
  limitedByTemperature: number;
  hottest: { node: number; tempK: number };
  coldest: { node: number; tempK: number };
  /** Battery state of charge in 10 bins of 10 % (counts of nodes). */
  socHistogram: number[];
  meanSoc: number;
}

export class BudgetRunner {
  readonly n: number;
  readonly stepS: number;
  readonly warmupS: number;
  readonly maxGapS: number;
  readonly state: BudgetState;
  readonly out: BudgetOutputs;
  /** Grid time of the current state, Unix ms; NaN before the first advance. */
  timeMs = NaN;
  private readonly pos: Float64Array;

  constructor(private readonly o: BudgetRunnerOptions) {
    this.n = o.n;
    this.stepS = o.stepS ?? 60;
    this.warmupS = o.warmupS ?? 3 * 3600;
    this.maxGapS = o.maxGapS ?? this.warmupS;
    this.state = { n: o.n, batteryWh: new Float64Array(o.n), tempK: new Float64Array(o.n) };
    this.out = createBudgetOutputs(o.n);
    this.pos = new Float64Array(o.n * 3);
  }

  /** The grid instant at or before `tMs`. */
  gridTime(tMs: number): number {
    const stepMs = this.stepS * 1000;
    return Math.floor(tMs / stepMs) * stepMs;
  }

  /**
   * Brings the state to the grid instant at or before `tMs`. Returns how many steps ran and whether
   * it restarted from a warm-up period.
   */
  advanceTo(tMs: number): { steps: number; restarted: boolean } {
    const target = this.gridTime(tMs);
    const stepMs = this.stepS * 1000;
    let restarted = false;
    if (!(target >= this.timeMs) || target - this.timeMs > this.maxGapS * 1000) {
      const start = this.gridTime(target - this.warmupS * 1000);
      this.o.positionsAt(start, this.pos);
      resetBudgetState(this.state, this.o.paramIndexOf, this.o.packed, this.pos, sunPositionEciKm(start));
      this.timeMs = start;
      restarted = true;
    }
    let steps = 0;
    while (this.timeMs < target) {
      this.o.positionsAt(this.timeMs, this.pos);
      stepBudgets(
        this.o.packed,
        this.o.paramIndexOf,
        this.pos,
        sunPositionEciKm(this.timeMs),
        this.stepS,
        this.state,
        this.out,
      );
      this.timeMs += stepMs;
      steps++;
    }
    return { steps, restarted };
  }

  /** Totals of the last step's outputs. `stride`: each budgeted node stands for this many nodes. */
  totals(stride = 1): BudgetTotals {
    const { out, n } = this;
    const hist = new Array<number>(10).fill(0);
    let online = 0,
      installed = 0,
      gen = 0,
      load = 0,
      shadow = 0,
      umbra = 0,
      limB = 0,
      limT = 0,
      socSum = 0;
    let hot = -1,
      cold = -1,
      hotK = -Infinity,
      coldK = Infinity;
    for (let i = 0; i < n; i++) {
      const tops = this.o.packed[this.o.paramIndexOf[i] * PARAM_STRIDE + P_COMPUTE_TOPS];
      installed += tops;
      online += tops * out.computeAvailable[i];
      gen += out.powerGenW[i];
      load += out.loadW[i];
      if (out.shadow[i] > 0) shadow++;
      if (out.shadow[i] >= 0.999) umbra++;
      if (out.limitedBy[i] === LIMITED_BATTERY) limB++;
      else if (out.limitedBy[i] === LIMITED_TEMPERATURE) limT++;
      const soc = out.socFraction[i];
      socSum += soc;
      hist[Math.min(9, Math.max(0, Math.floor(soc * 10)))]++;
      const t = out.tempK[i];
      if (t > hotK) {
        hotK = t;
        hot = i;
      }
      if (t < coldK) {
        coldK = t;
        cold = i;
      }
    }
    return {
      tMs: this.timeMs,
      nodes: n * stride,
      computeOnlineTops: online * stride,
      computeInstalledTops: installed * stride,
      powerGenW: gen * stride,
      loadW: load * stride,
      inShadow: shadow * stride,
      inUmbra: umbra * stride,
      limitedByBattery: limB * stride,
      limitedByTemperature: limT * stride,
      hottest: { node: hot, tempK: hotK },
      coldest: { node: cold, tempK: coldK },
      socHistogram: hist.map((c) => c * stride),
      meanSoc: n > 0 ? socSum / n : 0,
    };
  }
}
