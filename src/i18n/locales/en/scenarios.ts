/**
 * English strings of the "scenarios" namespace (docs/i18n.md): the text of every built-in scenario
 * (src/scenario/builtins.ts) and bundled catalogue (src/scenario/catalogs), copied verbatim. The scenario
 * code stays English (the CLI and the scenario format use it); src/app/scenarioText.ts shows these at
 * display time, and src/app/scenarioText.test.ts fails when a copy here differs from the scenario code.
 */
export const scenarios = {
  builtins: {
    'three-body': {
      title: 'Three-Body Computing Constellation (first 12) and a Starlink-like shell for scale',
      summary: 'The 12 computing satellites launched in May 2025, with a Starlink-sized shell for scale.',
      name: 'Three-Body Computing Constellation (first 12)',
      description:
        'The first 12 satellites of the Three-Body Computing Constellation (ADA Space and Zhejiang Lab, "Star-Compute" programme), launched on 2025-05-14 at 04:12 UTC on a Long March 2D from Jiuquan into a sun-synchronous orbit: 744 TOPS each (about 5 POPS for the 12), laser links up to 100 Gbps, 30 TB storage. ASSUMED: no element sets were bundled, so the 12 are generated as one sun-synchronous plane at 500 km (press reports say 500–600 km) with the ascending node at 22:45 local time (descending node about 10:45, inferred from a southbound launch at 04:12 UTC from Jiuquan); the altitude, local time and spacing along the orbit are assumptions, not published values. For scale, a Starlink-like Walker shell (550 km, 53°, 72 planes × 22) flies alongside: 1,584 satellites, the size of one of the plan\'s later phases (2,800 satellites in the end).',
      shells: {
        '0': 'Three-Body (assumed orbit)',
        '1': 'Starlink-like shell (for scale)',
      },
      tour: {
        '0': '12 computing satellites launched 14 May 2025, 744 TOPS each (ADA Space). Orbit assumed: 500 km, sun-synchronous.',
        '1': 'Beside them, a Starlink-like shell for scale: 1,584 satellites at 550 km (72 planes × 22).',
        '2': 'Kashgar to Beijing over laser links: 6 hops, 13.3 ms one way; fibre along the great circle would take 17.2 ms.',
        '3': "S1-P1-01 enters Earth's shadow for 35 minutes. Its battery (20 kWh, assumed) now carries the whole 11.5 kW load.",
        '4': 'After 30 minutes in shadow the battery reaches its floor (14 kWh, 30 % depth of discharge): compute drops to 0 %.',
        '5': 'Sunrise at 01:46 UTC: the panels give 23.8 kW, compute is back at 100 % and the battery recharges.',
      },
    },
    'three-body-2800': {
      title: 'Three-Body Computing Constellation: the 2,800-satellite target (layout assumed)',
      summary: 'The 2,800-satellite Three-Body target as sun-synchronous planes (layout assumed).',
      name: 'Three-Body Computing Constellation (2,800 target)',
      description:
        'The target of the Three-Body Computing Constellation (ADA Space and Zhejiang Lab): 2,800 computing satellites in the end (plan: more than 100 by 2027, about 1,000 by 2030), each like the first 12 launched in May 2025: 744 TOPS, laser links up to 100 Gbps, sun-synchronous orbits. ASSUMED: the layout is not published. Generated here as one sun-synchronous shell at 500 km (the altitude assumed for the first 12) with 40 planes of 70 satellites spread evenly around all local times; altitude, plane count and spacing are assumptions.',
      shells: {
        '0': 'Three-Body target (assumed layout)',
      },
      tour: {
        '0': 'The plan: 2,800 computing satellites (layout assumed: 40 sun-synchronous planes at 500 km).',
        '1': 'Milestones announced: more than 100 satellites by 2027, about 1,000 by 2030.',
      },
    },
    'starcloud-1': {
      title: 'Starcloud-1: one H100 in a decaying low orbit (synthetic elements)',
      summary: 'One H100 in a low orbit that decays within months (synthetic elements).',
      name: 'Starcloud-1',
      description:
        'Starcloud-1 (Starcloud, formerly Lumen Orbit): launched 2025-11-02 on SpaceX\'s Bandwagon-4 rideshare; about 60 kg; one NVIDIA H100 GPU; trained and ran a small language model in orbit. Press reports put it in a low orbit (~325–350 km) that decays within months. SYNTHETIC ELEMENTS FROM THE PUBLISHED ORBIT, NOT A CATALOGUE ELEMENT SET: a near-circular orbit at about 340 km; inclination 45° assumed (Bandwagon rideshares fly mid-inclination orbits); drag term BSTAR 1.2e-3 from an assumed 0.4 m² cross-section, so SGP4 shows the orbit decaying and reports the satellite as decayed after about three months (SGP4\'s fixed atmosphere; real decay depends on solar activity). Node assumed: H100-class compute at ~700 W, 1,979 dense INT8 TOPS (H100 SXM datasheet), 1.5 m² of sun-tracking panels, 1 kWh battery, 1 m² radiator. For comparison a catalogue element set found for NORAD 66303 (bundled as catalog "starcloud-1" / "2026-07-26", provenance unverified) shows about 500 km at 45.4° in July 2026.',
      shells: {
        '0': 'Starcloud-1 (synthetic elements)',
      },
      tour: {
        '0': 'Starcloud-1: one NVIDIA H100 in orbit, launched November 2025 (Starcloud). Shown at about 340 km (synthetic elements).',
        '1': 'In sunlight 1.5 m² of panels (assumed) give 622 W; the H100 and the bus ask for 800 W, so compute runs at 75 %.',
        '2': 'Heat: 800 W must leave through 1 m² of radiator (assumed). Each orbit the node swings between 312 K and 326 K.',
        '3': "In Earth's shadow (36 minutes an orbit) the 1 kWh battery is at its floor: the GPU stops until sunrise.",
        '4': 'A month later drag has pulled the orbit down from about 340 km to about 307 km (SGP4, drag term assumed).',
        '5': 'By mid-January it is below 100 km; SGP4 reports it decayed in late January 2026. Real decay depends on solar activity.',
      },
    },
    'starcloud-88k': {
      title: 'Starcloud constellation filing: 88,000 satellites in dawn-dusk orbits',
      summary: '88,000 satellites in dawn-dusk orbits, 600–850 km (FCC filing; shells assumed).',
      name: 'Starcloud constellation (88,000, FCC filing)',
      description:
        "Starcloud's FCC application (SAT-LOA-20260202-00073, accepted 2026-03-13): up to 88,000 satellites working as a distributed data centre, in narrow dawn-dusk sun-synchronous shells between 600 and 850 km, linked by lasers (to third-party networks for the ground). Starcloud's white paper describes a 5 GW station with a ~4 km × 4 km solar array and radiators of ~633 W/m² net at 20 °C. ASSUMED: shell altitudes, plane counts and per-satellite hardware are not published. Generated as four shells of 22,000 (600, 650, 800 and 850 km), each 40 planes × 550 with ascending nodes spread from 05:30 to 06:30 local time; node parameters are the app defaults (10 kW of compute per satellite). Dawn-dusk orbits see almost no eclipse: only around the solstice season. Links: a +Grid in each shell (capacity not published), with the Starlink-like gateways assumed for routes.",
      shells: {
        '0': '600 km (assumed)',
        '1': '650 km (assumed)',
        '2': '800 km (assumed)',
        '3': '850 km (assumed)',
      },
      tour: {
        '0': '88,000 satellites along the day-night terminator: the dawn-dusk orbit keeps them in sunlight.',
        '1': 'At the June solstice the 06:00 planes see no eclipse at all; around December they dip into short eclipses.',
      },
    },
    'spacex-1m': {
      title: 'SpaceX orbital data-centre filing: 1,000,000 satellites',
      summary: 'One million data-centre satellites, 500–2,000 km (FCC filing; shells assumed).',
      name: 'SpaceX orbital data centres (1,000,000, FCC filing)',
      description:
        "SpaceX's orbital data-centre application to the FCC (SAT-LOA-20260108-00016, filed January 2026): up to 1,000,000 satellites between 500 and 2,000 km in shells up to 50 km thick, at inclinations from about 30° to sun-synchronous; optical links to each other and to Starlink; about 100 kW of compute per tonne launched. ASSUMED: no shell list, plane layout or satellite mass is published. Generated as six shells totalling exactly 1,000,000: Walker shells at 30° (550 km: 200 × 1,000; 800 km: 200 × 1,000; 1,200 km: 100 × 1,000) and sun-synchronous shells (650 km: 250 × 800 with nodes from 05:00 to 07:00; 1,000 km: 200 × 1,000 and 2,000 km: 100 × 1,000 spread over all local times). Node parameters are the app defaults (10 kW of compute, i.e. a ~100 kg satellite at 100 kW per tonne). Links: a +Grid in each shell at an assumed 100 Gbps per link (2,000,000 candidates; the view draws the selected satellite's neighbourhood). This is the performance target of the app.",
      shells: {
        '0': '30° at 550 km (assumed)',
        '1': '30° at 800 km (assumed)',
        '2': '30° at 1,200 km (assumed)',
        '3': 'SSO 650 km, near dawn-dusk (assumed)',
        '4': 'SSO 1,000 km (assumed)',
        '5': 'SSO 2,000 km (assumed)',
      },
      tour: {
        '0': "SpaceX's filing: up to 1,000,000 satellites as orbital data centres (FCC SAT-LOA-20260108-00016).",
        '1': "Starlink's first shell is 1,584 satellites (72 planes × 22). This filing is 631 times that.",
        '2': 'Six shells (assumed): 500,000 at 30° (550, 800, 1,200 km) and 500,000 sun-synchronous (650, 1,000, 2,000 km).',
        '3': "One satellite's neighbourhood: four laser links in a +Grid, 100 Gbps each (assumed); 2,000,000 links in all.",
      },
    },
    'blue-origin-sunrise': {
      title: 'Blue Origin Project Sunrise: 51,600 sun-synchronous satellites',
      summary: '51,600 sun-synchronous satellites, 500–1,800 km (FCC filing; shells assumed).',
      name: 'Blue Origin Project Sunrise (51,600, FCC filing)',
      description:
        'Blue Origin\'s "Project Sunrise" FCC application (SAT-LOA-20260319-00032, 2026-03-19): up to 51,600 data-centre satellites in sun-synchronous orbits between 500 and 1,800 km (inclinations 97–104°), planes 5–10 km apart in altitude with 300–1,000 satellites each, optical links through Blue Origin\'s TeraWave network. ASSUMED: the shell list and local times are not published. Generated as six sun-synchronous shells of 8,600 (500, 550, 650, 800, 1,200 and 1,800 km), each 20 planes × 430 spread over all local times; node parameters are the app defaults; a +Grid of laser links in each shell (capacity not published) and the Starlink-like gateways assumed for routes.',
      shells: {
        '0': 'SSO 500 km (assumed)',
        '1': 'SSO 550 km (assumed)',
        '2': 'SSO 650 km (assumed)',
        '3': 'SSO 800 km (assumed)',
        '4': 'SSO 1,200 km (assumed)',
        '5': 'SSO 1,800 km (assumed)',
      },
    },
    'beijing-dc': {
      title: 'Beijing orbital data-centre plan: 16 data centres in a dawn-dusk orbit (layout assumed)',
      summary: '16 data centres in a 750 km dawn-dusk orbit, in three phases to 2035 (layout assumed).',
      name: 'Beijing space data centre (plan)',
      description:
        "Beijing's orbital data-centre plan (Beijing Municipal Science and Technology Commission with the Beijing Astro-future Institute of Space Technology, announced 2025-11-27): a dawn-dusk orbit at 700–800 km; more than 1 GW in the end; a closed loop of space computing, relay transmission and ground control; the institute describes 16 centralised data centres. Phases: 2025–27 first experimental computing and relay satellites; 2028–30 cost reduction towards parity with the ground (and on-orbit assembly); 2031–35 a large-scale space data centre. ASSUMED: 16 data centres evenly spaced in one dawn-dusk plane at 750 km, each 62.5 MW of compute (1 GW / 16) with 170,000 m² of panels, 100,000 m² of radiators and a 5 MWh battery; ground control and a relay ground station near Beijing (Miyun) stand in for the relay and ground-control segments.",
      shells: {
        '0': 'Dawn-dusk data centres (assumed layout)',
      },
      tour: {
        '0': 'Phase 1, 2025–27: first computing and relay satellites in a dawn-dusk orbit at 700–800 km (Beijing plan).',
        '1': 'Phase 2, 2028–30: cost towards parity with the ground. One 62.5 MW centre (assumed) collects 70 MW of sunlight.',
        '2': "Phase 3, 2031–35: above 1 GW, shown as 16 centres. Radiators limit each to 75 % of its compute (the app's heat model).",
      },
    },
    suncatcher: {
      title: 'Google Project Suncatcher: an 81-satellite cluster in a dawn-dusk orbit',
      summary: '81 satellites flying within 1 km of each other, all linked (Google research).',
      name: 'Project Suncatcher (81-satellite cluster)',
      description:
        "Google's Project Suncatcher (arXiv 2511.19468, 2025): a cluster of 81 satellites within about 1 km, 100–200 m apart, in a dawn-dusk sun-synchronous orbit near 650 km, with optical links of tens of Tbps inside the cluster; launch cost of $200/kg or less assumed by the mid-2030s. Shown as a lattice of 81 (validation V18: points i² + j² ≤ 25 on a 100 m × 200 m grid) flying around one reference orbit with every member linked to every other. ASSUMED: the lattice shape and its orientation (a plane tilted 60° from the orbit plane, turning once per orbit) and the node parameters (app defaults); members keep the reference orbit's J2 drift, as station-keeping would; 10 Tbps per link (the paper aims at tens of Tbps between satellites; assumed).",
      shells: {
        '0': 'Suncatcher cluster',
      },
      tour: {
        '0': 'A dawn-dusk orbit at 650 km rides the line between day and night: the panels see the Sun almost all the time (arXiv 2511.19468).',
        '1': '81 satellites within about 1 km, 100–200 m apart: close enough for optical links of tens of Tbps between them (paper).',
        '2': 'A quarter orbit later the formation has turned by 90°: the lattice rotates once per orbit.',
        '3': "Only from 6 November to 3 February does the cluster pass through Earth's shadow, for at most 19 minutes an orbit.",
        '4': "The other 275 days of the year it is never in shadow: no battery cycles, steady power (the app's shadow model).",
      },
    },
    starlink: {
      title: 'Starlink shell 1 (for comparison)',
      summary: 'Starlink shell 1: 72 planes × 22 at 550 km and 53°, for comparison.',
      name: 'Starlink shell 1',
      description:
        'Starlink shell 1 as filed: 72 planes of 22 satellites at 550 km and 53° inclination, a Walker delta pattern with laser links in a +Grid (two in-plane, two cross-plane neighbours). The phasing factor (1) is assumed; real satellites drift from the ideal pattern. ASSUMED: 100 Gbps per laser link, and four gateways (New York, London, Los Angeles, Madrid) standing in for the real ground network, so routes can be compared with transatlantic fibre.',
      shells: {
        '0': 'Shell 1',
      },
    },
    'eu-ascend': {
      title: 'EU ASCEND feasibility study: an illustrative 10 MW first step (study, not hardware)',
      summary: "Europe's ASCEND feasibility study: an illustrative 10 MW first step (study only).",
      name: 'ASCEND feasibility study (illustrative)',
      description:
        'FEASIBILITY STUDY, NOT HARDWARE. ASCEND (Advanced Space Cloud for European Net zero emission and Data sovereignty), led by Thales Alenia Space for the European Commission (Horizon Europe), results published 2024-06-27: data centres assembled in orbit from modules by robotic arms; a first ~10 MW deployment towards 2035, 200 MW by 2040 and 1 GW by 2050 as study targets; worthwhile for the climate only with a launcher ten times less emissive over its life. ILLUSTRATIVE ONLY: the orbit and layout here are assumptions — the 10 MW step as five 2 MW building blocks evenly spaced in one dawn-dusk sun-synchronous plane at 800 km, each with 6,000 m² of panels and 4,000 m² of radiators.',
      shells: {
        '0': 'ASCEND building blocks (illustrative)',
      },
      tour: {
        '0': 'Study target for ~2035: a first 10 MW space data centre (shown as five 2 MW blocks; layout assumed).',
        '1': 'Study targets beyond: 200 MW by 2040 and 1 GW by 2050.',
      },
    },
    'vallado-00005': {
      title: 'SGP4 test: Vallado satellite 00005',
      summary: 'SGP4 check: Vanguard 1 from the Vallado verification set.',
      name: 'Vallado test satellite 00005',
      description:
        'Test scenario: Vanguard 1 (00005) from the SGP4 verification set of "Revisiting Spacetrack Report #3" (AIAA 2006-6753). At its element-set epoch SGP4 gives the TEME position (7022.46529266, −1400.08296755, 0.03995155) km.',
    },
  },
  stations: {
    beijing: 'Beijing',
    'hangzhou-zhejiang-lab': 'Hangzhou (Zhejiang Lab)',
    'chengdu-ada-space': 'Chengdu (ADA Space)',
    kashgar: 'Kashgar',
    'new-york': 'New York',
    london: 'London',
    'los-angeles': 'Los Angeles',
    madrid: 'Madrid',
    'beijing-ground-control': 'Beijing (ground control)',
    'miyun-relay-and-downlink-assumed': 'Miyun (relay and downlink; assumed)',
  },
  catalogs: {
    'test-2000-06-27': {
      title: 'SGP4 test: Vallado satellite 00005 (Vanguard 1)',
      note: 'Published test case (paper dated 2006-08-21), not a live catalogue; the snapshot date is the element-set epoch (2000 day 179.78).',
    },
    'starlink-2020-05-07': {
      title: 'Starlink (first 95 element sets of a CelesTrak file, epochs 2020-05-06/07)',
      note: 'Download time not recorded in the source; retrievedUtc is the newest element-set epoch. First 95 of about 420 element sets in the file.',
    },
    'starcloud-1-2026-07-26': {
      title:
        'Starcloud-1 (one element set, epoch 2026-07-26; provenance: cached copy of CelesTrak, unverified)',
      note: "Found in a public repository's cached record citing CelesTrak; repository not identified by the search index; not verified against CelesTrak. retrievedUtc is the element-set epoch.",
    },
  },
} as const;
