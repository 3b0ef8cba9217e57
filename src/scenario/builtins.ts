/**
 * Built-in scenarios (reference/systems.md): every real system the app shows. Each carries its
 * sources and says plainly what is published and what is assumed ("altitude not published;
 * 500 km assumed"). `three-body` is the default scenario of the app and the CLI.
 */
import { VALLADO_00005_LINES } from './catalogs/vallado00005';

/** Records in a bundled catalogue snapshot; passed in so the snapshots stay out of the app's startup bundle. */
export type CatalogSize = (group: string, snapshot: string) => number;
import type { OmmRecord } from './omm';
import { msg } from './messages';
import type { ScenarioInput } from './schema';

export interface BuiltinScenario {
  id: string;
  title: string;
  description: string;
  build(): ScenarioInput;
}

/** Gateways assumed for the Starlink-like scenarios (real gateway sites are not all public): big cities on both sides of the Atlantic. */
const GATEWAYS = [
  { name: 'New York', latDeg: 40.71, lonDeg: -74.01, minElevationDeg: 25 },
  { name: 'London', latDeg: 51.51, lonDeg: -0.13, minElevationDeg: 25 },
  { name: 'Los Angeles', latDeg: 34.05, lonDeg: -118.24, minElevationDeg: 25 },
  { name: 'Madrid', latDeg: 40.42, lonDeg: -3.7, minElevationDeg: 25 },
];

// The default scenario is a module of its own: the app's first view loads it without the others.
import { CHINA_STATIONS, DEFAULT_SCENARIO_ID, threeBody } from './defaultBuiltin';

export { DEFAULT_SCENARIO_ID };

const starlinkDescription =
  'Starlink shell 1 as filed: 72 planes of 22 satellites at 550 km and 53° inclination, a Walker ' +
  'delta pattern with laser links in a +Grid (two in-plane, two cross-plane neighbours). The ' +
  'phasing factor (1) is assumed; real satellites drift from the ideal pattern. ASSUMED: 100 Gbps per ' +
  'laser link, and four gateways (New York, London, Los Angeles, Madrid) standing in for the real ' +
  'ground network, so routes can be compared with transatlantic fibre.';

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
      {
        title: 'FCC, SpaceX Gen1 modification (SAT-MOD-20200417-00037), order FCC 21-48',
        url: 'https://docs.fcc.gov/public/attachments/FCC-21-48A1.pdf',
      },
      { title: 'Wikipedia: Starlink (constellation design)', url: 'https://en.wikipedia.org/wiki/Starlink' },
    ],
    shells: [
      {
        kind: 'walker',
        name: 'Shell 1',
        pattern: 'delta',
        altitudeKm: 550,
        inclinationDeg: 53,
        planes: 72,
        satsPerPlane: 22,
        phasing: 1,
      },
    ],
    node: { computeTops: 0, computeLoadW: 0 },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80, capacityGbps: 100 },
    groundStations: GATEWAYS.map((g) => ({ ...g })),
  }),
};

/** Vallado, Crawford, Hujsak & Kelso (2006), test case 00005: SGP4 check (validation.md V17). */
export const VALLADO_00005_TLE = VALLADO_00005_LINES;

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
    sources: [
      {
        title: 'Vallado et al., Revisiting Spacetrack Report #3 (AIAA 2006-6753), test cases',
        url: 'https://celestrak.org/publications/AIAA/2006-6753/',
      },
    ],
    shells: [{ kind: 'tle', name: 'Vanguard 1', text: `VANGUARD 1\n${VALLADO_00005_TLE}\n` }],
  }),
};

// ---------------------------------------------------------------------------------------------
// Every other system of reference/systems.md.

const THREE_BODY_SOURCES = [
  {
    title: 'CGTN, 2025-05-14: China launches first batch of space computing satellite constellation',
    url: 'https://news.cgtn.com/news/2025-05-14/China-launches-first-batch-of-space-computing-satellite-constellation-1DmXIysPKww/share_amp.html',
  },
  {
    title: 'installsat.tv: China launches 12 satellites for on-orbit computing (ADA Space, Zhejiang Lab)',
    url: 'https://installsat.tv/en/stattia/china-launches-12-satellites-on-orbit-computing',
  },
];

const threeBody2800Description =
  'The target of the Three-Body Computing Constellation (ADA Space and Zhejiang Lab): 2,800 ' +
  'computing satellites in the end (plan: more than 100 by 2027, about 1,000 by 2030), each like the ' +
  'first 12 launched in May 2025: 744 TOPS, laser links up to 100 Gbps, sun-synchronous orbits. ' +
  'ASSUMED: the layout is not published. Generated here as one sun-synchronous shell at 500 km ' +
  '(the altitude assumed for the first 12) with 40 planes of 70 satellites spread evenly around ' +
  'all local times; altitude, plane count and spacing are assumptions.';

