/**
 * The selected node's power and thermal budget at the current simulated time: the worker's series
 * (store.series) interpolated at engine.clock.now() four times a second — never per frame.
 * Model: src/sim/budget.ts, power.ts, thermal.ts; the "How is this computed?" note explains it.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useApp } from '../../../state/store';
import { satelliteIdentity } from '../../../scenario/identity';
import { LIMITED_BATTERY } from '../../../sim/budget';
import type { NodeParamsOut } from '../../../scenario/types';
import { limitText, readBudget, sunlightText, type BudgetReading } from './budgetReading';
import type { SunlightState } from './sunlight';
import { fmtEnergyWh, fmtFlux, fmtOps, fmtPct, fmtPowerW, fmtSignedPowerW, fmtTempC } from './budgetFormat';
// The charts (uPlot) load with the first selection, not with the app.
const BudgetCharts = lazy(() => import('./BudgetCharts').then((m) => ({ default: m.BudgetCharts })));
import { HowComputed } from './HowComputed';
import { DlRow } from '../../cardParts';
import './budget.css';
import { isPhone } from '../../media';

/** What the budget components need of the Engine (src/engine/engine.ts); a dev page can pass a stand-in. */
export interface EngineLike {
  clock: { now(): number };
  select(index: number | null, opts?: { turn?: boolean }): void;
}

