/**
 * Registry of bundled catalogue snapshots (shells of kind `catalog`). Add a snapshot by adding
 * a module beside this one and listing it here; the tests check every listed snapshot.
 */
import { starcloud1_20260726 } from './starcloud-1-2026-07-26';
import { starlink20200507 } from './starlink-2020-05-07';
import { test20000627 } from './test-2000-06-27';
import type { CatalogSnapshot } from './types';

export type { CatalogSnapshot } from './types';

/** Every bundled snapshot. */
export const CATALOG_SNAPSHOTS: readonly CatalogSnapshot[] = [
  test20000627,
  starlink20200507,
  starcloud1_20260726,
];

/** The snapshot for `group` and `snapshot`, or null. */
export function findCatalog(group: string, snapshot: string): CatalogSnapshot | null {
  return CATALOG_SNAPSHOTS.find((c) => c.group === group && c.snapshot === snapshot) ?? null;
}

/** What is bundled, for messages: "starlink 2020-05-07, test 2000-06-27". */
export function describeBundledCatalogs(): string {
  return CATALOG_SNAPSHOTS.map((c) => `${c.group} ${c.snapshot}`).join(', ');
}
