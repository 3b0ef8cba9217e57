/**
 * Pieces the uPlot charts share (BudgetCharts, RouteChart): colours and fonts, UTC time labels, the
 * axis builders, the options every chart has, the shaded time spans under the series, the dashed
 * "now" line over them, and following the container's width. It imports uPlot, so only the lazily
 * loaded chart modules may import it: uPlot stays out of the startup bundle.
 */
import uPlot from 'uplot';
import { t } from '../i18n/i18n';

const AXIS = '#9aa8bf';
const GRID = 'rgba(255, 255, 255, 0.08)';
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const NOW_STROKE = 'rgba(255, 255, 255, 0.9)';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Unix seconds → "hh:mm" UTC. */
export const hhmm = (s: number) => {
  const d = new Date(s * 1000);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
};

/** uPlot's `tzDate` for UTC: the axes and legend read in UTC whatever the browser's time zone. */
export const utcTz = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

/** A legend value formatter: `v` with `digits` decimals and ` unit`, "—" when missing. */
export const fmtVal = (digits: number, unit: string) => (_u: uPlot, v: number | null) =>
  v == null || !Number.isFinite(v) ? '—' : `${v.toFixed(digits)} ${unit}`;

/** The x (time, Unix seconds) series, its legend value written by `fmt`. */
export const timeSeries = (label: string, fmt: (s: number) => string): uPlot.Series => ({
  label,
  value: (_u, v) => (v == null ? '—' : fmt(v)),
});

/** A time axis along the bottom, its ticks written by `values` (Unix seconds → text). */
export const xAxis = (values: (s: number) => string, label: string): uPlot.Axis => ({
  stroke: AXIS,
  font: FONT,
  labelFont: LABEL_FONT,
  grid: { stroke: GRID, width: 1 },
  ticks: { stroke: GRID, width: 1, size: 4 },
  values: (_u, splits) => splits.map(values),
  label,
  labelSize: 14,
  labelGap: 0,
  size: 34,
  space: 55,
});

/** A value axis for `scale`: left (side 3) or right (1), with or without grid lines, `size` px wide. */
export const yAxis = (scale: string, label: string, side: 1 | 3 = 3, grid = true, size = 42): uPlot.Axis => ({
  scale,
  side,
  stroke: AXIS,
  font: FONT,
  labelFont: LABEL_FONT,
  grid: { show: grid, stroke: GRID, width: 1 },
  ticks: { stroke: GRID, width: 1, size: 4 },
  label,
  labelSize: 16,
  size,
  space: 28,
});

/** The options every chart has: its size, UTC dates, a cursor that does not zoom, a live legend. */
export const baseOptions = (
  width: number,
  height: number,
  hooks: uPlot.Options['hooks'],
): Pick<uPlot.Options, 'width' | 'height' | 'tzDate' | 'cursor' | 'hooks' | 'legend'> => ({
  width,
  height,
  tzDate: utcTz,
  cursor: { drag: { x: false, y: false }, points: { size: 6 } },
  hooks,
  legend: { live: true },
});

/** A time span in Unix milliseconds. */
export interface Span {
  fromMs: number;
  toMs: number;
}

/**
 * Shades each span over the plot's full height, clipped to the plot, with `fill` (one colour, or
 * one per span); a span narrower than `minPx` (canvas px) is widened to it. For a `drawClear` hook,
 * so that the grid and series draw over it.
 */
export function shadeSpans<S extends Span>(
  u: uPlot,
  spans: readonly S[],
  fill: string | ((span: S) => string),
  minPx = 0,
): void {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  for (const s of spans) {
    const x0 = Math.max(left, u.valToPos(s.fromMs / 1000, 'x', true));
    const x1 = Math.min(left + width, u.valToPos(s.toMs / 1000, 'x', true));
    if (!(x1 > x0)) continue;
    ctx.fillStyle = typeof fill === 'string' ? fill : fill(s);
    ctx.fillRect(x0, top, Math.max(minPx, x1 - x0), height);
  }
  ctx.restore();
}

/**
 * Draws the dashed vertical "now" line, labelled "now", at `tSec` (Unix seconds) when it lies in the
 * plot; the label flips to the line's left near the right edge. For a `draw` hook.
 */
export function drawNow(u: uPlot, tSec: number): void {
  const x = u.valToPos(tSec, 'x', true);
  const { left, top, width, height } = u.bbox;
  if (!(x >= left && x <= left + width)) return;
  const { ctx } = u;
  const px = uPlot.pxRatio || 1;
  ctx.save();
  ctx.strokeStyle = NOW_STROKE;
  ctx.lineWidth = 1.5 * px;
  ctx.setLineDash([4 * px, 3 * px]);
  ctx.beginPath();
  ctx.moveTo(Math.round(x) + 0.5, top);
  ctx.lineTo(Math.round(x) + 0.5, top + height);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = NOW_STROKE;
  ctx.font = `${11 * px}px system-ui, sans-serif`;
  ctx.textAlign = x > left + width - 40 * px ? 'right' : 'left';
  ctx.fillText(t('common:chart.now'), x + (ctx.textAlign === 'right' ? -4 : 4) * px, top + 12 * px);
  ctx.restore();
}

/** The width for a chart in `el`: the container's, at least 120 px. */
export const chartWidth = (el: HTMLElement) => Math.max(120, el.clientWidth);

/** Keeps `u` as wide as `el` (ResizeObserver), height unchanged; returns the function that stops it. */
export function followWidth(u: uPlot, el: HTMLElement): () => void {
  const ro = new ResizeObserver(() => {
    const w = chartWidth(el);
    if (Math.abs(w - u.width) >= 1) u.setSize({ width: w, height: u.height });
  });
  ro.observe(el);
  return () => ro.disconnect();
}