export function BudgetPanel({ engine }: { engine: EngineLike }) {
  const selected = useApp((s) => s.selected);
  const meta = useApp((s) => s.meta);
  const storeSeries = useApp((s) => s.series);
  // A series for another node (the worker has not answered the new selection yet) is not shown.
  const series = storeSeries && storeSeries.index === selected ? storeSeries : null;
  const [open, setOpen] = useState(() => !isPhone());
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
    <section className="card budget" data-testid="budget-panel" aria-label="Power and thermal budget">
      <header className="budget-head">
        <h3>Power &amp; heat budget</h3>
        <button
          className="budget-collapse"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          title={open ? 'Collapse the budget' : 'Show the budget'}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </header>
      {!reading || !node ? (
        <p className="muted budget-computing" role="status">
          Computing budget…
        </p>
      ) : open ? (
        <>
          <BudgetBody r={reading} node={node} />
          {series && (
            <Suspense fallback={<p className="small muted">Loading charts…</p>}>
              <BudgetCharts engine={engine} series={series} node={node} />
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

function SunIcon({ state }: { state: SunlightState }) {
  // A disc: full (sunlit), half (penumbra), dark with a rim (umbra).
  return (
    <svg className="sun-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {state === 'sunlit' && <circle cx="8" cy="8" r="6" fill="#ffcc4d" />}
      {state === 'penumbra' && (
        <>
          <circle cx="8" cy="8" r="6" fill="#ffcc4d" />
          <circle cx="12" cy="8" r="6.5" fill="#2a3550" />
        </>
      )}
      {state === 'umbra' && <circle cx="8" cy="8" r="6" fill="#1a2030" stroke="#6b7a99" strokeWidth="1.2" />}
    </svg>
  );
}

function BudgetBody({ r, node }: { r: BudgetReading; node: NodeParamsOut }) {
  const floor = 1 - node.depthOfDischargeMax;
  const socPct = Math.max(0, Math.min(1, r.soc));
  const marginClass = r.marginW > 0.5 ? 'pos' : r.marginW < -0.5 ? 'neg' : '';
  const full = r.soc >= 0.999;
  const marginSub =
    r.marginW > 0.5
      ? full
        ? 'battery full: surplus not used'
        : 'charging the battery'
      : r.marginW < -0.5
        ? 'battery carries the load'
        : 'balanced';
  const hot = r.tempK > node.maxTempK;
  const cold = r.tempK < node.minTempK;
  const limit = limitText(r.limitedBy, node);
  const sunClass = `budget-sun ${r.sunlight}`;
  return (
    <div className="budget-body">
      {r.stale && <p className="small muted">Updating the budget for this time…</p>}
      <div className={sunClass}>
        <SunIcon state={r.sunlight} />
        <span data-testid="budget-sunlight">{sunlightText(r)}</span>
        <span
          className="budget-flux"
          title="Solar flux at the satellite's distance from the Sun (1361 W/m² at 1 AU)"
        >
          Sun {fmtFlux(r.fluxWm2)}
        </span>
      </div>

      <h4>Power</h4>
      <dl className="budget-dl">
        <DlRow
          label="Generated"
          value={fmtPowerW(r.powerGenW)}
          testId="budget-power-gen"
          sub={`${node.panelAreaM2} m² panels, ${fmtPct(node.cellEfficiency)} cells, ${node.pointing === 'nadir' ? 'body-fixed' : 'sun-tracking'}`}
        />
        <DlRow
          label="Consumed"
          value={fmtPowerW(r.loadW)}
          testId="budget-load"
          sub={`compute ${fmtPowerW(r.computeW)} · bus ${fmtPowerW(r.busW)}`}
        />
        <DlRow
          label="Net margin"
          value={fmtSignedPowerW(r.marginW)}
          testId="budget-margin"
          sub={marginSub}
          className={`margin ${marginClass}`}
        />
      </dl>

      <div className="budget-battery">
        <div className="budget-battery-line">
          <span className="muted">Battery</span>
          <span data-testid="budget-battery">
            {fmtEnergyWh(r.batteryWh)} · {fmtPct(r.soc)}
          </span>
        </div>
        <div
          className="battery-bar"
          role="meter"
          aria-label="Battery state of charge"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(socPct * 100)}
          aria-valuetext={`${fmtPct(r.soc)}, floor ${fmtPct(floor)}`}
        >
          <div
            className={`battery-fill ${r.soc <= floor + 0.005 ? 'low' : ''}`}
            style={{ width: `${socPct * 100}%` }}
          />
          <div
            className="battery-floor"
            style={{ left: `${floor * 100}%` }}
            title={`Depth-of-discharge floor: ${fmtPct(floor)}`}
          />
        </div>
        <div className="battery-scale small muted">
          <span>0 Wh</span>
          <span
            style={{ left: `${floor * 100}%` }}
            className={`battery-floor-label ${floor > 0.5 ? 'left' : ''}`}
          >
            floor {fmtPct(floor)}
          </span>
          <span>{fmtEnergyWh(node.batteryWh)}</span>
        </div>
      </div>

      <h4>Heat</h4>
      <dl className="budget-dl heat">
        <DlRow label="Sun absorbed" value={fmtPowerW(r.heatSunW)} />
        <DlRow label="Earth albedo" value={fmtPowerW(r.heatAlbedoW)} />
        <DlRow label="Earth infrared" value={fmtPowerW(r.heatEarthIrW)} />
        <DlRow label="Generated inside" value={fmtPowerW(r.heatGenW)} />
        <DlRow
          label="Radiated"
          value={fmtPowerW(r.heatRadW)}
          sub={`${node.radiatorAreaM2} m² radiator, ε ${node.emissivity}`}
        />
        <DlRow
          label="Temperature"
          value={fmtTempC(r.tempK)}
          testId="budget-temp"
          sub={`limit ${fmtTempC(node.maxTempK, 0)}${cold ? ` · below ${fmtTempC(node.minTempK, 0)} minimum` : ''}`}
          className={hot ? 'warn' : cold ? 'cold' : ''}
        />
      </dl>

      <h4>Compute</h4>
      <dl className="budget-dl">
        <DlRow
          label="Available"
          value={`${fmtPct(r.computeAvailable)} · ${fmtOps(r.computeAvailable * node.computeTops)}`}
          testId="budget-compute"
          sub={`of ${fmtOps(node.computeTops)} installed`}
          className={r.computeAvailable < 0.999 ? 'warn' : ''}
        />
      </dl>
      {limit && (
        <p className="budget-limit" data-testid="budget-limit" role="status">
          {limit}
        </p>
      )}
    </div>
  );
}

/** One line for a collapsed panel (phones). */
function BudgetSummary({ r, node }: { r: BudgetReading; node: NodeParamsOut }) {
  const limit = limitText(r.limitedBy, node);
  return (
    <p className="budget-summary">
      <span>
        <SunIcon state={r.sunlight} />{' '}
        {r.sunlight === 'sunlit' ? 'Sunlit' : r.sunlight === 'umbra' ? 'Umbra' : 'Penumbra'}
      </span>
      <span>
        margin{' '}
        <b className={r.marginW > 0.5 ? 'pos' : r.marginW < -0.5 ? 'neg' : ''}>
          {fmtSignedPowerW(r.marginW)}
        </b>
      </span>
      <span>battery {fmtPct(r.soc)}</span>
      <span>{fmtTempC(r.tempK)}</span>
      <span>
        compute {fmtPct(r.computeAvailable)}
        {limit ? (r.limitedBy === LIMITED_BATTERY ? ' (battery floor)' : ' (too hot)') : ''}
      </span>
    </p>
  );
}