const threeBody2800: BuiltinScenario = {
  id: 'three-body-2800',
  title: 'Three-Body Computing Constellation: the 2,800-satellite target (layout assumed)',
  description: threeBody2800Description,
  build: () => ({
    version: 1,
    name: 'Three-Body Computing Constellation (2,800 target)',
    description: threeBody2800Description,
    epoch: '2025-06-01T00:00:00Z',
    sources: THREE_BODY_SOURCES.map((x) => ({ ...x })),
    shells: [
      {
        kind: 'sso',
        name: 'Three-Body target (assumed layout)',
        altitudeKm: 500,
        ltanHours: 22.75,
        ltanSpanHours: 24,
        planes: 40,
        satsPerPlane: 70,
      },
    ],
    node: { computeTops: 744 },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80, capacityGbps: 100 },
    groundStations: CHINA_STATIONS.map((g) => ({ ...g })),
    tour: [
      {
        at: '+00:00:00',
        caption:
          'The plan: 2,800 computing satellites (layout assumed: 40 sun-synchronous planes at 500 km).',
      },
      {
        at: '+00:30:00',
        caption: 'Milestones announced: more than 100 satellites by 2027, about 1,000 by 2030.',
      },
    ],
  }),
};

/** Kozai-style mean motion (rev/day) of a circular orbit at `altitudeKm` (two-body; SGP4 shifts it by a few km). */
function meanMotionRevDay(altitudeKm: number): number {
  const a = 6378.137 + altitudeKm;
  return (Math.sqrt(398600.4418 / (a * a * a)) * 86400) / (2 * Math.PI);
}

/**
 * Synthetic OMM record for Starcloud-1 — NOT a catalogue element set. Orbit from published
 * figures (~325–350 km, decays within months); inclination, phase angles and drag assumed.
 * BSTAR = ρ0·Cd·A/(2m) with ρ0 = 0.157 kg/m² per Earth radius, Cd 2.2, A ≈ 0.4 m² (assumed),
 * m ≈ 60 kg: 1.2e-3 per Earth radius; SGP4's static atmosphere then decays it in about 3 months.
 * NORAD 270001 is a placeholder in the analyst range, not the satellite's catalogue number.
 */
export function starcloud1SyntheticRecord(): OmmRecord {
  return {
    OBJECT_NAME: 'STARCLOUD-1 (synthetic elements)',
    OBJECT_ID: 'SYNTHETIC',
    EPOCH: '2025-11-03T00:00:00.000000',
    MEAN_MOTION: Number(meanMotionRevDay(340).toFixed(8)),
    ECCENTRICITY: 0.0005,
    INCLINATION: 45,
    RA_OF_ASC_NODE: 0,
    ARG_OF_PERICENTER: 0,
    MEAN_ANOMALY: 0,
    EPHEMERIS_TYPE: 0,
    CLASSIFICATION_TYPE: 'U',
    NORAD_CAT_ID: 270001,
    ELEMENT_SET_NO: 999,
    REV_AT_EPOCH: 0,
    BSTAR: 0.0012,
    MEAN_MOTION_DOT: 0,
    MEAN_MOTION_DDOT: 0,
  };
}

const starcloud1Description =
  "Starcloud-1 (Starcloud, formerly Lumen Orbit): launched 2025-11-02 on SpaceX's Bandwagon-4 " +
  'rideshare; about 60 kg; one NVIDIA H100 GPU; trained and ran a small language model in orbit. ' +
  'Press reports put it in a low orbit (~325–350 km) that decays within months. SYNTHETIC ELEMENTS ' +
  'FROM THE PUBLISHED ORBIT, NOT A CATALOGUE ELEMENT SET: a near-circular orbit at about 340 km; ' +
  'inclination 45° assumed (Bandwagon rideshares fly mid-inclination orbits); drag term BSTAR ' +
  '1.2e-3 from an assumed 0.4 m² cross-section, so SGP4 shows the orbit decaying and reports the ' +
  "satellite as decayed after about three months (SGP4's fixed atmosphere; real decay depends on " +
  'solar activity). Node assumed: H100-class compute at ~700 W, 1,979 dense INT8 TOPS (H100 SXM ' +
  'datasheet), 1.5 m² of sun-tracking panels, 1 kWh battery, 1 m² radiator. For comparison a ' +
  'catalogue element set found for NORAD 66303 (bundled as catalog "starcloud-1" / "2026-07-26", ' +
  'provenance unverified) shows about 500 km at 45.4° in July 2026.';

