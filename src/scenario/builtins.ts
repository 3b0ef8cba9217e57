/**
 * Built-in scenarios (reference/systems.md). Each carries its sources and says plainly what is
 * known and what is assumed. `three-body` is the default scenario of the app and the CLI.
 */
import type { ScenarioInput } from './schema';

export interface BuiltinScenario {
  id: string;
  title: string;
  description: string;
  build(): ScenarioInput;
}

/** Id of the scenario the app opens with. */
export const DEFAULT_SCENARIO_ID = 'three-body';

const CHINA_STATIONS = [
  { name: 'Beijing', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 25 },
  { name: 'Hangzhou (Zhejiang Lab)', latDeg: 30.27, lonDeg: 120.15, minElevationDeg: 25 },
  { name: 'Chengdu (ADA Space)', latDeg: 30.57, lonDeg: 104.07, minElevationDeg: 25 },
  { name: 'Kashgar', latDeg: 39.47, lonDeg: 75.99, minElevationDeg: 25 },
];

const threeBodyDescription =
  'The first 12 satellites of the Three-Body Computing Constellation (ADA Space and Zhejiang Lab, ' +
  '"Star-Compute" programme), launched on 2025-05-14 at 04:12 UTC on a Long March 2D from Jiuquan ' +
  'into a sun-synchronous orbit: 744 TOPS each (about 5 POPS for the 12), laser links up to 100 Gbps, ' +
  '30 TB storage. ASSUMED: no element sets were bundled, so the 12 are generated as one sun-synchronous ' +
  'plane at 500 km (press reports say 500–600 km) with the ascending node at 22:45 local time ' +
  '(descending node about 10:45, inferred from a southbound launch at 04:12 UTC from Jiuquan); ' +
  'the altitude, local time and spacing along the orbit are assumptions, not published values. ' +
  'For scale, a Starlink-like Walker shell (550 km, 53°, 72 planes × 22) flies alongside: 1,584 ' +
  'satellites, the size of one of the plan\'s later phases (2,800 satellites in the end).';

const threeBody: BuiltinScenario = {
  id: 'three-body',
  title: 'Three-Body Computing Constellation (first 12) and a Starlink-like shell for scale',
  description: threeBodyDescription,
  build: () => ({
    version: 1,
    name: 'Three-Body Computing Constellation (first 12)',
    description: threeBodyDescription,
    epoch: '2025-06-01T00:00:00Z',
    sources: [
      { title: 'CGTN, 2025-05-14: China launches first batch of space computing satellite constellation', url: 'https://news.cgtn.com/news/2025-05-14/China-launches-first-batch-of-space-computing-satellite-constellation-1DmXIysPKww/share_amp.html' },
      { title: 'installsat.tv: China launches 12 satellites for on-orbit computing (ADA Space, Zhejiang Lab)', url: 'https://installsat.tv/en/stattia/china-launches-12-satellites-on-orbit-computing' },
      { title: 'Der Orion: Zwölf Taikong Jisuan für Chinas Computerkonstellation', url: 'https://www.der-orion.com/?start=36' },
    ],
    shells: [
      { kind: 'sso', name: 'Three-Body (assumed orbit)', altitudeKm: 500, ltanHours: 22.75, planes: 1, satsPerPlane: 12 },
      { kind: 'walker', name: 'Starlink-like shell (for scale)', pattern: 'delta', altitudeKm: 550, inclinationDeg: 53, planes: 72, satsPerPlane: 22, phasing: 1, raanOffsetDeg: 0 },
    ],
    node: { computeTops: 744 },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80 },
    groundStations: CHINA_STATIONS,
    view: { timeWarp: 60, camera: 'earth', selected: 'S1-P1-01' },
    tour: [
      { at: '+00:00:00', caption: 'The 12 computing satellites launched in May 2025 (orbit assumed: 500 km, sun-synchronous).', select: 'S1-P1-01' },
      { at: '+00:30:00', caption: 'For scale: a Starlink-like shell of 1,584 satellites at 550 km.' },
    ],
  }),
};

const starlinkDescription =
  'Starlink shell 1 as filed: 72 planes of 22 satellites at 550 km and 53° inclination, a Walker ' +
  'delta pattern with laser links in a +Grid (two in-plane, two cross-plane neighbours). The ' +
  'phasing factor (1) is assumed; real satellites drift from the ideal pattern.';

const starlink: BuiltinScenario = {
  id: 'starlink',
  title: 'Starlink shell 1 (for comparison)',
  description: starlinkDescription,
  build: () => ({
    version: 1,
    name: 'Starlink shell 1',
    description: starlinkDescription,
    epoch: '2025-06-01T00:00:00Z',
    sources: [
      { title: 'FCC, SpaceX Gen1 modification (SAT-MOD-20200417-00037), order FCC 21-48', url: 'https://docs.fcc.gov/public/attachments/FCC-21-48A1.pdf' },
      { title: 'Wikipedia: Starlink (constellation design)', url: 'https://en.wikipedia.org/wiki/Starlink' },
    ],
    shells: [{ kind: 'walker', name: 'Shell 1', pattern: 'delta', altitudeKm: 550, inclinationDeg: 53, planes: 72, satsPerPlane: 22, phasing: 1 }],
    node: { computeTops: 0, computeLoadW: 0 },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80 },
  }),
};

/** Vallado, Crawford, Hujsak & Kelso (2006), test case 00005: SGP4 check (validation.md V17). */
export const VALLADO_00005_TLE =
  '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753\n' +
  '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667';

const valladoDescription =
  'Test scenario: Vanguard 1 (00005) from the SGP4 verification set of "Revisiting Spacetrack ' +
  'Report #3" (AIAA 2006-6753). At its element-set epoch SGP4 gives the TEME position ' +
  '(7022.46529266, −1400.08296755, 0.03995155) km.';

const vallado: BuiltinScenario = {
  id: 'vallado-00005',
  title: 'SGP4 test: Vallado satellite 00005',
  description: valladoDescription,
  build: () => ({
    version: 1,
    name: 'Vallado test satellite 00005',
    description: valladoDescription,
    // The element set's epoch, 2000 day 179.78495062, to the millisecond.
    epoch: '2000-06-27T18:50:19.733Z',
    sources: [{ title: 'Vallado et al., Revisiting Spacetrack Report #3 (AIAA 2006-6753), test cases', url: 'https://celestrak.org/publications/AIAA/2006-6753/' }],
    shells: [{ kind: 'tle', name: 'Vanguard 1', text: `VANGUARD 1\n${VALLADO_00005_TLE}\n` }],
  }),
};

/** Every built-in scenario by id. */
export const BUILTIN_SCENARIOS: Record<string, BuiltinScenario> = {
  [threeBody.id]: threeBody,
  [starlink.id]: starlink,
  [vallado.id]: vallado,
};
