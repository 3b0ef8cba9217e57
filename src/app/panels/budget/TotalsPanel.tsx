/**
 * Constellation totals at the last budget update (store.budgetTotals, ≈ 4 Hz): compute online,
 * power, share in Earth's shadow, throttled nodes, hottest and coldest node (click to select) and a
 * histogram of battery charge. On phones it shows only with the header's "Details" open.
 */
import { Trans, useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import type { BudgetTotals } from '../../../sim/budgetRunner';
import { fmtCount } from '../../format';
import { fmtOpsPair, fmtPct, fmtPowerW, fmtTempC } from './budgetFormat';
import type { EngineLike } from './BudgetPanel';
import { LinkTotals } from '../network/LinkTotals';
import { DlRow, Term } from '../../cardParts';
import './budget.css';
import './budgetCard.css';

/** Whether the totals describe a constellation that carries compute (Starlink's built-in: none installed). */
export const carriesCompute = (totals: Pick<BudgetTotals, 'computeInstalledTops'>): boolean =>
  totals.computeInstalledTops > 0;

export function TotalsPanel({ engine }: { engine: EngineLike }) {
  const { t } = useTranslation('budget');
  const totals = useApp((s) => s.budgetTotals);
  const stride = useApp((s) => s.budgetStride);
  const meta = useApp((s) => s.meta);
  const panelOpen = useApp((s) => s.panelOpen);
  if (!meta) return null;
  const idOf = (node: number) =>
    node >= 0 && node < meta.total ? satelliteIdentity(meta.shells, node).id : '—';
  return (
    <section
      className={`card totals ${panelOpen ? 'open' : ''}`}
      data-testid="totals-panel"
      aria-label={t('totals.label')}
    >
      <h3>{t('totals.title')}</h3>
      {!totals ? (
        <p className="muted small" role="status">
          {t('totals.computing')}
        </p>
      ) : (
        <>
          <dl className="budget-dl totals-dl">
            {carriesCompute(totals) ? (
              <DlRow
                label={<Trans t={t} i18nKey="totals.computeOnline" components={{ term: <Term k="ops" /> }} />}
                value={fmtOpsPair(totals.computeOnlineTops, totals.computeInstalledTops)}
                testId="totals-compute"
                sub={t('totals.computeShare', {
                  pct: fmtPct(totals.computeOnlineTops / totals.computeInstalledTops),
                })}
              />
            ) : (
              <DlRow
                label={<Trans t={t} i18nKey="totals.computeOnline" components={{ term: <Term k="ops" /> }} />}
                value={t('totals.noCompute')}
                testId="totals-compute"
                sub={t('totals.noComputeSub')}
              />
            )}
            <DlRow
              label={t('totals.powerGenerated')}
              value={fmtPowerW(totals.powerGenW)}
              testId="totals-power"
              sub={t('totals.consumed', { power: fmtPowerW(totals.loadW) })}
            />
            <DlRow
              label={t('totals.inShadow')}
              value={fmtPct(totals.nodes > 0 ? totals.inShadow / totals.nodes : NaN)}
              testId="totals-shadow"
              sub={t('totals.inShadowSub', {
                inShadow: fmtCount(Math.round(totals.inShadow)),
                nodes: fmtCount(Math.round(totals.nodes)),
                inUmbra: fmtCount(Math.round(totals.inUmbra)),
              })}
            />
            {carriesCompute(totals) && (
              <>
                <DlRow
                  label={t('totals.computeShed')}
                  value={t('totals.nodes', { count: Math.round(totals.limitedByBattery) })}
                  testId="totals-battery-limited"
                  sub={t('totals.shedSub')}
                />
                <DlRow
                  label={t('totals.throttled')}
                  value={t('totals.nodes', { count: Math.round(totals.limitedByTemperature) })}
                  testId="totals-heat-limited"
                  sub={t('totals.throttledSub')}
                />
              </>
            )}
          </dl>
          <div className="extremes">
            <Extreme
              label={t('totals.hottest')}
              which={totals.hottest}
              id={idOf(totals.hottest.node)}
              testId="totals-hottest"
              engine={engine}
            />
            <Extreme
              label={t('totals.coldest')}
              which={totals.coldest}
              id={idOf(totals.coldest.node)}
              testId="totals-coldest"
              engine={engine}
            />
          </div>
          <SocHistogram totals={totals} />
          {stride > 1 && (
            <p className="small muted" data-testid="totals-stride">
              {t('totals.stride', { stride: fmtCount(stride) })}
            </p>
          )}
        </>
      )}
      <LinkTotals />
    </section>
  );
}

function Extreme({
  label,
  which,
  id,
  testId,
  engine,
}: {
  label: string;
  which: BudgetTotals['hottest'];
  id: string;
  testId: string;
  engine: EngineLike;
}) {
  const { t } = useTranslation('budget');
  const ok = which.node >= 0 && Number.isFinite(which.tempK);
  return (
    <button
      className="extreme"
      data-testid={testId}
      disabled={!ok}
      onClick={() => ok && engine.select(which.node, { turn: true })}
      title={ok ? t('totals.selectTitle', { id }) : undefined}
    >
      <span className="muted small">{label}</span>
      {/* The visible text is the name ("Hottest −23.0 °C S1-P29-21"); spaces keep its words apart. */}{' '}
      <span className="extreme-temp">{ok ? fmtTempC(which.tempK) : '—'}</span>{' '}
      <span className="extreme-id">{ok ? id : ''}</span>
    </button>
  );
}

/** Battery state of charge of the nodes in 10 bins, as an inline SVG bar chart with axis labels. */
function SocHistogram({ totals }: { totals: BudgetTotals }) {
  const { t } = useTranslation('budget');
  const bins = totals.socHistogram;
  const max = Math.max(1, ...bins);
  const W = 260,
    H = 86,
    L = 34,
    B = 18,
    T = 6;
  const bw = (W - L - 4) / bins.length;
  const total = bins.reduce((a, b) => a + b, 0);
  const summary = bins
    .map((c, i) => t('totals.histogramBin', { from: i * 10, to: i * 10 + 10, n: fmtCount(Math.round(c)) }))
    .join(', ');
  return (
    <figure className="histogram" data-testid="totals-histogram">
      <figcaption>
        {t('totals.histogram')}{' '}
        <span className="muted">{t('totals.histogramMean', { pct: fmtPct(totals.meanSoc) })}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={t('totals.histogramLabel', { nodes: fmtCount(Math.round(total)), bins: summary })}
      >
        <line x1={L} y1={T} x2={L} y2={H - B} className="axis" />
        <line x1={L} y1={H - B} x2={W - 2} y2={H - B} className="axis" />
        <text x={L - 4} y={T + 8} textAnchor="end" className="tick">
          {fmtCount(Math.round(max))}
        </text>
        <text x={L - 4} y={H - B} textAnchor="end" className="tick">
          {fmtCount(0)}
        </text>
        {bins.map((c, i) => {
          const h = ((H - B - T) * c) / max;
          return (
            <rect
              key={i}
              x={L + 2 + i * bw}
              y={H - B - h}
              width={bw - 2}
              height={h}
              className={`bar ${i < 3 ? 'low' : ''}`}
            >
              <title>
                {t('totals.histogramBinTitle', { from: i * 10, to: i * 10 + 10, count: Math.round(c) })}
              </title>
            </rect>
          );
        })}
        {[0, 50, 100].map((p) => (
          <text
            key={p}
            x={L + 2 + (p / 10) * bw - (p === 100 ? 2 : 0)}
            y={H - 4}
            textAnchor={p === 0 ? 'start' : p === 100 ? 'end' : 'middle'}
            className="tick"
          >
            {fmtPct(p / 100)}
          </text>
        ))}
        <text
          x={6}
          y={(H - B) / 2 + 4}
          className="tick"
          transform={`rotate(-90 10 ${(H - B) / 2})`}
          textAnchor="middle"
        >
          {t('totals.histogramAxis')}
        </text>
      </svg>
    </figure>
  );
}
