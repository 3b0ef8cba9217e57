/**
 * The budget charts' text summaries, in the language in use (docs/i18n.md): one or two sentences per
 * chart from the numbers of chartSummary.ts, read by screen readers as the chart's name and shown
 * under "Text summary".
 */
import { t } from '../../../i18n/i18n';
import { fmtNumber } from '../../format';
import type { PowerStats, TempStats, YearStats } from './chartSummary';
import { fmtPct, fmtPowerW, fmtTempC } from './budgetFormat';

/** A duration as "25 min" under two hours, else "3.1 h". */
export function fmtDuration(ms: number): string {
  const min = ms / 60_000;
  if (!Number.isFinite(min)) return '—';
  if (min < 120) return t('budget:charts.minutes', { n: fmtNumber(Math.round(min)) });
  return t('budget:charts.hours', { n: fmtNumber(min / 60, 1) });
}

/** "Over the 6.2 h shown: battery 50 %–100 %; … 4 eclipses. Compute shed … for 52 min in 4 intervals." */
export function powerSummaryText(p: PowerStats): string {
  const eclipses =
    p.eclipses > 0 ? t('budget:charts.eclipses', { count: p.eclipses }) : t('budget:charts.noEclipses');
  const shed =
    p.shedCount > 0
      ? t('budget:charts.shed', { count: p.shedCount, minutes: fmtDuration(p.shedMs) })
      : t('budget:charts.noShed');
  return t('budget:charts.powerSummary', {
    span: fmtDuration(p.spanMs),
    socMin: fmtPct(p.socMin),
    socMax: fmtPct(p.socMax),
    genMax: fmtPowerW(p.genMaxW),
    loadMin: fmtPowerW(p.loadMinW),
    loadMax: fmtPowerW(p.loadMaxW),
    eclipses,
    shed,
  });
}

/** "Over the 6.2 h shown: temperature 12.0 °C to 31.5 °C, limit 50 °C. Never above the limit." */
export function tempSummaryText(s: TempStats): string {
  return t('budget:charts.tempSummary', {
    span: fmtDuration(s.spanMs),
    min: fmtTempC(s.minK),
    max: fmtTempC(s.maxK),
    limit: fmtTempC(s.limitK, 0),
    over:
      s.overMs > 0
        ? t('budget:charts.overLimit', { minutes: fmtDuration(s.overMs) })
        : t('budget:charts.neverOver'),
  });
}

/** "Over the year: β angle −20° to 70°; eclipses 0 to 35.6 min per orbit. No eclipse on 64 days." */
export function yearSummaryText(y: YearStats): string {
  const deg = (v: number) => `${v < 0 ? '\u2212' : ''}${fmtNumber(Math.abs(v))}°`;
  const min = (v: number) => t('budget:charts.minutes', { n: fmtNumber(v, 1) });
  return t('budget:charts.yearSummary', {
    betaMin: deg(y.betaMinDeg),
    betaMax: deg(y.betaMaxDeg),
    eclMin: min(y.eclipseMinMin),
    eclMax: min(y.eclipseMaxMin),
    free:
      y.eclipseFreeDays > 0
        ? t('budget:charts.eclipseFreeDays', { count: y.eclipseFreeDays })
        : t('budget:charts.alwaysEclipse'),
  });
}
