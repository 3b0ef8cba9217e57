/**
 * Charts of the selected node's budget (uPlot): power and battery, temperature, and β angle with
 * eclipse minutes over a year. Eclipse intervals are shaded from the root-found events; a "now"
 * line moves at 4 Hz by redrawing the existing charts (never re-creating them). Steps where compute
 * was shed at the battery floor are hatched and labelled on the power chart. Charts follow their
 * container's width (ResizeObserver; "Wider charts" widens the column), are re-created when the
 * language changes, and are destroyed on unmount. Each has a text summary (chartSummary.ts) as its
 * accessible name and under "Text summary".
 */
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { NodeSeriesData } from '../../../state/store';
import type { NodeParamsOut } from '../../../scenario/types';
import type { EngineLike } from './BudgetPanel';
import { sampleTimeMs } from './seriesAt';
import { eclipseBands, type EclipseBand } from './sunlight';
import { powerStats, shedIntervals, tempStats, yearStats, type IntervalMs } from './chartSummary';
import { powerSummaryText, tempSummaryText, yearSummaryText } from './chartSummaryText';
import { fmtKm, fmtNumber, intlLocale } from '../../format';
import { t as tr } from '../../../i18n/i18n';
import type { SeriesField } from '../../../sim/nodeSeries';
import { noEclipseBetaRad } from '../../../sim/beta';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from '../../../sim/constants';
import {
  baseOptions,
  chartWidth,
  drawNow,
  followWidth,
  hhmm,
  shadeSpans,
  timeSeries,
  xAxis,
  yAxis,
} from '../../chartParts';

const C_GEN = '#ffb833';
const C_LOAD = '#5ac8ff';
const C_SOC = '#7ee081';
const C_TEMP = '#ff9a6b';
const C_LIMIT = '#ff6b6b';
const C_BETA = '#c79bff';
const C_ECL = '#5ac8ff';
const UMBRA_FILL = 'rgba(110, 130, 190, 0.32)';
const PENUMBRA_FILL = 'rgba(110, 130, 190, 0.15)';
const SHED_STROKE = 'rgba(255, 107, 107, 0.55)';
const SHED_LABEL = '#ff8f8f';

/** Unix seconds → "Jun 1" / "6月1日" (UTC, the language in use). */
const monthDay = (s: number) =>
  new Date(s * 1000).toLocaleDateString(intlLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A legend value formatter: `v` with `digits` decimals (the language's digits) and ` unit`, "—" when missing. */
const fmtVal = (digits: number, unit: string) => (_u: uPlot, v: number | null) =>
  v == null || !Number.isFinite(v) ? '—' : `${fmtNumber(v, digits)} ${unit}`;

interface Live {
  nowMs: number;
  bands: EclipseBand[];
  shed: IntervalMs[];
}

/**
 * Hatches each shed interval over the plot (diagonal lines: a shape, not only a colour) and labels it
 * "compute shed" at the top where it is wide enough. For a `drawClear` hook.
 */
function drawShed(u: uPlot, shed: readonly IntervalMs[]): void {
  if (shed.length === 0) return;
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  const px = uPlot.pxRatio || 1;
  const label = tr('budget:charts.shedLabel');
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.font = `${10.5 * px}px system-ui, sans-serif`;
  for (const s of shed) {
    const x0 = Math.max(left, u.valToPos(s.fromMs / 1000, 'x', true));
    const x1 = Math.min(left + width, u.valToPos(s.toMs / 1000, 'x', true));
    if (!(x1 > x0)) continue;
    ctx.strokeStyle = SHED_STROKE;
    ctx.lineWidth = 1 * px;
    ctx.beginPath();
    const gap = 6 * px;
    for (let x = x0 - height; x < x1; x += gap) {
      ctx.moveTo(Math.max(x, x0), top + Math.max(0, x0 - x));
      const xe = Math.min(x + height, x1);
      ctx.lineTo(xe, top + (xe - x));
    }
    ctx.stroke();
    ctx.fillStyle = SHED_LABEL;
    const w = ctx.measureText(label).width;
    if (x1 - x0 > w + 4 * px) {
      ctx.textAlign = 'center';
      ctx.fillText(label, (x0 + x1) / 2, top + height - 4 * px);
    }
  }
  ctx.restore();
}

/** Plugin hooks: eclipse bands (and shed hatching) under everything, the "now" line over it. */
function overlayHooks(live: RefObject<Live>, withBands: boolean, withShed = false): uPlot.Options['hooks'] {
  return {
    drawClear: [
      (u) => {
        if (withBands)
          shadeSpans(u, live.current.bands, (b) => (b.kind === 'umbra' ? UMBRA_FILL : PENUMBRA_FILL), 1);
        if (withShed) drawShed(u, live.current.shed);
      },
    ],
    draw: [(u) => drawNow(u, live.current.nowMs / 1000)],
  };
}

/** A uPlot chart in a container that follows its width. `data` updates go through setData. */
function useUplot(
  container: RefObject<HTMLDivElement | null>,
  makeOpts: (width: number) => uPlot.Options,
  data: uPlot.AlignedData,
  charts: RefObject<Set<uPlot>>,
): void {
  const chart = useRef<uPlot | null>(null);
  const latest = useRef({ makeOpts, data });
  latest.current = { makeOpts, data };

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const u = new uPlot(latest.current.makeOpts(chartWidth(el)), latest.current.data, el);
    chart.current = u;
    const set = charts.current;
    set.add(u);
    const stopFollowing = followWidth(u, el);
    return () => {
      stopFollowing();
      set.delete(u);
      u.destroy();
      chart.current = null;
    };
  }, [container, charts]);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);
}

