/**
 * Where validation finds its element-set support: the TLE parser, the OMM record checks and the
 * bundled catalogue snapshots (≈ 15 KB gzip together). Only scenarios with `tle`, `omm` or
 * `catalog` shells need them, so the propagation worker, fetched before the first frame, loads
 * them when such a scenario arrives (src/worker/elementSetLoader.ts) instead of with its script.
 * Everything else installs them up front by importing src/scenario/elementSetSupport.ts (the full
 * worker core, the command line, the editor's validator, the tests). Validating such a shell without
 * them throws a plain error that says so; no other shell kind touches them (docs/architecture.md).
 */
import type { findCatalog, describeBundledCatalogs } from './catalogs';
import type { checkOmmRecord, ommRecordEpochMs, ommSatrec } from './omm';
import type { parseTle } from './tle';

/** The functions validation needs for element-set shells. */
export interface ElementSetSupport {
  parseTle: typeof parseTle;
  checkOmmRecord: typeof checkOmmRecord;
  ommRecordEpochMs: typeof ommRecordEpochMs;
  ommSatrec: typeof ommSatrec;
  findCatalog: typeof findCatalog;
  describeBundledCatalogs: typeof describeBundledCatalogs;
}

let support: ElementSetSupport | null = null;

/** Makes element-set support available (src/scenario/elementSetSupport.ts calls it when imported). */
export function installElementSets(s: ElementSetSupport): void {
  support = s;
}

/** The element-set support; throws if it was not installed (a programming error, not bad input). */
export function elementSets(): ElementSetSupport {
  if (!support)
    throw new Error(
      'TLE, OMM and catalogue support is not loaded: import src/scenario/elementSetSupport.ts first',
    );
  return support;
}

/** Shell kinds that need {@link elementSets}. */
export const ELEMENT_SET_KINDS: readonly string[] = ['tle', 'omm', 'catalog'];

/** Whether an unchecked scenario has a shell of an element-set kind (a cheap look, no validation). */
export function hasElementSetShells(input: unknown): boolean {
  try {
    const shells = (input as { shells?: unknown } | null)?.shells;
    return (
      Array.isArray(shells) &&
      shells.some(
        (s) =>
          !!s &&
          typeof s === 'object' &&
          ELEMENT_SET_KINDS.includes((s as { kind?: unknown }).kind as string),
      )
    );
  } catch {
    return true; // hostile getters: load support, let validation report the problem
  }
}
