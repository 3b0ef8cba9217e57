/** English strings of the "burden" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones. */
export const burden = {
  panel: {
    label: 'Earth burden',
    title: 'Earth burden',
    undo: 'Undo',
    undoName: 'Undo the last edit',
    redo: 'Redo',
    redoName: 'Redo the edit undone',
    close: 'Close the Earth-burden panel',
    introNamed:
      'Can <0>{{name}}</0> relieve Earth’s burden? The same compute in orbit and in a data centre on the ground, under assumptions you can change.',
    introAnon:
      'Can this constellation relieve Earth’s burden? The same compute in orbit and in a data centre on the ground, under assumptions you can change.',
    presets: 'Presets',
    changedOwn_one: 'You changed {{count, number}} of them.',
    changedOwn_other: 'You changed {{count, number}} of them.',
    computing: 'Running the budget over a sampled year…',
    flipsTitle: 'Where the answer flips',
    decidesTitle: 'What decides it',
    byShell: 'Compute delivered, by shell',
    assumptions: 'Assumptions',
    assumptionsLater: 'The assumptions appear with the first answer.',
  },
  rows: {
    payback: 'Carbon payback',
    lifetimeSub: 'lifetime {{years}}',
    itPower: 'Installed IT power',
    energy: 'Compute delivered a year',
    energySub: '{{share}} of installed × {{hours}} h, after eclipses, battery and heat',
    mass: 'Mass in orbit',
    orbitCo2: 'CO2e to build and launch',
    once: 'once per lifetime',
    groundEnergy: 'Ground energy a year',
    groundCo2: 'Ground CO2e a year',
    perMwh: 'kg CO2e per MWh',
    perMwhValue: '{{orbit}} orbit · {{ground}} ground',
    perMwhSub: 'over the lifetime; the ground’s includes its building',
    cost: 'Cost per MWh',
    costValue: '${{launch}} launch · ${{power}} power',
    costSub: 'orbit: launch only; ground: electricity with PUE',
    water: 'Ground water a year',
    waterSub: 'none in orbit',
    share: 'Share of world data-centre power',
    shareSub: 'of 415 TWh (2024) · of ≈ 945 TWh (2030), IEA',
  },
  quotes: {
    hyperscale_one:
      'This constellation equals <0>{{n}}</0> hyperscale data centre (100 MW of IT each, all year).',
    hyperscale_other:
      'This constellation equals <0>{{n}}</0> hyperscale data centres (100 MW of IT each, all year).',
    hyperscaleShare:
      'This constellation equals <0>{{share}}</0> of one hyperscale data centre (100 MW of IT, all year).',
    coal: 'Its launches emit what a 1 GW coal plant emits in <0>{{time}}</0>.',
  },
  units: {
    never: 'never',
    years_one: '{{n}} year',
    years_other: '{{n}} years',
    days_one: '{{n}} day',
    days_other: '{{n}} days',
    hours_one: '{{n}} hour',
    hours_other: '{{n}} hours',
    minutes_one: '{{n}} minute',
    minutes_other: '{{n}} minutes',
    satellites_one: '{{n}} satellite',
    satellites_other: '{{n}} satellites',
    yearsUnit: 'years',
  },
  verdict: {
    nothing: 'These {{sats}} deliver no compute in a year under this model, so there is nothing to compare.',
    once: 'Building and launching the {{sats}} ({{mass}} in orbit) emits {{co2}} CO2e once.',
    ground:
      'The same compute on the ground (PUE {{pue}}, grid {{grid}} kg CO2e/kWh) emits {{co2}} CO2e a year.',
    cleanGrid: 'On a grid that emits nothing the ground never catches up: orbit is the larger burden.',
    paysBack:
      'Orbit pays back its launch and manufacturing after {{time}}, within its {{life}}-year life: under these assumptions it relieves Earth’s burden.',
    never:
      'Orbit never pays back: the ground would need {{time}} to emit as much, longer than the {{life}}-year life. Under these assumptions orbit is the larger burden.',
  },
  field: {
    originTitle: 'where this value comes from',
    yourValue: 'your value',
    default: 'default',
    assumed: 'assumed',
    resetTitle: 'Back to the {{base}} value',
    resetName: 'Reset {{label}}',
    problemNaN: '{{label}}: not a number.',
    problemRange: '{{label}} must be between {{min}} and {{max}}{{unit}}.',
    baseLine: '{{base}}: {{value}}{{unit}}.',
    basePerKw: '{{base}}: {{perKw}} kg per kW × {{kw}} kW = {{value}}{{unit}}.',
    listLabel: 'Assumptions',
  },
  fields: {
    pue: { label: 'Ground PUE', what: 'power usage effectiveness: facility energy ÷ IT energy' },
    gridKgCo2ePerKwh: { label: 'Grid carbon', what: 'emissions of the grid the ground data centre draws on' },
    wueLPerKwh: { label: 'Ground water', what: 'water used on site per kWh of IT energy' },
    groundEmbodiedKgCo2ePerKw: {
      label: 'Ground embodied',
      what: 'building, power and cooling plant per kW of IT, over its life',
    },
    massKgPerNode: {
      label: 'Mass per satellite',
      what: 'launched mass of one node (default: kg per kW of compute × the mean node load)',
    },
    launchKgCo2ePerKg: { label: 'Launch emissions', what: 'CO2e of launching one kg to low orbit' },
    manufacturingKgCo2ePerKg: { label: 'Manufacturing', what: 'CO2e of building one kg of spacecraft' },
    lifetimeYears: { label: 'Lifetime', what: 'years the satellites compute before they are replaced' },
    launchUsdPerKg: { label: 'Launch price', what: 'price of launching one kg to low orbit' },
    electricityUsdPerMwh: { label: 'Electricity price', what: 'what the ground data centre pays per MWh' },
  },
  bases: {
    defaults: {
      label: 'Defaults',
      origin: 'defaults',
      summary:
        'Middle-of-the-road figures: the average data centre on the average grid against a mid-2030s launch.',
    },
    proponents: {
      label: 'Proponents',
      origin: 'proponents',
      summary:
        'Starcloud’s white paper and a fully reused Starship, against the average data centre on a coal-heavy grid.',
    },
    critics: {
      label: 'Critics',
      origin: 'critics',
      summary:
        'Published launch-emission estimates and ISS-based mass benchmarks, against an efficient hyperscale data centre on the EU grid.',
    },
  },
  notes: {
    defaults: {
      pue: 'average annual PUE reported for respondents’ largest data centre, 2024',
      gridKgCo2ePerKwh: 'world average 2023: 481 gCO2e/kWh',
      wueLPerKwh: 'the commonly quoted average on-site water use, ≈ 1.8 L/kWh',
      groundEmbodiedKgCo2ePerKw:
        'order of 1 t CO2e per kW of IT for shell, power and cooling plant over the building’s life',
      launchKgCo2ePerKg:
        'Falcon 9 (RP-1 kerosene/LOX): ≈ 145 t RP-1 × 3.1 kg CO2/kg ≈ 450 t CO2 for ≈ 17.5 t to LEO, booster recovered; combustion only, within the published 25–44',
      manufacturingKgCo2ePerKg:
        'between a mass-produced spacecraft costed as its materials (≈ 25) and bespoke, test-heavy builds',
      lifetimeYears: 'TPUs radiation-tested for a 5-year mission',
      launchUsdPerKg: 'learning-curve projection: ≲ $200/kg by the mid-2030s',
      electricityUsdPerMwh: 'US average industrial price ≈ 8 ¢/kWh',
      kgPerKw: '~100 kW of compute per tonne of satellite',
    },
    proponents: {
      pue: 'the average ground PUE proponents set against PUE ≈ 1 in orbit',
      gridKgCo2ePerKwh:
        'China 2023: 582 gCO2e/kWh, the grid the Chinese plans would relieve (choice assumed)',
      wueLPerKwh: 'the commonly quoted average on-site water use, ≈ 1.8 L/kWh; none in orbit',
      groundEmbodiedKgCo2ePerKw: 'a heavy build: 2 t CO2e per kW of IT',
      launchKgCo2ePerKg:
        'Starship (methane/LOX): ≈ 977 t CH4 × 2.75 ≈ 2,690 t CO2 for ≈ 150 t to LEO, fully reused; combustion only',
      manufacturingKgCo2ePerKg: 'mass-produced like electronics: ORACLE’s 24.85 kg CO2e/kg',
      lifetimeYears: 'the 40 MW cluster is costed over 10 years',
      launchUsdPerKg: '$30/kg with a reused Starship',
      electricityUsdPerMwh: '$140M of energy for 40 MW over 10 years ≈ $40/MWh',
      kgPerKw: '40 MW in one ≈ 100 t launch: 2.5 kg per kW',
    },
    critics: {
      pue: 'what an efficient hyperscale operator achieves',
      gridKgCo2ePerKwh:
        'EU 2023 (Ember): 244 gCO2e/kWh, the European ground ASCEND weighed orbit against (choice assumed)',
      wueLPerKwh: 'a new build with closed-loop or dry cooling (assumed, well below the 1.8 L/kWh average)',
      groundEmbodiedKgCo2ePerKw: 'a lean build: 0.5 t CO2e per kW of IT',
      launchKgCo2ePerKg: 'upper end of published estimates, 25–44 kg CO2e per kg to orbit',
      manufacturingKgCo2ePerKg:
        'space-qualified hardware with qualification and test campaigns: 10 × ORACLE’s electronics factor',
      lifetimeYears: '5-year radiation test; low orbits decay and hardware ages',
      launchUsdPerKg: 'Falcon Heavy ≈ $1,500/kg (2021 dollars); Falcon 9 ≈ $2,600/kg',
      electricityUsdPerMwh: 'US wholesale ≈ $0.045/kWh, as the white paper itself quotes',
      kgPerKw: 'up to 22 launches of ≈ 100 t for 40 MW, from ISS array and radiator benchmarks',
    },
  },
  grid: {
    label: 'Grid carbon <0>{{value}}</0> kg CO2e/kWh',
    setTo: 'Set the grid to {{label}}, {{value}} kg CO2e/kWh',
    tickTitle: '{{label}}: {{value}} kg CO2e/kWh — {{source}}',
    flipTitle: 'where the answer flips',
    nothing: 'Nothing to compare: the constellation delivers no compute.',
    dirtier:
      'Orbit pays back within its life only on grids dirtier than {{flip}} kg CO2e/kWh — dirtier than any real grid.',
    flips:
      'The answer flips at {{flip}} kg CO2e/kWh: on cleaner grids (orange) orbit never pays back within its life, on dirtier ones (blue) it does.',
    refs: {
      france: { label: 'Low-carbon grid (France)', abbr: 'FR' },
      eu: { label: 'EU', abbr: 'EU' },
      usa: { label: 'USA', abbr: 'US' },
      world: { label: 'World', abbr: 'World' },
      china: { label: 'China', abbr: 'CN' },
    },
  },
  tornado: {
    title: 'Sensitivity of the payback to each assumption',
    paysBack: 'pays back',
    neverPaysBack: 'never pays back',
    never: 'never',
    barTitle: '{{label}}: {{low}} → payback {{atLow}} of the life; {{high}} → {{atHigh}}',
    caption:
      'Payback ÷ lifetime (log scale; 1× = pays back exactly at the end of its life). Each bar spans the assumption from its lowest to its highest sourced value, the others as now; the thick end is the low value, the dashed line is now.',
    summaryNow: 'Now the payback takes {{now}} of the lifetime ({{verdict}}).',
    summaryBar:
      '{{label}} from {{low}} to {{high}}{{unit}}: payback {{atLow}} to {{atHigh}} of the lifetime.',
    summaryHead: 'Widest first:',
  },
  how: {
    title: 'How is this computed?',
    intro:
      'One model (<0>src/sim/burden.ts</0>), the same in this panel and in <1>{{cmd}}</1>. N is the number of satellites, E the compute energy they deliver in a year, a year is {{hours}} h.',
    energyTitle: 'The year’s compute energy E',
    energy:
      'From the app’s own budget runner, so eclipses, the battery floor and heat throttling are in it: a dawn-dusk orbit delivers more per kilogram than a 53° one.',
    energySampled:
      '{{nodes}} satellites spread over the shells (in proportion to their size, across their planes) are run through {{days}} windows of {{windowH}} h spread over the year from the epoch, each after a {{warmupH}} h warm-up from a full battery, in {{stepS}} s steps. The mean fraction of the compute load that ran, per shell, times its installed power times {{hours}} h gives E. Sampling three times as many days or nodes changes E by less than 0.1 % on the built-in scenarios.',
    energyPending: 'It is being computed by the budget worker.',
    orbitTitle: 'Orbit (once per lifetime)',
    orbit1: 'mass = N × massKgPerNode (default: kg per kW of compute × the mean node load)',
    orbit2: 'CO2e = mass × (launch + manufacturing kg CO2e per kg); nothing per year (no grid in orbit)',
    orbit3:
      'kg CO2e per MWh = CO2e ÷ (E × lifetime); launch cost per MWh = mass × launch price ÷ (E × lifetime)',
    groundTitle: 'Ground, for the same compute',
    ground1: 'energy = E × PUE; CO2e a year = energy × grid (MWh × kg/kWh = t)',
    ground2: 'kg CO2e per MWh = PUE × grid × 1000 + embodied per kW × IT power ÷ (E × lifetime)',
    ground3: 'water = E × WUE (MWh × L/kWh = m³); electricity cost per MWh of IT = price × PUE',
    answerTitle: 'The answer',
    answer1:
      'carbon payback = orbit CO2e ÷ ground CO2e a year: how long the ground data centre runs before it has emitted what the orbital one cost up front. Longer than the lifetime: orbit is the larger burden.',
    answer2: 'the grid where the answer flips = orbit CO2e ÷ (ground energy × lifetime)',
    answer3:
      'share of the world’s data-centre electricity = ground energy ÷ {{twh2024}} TWh (2024) or ÷ {{twh2030}} TWh (2030) — <0>{{source}}</0>',
    answer4:
      'hyperscale data centres = E ÷ ({{mw}} MW × {{hours}} h); a hyperscale data centre is taken as {{mw}} MW of IT (assumed; the IEA likens a typical AI-focused one to 100,000 households)',
    answer5:
      'coal-plant days = launch CO2e (mass × launch kg CO2e per kg) ÷ {{tPerDay}} t a day: a {{plantMw}} MW plant at full output (assumed) at {{gPerKwh}} g CO2e/kWh — <0>{{source}}</0>',
    leftTitle: 'Left out',
    left: 'Re-entry (alumina, nitrogen oxides) and the black carbon and water vapour rockets leave high in the atmosphere, whose warming per kilogram can be far larger than CO2 at ground level; replacing satellites that fail early; ground stations and the links to them; the IT hardware itself, needed in both places (it is in the spacecraft’s mass, and in the ground’s embodied figure only as far as you put it there). Critics and proponents are quoted with their own numbers: see each assumption’s source.',
  },
} as const;