const starcloud1: BuiltinScenario = {
  id: 'starcloud-1',
  title: 'Starcloud-1: one H100 in a decaying low orbit (synthetic elements)',
  description: starcloud1Description,
  build: () => ({
    version: 1,
    name: 'Starcloud-1',
    description: starcloud1Description,
    epoch: '2025-11-03T00:00:00Z',
    sources: [
      { title: 'Starcloud: Starcloud-1', url: 'https://www.starcloud.com/starcloud-1' },
      {
        title: 'CNBC, 2025-12-10: Nvidia-backed Starcloud trains first AI model in space',
        url: 'https://www.cnbc.com/2025/12/10/nvidia-backed-starcloud-trains-first-ai-model-in-space-orbital-data-centers.html',
      },
    ],
    shells: [
      { kind: 'omm', name: 'Starcloud-1 (synthetic elements)', records: [starcloud1SyntheticRecord()] },
    ],
    node: {
      panelAreaM2: 1.5,
      cellEfficiency: 0.3,
      pointing: 'sun-tracking',
      batteryWh: 1000,
      depthOfDischargeMax: 0.5,
      computeLoadW: 700,
      busLoadW: 100,
      computeTops: 1979,
      radiatorAreaM2: 1,
      heatCapacityJPerK: 54000,
    },
    view: { timeWarp: 600, camera: 'earth', selected: '270001', follow: true },
    // Tour numbers from `npm run sim -- starcloud-1 --nodes 270001` (rows and --events).
    tour: [
      {
        at: '+00:00:00',
        caption:
          'Starcloud-1: one NVIDIA H100 in orbit, launched November 2025 (Starcloud). Shown at about 340 km (synthetic elements).',
        select: '270001',
        colorMode: 'shell',
      },
      {
        at: '+00:40:00',
        caption:
          'In sunlight 1.5 m² of panels (assumed) give 622 W; the H100 and the bus ask for 800 W, so compute runs at 75 %.',
        select: '270001',
        colorMode: 'compute',
        warp: 60,
      },
      {
        at: '+01:25:00',
        caption:
          'Heat: 800 W must leave through 1 m² of radiator (assumed). Each orbit the node swings between 312 K and 326 K.',
        select: '270001',
        colorMode: 'temperature',
        warp: 60,
      },
      {
        at: '+01:30:00',
        caption:
          "In Earth's shadow (36 minutes an orbit) the 1 kWh battery is at its floor: the GPU stops until sunrise.",
        select: '270001',
        colorMode: 'battery',
        layers: { shadow: true },
        warp: 60,
      },
      {
        at: '+720:00:00',
        caption:
          'A month later drag has pulled the orbit down from about 340 km to about 307 km (SGP4, drag term assumed).',
        select: '270001',
        colorMode: 'shell',
        layers: { shadow: false },
        warp: 600,
      },
      {
        at: '2026-01-17T00:00:00Z',
        caption:
          'By mid-January it is below 100 km; SGP4 reports it decayed in late January 2026. Real decay depends on solar activity.',
        select: '270001',
        warp: 600,
      },
    ],
  }),
};

/** Dawn-dusk SSO shell: planes spread over one hour of local time around 06:00. */
function dawnDusk(name: string, altitudeKm: number, planes: number, satsPerPlane: number) {
  return { kind: 'sso' as const, name, altitudeKm, ltanHours: 5.5, ltanSpanHours: 1, planes, satsPerPlane };
}

const starcloud88kDescription =
  "Starcloud's FCC application (SAT-LOA-20260202-00073, accepted 2026-03-13): up to 88,000 " +
  'satellites working as a distributed data centre, in narrow dawn-dusk sun-synchronous shells between ' +
  "600 and 850 km, linked by lasers (to third-party networks for the ground). Starcloud's white paper " +
  'describes a 5 GW station with a ~4 km × 4 km solar array and radiators of ~633 W/m² net at 20 °C. ' +
  'ASSUMED: shell altitudes, plane counts and per-satellite hardware are not published. Generated as ' +
  'four shells of 22,000 (600, 650, 800 and 850 km), each 40 planes × 550 with ascending nodes spread ' +
  'from 05:30 to 06:30 local time; node parameters are the app defaults (10 kW of compute per ' +
  'satellite). Dawn-dusk orbits see almost no eclipse: only around the solstice season. Links: a +Grid ' +
  'in each shell (capacity not published), with the Starlink-like gateways assumed for routes.';

