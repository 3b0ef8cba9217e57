/**
 * The scenario the app opens with (`three-body`, see builtins.ts for the rest). A module of its own
 * so the first view loads it without the other built-ins (docs/performance.md); builtins.ts lists it
 * with them.
 */
import type { BuiltinScenario } from './builtins';

/** Id of the scenario the app opens with. */
export const DEFAULT_SCENARIO_ID = 'three-body';

/** The ground stations of the Chinese scenarios. */
export const CHINA_STATIONS = [
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
  "satellites, the size of one of the plan's later phases (2,800 satellites in the end).";

/** The default scenario: the first 12 Three-Body satellites beside a Starlink-like shell. */
export const threeBody: BuiltinScenario = {
  id: 'three-body',
  title: 'Three-Body Computing Constellation (first 12) and a Starlink-like shell for scale',
  description: threeBodyDescription,
  build: () => ({
    version: 1,
    name: 'Three-Body Computing Constellation (first 12)',
    description: threeBodyDescription,
    epoch: '2025-06-01T00:00:00Z',
    sources: [
      {
        title: 'CGTN, 2025-05-14: China launches first batch of space computing satellite constellation',
        url: 'https://news.cgtn.com/news/2025-05-14/China-launches-first-batch-of-space-computing-satellite-constellation-1DmXIysPKww/share_amp.html',
      },
      {
        title: 'installsat.tv: China launches 12 satellites for on-orbit computing (ADA Space, Zhejiang Lab)',
        url: 'https://installsat.tv/en/stattia/china-launches-12-satellites-on-orbit-computing',
      },
      {
        title: 'Der Orion: Zwölf Taikong Jisuan für Chinas Computerkonstellation',
        url: 'https://www.der-orion.com/?start=36',
      },
    ],
    shells: [
      {
        kind: 'sso',
        name: 'Three-Body (assumed orbit)',
        altitudeKm: 500,
        ltanHours: 22.75,
        planes: 1,
        satsPerPlane: 12,
      },
      {
        kind: 'walker',
        name: 'Starlink-like shell (for scale)',
        role: 'context',
        pattern: 'delta',
        altitudeKm: 550,
        inclinationDeg: 53,
        planes: 72,
        satsPerPlane: 22,
        phasing: 1,
        raanOffsetDeg: 0,
      },
    ],
    node: { computeTops: 744 },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80, capacityGbps: 100 },
    groundStations: CHINA_STATIONS,
    view: { timeWarp: 60, camera: 'earth' },
    // Tour numbers from the command line: `npm run sim -- three-body --events --nodes S1-P1-01`, rows of
    // the same node (battery, compute) and `--route Kashgar,Beijing` (docs/scenario-format.md "tour").
    tour: [
      {
        at: '+00:00:00',
        caption:
          '12 computing satellites launched 14 May 2025, 744 TOPS each (ADA Space). Orbit assumed: 500 km, sun-synchronous.',
        select: null,
        camera: 'earth',
        colorMode: 'shell',
        route: null,
      },
      {
        at: '+00:00:00',
        caption: 'Beside them, a Starlink-like shell for scale: 1,584 satellites at 550 km (72 planes × 22).',
        select: null,
        camera: { latDeg: 30, lonDeg: 100, distanceRe: 3.2 },
      },
      {
        at: '+00:15:00',
        caption:
          'Kashgar to Beijing over laser links: 6 hops, 13.3 ms one way; fibre along the great circle would take 17.2 ms.',
        select: null,
        layers: { links: true, stations: true },
        route: { from: { station: 'Kashgar' }, to: { station: 'Beijing' } },
        camera: { latDeg: 38, lonDeg: 96, distanceRe: 2.2 },
      },
      {
        at: '+01:11:00',
        caption:
          "S1-P1-01 enters Earth's shadow for 35 minutes. Its battery (20 kWh, assumed) now carries the whole 11.5 kW load.",
        select: 'S1-P1-01',
        camera: { latDeg: -55, lonDeg: 20, distanceRe: 3 },
        route: null,
        colorMode: 'battery',
        layers: { shadow: true },
        warp: 60,
      },
      {
        at: '+01:41:00',
        caption:
          'After 30 minutes in shadow the battery reaches its floor (14 kWh, 30 % depth of discharge): compute drops to 0 %.',
        select: 'S1-P1-01',
        camera: { latDeg: 10, lonDeg: -45, distanceRe: 3 },
        colorMode: 'compute',
        warp: 60,
      },
      {
        at: '+01:47:00',
        caption:
          'Sunrise at 01:46 UTC: the panels give 23.8 kW, compute is back at 100 % and the battery recharges.',
        select: 'S1-P1-01',
        camera: { latDeg: 35, lonDeg: -50, distanceRe: 3 },
        colorMode: 'battery',
        layers: { shadow: false },
      },
    ],
  }),
};
