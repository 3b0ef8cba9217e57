/**
 * Bundled catalogue snapshots (scenario shells of kind `catalog`, docs/scenario-format.md): element sets that
 * ship with the app because it fetches nothing without the user's consent (docs/architecture.md). Each snapshot
 * names its source and when it was retrieved; nothing in them is generated.
 */
import { tleToOmm, type OmmRecord } from '../omm';
import { parseTle } from '../tle';

export interface CatalogSnapshot {
  /** Group name as a `catalog` shell gives it ("starlink"). */
  group: string;
  /** Snapshot date as a `catalog` shell gives it, YYYY-MM-DD (UTC). */
  snapshot: string;
  /** One line for a picker. */
  title: string;
  /** Where the element sets come from. */
  source: { title: string; url: string };
  /** When they were retrieved from the source (UTC ISO 8601); see `note` where that was not recorded. */
  retrievedUtc: string;
  /** Anything a user should know about provenance or completeness. */
  note: string;
  /** The element sets as checked OMM records (built on first use). */
  readonly records: readonly OmmRecord[];
}

/** Memoised OMM records of verbatim TLE text (parsed once, on first use). Throws if the text is bad: a bundling bug. */
export function lazyTleRecords(text: string): () => readonly OmmRecord[] {
  let cached: readonly OmmRecord[] | null = null;
  return () => {
    if (cached) return cached;
    const r = parseTle(text, { satrecs: false });
    if (r.errors.length) throw new Error(`bundled catalogue text is invalid: ${r.errors[0]}`);
    cached = Object.freeze(r.entries.map((e) => Object.freeze(tleToOmm(e))));
    return cached;
  };
}
