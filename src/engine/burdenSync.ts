/**
 * Keeps the year's delivered compute energy of the loaded scenario in the store — the Earth-burden
 * model's it_energy_mwh_per_year (src/sim/burden.ts), which the budget worker samples with the
 * BudgetRunner (src/scenario/burdenEnergy.ts, ≈ 1–2 s of that worker's time). Asked for only while
 * the Earth-burden panel is open and the loaded scenario's energy is not known yet; a new load (the
 * satellites may have changed) drops it and asks again. An edit of the burden assumptions alone
 * reloads nothing ({@link onlyBurdenChanged}), so the energy stays.
 */
import type { BurdenEnergy } from '../sim/burden';
import type { CoreClient } from '../worker/client';
import type { WorkerResponse } from '../worker/protocol';
import { RequestLoop } from './requestLoop';
import { engineMsg } from '../scenario/engineMessages';

type BurdenReply = Extract<WorkerResponse, { type: 'burdenEnergy' }>;

export interface BurdenSyncEvents {
  /** The energy of the scenario shown, or null (a new scenario). */
  energy(e: BurdenEnergy | null): void;
  notify(kind: 'error' | 'info', text: string): void;
}

export class BurdenSync {
  readonly loop: RequestLoop<null, BurdenReply>;
  private known = false;

  constructor(
    client: CoreClient,
    private readonly events: BurdenSyncEvents,
    private readonly wanted: () => boolean,
    wallMs?: () => number,
  ) {
    this.loop = new RequestLoop({
      send: () => client.request({ type: 'burdenEnergy' }),
      apply: (r) => {
        this.known = true;
        const { type: _type, seq: _seq, computeMs: _ms, ...energy } = r;
        this.events.energy(energy);
      },
      fail: (e) => this.events.notify('error', engineMsg('energyFailedAscii', { reason: e.message })),
      wallMs,
    });
  }

  /** A new scenario: its energy is unknown until asked for again. */
  reset(): void {
    this.known = false;
    this.loop.invalidate();
    this.events.energy(null);
  }

  /** The budget worker restarted: a request in flight is lost. */
  restart(): void {
    this.loop.invalidate();
  }

  tick(): void {
    if (this.known || !this.wanted()) return;
    this.loop.ask(null);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `next` differs from `prev` in its `burden` object only — every other key the very same
 * value (===), as an edit that spreads the scenario and replaces `burden` leaves them. Such an edit
 * changes nothing the workers compute, so the engine applies it without a reload.
 */
export function onlyBurdenChanged(prev: unknown, next: unknown): boolean {
  if (!isRecord(prev) || !isRecord(next)) return false;
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
  keys.delete('burden');
  for (const k of keys) if (prev[k] !== next[k] || !(k in prev) || !(k in next)) return false;
  return true;
}
