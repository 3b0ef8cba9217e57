/**
 * The propagation worker's element-set support on demand (src/scenario/elementSets.ts): a `load`
 * whose scenario has `tle`, `omm` or `catalog` shells first imports src/scenario/elementSetSupport.ts
 * (a chunk of its own, ≈ 15 KB gzip), so the worker the first frame waits for does not carry it.
 */
import { hasElementSetShells } from '../scenario/elementSets';
import type { WorkerRequest } from './protocol';

/** Loads the support chunk once; later calls wait for the same load. */
export function elementSetLoader(
  load: () => Promise<unknown> = () => import('../scenario/elementSetSupport'),
) {
  let loading: Promise<unknown> | null = null;
  let done = false;
  /** What `req` must wait for before it is handled: null when nothing (the usual case). */
  return (req: WorkerRequest): Promise<unknown> | null => {
    if (done || req.type !== 'load' || !hasElementSetShells(req.scenario)) return null;
    loading ??= load().then(
      () => (done = true),
      () => {
        loading = null; // the core answers with the validation error; a later load tries again
      },
    );
    return loading;
  };
}
