/** English strings of the "a11y" namespace (docs/i18n.md): what screen readers hear of the 3D view. */
export const a11y = {
  scene: {
    label: '3D view of the constellation',
    loading: 'Loading the scenario…',
    summary_one: '{{scenario}}: {{count, number}} satellite around Earth.',
    summary_other: '{{scenario}}: {{count, number}} satellites around Earth.',
    noSelection: 'No satellite is selected: choose one with the search box or the satellite list.',
    selected: 'Selected: {{name}}, shell {{shell}}.',
    selectedSunlight: 'Selected: {{name}}, shell {{shell}}, {{sunlight}}.',
  },
  sunlight: {
    sunlit: 'in sunlight',
    penumbra: 'in Earth’s partial shadow (penumbra)',
    umbra: 'in Earth’s full shadow (umbra)',
  },
  live: {
    eclipseIn: '{{name}} entered Earth’s shadow.',
    eclipseOut: '{{name}} is back in sunlight.',
    routeBroken: 'The route is broken: there is no path between its ends now.',
    routeRestored: 'The route is back.',
  },
} as const;
