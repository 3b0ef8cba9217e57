/**
 * The compute energy a constellation actually delivers in a year (the Earth-burden model's
 * it_energy_mwh_per_year, src/sim/burden.ts), from the app's own BudgetRunner (src/sim/budgetRunner.ts)
 * with the same node parameters, 60 s grid and warm-up rule as the budget worker — eclipse, battery
 * floor and heat throttling included. The budget worker (src/worker/core.ts `burdenEnergy`) and the
 * command line (`--burden`) both call {@link scenarioBurdenEnergy}, so they agree exactly.
 *
 * Sampling (a year of every satellite at 60 s would be 525,960 steps per satellite):
 * - nodes: each shell gets a share of {@link BURDEN_SAMPLE_NODES} proportional to its size (at least
 *   one, at most all of it), spread evenly over the shell's index range — for Walker and
 *   sun-synchronous shells that spreads them over the planes, i.e. over the local times and β angles;
 * - days: {@link BURDEN_SAMPLE_DAYS} windows of 24 h spread evenly over the year from the scenario
 *   epoch (every 30.4 days, so the seasons and the eclipse seasons of each plane are sampled), each
 *   after the budget warm-up (two of the longest orbits, 3–12 h) from a full battery;
 * - per node: the mean of compute_available over every 60 s step of the windows (a step whose
 *   position SGP4 cannot give — a decayed satellite — counts as 0);
 * - per shell: the mean over its sampled nodes; energy = Σ shells count × computeLoadW × mean × 8,766 h.
 */
import { BudgetRunner } from '../sim/budgetRunner';
import { HOURS_PER_YEAR, type BurdenEnergy, type BurdenShellEnergy } from '../sim/burden';
import { MS_PER_DAY } from '../sim/constants';
import { packParams } from '../sim/nodeParams';
import { budgetWarmupS, scenarioPositions, shellIndexOf } from './positions';
import type { ExpandedScenario } from './types';

/** Satellites integrated across the constellation (shared out by shell size). */
export const BURDEN_SAMPLE_NODES = 48;
/** 24-hour windows sampled across the year. */
export const BURDEN_SAMPLE_DAYS = 12;
/** The budget grid, s (the app's, src/worker/core.ts). */
export const BURDEN_STEP_S = 60;
const WINDOW_HOURS = 24;
const YEAR_MS = (HOURS_PER_YEAR / 24) * MS_PER_DAY;

export interface BurdenEnergyOptions {
  /** Satellites to integrate (default {@link BURDEN_SAMPLE_NODES}). */
  maxNodes?: number;
  /** Windows across the year (default {@link BURDEN_SAMPLE_DAYS}). */
  days?: number;
}

/** The sampled satellites (global indices) and the shell of each, shell by shell. */
export function burdenSampleNodes(
  ex: ExpandedScenario,
  maxNodes = BURDEN_SAMPLE_NODES,
): { nodes: Uint32Array; shellOf: number[] } {
  const nodes: number[] = [];
  const shellOf: number[] = [];
  const total = Math.max(1, ex.total);
  for (const sh of ex.shells) {
    if (sh.count <= 0) continue;
    const k = Math.min(sh.count, Math.max(1, Math.round((maxNodes * sh.count) / total)));
    for (let j = 0; j < k; j++) {
      nodes.push(sh.firstIndex + Math.floor(((j + 0.5) * sh.count) / k));
      shellOf.push(sh.index);
    }
  }
  return { nodes: Uint32Array.from(nodes), shellOf };
}

/** The year's delivered compute energy of `ex` (sampling in this file's header). */
export function scenarioBurdenEnergy(ex: ExpandedScenario, o: BurdenEnergyOptions = {}): BurdenEnergy {
  const days = Math.max(1, Math.floor(o.days ?? BURDEN_SAMPLE_DAYS));
  const { nodes, shellOf } = burdenSampleNodes(
    ex,
    Math.max(1, Math.floor(o.maxNodes ?? BURDEN_SAMPLE_NODES)),
  );
  const n = nodes.length;
  const warmupS = budgetWarmupS(ex);
  const positions = scenarioPositions(ex, nodes);
  // Which sampled nodes had a position at the last call (the start of the step being integrated).
  const valid = new Uint8Array(n);
  const positionsAt = (tMs: number, out: Float64Array) => {
    positions(tMs, out);
    for (let i = 0; i < n; i++) valid[i] = Number.isFinite(out[3 * i]) ? 1 : 0;
  };
  const sumAvailable = new Float64Array(n);
  let steps = 0;
  if (n > 0) {
    const runner = new BudgetRunner({
      packed: packParams(ex.shells.map((s) => s.node)),
      paramIndexOf: shellIndexOf(ex, nodes),
      n,
      positionsAt,
      stepS: BURDEN_STEP_S,
      warmupS,
    });
    const stepMs = BURDEN_STEP_S * 1000;
    const perWindow = Math.round((WINDOW_HOURS * 3600) / BURDEN_STEP_S);
    for (let d = 0; d < days; d++) {
      // Windows are ≥ 6 days apart for days ≤ 60, longer than any warm-up: each one restarts.
      runner.advanceTo(ex.epochMs + (d * YEAR_MS) / days);
      for (let k = 0; k < perWindow; k++) {
        runner.advanceTo(runner.timeMs + stepMs);
        const f = runner.out.computeAvailable;
        for (let i = 0; i < n; i++) if (valid[i]) sumAvailable[i] += f[i];
      }
      steps += perWindow;
    }
  }
  const shells: BurdenShellEnergy[] = ex.shells.map((sh) => ({
    shell: sh.index,
    name: sh.name,
    count: sh.count,
    computeLoadW: sh.node.computeLoadW,
    sampled: 0,
    meanComputeAvailable: 0,
  }));
  for (let i = 0; i < n; i++) {
    const s = shells[shellOf[i]];
    s.sampled++;
    s.meanComputeAvailable += steps > 0 ? sumAvailable[i] / steps : 0;
  }
  let itPowerW = 0;
  let energyWh = 0;
  for (const s of shells) {
    if (s.sampled > 0) s.meanComputeAvailable /= s.sampled;
    itPowerW += s.count * s.computeLoadW;
    energyWh += s.count * s.computeLoadW * s.meanComputeAvailable * HOURS_PER_YEAR;
  }
  const itEnergyMwhPerYear = energyWh / 1e6;
  return {
    nodes: ex.total,
    itPowerW,
    meanComputeLoadW: ex.total > 0 ? itPowerW / ex.total : 0,
    itEnergyMwhPerYear,
    meanComputeAvailable: itPowerW > 0 ? energyWh / (itPowerW * HOURS_PER_YEAR) : 0,
    sampledNodes: n,
    sampledDays: n > 0 ? days : 0,
    windowHours: WINDOW_HOURS,
    warmupHours: warmupS / 3600,
    stepS: BURDEN_STEP_S,
    yearStartMs: ex.epochMs,
    shells,
  };
}
