/**
 * The selected node's power and thermal budget at the current simulated time: the worker's series
 * (store.series) interpolated at engine.clock.now() four times a second — never per frame.
 * Model: src/sim/budget.ts, power.ts, thermal.ts; the "How is this computed?" note explains it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import { LIMITED_BATTERY, LIMITED_TEMPERATURE } from '../../../sim/budget';
import type { NodeParamsOut } from '../../../scenario/types';
import {
  computeNote,
  computeNoteText,
  hasCompute,
  readBudget,
  sunlightText,
  undersizedPower,
  type BudgetReading,
} from './budgetReading';
import { SunIcon } from './SunIcon';
import { fmtEnergyWh, fmtFlux, fmtOps, fmtPct, fmtPowerW, fmtSignedPowerW, fmtTempC } from './budgetFormat';
// The charts (uPlot) load with the first selection, not with the app.
const BudgetCharts = lazy(() => import('./BudgetCharts').then((m) => ({ default: m.BudgetCharts })));
import { HowComputed } from './HowComputed';
import { DlRow } from '../../cardParts';
import './budget.css';
import './budgetCard.css';
import { isPhone } from '../../media';
import { fmtNumber } from '../../format';

/** What the budget components need of the Engine (src/engine/engine.ts); a dev page can pass a stand-in. */
export interface EngineLike {
  clock: { now(): number };
  select(index: number | null, opts?: { turn?: boolean }): void;
}

export function BudgetPanel({ engine }: { engine: EngineLike }) {
  const { t } = useTranslation('budget');
  const selected = useApp((s) => s.selected);
  const meta = useApp((s) => s.meta);
  const storeSeries = useApp((s) => s.series);
  // A series for another node (the worker has not answered the new selection yet) is not shown.
  const series = storeSeries && storeSeries.index === selected ? storeSeries : null;
  const [open, setOpen] = useState(() => !isPhone());
  const [wide, setWide] = useState(false);
  const [r, setR] = useState<BudgetReading | null>(null);

  useEffect(() => {
    if (!series) return;
    const update = () => setR(readBudget(series, engine.clock.now()));
    update();
    const id = setInterval(update, 250);
    return () => clearInterval(id);
  }, [engine, series]);

  if (selected === null || !meta) return null;
  const who = satelliteIdentity(meta.shells, selected);
  const node = meta.shells[who.shellIndex]?.node;
  const reading = series ? r : null;

  return (
    <section
      className={`card budget ${wide ? 'wide' : ''}`}
      data-testid="budget-panel"
      aria-label={t('panel.label')}
    >
      <header className="budget-head">
        <h3>{t('panel.title')}</h3>
        <button
          className="budget-collapse"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          title={open ? t('panel.hideTitle') : t('panel.showTitle')}
        >
          {open ? t('panel.hide') : t('panel.show')}
        </button>
      </header>
      {!reading || !node ? (
        <p className="muted budget-computing" role="status">
          {t('panel.computing')}
        </p>
      ) : open ? (
        <>
          <BudgetBody r={reading} node={node} />
          {series && (
            <Suspense fallback={<p className="small muted">{t('panel.loadingCharts')}</p>}>
              <BudgetCharts
                engine={engine}
                series={series}
                node={node}
                wide={wide}
                onWide={() => setWide(!wide)}
              />
            </Suspense>
          )}
          <HowComputed />
        </>
      ) : (
        <BudgetSummary r={reading} node={node} />
      )}
    </section>
  );
}

