/**
 * The route's one-way latency over the next orbit (store.routeSeries, uPlot): a gap, shaded, while
 * no route exists; great-circle fibre at ⅔ c as a flat dashed reference; a "now" line redrawn at
 * 4 Hz on the existing chart. Loaded lazily (uPlot is not in the startup bundle). The chart follows
 * its container's width and is destroyed on unmount.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { RouteSeriesData } from '../../../state/store';
import { noRouteRuns, routeChartSummary } from './network';
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

const C_ROUTE = '#5ac8ff';
const C_FIBRE = '#ffb833';
const GAP_FILL = 'rgba(255, 107, 107, 0.16)';
/** uPlot's scale key and the unit of the values (not text a reader sees on its own). */
const MS = 'ms';
const UTC = 'UTC';
const fmtMsVal = fmtVal(1, MS);

interface Clock {
  clock: { now(): number };
}

export function RouteChart({ engine, series }: { engine: Clock; series: RouteSeriesData }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const nowMs = useRef(engine.clock.now());
  const { t, i18n } = useTranslation('network');

  const { data, gaps } = useMemo(() => {
    const n = series.count;
    const x = new Float64Array(n);
    const y: (number | null)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      x[k] = (series.startMs + k * series.stepS * 1000) / 1000;
      const v = series.latencyMs[k];
      y[k] = Number.isFinite(v) ? v : null;
    }
    const cols: uPlot.AlignedData = [x, y];
    if (series.fibreMs !== null && Number.isFinite(series.fibreMs))
      cols.push(new Array<number>(n).fill(series.fibreMs));
    return { data: cols, gaps: noRouteRuns(series.latencyMs, series.startMs, series.stepS) };
  }, [series]);
  // In the language in use (cheap: one orbit of samples): what a screen reader reads for the chart.
  const summary = routeChartSummary(series);
  const labels = {
    route: t('chart.route'),
    fibre: t('chart.fibre'),
    axisTime: t('chart.axisTime'),
    axisMs: t('chart.axisMs'),
  };
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  const latest = useRef({ data, gaps });
  latest.current = { data, gaps };
  const hasFibre = data.length > 2;

  useEffect(() => {
    const box = el.current;
    if (!box) return;
    const L = labelsRef.current;
    const height = typeof window !== 'undefined' && window.innerWidth <= 700 ? 120 : 150;
    const opts: uPlot.Options = {
      ...baseOptions(chartWidth(box), height, {
        drawClear: [(u) => shadeSpans(u, latest.current.gaps, GAP_FILL)],
        draw: [(u) => drawNow(u, nowMs.current / 1000)],
      }),
      scales: {
        x: { time: true },
        ms: {
          range: (_u, _min, max) => [
            0,
            Math.max(1, Math.ceil(((Number.isFinite(max) ? max : 1) * 1.12) / 5) * 5),
          ],
        },
      },
      series: [
        timeSeries(UTC, hhmm),
        { label: L.route, scale: MS, stroke: C_ROUTE, width: 2, spanGaps: false, value: fmtMsVal },
        ...(hasFibre
          ? [{ label: L.fibre, scale: MS, stroke: C_FIBRE, width: 1.5, dash: [6, 4], value: fmtMsVal }]
          : []),
      ],
      axes: [xAxis(hhmm, L.axisTime), yAxis(MS, L.axisMs, 3, true, 40)],
    };
    const u = new uPlot(opts, latest.current.data, box);
    chart.current = u;
    const stopFollowing = followWidth(u, box);
    return () => {
      stopFollowing();
      u.destroy();
      chart.current = null;
    };
    // The language is a dependency: uPlot's labels and axes are drawn from these strings.
  }, [hasFibre, i18n.language]);

  useEffect(() => {
    chart.current?.setData(data);
  }, [data]);

  useEffect(() => {
    const tick = () => {
      nowMs.current = engine.clock.now();
      const u = chart.current;
      if (!u) return;
      u.redraw(false);
      // Without a pointer over the chart, the legend reads the values at "now".
      if (!((u.cursor.left ?? -1) >= 0)) {
        const xs = u.data[0];
        const n = xs.length;
        const t = nowMs.current / 1000;
        if (n > 0 && t >= xs[0] && t <= xs[n - 1]) {
          const idx = Math.min(
            n - 1,
            Math.max(0, Math.round((t - xs[0]) / Math.max(1e-9, (xs[n - 1] - xs[0]) / Math.max(1, n - 1)))),
          );
          u.setLegend({ idx }, false);
        }
      }
    };
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [engine]);

  return (
    <figure className="chart charts net-chart" data-testid="route-chart">
      <figcaption>{hasFibre ? t('chart.captionFibre') : t('chart.caption')}</figcaption>
      <div ref={el} className="chart-canvas" role="img" aria-label={summary} />
      <p className="chart-key small muted">
        <span>
          <i className="key net-key-route" /> {t('chart.keyRoute')}
        </span>
        {hasFibre && (
          <span>
            <i className="key net-key-fibre" /> {t('chart.keyFibre')}
          </span>
        )}
        <span>
          <i className="key net-key-gap" /> {t('chart.keyGap')}
        </span>
        <span>
          <i className="key now" /> {t('chart.keyNow')}
        </span>
      </p>
      <p className="small muted chart-note">{summary}</p>
    </figure>
  );
}
