/**
 * Sensitivity (tornado) chart, plain SVG: for each assumption that enters the payback, the payback
 * as a share of the lifetime with that assumption at the low and the high end of what the sources
 * say (defaults, proponents, critics, the current value), everything else as now. Log scale; the
 * line at 1 separates "pays back within its life" (left) from "never does" (right). Widest first.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BURDEN_FIELDS, type BurdenKey, type SensitivityBar } from '../../../sim/burden';
import { burdenUnit, fmtLifeShare, fmtSig, tornadoSummary } from './burdenText';

const W = 360;
const LABEL_W = 118;
const ROW_H = 30;
const TOP = 18;

/** The unit of each assumption (BURDEN_FIELDS), for the summary. */
const UNITS = Object.fromEntries(BURDEN_FIELDS.map((f) => [f.key, f.unit])) as Record<BurdenKey, string>;
const TIMES = '×';

export function Tornado({ bars, current }: { bars: SensitivityBar[]; current: number | null }) {
  const { t } = useTranslation('burden');
  const id = useId();
  const summary = tornadoSummary(bars, current, UNITS);
  const finite = bars.flatMap((b) => [b.atLow, b.atHigh]).filter((x) => Number.isFinite(x) && x > 0);
  if (current !== null && current > 0) finite.push(current);
  finite.push(1);
  const lo = Math.min(...finite) / 1.6;
  const hi = Math.max(...finite) * 1.6;
  const x0 = LABEL_W + 4;
  const x1 = W - 8;
  const xOf = (v: number) => {
    if (!Number.isFinite(v)) return x1;
    if (!(v > 0)) return x0;
    return x0 + ((Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (x1 - x0);
  };
  const h = TOP + bars.length * ROW_H + 22;
  const one = xOf(1);
  const ticks = decades(lo, hi);
  return (
    <figure className="bd-tornado" data-testid="burden-tornado">
      <svg
        viewBox={`0 0 ${W} ${h}`}
        width="100%"
        role="img"
        aria-label={t('tornado.title')}
        aria-describedby={`${id}-summary`}
      >
        <rect
          x={x0}
          y={TOP - 4}
          width={Math.max(0, one - x0)}
          height={bars.length * ROW_H + 4}
          fill="rgba(126, 224, 129, 0.08)"
        />
        <rect
          x={one}
          y={TOP - 4}
          width={Math.max(0, x1 - one)}
          height={bars.length * ROW_H + 4}
          fill="rgba(255, 107, 107, 0.08)"
        />
        <text x={x0 + 2} y={11} className="bd-t-zone">
          {t('tornado.paysBack')}
        </text>
        <text x={x1 - 2} y={11} className="bd-t-zone" textAnchor="end">
          {t('tornado.neverPaysBack')}
        </text>
        {bars.map((b, k) => {
          const spec = BURDEN_FIELDS.find((f) => f.key === b.key)!;
          const label = t(`fields.${b.key}.label`);
          const unit = burdenUnit(b.key, spec.unit);
          const y = TOP + k * ROW_H;
          const a = xOf(b.atLow);
          const z = xOf(b.atHigh);
          const left = Math.min(a, z);
          const width = Math.max(2, Math.abs(z - a));
          return (
            <g key={b.key} data-testid={`tornado-${b.key}`}>
              <text x={LABEL_W} y={y + 12} textAnchor="end" className="bd-t-label">
                {label}
              </text>
              <text x={LABEL_W} y={y + 23} textAnchor="end" className="bd-t-range">
                {`${fmtSig(b.low)}–${fmtSig(b.high)} ${unit}`}
              </text>
              <rect x={left} y={y + 5} width={width} height={16} rx={3} className="bd-t-bar" />
              <rect x={a - 1.5} y={y + 3} width={3} height={20} className="bd-t-low" />
              <title>
                {t('tornado.barTitle', {
                  label,
                  low: fmtSig(b.low),
                  atLow: fmtLifeShare(b.atLow),
                  high: fmtSig(b.high),
                  atHigh: fmtLifeShare(b.atHigh),
                })}
              </title>
            </g>
          );
        })}
        <line x1={one} x2={one} y1={TOP - 6} y2={TOP + bars.length * ROW_H} className="bd-t-one" />
        {current !== null && current > 0 && (
          <line
            x1={xOf(current)}
            x2={xOf(current)}
            y1={TOP - 6}
            y2={TOP + bars.length * ROW_H}
            className="bd-t-now"
          />
        )}
        {ticks.map((tick) => (
          <text key={tick} x={xOf(tick)} y={h - 6} textAnchor="middle" className="bd-t-tick">
            {`${fmtSig(tick)}${TIMES}`}
          </text>
        ))}
      </svg>
      <figcaption className="small muted">{t('tornado.caption')}</figcaption>
      <p className="sr-only" id={`${id}-summary`} data-testid="burden-tornado-summary">
        {summary}
      </p>
    </figure>
  );
}

/** Powers of ten inside [lo, hi] (at least the ends when none fits). */
function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) out.push(10 ** e);
  return out.length ? out : [lo, hi];
}