const starcloud88k: BuiltinScenario = {
  id: 'starcloud-88k',
  title: 'Starcloud constellation filing: 88,000 satellites in dawn-dusk orbits',
  description: starcloud88kDescription,
  build: () => ({
    version: 1,
    name: 'Starcloud constellation (88,000, FCC filing)',
    description: starcloud88kDescription,
    epoch: '2026-06-21T00:00:00Z',
    sources: [
      {
        title:
          'spacequotes.org: Starcloud asks the FCC to license a data center in orbit (SAT-LOA-20260202-00073)',
        url: 'https://spacequotes.org/tidbits/starcloud-datacenter/',
      },
      {
        title: 'worldofsoftware.org: Data center space race heats up as startup requests 88,000 satellites',
        url: 'https://worldofsoftware.org/data-center-space-race-heats-up-as-startup-requests-88000-satellites',
      },
    ],
    shells: [
      dawnDusk('600 km (assumed)', 600, 40, 550),
      dawnDusk('650 km (assumed)', 650, 40, 550),
      dawnDusk('800 km (assumed)', 800, 40, 550),
      dawnDusk('850 km (assumed)', 850, 40, 550),
    ],
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80 },
    groundStations: GATEWAYS.map((g) => ({ ...g })),
    tour: [
      {
        at: '+00:00:00',
        caption:
          '88,000 satellites along the day-night terminator: the dawn-dusk orbit keeps them in sunlight.',
      },
      {
        at: '+01:00:00',
        caption:
          'At the June solstice the 06:00 planes see no eclipse at all; around December they dip into short eclipses.',
      },
    ],
  }),
};

const spacex1mDescription =
  "SpaceX's orbital data-centre application to the FCC (SAT-LOA-20260108-00016, filed January 2026): " +
  'up to 1,000,000 satellites between 500 and 2,000 km in shells up to 50 km thick, at inclinations from ' +
  'about 30° to sun-synchronous; optical links to each other and to Starlink; about 100 kW of compute ' +
  'per tonne launched. ASSUMED: no shell list, plane layout or satellite mass is published. Generated ' +
  'as six shells totalling exactly 1,000,000: Walker shells at 30° (550 km: 200 × 1,000; 800 km: ' +
  '200 × 1,000; 1,200 km: 100 × 1,000) and sun-synchronous shells (650 km: 250 × 800 with nodes from ' +
  '05:00 to 07:00; 1,000 km: 200 × 1,000 and 2,000 km: 100 × 1,000 spread over all local times). Node ' +
  'parameters are the app defaults (10 kW of compute, i.e. a ~100 kg satellite at 100 kW per tonne). ' +
  'Links: a +Grid in each shell at an assumed 100 Gbps per link (2,000,000 candidates; the view draws the ' +
  "selected satellite's neighbourhood). This is the performance target of the app.";

const spacex1m: BuiltinScenario = {
  id: 'spacex-1m',
  title: 'SpaceX orbital data-centre filing: 1,000,000 satellites',
  description: spacex1mDescription,
  build: () => ({
    version: 1,
    name: 'SpaceX orbital data centres (1,000,000, FCC filing)',
    description: spacex1mDescription,
    epoch: '2026-03-01T00:00:00Z',
    sources: [
      {
        title:
          "Yuan Chang: I read SpaceX's FCC application for orbital data centers (SAT-LOA-20260108-00016)",
        url: 'https://yuanchang.org/en/posts/spacex-orbital-datacenter-fcc',
      },
      {
        title:
          'Broadband Breakfast, 2026-02-02: SpaceX seeks FCC approval for one million satellites in space',
        url: 'https://broadbandbreakfast.com/spacex-seeks-fcc-approval-for-one-million-satellites-in-space',
      },
    ],
    shells: [
      {
        kind: 'walker',
        name: '30° at 550 km (assumed)',
        altitudeKm: 550,
        inclinationDeg: 30,
        planes: 200,
        satsPerPlane: 1000,
        phasing: 1,
      },
      {
        kind: 'walker',
        name: '30° at 800 km (assumed)',
        altitudeKm: 800,
        inclinationDeg: 30,
        planes: 200,
        satsPerPlane: 1000,
        phasing: 1,
      },
      {
        kind: 'walker',
        name: '30° at 1,200 km (assumed)',
        altitudeKm: 1200,
        inclinationDeg: 30,
        planes: 100,
        satsPerPlane: 1000,
        phasing: 1,
      },
      {
        kind: 'sso',
        name: 'SSO 650 km, near dawn-dusk (assumed)',
        altitudeKm: 650,
        ltanHours: 5,
        ltanSpanHours: 2,
        planes: 250,
        satsPerPlane: 800,
      },
      {
        kind: 'sso',
        name: 'SSO 1,000 km (assumed)',
        altitudeKm: 1000,
        ltanHours: 0,
        ltanSpanHours: 24,
        planes: 200,
        satsPerPlane: 1000,
      },
      {
        kind: 'sso',
        name: 'SSO 2,000 km (assumed)',
        altitudeKm: 2000,
        ltanHours: 0,
        ltanSpanHours: 24,
        planes: 100,
        satsPerPlane: 1000,
      },
    ],
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80, capacityGbps: 100 },
    groundStations: GATEWAYS.map((g) => ({ ...g })),
    tour: [
      {
        at: '+00:00:00',
        caption:
          "SpaceX's filing: up to 1,000,000 satellites as orbital data centres (FCC SAT-LOA-20260108-00016).",
        select: null,
        camera: 'earth',
        colorMode: 'shell',
      },
      {
        at: '+00:00:00',
        caption:
          "Starlink's first shell is 1,584 satellites (72 planes × 22). This filing is 631 times that.",
        select: null,
        camera: { latDeg: 15, lonDeg: -30, distanceRe: 1.9 },
      },
      {
        at: '+00:00:00',
        caption:
          'Six shells (assumed): 500,000 at 30° (550, 800, 1,200 km) and 500,000 sun-synchronous (650, 1,000, 2,000 km).',
        select: null,
        camera: { latDeg: 10, lonDeg: -30, distanceRe: 4.5 },
      },
      {
        at: '+00:10:00',
        caption:
          "One satellite's neighbourhood: four laser links in a +Grid, 100 Gbps each (assumed); 2,000,000 links in all.",
        select: 'S1-P001-0001',
        camera: 'selected',
        layers: { links: true },
      },
    ],
  }),
};