/** Values of `field` at the x grid of the series (battery and temperature are end-of-step values). */
function alignedField(s: NodeSeriesData, field: SeriesField, scale: number, offset = 0): Float64Array {
  const v = s.fields[field];
  const n = s.count;
  const out = new Float64Array(n);
  const shift = sampleTimeMs(s, field, 0) > s.startMs ? 1 : 0;
  for (let k = 0; k < n; k++) {
    const j = Math.max(0, Math.min(n - 1, k - shift));
    out[k] = v[j] * scale + offset;
  }
  return out;
}

/** Index of the sample of sorted `xs` nearest to `x`, −1 when empty. */
function nearestIdx(xs: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0 || !Number.isFinite(x)) return -1;
  let lo = 0,
    hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[hi] - x) < Math.abs(xs[lo] - x) ? hi : lo;
}

const chartHeight = () => (typeof window !== 'undefined' && window.innerWidth <= 700 ? 130 : 160);

export function BudgetCharts({
  engine,
  series,
  node,
  wide = false,
  onWide,
}: {
  engine: EngineLike;
  series: NodeSeriesData;
  node: NodeParamsOut;
  /** The column is widened for the charts ("Wider charts"). */
  wide?: boolean;
  onWide?: () => void;
}) {
  const { t, i18n } = useTranslation('budget');
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth > 700);
  return (
    <div className="budget-charts">
      <div className="budget-charts-bar">
        <button className="budget-charts-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {/* eslint-disable-next-line i18next/no-literal-string -- a disclosure triangle, hidden from screen readers */}
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('charts.toggle')}
        </button>
        {open && onWide && (
          <button
            className="budget-wide"
            aria-pressed={wide}
            onClick={onWide}
            title={t('panel.widerTitle')}
            data-testid="budget-wide"
          >
            {wide ? t('panel.narrower') : t('panel.wider')}
          </button>
        )}
      </div>
      {/* Re-created when the language changes: uPlot bakes its labels in. */}
      {open && <Charts key={i18n.language} engine={engine} series={series} node={node} />}
    </div>
  );
}

/** A chart's figure: caption, the canvas (named by its text summary), and the summary on demand. */
function ChartFigure({
  caption,
  summary,
  canvas,
  testId,
  children,
}: {
  caption: string;
  summary: string;
  canvas: RefObject<HTMLDivElement | null>;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('budget');
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <div ref={canvas} className="chart-canvas" role="img" aria-label={summary} />
      {children}
      <details className="chart-summary">
        <summary>{t('charts.showSummary')}</summary>
        <p className="small" data-testid={`${testId}-summary`}>
          {summary}
        </p>
      </details>
    </figure>
  );
}

