/**
 * The part of the "budget" namespace the first view reads (sunlight words, the colour legend, why
 * compute is shed): bundled with the app; the rest of locales/en/budget.ts is merged in when the
 * panels load (src/i18n/i18n.ts, docs/i18n.md).
 */
export const budgetLegend = {
  sun: {
    sunlit: 'Sunlit',
    umbra: 'Umbra (Earth’s full shadow)',
    penumbra: 'Penumbra',
    penumbraHidden: 'Penumbra: {{pct}} of the Sun hidden',
    flux: 'Sun {{flux}}',
    fluxTitle: 'Solar flux at the satellite’s distance from the Sun (1,361 W/m² at 1 AU)',
    short: {
      sunlit: 'Sunlit',
      umbra: 'Umbra',
      penumbra: 'Penumbra',
    },
  },
  reason: {
    shedDark:
      'No compute now: in Earth’s shadow the panels give nothing and the battery is down to its floor ({{reserve}} kept in reserve), so all compute is shed. The bus ({{bus}}) stays on.',
    shedBelowFloor:
      'No compute now: the battery is below its floor ({{reserve}} kept in reserve) and must refill it first, so all compute is shed. The bus ({{bus}}) stays on.',
    shedPartial:
      'Battery at its floor ({{reserve}} kept in reserve): compute is cut to what the panels give beyond the bus.',
    heat: 'Above {{max}}: compute throttled (to 0 at {{zero}}).',
    undersized:
      'Even in full sunlight the panels ({{gen}}) cannot carry the whole load ({{load}}), so the battery runs down to its floor every orbit.',
  },
  legend: {
    label: 'Colours',
    colourBy: 'Colour by',
    shellOnly: 'Colour: shell (dimmed in Earth’s shadow)',
    ramp: '{{label}} from {{min}} to {{max}}',
    sampled:
      'Sampled: 1 in {{stride}} satellites is budgeted; the others show the colour of the budgeted satellite numbered just before them (usually in the same plane). A selected satellite’s own budget is always computed exactly.',
    showShadow: 'Show Earth’s shadow',
    modes: {
      shell: { label: 'Shell', description: 'Colour by shell; satellites in Earth’s shadow are dimmed.' },
      sunlight: {
        label: 'Sunlight',
        description:
          'Fraction of the Sun’s disc hidden by Earth: 0 sunlit, between 0 and 1 penumbra, 1 umbra (conical shadow).',
      },
      battery: { label: 'Battery', description: 'Battery state of charge.' },
      temperature: { label: 'Temperature', description: 'Lumped node temperature.' },
      compute: {
        label: 'Compute available',
        description:
          'Share of the compute load that can run (reduced at the battery floor or above the temperature limit).',
      },
      margin: {
        label: 'Power margin',
        description: 'Generated minus consumed power: negative while the battery carries the load.',
      },
    },
  },
} as const;