const blueOriginDescription =
  'Blue Origin\'s "Project Sunrise" FCC application (SAT-LOA-20260319-00032, 2026-03-19): up to ' +
  '51,600 data-centre satellites in sun-synchronous orbits between 500 and 1,800 km (inclinations ' +
  '97–104°), planes 5–10 km apart in altitude with 300–1,000 satellites each, optical links through ' +
  "Blue Origin's TeraWave network. ASSUMED: the shell list and local times are not published. " +
  'Generated as six sun-synchronous shells of 8,600 (500, 550, 650, 800, 1,200 and 1,800 km), each 20 ' +
  'planes × 430 spread over all local times; node parameters are the app defaults; a +Grid of laser ' +
  'links in each shell (capacity not published) and the Starlink-like gateways assumed for routes.';

const blueOrigin: BuiltinScenario = {
  id: 'blue-origin-sunrise',
  title: 'Blue Origin Project Sunrise: 51,600 sun-synchronous satellites',
  description: blueOriginDescription,
  build: () => ({
    version: 1,
    name: 'Blue Origin Project Sunrise (51,600, FCC filing)',
    description: blueOriginDescription,
    epoch: '2026-06-01T00:00:00Z',
    sources: [
      {
        title: 'SpaceNews: Blue Origin joins the orbital data center race',
        url: 'https://spacenews.com/blue-origin-joins-the-orbital-data-center-race/',
      },
      {
        title: 'GeekWire, 2026-03: Blue Origin files for Project Sunrise',
        url: 'https://www.geekwire.com/2026/blue-origin-data-center-space-race-project-sunrise/',
      },
      {
        title: 'FCC IBFS SAT-LOA-20260319-00032 (fcc.report mirror)',
        url: 'https://fcc.report/IBFS/SAT-LOA-20260319-00032',
      },
    ],
    shells: [500, 550, 650, 800, 1200, 1800].map((h) => ({
      kind: 'sso' as const,
      name: `SSO ${h.toLocaleString('en-US')} km (assumed)`,
      altitudeKm: h,
      ltanHours: 0,
      ltanSpanHours: 24,
      planes: 20,
      satsPerPlane: 430,
    })),
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80 },
    groundStations: GATEWAYS.map((g) => ({ ...g })),
  }),
};

const beijingDescription =
  "Beijing's orbital data-centre plan (Beijing Municipal Science and Technology Commission with the " +
  'Beijing Astro-future Institute of Space Technology, announced 2025-11-27): a dawn-dusk orbit at ' +
  '700–800 km; more than 1 GW in the end; a closed loop of space computing, relay transmission and ' +
  'ground control; the institute describes 16 centralised data centres. Phases: 2025–27 first ' +
  'experimental computing and relay satellites; 2028–30 cost reduction towards parity with the ground ' +
  '(and on-orbit assembly); 2031–35 a large-scale space data centre. ASSUMED: 16 data centres ' +
  'evenly spaced in one dawn-dusk plane at 750 km, each 62.5 MW of compute (1 GW / 16) with ' +
  '170,000 m² of panels, 100,000 m² of radiators and a 5 MWh battery; ground control and a relay ' +
  'ground station near Beijing (Miyun) stand in for the relay and ground-control segments.';

