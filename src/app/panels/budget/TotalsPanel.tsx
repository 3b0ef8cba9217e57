/**
 * Constellation totals at the last budget update (store.budgetTotals, ≈ 4 Hz): compute online,
 * power, share in Earth's shadow, throttled nodes, hottest and coldest node (click to select) and a
 * histogram of battery charge. On phones it shows only with the header's "Details" open.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import type { BudgetTotals } from '../../../sim/budgetRunner';
import { fmtCount } from '../../format';
import { fmtOpsPair, fmtPct, fmtPowerW, fmtTempC } from './budgetFormat';
import type { EngineLike } from './BudgetPanel';
import { LinkTotals } from '../network/LinkTotals';
import { DlRow, Term } from '../../cardParts';
import './budget.css';

export function TotalsPanel({ engine }: { engine: EngineLike }) {
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
      aria-label="Constellation totals"
    >
      <h3>Constellation now</h3>
      {!totals ? (
        <p className="muted small" role="status">
          Computing budgets…
        </p>
      ) : (
        <>
          <dl className="budget-dl totals-dl">
            <DlRow
              label={
                <>
                  Compute online (<Term k="ops">TOPS/POPS</Term>)
                </>
              }
              value={fmtOpsPair(totals.computeOnlineTops, totals.computeInstalledTops)}
              testId="totals-compute"
              sub={
                <>
                  {fmtPct(
                    totals.computeInstalledTops > 0
                      ? totals.computeOnlineTops / totals.computeInstalledTops
                      : NaN,
                  )}{' '}
                  of the installed compute is online
                </>
              }
            />
            <DlRow
              label="Power generated"
              value={fmtPowerW(totals.powerGenW)}
              testId="totals-power"
              sub={<>consumed {fmtPowerW(totals.loadW)}</>}
            />
            <DlRow
              label="In Earth’s shadow"
              value={fmtPct(totals.nodes > 0 ? totals.inShadow / totals.nodes : NaN)}
              testId="totals-shadow"
              sub={
                <>
                  {fmtCount(Math.round(totals.inShadow))} of {fmtCount(Math.round(totals.nodes))} nodes ·{' '}
                  {fmtCount(Math.round(totals.inUmbra))} in full shadow
                </>
              }
            />
            <DlRow
              label="Compute shed"
              value={<>{fmtCount(Math.round(totals.limitedByBattery))} nodes</>}
              testId="totals-battery-limited"
              sub="battery at its floor"
            />
            <DlRow
              label="Throttled by heat"
              value={<>{fmtCount(Math.round(totals.limitedByTemperature))} nodes</>}
              testId="totals-heat-limited"
              sub="above their temperature limit"
            />
          </dl>
          <div className="extremes">
            <Extreme
              label="Hottest"
              which={totals.hottest}
              id={idOf(totals.hottest.node)}
              testid="totals-hottest"
              engine={engine}
            />
            <Extreme
              label="Coldest"
              which={totals.coldest}
              id={idOf(totals.coldest.node)}
              testid="totals-coldest"
              engine={engine}
            />
          </div>
          <SocHistogram totals={totals} />
          {stride > 1 && (
            <p className="small muted" data-testid="totals-stride">
              Budgets computed for 1 in {fmtCount(stride)} satellites; totals scaled up.
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
  testid,
  engine,
}: {
  label: string;
  which: BudgetTotals['hottest'];
  id: string;
  testid: string;
  engine: EngineLike;
}) {
  const ok = which.node >= 0 && Number.isFinite(which.tempK);
  return (
    <button
      className="extreme"
      data-testid={testid}
      disabled={!ok}
      onClick={() => ok && engine.select(which.node, { turn: true })}
      title={ok ? `Select ${id}` : undefined}
      aria-label={ok ? `${label} node: ${id}, ${fmtTempC(which.tempK)}. Select it.` : `${label} node: none`}
    >
      <span className="muted small">{label}</span>
      <span className="extreme-temp">{ok ? fmtTempC(which.tempK) : '—'}</span>
      <span className="extreme-id">{ok ? id : ''}</span>
    </button>
  );
}

/** Battery state of charge of the nodes in 10 bins, as an inline SVG bar chart with axis labels. */
function SocHistogram({ totals }: { totals: BudgetTotals }) {
  const bins = totals.socHistogram;
  const max = Math.max(1, ...bins);
  const W = 260,
    H = 86,
    L = 34,
    B = 18,
    T = 6;
  const bw = (W - L - 4) / bins.length;
  const total = bins.reduce((a, b) => a + b, 0);
  const summary = bins.map((c, i) => `${i * 10}–${i * 10 + 10} %: ${fmtCount(Math.round(c))}`).join(', ');
  return (
    <figure className="histogram" data-testid="totals-histogram">
      <figcaption>
        Battery charge of the nodes <span className="muted">(mean {fmtPct(totals.meanSoc)})</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`Histogram of battery state of charge over ${fmtCount(Math.round(total))} nodes: ${summary}`}
      >
        <line x1={L} y1={T} x2={L} y2={H - B} className="axis" />
        <line x1={L} y1={H - B} x2={W - 2} y2={H - B} className="axis" />
        <text x={L - 4} y={T + 8} textAnchor="end" className="tick">
          {fmtCount(Math.round(max))}
        </text>
        <text x={L - 4} y={H - B} textAnchor="end" className="tick">
          0
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
              <title>{`${i * 10}–${i * 10 + 10} %: ${fmtCount(Math.round(c))} nodes`}</title>
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
            {p} %
          </text>
        ))}
        <text
          x={6}
          y={(H - B) / 2 + 4}
          className="tick"
          transform={`rotate(-90 10 ${(H - B) / 2})`}
          textAnchor="middle"
        >
          nodes
        </text>
      </svg>
    </figure>
  );
}