function Charts({
  engine,
  series,
  node,
}: {
  engine: EngineLike;
  series: NodeSeriesData;
  node: NodeParamsOut;
}) {
  const { t } = useTranslation('budget');
  const live = useRef<Live>({ nowMs: engine.clock.now(), bands: [], shed: [] });
  const charts = useRef(new Set<uPlot>());
  const powerEl = useRef<HTMLDivElement>(null);
  const tempEl = useRef<HTMLDivElement>(null);

  const endMs = series.startMs + series.count * series.stepS * 1000;
  const bands = useMemo(
    () =>
      eclipseBands(
        series.events,
        series.startMs,
        endMs,
        series.fields.shadow[0] >= 0.999 ? 'umbra' : undefined,
      ),
    [series, endMs],
  );
  const shed = useMemo(() => shedIntervals(series, node.computeLoadW), [series, node.computeLoadW]);
  const powerSummary = useMemo(
    () => powerSummaryText(powerStats(series, bands, shed)),
    [series, bands, shed],
  );
  const tempSummary = useMemo(
    () => tempSummaryText(tempStats(series, node.maxTempK)),
    [series, node.maxTempK],
  );

  const { powerData, tempData } = useMemo(() => {
    const n = series.count;
    const x = new Float64Array(n);
    for (let k = 0; k < n; k++) x[k] = (series.startMs + k * series.stepS * 1000) / 1000;
    const limit = new Float64Array(n).fill(node.maxTempK - 273.15);
    return {
      powerData: [
        x,
        alignedField(series, 'powerGenW', 1e-3),
        alignedField(series, 'loadW', 1e-3),
        alignedField(series, 'soc', 100),
      ] as uPlot.AlignedData,
      tempData: [x, alignedField(series, 'tempK', 1, -273.15), limit] as uPlot.AlignedData,
    };
  }, [series, node.maxTempK]);

  const yearData = useMemo(() => {
    const y = series.year;
    if (!y) return null;
    return [
      Float64Array.from(y.tMs, (t) => t / 1000),
      Float64Array.from(y.betaDeg),
      Float64Array.from(y.eclipseMin),
    ] as uPlot.AlignedData;
  }, [series]);
  const yearSummary = useMemo(() => (series.year ? yearSummaryText(yearStats(series.year)) : ''), [series]);

  const h = chartHeight();

  useUplot(
    powerEl,
    (width) => ({
      ...baseOptions(width, h, overlayHooks(live, true, true)),
      scales: {
        x: { time: true },
        kW: { range: (_u, _min, max) => [0, Math.max(1, max * 1.08)] },
        pct: { range: [0, 100] },
      },
      series: [
        timeSeries(t('charts.time'), hhmm),
        { label: t('charts.generated'), scale: 'kW', stroke: C_GEN, width: 2, value: fmtVal(1, 'kW') },
        { label: t('charts.consumed'), scale: 'kW', stroke: C_LOAD, width: 2, value: fmtVal(1, 'kW') },
        {
          label: t('charts.battery'),
          scale: 'pct',
          stroke: C_SOC,
          width: 1.5,
          dash: [5, 4],
          value: fmtVal(0, '%'),
        },
      ],
      axes: [
        xAxis(hhmm, t('charts.timeAxis')),
        yAxis('kW', t('charts.powerAxis')),
        yAxis('pct', t('charts.batteryAxis'), 1, false, 40),
      ],
    }),
    powerData,
    charts,
  );

  useUplot(
    tempEl,
    (width) => ({
      ...baseOptions(width, h, overlayHooks(live, true)),
      scales: {
        x: { time: true },
        C: {
          range: (_u, min, max) => [
            Math.floor(Math.min(min, max - 5) / 5) * 5 - 5,
            Math.ceil(Math.max(max, min + 5) / 5) * 5 + 5,
          ],
        },
      },
      series: [
        timeSeries(t('charts.time'), hhmm),
        { label: t('charts.temperature'), scale: 'C', stroke: C_TEMP, width: 2, value: fmtVal(1, '°C') },
        {
          label: t('charts.limit'),
          scale: 'C',
          stroke: C_LIMIT,
          width: 1.5,
          dash: [6, 4],
          value: fmtVal(0, '°C'),
        },
      ],
      axes: [
        xAxis(hhmm, t('charts.timeAxis')),
        yAxis('C', t('charts.tempAxis')),
        { side: 1, scale: 'C', show: false },
      ],
    }),
    tempData,
    charts,
  );

  useEffect(() => {
    live.current.bands = bands;
    live.current.shed = shed;
    for (const u of charts.current) u.redraw(false);
  }, [bands, shed]);

  useEffect(() => {
    const tick = () => {
      live.current.nowMs = engine.clock.now();
      for (const u of charts.current) {
        u.redraw(false);
        // Without a pointer over the chart, the legend reads the values at "now".
        if (!((u.cursor.left ?? -1) >= 0)) {
          const idx = nearestIdx(u.data[0], live.current.nowMs / 1000);
          if (idx >= 0) u.setLegend({ idx }, false);
        }
      }
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [engine]);

  return (
    <div className="charts">
      <ChartFigure
        caption={t('charts.powerCaption')}
        summary={powerSummary}
        canvas={powerEl}
        testId="chart-power"
      />
      <ChartFigure
        caption={t('charts.tempCaption')}
        summary={tempSummary}
        canvas={tempEl}
        testId="chart-temp"
      />
      <p className="chart-key small muted" data-testid="chart-key">
        <span>
          <i className="key umbra" aria-hidden="true" /> {t('charts.keyUmbra')}
        </span>
        <span>
          <i className="key penumbra" aria-hidden="true" /> {t('charts.keyPenumbra')}
        </span>
        <span>
          <i className="key now" aria-hidden="true" /> {t('charts.keyNow')}
        </span>
        {shed.length > 0 && (
          <span className="key-wrap">
            <i className="key shed" aria-hidden="true" /> {t('charts.keyShed')}
          </span>
        )}
      </p>
      {yearData ? (
        <YearChart
          live={live}
          data={yearData}
          charts={charts}
          height={h}
          periodS={series.periodS}
          summary={yearSummary}
        />
      ) : (
        <p className="small muted">{t('charts.noBeta')}</p>
      )}
    </div>
  );
}

function YearChart({
  live,
  data,
  charts,
  height,
  periodS,
  summary,
}: {
  live: RefObject<Live>;
  data: uPlot.AlignedData;
  charts: RefObject<Set<uPlot>>;
  height: number;
  periodS: number;
  summary: string;
}) {
  const { t } = useTranslation('budget');
  const el = useRef<HTMLDivElement>(null);
  // Circular-orbit altitude from the period, and the β above which it never enters the shadow.
  const altitudeKm = Math.cbrt(MU_KM3_S2 * (periodS / (2 * Math.PI)) ** 2) - EARTH_RADIUS_KM;
  const betaStarDeg =
    Number.isFinite(altitudeKm) && altitudeKm > 0 ? (noEclipseBetaRad(altitudeKm) * 180) / Math.PI : NaN;
  useUplot(
    el,
    (width) => ({
      ...baseOptions(width, height, overlayHooks(live, false)),
      scales: {
        x: { time: true },
        deg: {
          range: (_u, min, max) => [
            Math.min(-10, Math.floor(min / 10) * 10),
            Math.max(10, Math.ceil(max / 10) * 10),
          ],
        },
        min: { range: (_u, _min, max) => [0, Math.max(10, Math.ceil(max / 5) * 5 + 5)] },
      },
      series: [
        timeSeries(t('charts.date'), monthDay),
        { label: t('charts.beta'), scale: 'deg', stroke: C_BETA, width: 2, value: fmtVal(1, '°') },
        {
          label: t('charts.eclipse'),
          scale: 'min',
          stroke: C_ECL,
          width: 2,
          fill: 'rgba(90, 200, 255, 0.12)',
          value: fmtVal(1, t('charts.minPerOrbit')),
        },
      ],
      axes: [
        xAxis(monthDay, t('charts.dateAxis')),
        yAxis('deg', t('charts.betaAxis')),
        yAxis('min', t('charts.eclipseAxis'), 1, false, 36),
      ],
    }),
    data,
    charts,
  );
  return (
    <ChartFigure caption={t('charts.yearCaption')} summary={summary} canvas={el} testId="chart-year">
      <p className="small muted chart-note">
        {Number.isFinite(betaStarDeg)
          ? t('charts.yearNoteStar', { beta: `${fmtNumber(betaStarDeg)}°`, altitude: fmtKm(altitudeKm, 0) })
          : t('charts.yearNote')}
      </p>
    </ChartFigure>
  );
}
