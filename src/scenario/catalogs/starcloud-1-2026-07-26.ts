/**
 * Bundled catalogue snapshot: one element set for STARCLOUD-1 (NORAD 66303, international
 * designator 2025-248L, launched 2025-11-02 on SpaceX's Bandwagon-4), epoch 2026-07-26T03:50:49Z.
 *
 * Provenance, plainly: this TLE was found (by full-text search of public GitHub repositories) in
 * a repository's cached "fallback" record for STARCLOUD-1 that names CelesTrak
 * (gp.php?CATNR=66303) as its source; the search index did not name the repository, and the
 * element set could not be checked against CelesTrak here (no network). It is internally
 * consistent: valid checksums, and its revolution number (4,047) matches ~266 days at
 * 15.2 rev/day since launch. It puts the satellite at about 500 km, 45.4° — not the ~325–350 km
 * that press reports gave — so the `starcloud-1` built-in scenario keeps its synthetic elements
 * and mentions this set for comparison.
 */
import { lazyTleRecords, type CatalogSnapshot } from './types';

const TEXT =
  'STARCLOUD-1\n' +
  '1 66303U 25248L   26207.16029198  .00005005  00000+0  22976-3 0  9990\n' +
  '2 66303  45.3997 271.0639 0006321 268.1150  91.9012 15.21652070 40476\n';

const records = lazyTleRecords(TEXT);

export const starcloud1_20260726: CatalogSnapshot = {
  group: 'starcloud-1',
  snapshot: '2026-07-26',
  title: 'Starcloud-1 (one element set, epoch 2026-07-26; provenance: cached copy of CelesTrak, unverified)',
  source: {
    title: 'CelesTrak GP data for NORAD 66303 (as cached in a public repository; not verified here)',
    url: 'https://celestrak.org/NORAD/elements/gp.php?CATNR=66303&FORMAT=JSON',
  },
  // The cached record's update time equals the element-set epoch; the download time is not known.
  retrievedUtc: '2026-07-26T03:50:49Z',
  note: "Found in a public repository's cached record citing CelesTrak; repository not identified by the search index; not verified against CelesTrak. retrievedUtc is the element-set epoch.",
  get records() {
    return records();
  },
};
