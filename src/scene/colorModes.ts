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
const GOOD: [number, number, number][] = [
  [0.27, 0.0, 0.33],
  [0.23, 0.32, 0.55],
  [0.13, 0.57, 0.55],
  [0.37, 0.79, 0.38],
  [0.99, 0.91, 0.15],
];
/** Cold → hot, turbo-like: no grey middle, so a spread of a few kelvin around room temperature shows. */
const HEAT: [number, number, number][] = [
  [0.19, 0.07, 0.23],
  [0.16, 0.56, 0.99],
  [0.4, 0.98, 0.45],
  [0.98, 0.73, 0.22],
  [0.72, 0.06, 0.02],
];
/** Deficit (red) ↔ balance (grey) ↔ surplus (green). */
const DIVERGING: [number, number, number][] = [
  [0.84, 0.19, 0.15],
  [0.96, 0.55, 0.38],
  [0.85, 0.85, 0.85],
  [0.55, 0.83, 0.5],
  [0.1, 0.6, 0.3],
];
/** Umbra → penumbra → sunlit (sunlight mode). */
const SUN: [number, number, number][] = [
  [1.0, 0.86, 0.3],
  [1.0, 0.7, 0.25],
  [0.85, 0.45, 0.3],
  [0.45, 0.35, 0.6],
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
