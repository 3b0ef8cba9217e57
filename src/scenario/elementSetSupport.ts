/**
 * Installs element-set support (src/scenario/elementSets.ts) when imported: the TLE parser, the OMM
 * record checks and the bundled catalogue snapshots. Import it, for its effect, wherever scenarios
 * with `tle`, `omm` or `catalog` shells are validated outside the propagation worker.
 */
import { describeBundledCatalogs, findCatalog } from './catalogs';
import { installElementSets } from './elementSets';
import { checkOmmRecord, ommRecordEpochMs, ommSatrec } from './omm';
import { parseTle } from './tle';

installElementSets({
  parseTle,
  checkOmmRecord,
  ommRecordEpochMs,
  ommSatrec,
  findCatalog,
  describeBundledCatalogs,
});