const beijingDc: BuiltinScenario = {
  id: 'beijing-dc',
  title: 'Beijing orbital data-centre plan: 16 data centres in a dawn-dusk orbit (layout assumed)',
  description: beijingDescription,
  build: () => ({
    version: 1,
    name: 'Beijing space data centre (plan)',
    description: beijingDescription,
    epoch: '2026-03-20T00:00:00Z',
    sources: [
      {
        title:
          "People's Daily / Xinhua, 2025-11-29: Beijing to build space data center 700-800 km above Earth",
        url: 'http://en.people.cn/n3/2025/1129/c90000-20396623.html',
      },
      {
        title: 'CGTN, 2025-11-29: Beijing to bring AI computing to space with new data center plan',
        url: 'https://news.cgtn.com/news/2025-11-29/Beijing-to-bring-AI-computing-to-space-with-new-data-center-plan-1IGQLaISXDi/p.html',
      },
      {
        title:
          'SpaceDaily via Copernical, 2025-11-28: Beijing institute plans space data centers (16 centres, three phases)',
        url: 'https://copernical.com/news-public/item/55234-2025-12-04-08-55-19?print=1&tmpl=component',
      },
    ],
    shells: [
      {
        kind: 'sso',
        name: 'Dawn-dusk data centres (assumed layout)',
        altitudeKm: 750,
        ltanHours: 6,
        planes: 1,
        satsPerPlane: 16,
      },
    ],
    node: {
      panelAreaM2: 170000,
      cellEfficiency: 0.3,
      pointing: 'sun-tracking',
      batteryWh: 5e6,
      depthOfDischargeMax: 0.5,
      computeLoadW: 62.5e6,
      busLoadW: 2e6,
      radiatorAreaM2: 100000,
      heatCapacityJPerK: 1e10,
    },
    links: { pattern: 'plus-grid', maxRangeKm: 5000, grazingAltitudeKm: 80 },
    groundStations: [
      { name: 'Beijing (ground control)', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 10 },
      { name: 'Miyun (relay and downlink; assumed)', latDeg: 40.45, lonDeg: 116.85, minElevationDeg: 10 },
    ],
    view: { timeWarp: 60, camera: 'earth' },
    // Tour numbers from `npm run sim -- beijing-dc --nodes S1-P1-01` (rows; --events over a year).
    tour: [
      {
        at: '+00:00:00',
        caption:
          'Phase 1, 2025–27: first computing and relay satellites in a dawn-dusk orbit at 700–800 km (Beijing plan).',
        select: 'S1-P1-01',
        camera: 'selected',
        colorMode: 'shell',
      },
      {
        at: '+00:30:00',
        caption:
          'Phase 2, 2028–30: cost towards parity with the ground. One 62.5 MW centre (assumed) collects 70 MW of sunlight.',
        select: 'S1-P1-01',
        colorMode: 'compute',
      },
      {
        at: '+01:00:00',
        caption:
          "Phase 3, 2031–35: above 1 GW, shown as 16 centres. Radiators limit each to 75 % of its compute (the app's heat model).",
        select: null,
        camera: 'earth',
        colorMode: 'compute',
        layers: { links: true, stations: true },
      },
    ],
  }),
};

const suncatcherDescription =
  "Google's Project Suncatcher (arXiv 2511.19468, 2025): a cluster of 81 satellites within about 1 km, " +
  '100–200 m apart, in a dawn-dusk sun-synchronous orbit near 650 km, with optical links of tens of ' +
  'Tbps inside the cluster; launch cost of $200/kg or less assumed by the mid-2030s. Shown as a ' +
  'lattice of 81 (validation V18: points i² + j² ≤ 25 on a 100 m × 200 m grid) flying around one ' +
  'reference orbit with every member linked to every other. ASSUMED: the lattice shape and its ' +
  'orientation (a plane tilted 60° from the orbit plane, turning once per orbit) and the node ' +
  "parameters (app defaults); members keep the reference orbit's J2 drift, as station-keeping would; " +
  '10 Tbps per link (the paper aims at tens of Tbps between satellites; assumed).';

