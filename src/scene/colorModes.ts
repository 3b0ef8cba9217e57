/**
 * How satellites can be coloured (issue: recolour the constellation by any budget quantity). Each
 * budget mode maps one value per node through a colour ramp between `min` and `max`; the legend
 * shows the same ramp with these labels. Ramp stops are sRGB 0–1.
 */
import type { ColorMode } from '../state/store';

export type { ColorMode };

export interface ColorScale {
  mode: ColorMode;
  label: string;
  /** Channel in the budgets texture (src/worker/protocol BUDGET_FLOATS_PER_NODE layout), −1 for none. */
  channel: number;
  min: number;
  max: number;
  /** Formats a value of this quantity for the legend. */
  format: (v: number) => string;
  /** Ramp colour stops from min to max (5 stops). */
  stops: [number, number, number][];
  description: string;
}

/** Perceptually ordered ramp (viridis-like), for quantities where more is better. */
export const GOOD: [number, number, number][] = [
  [0.27, 0.0, 0.33],
  [0.23, 0.32, 0.55],
  [0.13, 0.57, 0.55],
  [0.37, 0.79, 0.38],
  [0.99, 0.91, 0.15],
];
/**
 * Cold → hot, plasma-like (violet → rose → orange → pale yellow), lightness rising all the way: no
 * grey middle, so a spread of a few kelvin shows, and it stays ordered under every colour-vision
 * deficiency (the turbo-like ramp it replaces put green next to amber: ΔE00 7.9 with deuteranopia).
 * Checked in src/scene/palettes.test.ts.
 */
export const HEAT: [number, number, number][] = [
  [0.33, 0.18, 0.53],
  [0.64, 0.28, 0.52],
  [0.88, 0.44, 0.42],
  [0.99, 0.69, 0.33],
  [0.96, 0.97, 0.51],
];
/**
 * Deficit (orange) ↔ balance (grey) ↔ surplus (blue). Not red ↔ green: with deuteranopia the two ends
 * of the red–green ramp it replaces were ΔE00 9.7 apart (src/scene/palettes.test.ts).
 */
export const DIVERGING: [number, number, number][] = [
  [0.84, 0.37, 0.0],
  [0.96, 0.64, 0.35],
  [0.85, 0.85, 0.85],
  [0.5, 0.7, 0.88],
  [0.18, 0.45, 0.76],
];
/**
 * Sunlit (0, yellow) → penumbra (orange, rose) → umbra (1, blue) (sunlight mode). The first penumbra
 * stop is a deeper orange than before (ΔE00 6.8 from sunlit with deuteranopia; now ≥ 8). The legend
 * names the three states too, so colour is not the only cue.
 */
export const SUN: [number, number, number][] = [
  [1.0, 0.88, 0.3],
  [1.0, 0.62, 0.2],
  [0.85, 0.4, 0.35],
  [0.5, 0.3, 0.62],
  [0.25, 0.35, 0.85],
];

export const COLOR_SCALES: Record<ColorMode, ColorScale> = {
  shell: {
    mode: 'shell',
    label: 'Shell',
    channel: -1,
    min: 0,
    max: 1,
    format: () => '',
    stops: GOOD,
    description: 'Colour by shell; satellites in Earth’s shadow are dimmed.',
  },
  sunlight: {
    mode: 'sunlight',
    label: 'Sunlight',
    channel: -1,
    min: 0,
    max: 1,
    format: (v) => (v <= 0 ? 'sunlit' : v >= 1 ? 'umbra' : 'penumbra'),
    stops: SUN,
    description:
      'Fraction of the Sun’s disc hidden by Earth: 0 sunlit, between 0 and 1 penumbra, 1 umbra (conical shadow).',
  },
  battery: {
    mode: 'battery',
    label: 'Battery',
    channel: 0,
    min: 0,
    max: 1,
    format: (v) => `${Math.round(v * 100)} %`,
    stops: GOOD,
    description: 'Battery state of charge.',
  },
  temperature: {
    mode: 'temperature',
    label: 'Temperature',
    channel: 1,
    min: 253,
    max: 353,
    format: (v) => `${Math.round(v - 273.15)} °C`,
    stops: HEAT,
    description: 'Lumped node temperature.',
  },
  compute: {
    mode: 'compute',
    label: 'Compute available',
    channel: 2,
    min: 0,
    max: 1,
    format: (v) => `${Math.round(v * 100)} %`,
    stops: GOOD,
    description:
      'Share of the compute load that can run (reduced at the battery floor or above the temperature limit).',
  },
  margin: {
    mode: 'margin',
    label: 'Power margin',
    channel: 3,
    min: -15000,
    max: 15000,
    format: (v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v / 1000).toFixed(0)} kW`,
    stops: DIVERGING,
    description: 'Generated minus consumed power: negative while the battery carries the load.',
  },
};

/** CSS linear-gradient of a scale's ramp, for legends. */
export function rampCss(scale: ColorScale): string {
  const stops = scale.stops.map(
    (c, i) => `rgb(${c.map((x) => Math.round(x * 255)).join(',')}) ${(i / (scale.stops.length - 1)) * 100}%`,
  );
  return `linear-gradient(90deg, ${stops.join(', ')})`;
}
