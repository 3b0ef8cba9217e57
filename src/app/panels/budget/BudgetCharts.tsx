/**
 * Charts of the selected node's budget (uPlot): power and battery, temperature, and β angle with
 * eclipse minutes over a year. Eclipse intervals are shaded from the root-found events; a "now"
 * line moves at 4 Hz by redrawing the existing charts (never re-creating them). Charts follow
 * their container's width (ResizeObserver) and are destroyed on unmount.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { NodeSeriesData } from '../../../state/store';
import type { NodeParamsOut } from '../../../scenario/types';
import type { EngineLike } from './BudgetPanel';
import { sampleTimeMs } from './seriesAt';
import { eclipseBands, type EclipseBand } from './sunlight';
import type { SeriesField } from '../../../sim/nodeSeries';
import { noEclipseBetaRad } from '../../../sim/beta';
import { EARTH_RADIUS_KM, MU_KM3_S2 } from '../../../sim/constants';
import {
  baseOptions,
  chartWidth,
  drawNow,
  fmtVal,
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Unix seconds → "Jun 1" (UTC). */
const monthDay = (s: number) => {
  const d = new Date(s * 1000);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
};

interface Live {
  nowMs: number;
  bands: EclipseBand[];
}

/** Plugin hooks: eclipse bands under everything, the "now" line over it. */
function overlayHooks(live: RefObject<Live>, withBands: boolean): uPlot.Options['hooks'] {
  return {
    drawClear: [
      (u) => {
        if (withBands)
          shadeSpans(u, live.current.bands, (b) => (b.kind === 'umbra' ? UMBRA_FILL : PENUMBRA_FILL), 1);
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
}: {
  engine: EngineLike;
  series: NodeSeriesData;
  node: NodeParamsOut;
}) {
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth > 700);
  return (
    <div className="budget-charts">
      <button className="budget-charts-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Charts: ±2 orbits and the year
      </button>
      {open && <Charts engine={engine} series={series} node={node} />}
    </div>
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
  const live = useRef<Live>({ nowMs: engine.clock.now(), bands: [] });
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

  const h = chartHeight();
  const common = (width: number, withBands: boolean) => baseOptions(width, h, overlayHooks(live, withBands));

  useUplot(
    powerEl,
    (width) => ({
      ...common(width, true),
      scales: {
        x: { time: true },
        kW: { range: (_u, _min, max) => [0, Math.max(1, max * 1.08)] },
        pct: { range: [0, 100] },
      },
      series: [
        timeSeries('UTC', hhmm),
        { label: 'Generated', scale: 'kW', stroke: C_GEN, width: 2, value: fmtVal(1, 'kW') },
        { label: 'Consumed', scale: 'kW', stroke: C_LOAD, width: 2, value: fmtVal(1, 'kW') },
        { label: 'Battery', scale: 'pct', stroke: C_SOC, width: 1.5, dash: [5, 4], value: fmtVal(0, '%') },
      ],
      axes: [xAxis(hhmm, 'time (UTC)'), yAxis('kW', 'power (kW)'), yAxis('pct', 'battery (%)', 1, false, 40)],
    }),
    powerData,
    charts,
  );

  useUplot(
    tempEl,
    (width) => ({
      ...common(width, true),
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
        timeSeries('UTC', hhmm),
        { label: 'Temperature', scale: 'C', stroke: C_TEMP, width: 2, value: fmtVal(1, '°C') },
        { label: 'Limit', scale: 'C', stroke: C_LIMIT, width: 1.5, dash: [6, 4], value: fmtVal(0, '°C') },
      ],
      axes: [xAxis(hhmm, 'time (UTC)'), yAxis('C', 'temperature (°C)'), { side: 1, scale: 'C', show: false }],
    }),
    tempData,
    charts,
  );

  useEffect(() => {
    live.current.bands = bands;
    for (const u of charts.current) u.redraw(false);
  }, [bands]);

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
      <figure className="chart">
        <figcaption>Power generated and consumed (kW), battery charge (%)</figcaption>
        <div ref={powerEl} className="chart-canvas" />
      </figure>
      <figure className="chart">
        <figcaption>Temperature (°C) and its limit</figcaption>
        <div ref={tempEl} className="chart-canvas" />
      </figure>
      <p className="chart-key small muted">
        <span>
          <i className="key umbra" /> Earth’s shadow (umbra)
        </span>
        <span>
          <i className="key penumbra" /> penumbra
        </span>
        <span>
          <i className="key now" /> now
        </span>
      </p>
      {yearData ? (
        <YearChart live={live} data={yearData} charts={charts} height={h} periodS={series.periodS} />
      ) : (
        <p className="small muted">No β angle for this orbit.</p>
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
}: {
  live: RefObject<Live>;
  data: uPlot.AlignedData;
  charts: RefObject<Set<uPlot>>;
  height: number;
  periodS: number;
}) {
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
        timeSeries('Date', monthDay),
        { label: 'β angle', scale: 'deg', stroke: C_BETA, width: 2, value: fmtVal(1, '°') },
        {
          label: 'Eclipse',
          scale: 'min',
          stroke: C_ECL,
          width: 2,
          fill: 'rgba(90, 200, 255, 0.12)',
          value: fmtVal(1, 'min/orbit'),
        },
      ],
      axes: [
        xAxis(monthDay, 'date (UTC)'),
        yAxis('deg', 'β angle (°)'),
        yAxis('min', 'eclipse (min/orbit)', 1, false, 36),
      ],
    }),
    data,
    charts,
  );
  return (
    <figure className="chart">
      <figcaption>
        Over a year: β angle (Sun above the orbit plane, °) and minutes in shadow per orbit
      </figcaption>
      <div ref={el} className="chart-canvas" />
      <p className="small muted chart-note">
        The larger |β|, the shorter the eclipses
        {Number.isFinite(betaStarDeg)
          ? `; above |β| = ${betaStarDeg.toFixed(0)}° (at ${Math.round(altitudeKm)} km) there is none`
          : ''}
        . Dawn-dusk sun-synchronous orbits keep |β| high all year, so their panels stay lit almost all the
        time.
      </p>
    </figure>
  );
}