const suncatcher: BuiltinScenario = {
  id: 'suncatcher',
  title: 'Google Project Suncatcher: an 81-satellite cluster in a dawn-dusk orbit',
  description: suncatcherDescription,
  build: () => ({
    version: 1,
    name: 'Project Suncatcher (81-satellite cluster)',
    description: suncatcherDescription,
    epoch: '2026-03-20T00:00:00Z',
    sources: [
      {
        title:
          'Google, Towards a future space-based, highly scalable AI infrastructure system design (arXiv 2511.19468)',
        url: 'https://arxiv.org/abs/2511.19468',
      },
    ],
    shells: [
      {
        kind: 'cluster',
        name: 'Suncatcher cluster',
        altitudeKm: 650,
        ltanHours: 6,
        count: 81,
        spacingM: 100,
      },
    ],
    links: { pattern: 'cluster-mesh', maxRangeKm: 5, grazingAltitudeKm: 80, capacityGbps: 10000 },
    view: { timeWarp: 10, camera: 'earth' },
    // Shadow season from `npm run sim -- suncatcher --hours 8760 --events --nodes S1-P1-01`.
    tour: [
      {
        at: '+00:00:00',
        caption:
          'A dawn-dusk orbit at 650 km rides the line between day and night: the panels see the Sun almost all the time (arXiv 2511.19468).',
        select: null,
        camera: 'earth',
        colorMode: 'sunlight',
      },
      {
        at: '+00:00:00',
        caption:
          '81 satellites within about 1 km, 100–200 m apart: close enough for optical links of tens of Tbps between them (paper).',
        select: 'S1-P1-01',
        camera: 'fit',
        layers: { links: true },
      },
      {
        at: '+00:24:00',
        caption: 'A quarter orbit later the formation has turned by 90°: the lattice rotates once per orbit.',
        select: 'S1-P1-01',
        camera: 'fit',
      },
      {
        at: '2026-12-21T03:50:00Z',
        caption:
          "Only from 6 November to 3 February does the cluster pass through Earth's shadow, for at most 19 minutes an orbit.",
        select: 'S1-P1-01',
        camera: 'earth',
        colorMode: 'sunlight',
        layers: { shadow: true },
      },
      {
        at: '2027-03-01T00:00:00Z',
        caption:
          "The other 275 days of the year it is never in shadow: no battery cycles, steady power (the app's shadow model).",
        select: 'S1-P1-01',
        camera: 'earth',
        layers: { shadow: true },
      },
    ],
  }),
};

const euAscendDescription =
  'FEASIBILITY STUDY, NOT HARDWARE. ASCEND (Advanced Space Cloud for European Net zero emission and ' +
  'Data sovereignty), led by Thales Alenia Space for the European Commission (Horizon Europe), results ' +
  'published 2024-06-27: data centres assembled in orbit from modules by robotic arms; a first ~10 MW ' +
  'deployment towards 2035, 200 MW by 2040 and 1 GW by 2050 as study targets; worthwhile for the climate ' +
  'only with a launcher ten times less emissive over its life. ILLUSTRATIVE ONLY: the orbit and layout ' +
  'here are assumptions — the 10 MW step as five 2 MW building blocks evenly spaced in one dawn-dusk ' +
  'sun-synchronous plane at 800 km, each with 6,000 m² of panels and 4,000 m² of radiators.';

const euAscend: BuiltinScenario = {
  id: 'eu-ascend',
  title: 'EU ASCEND feasibility study: an illustrative 10 MW first step (study, not hardware)',
  description: euAscendDescription,
  build: () => ({
    version: 1,
    name: 'ASCEND feasibility study (illustrative)',
    description: euAscendDescription,
    epoch: '2026-03-20T00:00:00Z',
    sources: [
      {
        title:
          'Thales Alenia Space, 2024-06-27: results of the ASCEND feasibility study on space data centers',
        url: 'https://www.thalesaleniaspace.com/en/press-releases/thales-alenia-space-reveals-results-ascend-feasibility-study-space-data-centers-0',
      },
      {
        title: 'ASCEND project: events (10 MW by 2035, 200 MW by 2040, 1 GW by 2050)',
        url: 'https://ascend-horizon.eu/events/',
      },
    ],
    shells: [
      {
        kind: 'sso',
        name: 'ASCEND building blocks (illustrative)',
        altitudeKm: 800,
        ltanHours: 6,
        planes: 1,
        satsPerPlane: 5,
      },
    ],
    node: {
      panelAreaM2: 6000,
      cellEfficiency: 0.3,
      pointing: 'sun-tracking',
      batteryWh: 1e6,
      depthOfDischargeMax: 0.5,
      computeLoadW: 2e6,
      busLoadW: 1e5,
      radiatorAreaM2: 4000,
      heatCapacityJPerK: 1e9,
    },
    links: { pattern: 'plus-grid', maxRangeKm: 10000, grazingAltitudeKm: 80 },
    tour: [
      {
        at: '+00:00:00',
        caption:
          'Study target for ~2035: a first 10 MW space data centre (shown as five 2 MW blocks; layout assumed).',
      },
      { at: '+00:30:00', caption: 'Study targets beyond: 200 MW by 2040 and 1 GW by 2050.' },
    ],
  }),
};

/** Every built-in scenario by id. */
export const BUILTIN_SCENARIOS: Record<string, BuiltinScenario> = {
  [threeBody.id]: threeBody,
  [threeBody2800.id]: threeBody2800,
  [starcloud1.id]: starcloud1,
  [starcloud88k.id]: starcloud88k,
  [spacex1m.id]: spacex1m,
  [blueOrigin.id]: blueOrigin,
  [beijingDc.id]: beijingDc,
  [suncatcher.id]: suncatcher,
  [starlink.id]: starlink,
  [euAscend.id]: euAscend,
  [vallado.id]: vallado,
};

