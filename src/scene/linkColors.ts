/**
 * Colours of links, ground links and routes, shared by the link shader (src/scene/linkLayer.ts)
 * and the legend in the UI. Colours are sRGB, written to the canvas as they are (like the
 * satellite palette), so the CSS strings here are exactly what is drawn.
 *
 * Up inter-satellite links are coloured by length over 0 … maxRangeKm with {@link LINK_RAMP}
 * (blue → violet → pink → amber, lightness rising from short to long: ordered with every common
 * colour-vision deficiency, which the old equal-lightness blue → violet stops were not — ΔE00 1.4
 * apart with protanopia, src/scene/palettes.test.ts; no green — ground links are pale green — and no
 * red — a broken link of the selected node is dashed red). Colouring by
 * one-way light time uses the same ramp: light time is length / c, so only the legend's units change.
 */

/** Ramp stops from 0 (short) to maxRangeKm (long), evenly spaced; CSS colours. */
export const LINK_RAMP: readonly string[] = ['#02629c', '#836bba', '#dc82a8', '#ffa97a', '#ffe98a'];

/** Station–satellite (ground) links that are up. */
export const GROUND_LINK_COLOR = '#b8f5c8';
/** A link of the selected node that is down (drawn faint and dashed). */
export const DOWN_LINK_COLOR = '#ff4d4d';
/** The highlighted route (thick, with dashes flowing from its first end to its last). */
export const ROUTE_COLOR = '#7af4ff';
/** Bright dashes of the route's flow. */
export const ROUTE_FLOW_COLOR = '#f2feff';
/** Ground station markers and their visibility cones. */
export const STATION_COLOR = '#b8f5c8';

/** sRGB 0–1 triple of a `#rrggbb` colour. */
export function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

/** CSS linear-gradient of {@link LINK_RAMP}, for legends (left = 0 km, right = maxRangeKm). */
export function linkRampCss(direction = '90deg'): string {
  const n = LINK_RAMP.length - 1;
  return `linear-gradient(${direction}, ${LINK_RAMP.map((c, i) => `${c} ${(i / n) * 100}%`).join(', ')})`;
}
