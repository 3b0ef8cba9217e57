/**
 * Bundled "test" catalogue: satellite 00005 (Vanguard 1) of the SGP4 verification set in Vallado,
 * Crawford, Hujsak & Kelso, "Revisiting Spacetrack Report #3" (AIAA 2006-6753), file SGP4-VER.TLE.
 * At its epoch SGP4 gives the TEME position (7022.46529266, −1400.08296755, 0.03995155) km
 * (validation.md V17). Used to test the `catalog` shell kind end to end.
 */
import { lazyTleRecords, type CatalogSnapshot } from './types';
import { VALLADO_00005_LINES } from './vallado00005';

export { VALLADO_00005_LINES } from './vallado00005';

const records = lazyTleRecords(`VANGUARD 1\n${VALLADO_00005_LINES}\n`);

export const test20000627: CatalogSnapshot = {
  group: 'test',
  snapshot: '2000-06-27',
  title: 'SGP4 test: Vallado satellite 00005 (Vanguard 1)',
  source: {
    title: 'Vallado et al., Revisiting Spacetrack Report #3 (AIAA 2006-6753), test cases',
    url: 'https://celestrak.org/publications/AIAA/2006-6753/',
  },
  retrievedUtc: '2006-08-21T00:00:00Z',
  note: 'Published test case (paper dated 2006-08-21), not a live catalogue; the snapshot date is the element-set epoch (2000 day 179.78).',
  get records() {
    return records();
  },
};