/**
 * The built-in scenario with this id, or null. Only the table's own entries count: ids such as
 * `constructor`, `__proto__` or `toString` (inherited members of every object) are unknown ids,
 * not crashes. Use this wherever an id comes from outside (address bar, command line, messages).
 */
export function findBuiltin(id: unknown): BuiltinScenario | null {
  if (typeof id !== 'string' || !Object.hasOwn(BUILTIN_SCENARIOS, id)) return null;
  return BUILTIN_SCENARIOS[id];
}

/**
 * What to tell someone who asked for a built-in that does not exist (`?scenario=<id>`), naming the
 * id (at most 60 characters of it, control characters as "?") and the scenario shown instead.
 */
export function unknownBuiltinMessage(id: string, shownId: string = DEFAULT_SCENARIO_ID): string {
  // eslint-disable-next-line no-control-regex
  const shown = (id.length > 60 ? `${id.slice(0, 60)}…` : id).replace(/[\u0000-\u001f\u007f]/g, '?');
  return msg('link.noBuiltinPick', { id: shown, name: findBuiltin(shownId)?.title ?? shownId });
}

/** One line per built-in for a picker. */
export interface BuiltinListItem {
  id: string;
  title: string;
  /** One line. */
  summary: string;
  /** Satellites the scenario expands to (counted from its shells, without expanding). */
  satellites: number;
  /** What a thumbnail could show: a shell of planes, a close cluster, or a single satellite. */
  thumbnailHint?: 'shells' | 'cluster' | 'single' | 'walker';
}

/**
 * Satellites a scenario input holds, counted cheaply from its shells (no validation, no
 * expansion): TLE text counts its line-1 records, catalog shells their bundled snapshot's size
 * from `catalogSize` (0 without it; no built-in uses a catalog shell).
 */
export function countSatellites(input: ScenarioInput, catalogSize: CatalogSize = () => 0): number {
  let n = 0;
  for (const s of input.shells) {
    switch (s.kind) {
      case 'walker':
      case 'sso':
        n += (s.planes ?? 1) * s.satsPerPlane;
        break;
      case 'cluster':
        n += s.count;
        break;
      case 'elements':
        n += s.satellites.length;
        break;
      case 'omm':
        n += s.records.length;
        break;
      case 'tle':
        for (const line of s.text.split(/\r\n|\n|\r/)) if (line.startsWith('1 ')) n++;
        break;
      case 'catalog':
        n += catalogSize(s.group, s.snapshot);
        break;
    }
  }
  return n;
}

const SUMMARIES: Record<string, [string, BuiltinListItem['thumbnailHint']]> = {
  'three-body': [
    'The 12 computing satellites launched in May 2025, with a Starlink-sized shell for scale.',
    'shells',
  ],
  'three-body-2800': [
    'The 2,800-satellite Three-Body target as sun-synchronous planes (layout assumed).',
    'shells',
  ],
  'starcloud-1': ['One H100 in a low orbit that decays within months (synthetic elements).', 'single'],
  'starcloud-88k': [
    '88,000 satellites in dawn-dusk orbits, 600–850 km (FCC filing; shells assumed).',
    'shells',
  ],
  'spacex-1m': ['One million data-centre satellites, 500–2,000 km (FCC filing; shells assumed).', 'shells'],
  'blue-origin-sunrise': [
    '51,600 sun-synchronous satellites, 500–1,800 km (FCC filing; shells assumed).',
    'shells',
  ],
  'beijing-dc': [
    '16 data centres in a 750 km dawn-dusk orbit, in three phases to 2035 (layout assumed).',
    'single',
  ],
  suncatcher: ['81 satellites flying within 1 km of each other, all linked (Google research).', 'cluster'],
  starlink: ['Starlink shell 1: 72 planes × 22 at 550 km and 53°, for comparison.', 'walker'],
  'eu-ascend': [
    "Europe's ASCEND feasibility study: an illustrative 10 MW first step (study only).",
    'single',
  ],
  'vallado-00005': ['SGP4 check: Vanguard 1 from the Vallado verification set.', 'single'],
};

/** The built-ins for a picker, in display order, with satellite counts. */
export const BUILTIN_LIST: readonly BuiltinListItem[] = Object.values(BUILTIN_SCENARIOS).map((b) => {
  const [summary, thumbnailHint] = SUMMARIES[b.id] ?? [b.title, undefined];
  return {
    id: b.id,
    title: b.title,
    summary,
    satellites: countSatellites(b.build()),
    ...(thumbnailHint ? { thumbnailHint } : {}),
  };
});