function BudgetBody({ r, node }: { r: BudgetReading; node: NodeParamsOut }) {
  const { t } = useTranslation('budget');
  const floor = 1 - node.depthOfDischargeMax;
  const socPct = Math.max(0, Math.min(1, r.soc));
  const marginClass = r.marginW > 0.5 ? 'pos' : r.marginW < -0.5 ? 'neg' : '';
  const full = r.soc >= 0.999;
  const marginSub =
    r.marginW > 0.5
      ? full
        ? t('power.marginFull')
        : t('power.marginCharging')
      : r.marginW < -0.5
        ? t('power.marginDischarging')
        : t('power.marginBalanced');
  const hot = r.tempK > node.maxTempK;
  const cold = r.tempK < node.minTempK;
  const withCompute = hasCompute(node);
  const reason = computeNoteText(computeNote(r, node));
  const undersized = undersizedPower(node, r.fluxWm2);
  const sunClass = `budget-sun ${r.sunlight}`;
  return (
    <div className="budget-body">
      {r.stale && <p className="small muted">{t('panel.updating')}</p>}
      <div className={sunClass}>
        <SunIcon state={r.sunlight} />
        <span data-testid="budget-sunlight">{sunlightText(r)}</span>
        <span className="budget-flux" title={t('sun.fluxTitle')}>
          {t('sun.flux', { flux: fmtFlux(r.fluxWm2) })}
        </span>
      </div>

      <h4>{t('power.heading')}</h4>
      <dl className="budget-dl">
        <DlRow
          label={t('power.generated')}
          value={fmtPowerW(r.powerGenW)}
          testId="budget-power-gen"
          sub={t('power.generatedSub', {
            area: fmtNumber(node.panelAreaM2, node.panelAreaM2 % 1 === 0 ? 0 : 1),
            efficiency: fmtPct(node.cellEfficiency),
            pointing: node.pointing === 'nadir' ? t('power.bodyFixed') : t('power.sunTracking'),
          })}
        />
        <DlRow
          label={t('power.consumed')}
          value={fmtPowerW(r.loadW)}
          testId="budget-load"
          sub={t('power.consumedSub', { compute: fmtPowerW(r.computeW), bus: fmtPowerW(r.busW) })}
        />
        <DlRow
          label={t('power.margin')}
          value={fmtSignedPowerW(r.marginW)}
          testId="budget-margin"
          sub={marginSub}
          className={`margin ${marginClass}`}
        />
      </dl>

      <div className="budget-battery">
        <div className="budget-battery-line">
          <span className="muted">{t('battery.label')}</span>
          <span data-testid="budget-battery">
            {fmtEnergyWh(r.batteryWh)} · {fmtPct(r.soc)}
          </span>
        </div>
        <div
          className="battery-bar"
          role="meter"
          aria-label={t('battery.meter')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(socPct * 100)}
          aria-valuetext={t('battery.valueText', { soc: fmtPct(r.soc), floor: fmtPct(floor) })}
        >
          <div
            className={`battery-fill ${r.soc <= floor + 0.005 ? 'low' : ''}`}
            style={{ width: `${socPct * 100}%` }}
          />
          <div
            className="battery-floor"
            style={{ left: `${floor * 100}%` }}
            title={t('battery.floorTitle', { floor: fmtPct(floor) })}
          />
        </div>
        <div className="battery-scale small muted">
          <span>{fmtEnergyWh(0)}</span>
          <span
            style={{ left: `${floor * 100}%` }}
            className={`battery-floor-label ${floor > 0.5 ? 'left' : ''}`}
          >
            {t('battery.floor', { floor: fmtPct(floor) })}
          </span>
          <span>{fmtEnergyWh(node.batteryWh)}</span>
        </div>
      </div>

      <h4>{t('heat.heading')}</h4>
      <dl className="budget-dl heat">
        <DlRow label={t('heat.sun')} value={fmtPowerW(r.heatSunW)} />
        <DlRow label={t('heat.albedo')} value={fmtPowerW(r.heatAlbedoW)} />
        <DlRow label={t('heat.infrared')} value={fmtPowerW(r.heatEarthIrW)} />
        <DlRow label={t('heat.inside')} value={fmtPowerW(r.heatGenW)} />
        <DlRow
          label={t('heat.radiated')}
          value={fmtPowerW(r.heatRadW)}
          sub={t('heat.radiatedSub', {
            area: fmtNumber(node.radiatorAreaM2, node.radiatorAreaM2 % 1 === 0 ? 0 : 1),
            emissivity: fmtNumber(node.emissivity, 2),
          })}
        />
        <DlRow
          label={t('heat.temperature')}
          value={fmtTempC(r.tempK)}
          testId="budget-temp"
          sub={
            cold
              ? t('heat.limitCold', { max: fmtTempC(node.maxTempK, 0), min: fmtTempC(node.minTempK, 0) })
              : t('heat.limit', { max: fmtTempC(node.maxTempK, 0) })
          }
          className={hot ? 'warn' : cold ? 'cold' : ''}
        />
      </dl>

      <h4>{t('compute.heading')}</h4>
      <dl className="budget-dl">
        {withCompute ? (
          <DlRow
            label={t('compute.available')}
            value={`${fmtPct(r.computeAvailable)} · ${fmtOps(r.computeAvailable * node.computeTops)}`}
            testId="budget-compute"
            sub={t('compute.installed', { ops: fmtOps(node.computeTops) })}
            className={r.computeAvailable < 0.999 ? 'warn' : ''}
          />
        ) : (
          <DlRow
            label={t('compute.available')}
            value={t('compute.none')}
            testId="budget-compute"
            sub={t('compute.noneSub')}
          />
        )}
      </dl>
      {reason && (
        <p className="budget-limit" data-testid="budget-limit" role="status">
          {reason}
        </p>
      )}
      {undersized && (
        <p className="small muted" data-testid="budget-undersized">
          {t('reason.undersized', { gen: fmtPowerW(undersized.genW), load: fmtPowerW(undersized.loadW) })}
        </p>
      )}
    </div>
  );
}

/** One line for a collapsed panel (phones). */
function BudgetSummary({ r, node }: { r: BudgetReading; node: NodeParamsOut }) {
  const { t } = useTranslation('budget');
  const pct = fmtPct(r.computeAvailable);
  const compute = !hasCompute(node)
    ? t('summary.noCompute')
    : r.limitedBy === LIMITED_BATTERY
      ? t('summary.computeBattery', { pct })
      : r.limitedBy === LIMITED_TEMPERATURE
        ? t('summary.computeHeat', { pct })
        : t('summary.compute', { pct });
  return (
    <p className="budget-summary">
      <span>
        <SunIcon state={r.sunlight} /> {t(`sun.short.${r.sunlight}`)}
      </span>
      <span>
        {t('summary.margin')}{' '}
        <b className={r.marginW > 0.5 ? 'pos' : r.marginW < -0.5 ? 'neg' : ''}>
          {fmtSignedPowerW(r.marginW)}
        </b>
      </span>
      <span>{t('summary.battery', { soc: fmtPct(r.soc) })}</span>
      <span>{fmtTempC(r.tempK)}</span>
      <span>{compute}</span>
    </p>
  );
}
