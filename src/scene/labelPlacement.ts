/**
 * Where each ground-station label goes so that labels do not cover each other or another station's
 * marker: right of its marker if that is free, else left, above or below, else wherever it covers
 * least (greedy, in list order). Screen pixels, y down. Pure: src/scene/stationLayer.ts calls it each
 * frame with the stations on the near side of the Earth.
 */

/** Right, left, above, below. */
export type LabelSide = 0 | 1 | 2 | 3;

/** Most labels placed this way per frame; beyond it every label goes right (O(n²) per frame). */
export const MAX_PLACED_LABELS = 64;

/** Box of a label of width `w` and height `h` on `side` of the point (x, y), `gap` from its centre. */
function box(side: number, x: number, y: number, w: number, h: number, gap: number, out: Float64Array): void {
  if (side === 0) out.set([x + gap, y - h / 2, x + gap + w, y + h / 2]);
  else if (side === 1) out.set([x - gap - w, y - h / 2, x - gap, y + h / 2]);
  else if (side === 2) out.set([x - w / 2, y - gap - h, x + w / 2, y - gap]);
  else out.set([x - w / 2, y + gap, x + w / 2, y + gap + h]);
}

const overlap = (a: Float64Array, b0: number, b1: number, b2: number, b3: number): number =>
  Math.max(0, Math.min(a[2]!, b2) - Math.max(a[0]!, b0)) *
  Math.max(0, Math.min(a[3]!, b3) - Math.max(a[1]!, b1));

const candidate = new Float64Array(4);

/**
 * Chooses a side for each of the first `n` labels. `x`, `y`: the points (px); `w`: label widths (px);
 * `h`: label height (px); `gap`: from a point to its label, also a marker's half-size; `placed`:
 * scratch of at least 4·n; `out`: the sides. Labels beyond {@link MAX_PLACED_LABELS} go right.
 */
export function placeLabels(
  n: number,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  h: number,
  gap: number,
  placed: Float64Array,
  out: Uint8Array,
): void {
  if (n > MAX_PLACED_LABELS) {
    out.fill(0, 0, n);
    return;
  }
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestCover = Infinity;
    for (let side = 0; side < 4 && bestCover > 0; side++) {
      box(side, x[i]!, y[i]!, w[i]!, h, gap, candidate);
      let cover = 0;
      for (let j = 0; j < i; j++)
        cover += overlap(
          candidate,
          placed[4 * j]!,
          placed[4 * j + 1]!,
          placed[4 * j + 2]!,
          placed[4 * j + 3]!,
        );
      for (let j = 0; j < n; j++)
        if (j !== i) cover += overlap(candidate, x[j]! - gap, y[j]! - gap, x[j]! + gap, y[j]! + gap);
      if (cover < bestCover) {
        bestCover = cover;
        best = side;
      }
    }
    box(best, x[i]!, y[i]!, w[i]!, h, gap, candidate);
    placed.set(candidate, 4 * i);
    out[i] = best;
  }
}
