/**
 * The Earth-burden panel (loaded on first open): can this constellation relieve Earth's burden? The
 * same compute in orbit and on the ground under assumptions the reader can change — every one a
 * control with its unit, default and source, two sourced presets, the answer in words and numbers,
 * a sensitivity (tornado) chart and a grid-carbon slider that shows where the answer flips.
 *
 * The model is src/sim/burden.ts (`burdenReport`, the same call as `npm run sim -- … --burden`);
 * the year's energy comes from the budget worker through the engine (src/engine/burdenSync.ts).
 * Edits change the scenario's `burden` object through engine.apply — one undo step per pause, saved
 * with the scenario — and are shown at once while they wait to be applied.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../../state/store';
import type { Engine } from '../../../engine/engine';
import {
  BURDEN_BASES,
  burdenInputOf,
  burdenReport,
  burdenSensitivity,
  type BurdenInput,
  type BurdenKey,
  type BurdenPresetName,
} from '../../../sim/burden';
import { BurdenFields } from './BurdenFields';
import { BurdenHow } from './BurdenHow';
import { GridSlider } from './GridSlider';
import { Tornado } from './Tornado';
import {
  choosePreset,
  fmtEnergyMwh,
  fmtNum,
  fmtPowerMw,
  fmtSatellites,
  fmtShare,
  fmtSig,
  fmtTonnes,
  fmtYears,
  ownValues,
  paysBack,
  setBurdenValue,
  verdictSentences,
  withBurden,
} from './burdenText';
import './burden.css';

/** Pause after the last change before it is applied (one undo step), ms. */
const APPLY_DELAY_MS = 350;

type PanelEngine = Pick<Engine, 'apply' | 'undo' | 'redo'>;

export default function BurdenPanel({ engine }: { engine: PanelEngine }) {
  const scenario = useApp((s) => s.scenario);
  const energy = useApp((s) => s.burdenEnergy);
  const history = useApp((s) => s.history);
  const meta = useApp((s) => s.meta);
  const committed = useMemo(() => burdenInputOf(scenario), [scenario]);
  /** An edit shown at once, applied after a pause (null: none waiting). */
  const [draft, setDraft] = useState<BurdenInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const input = draft ?? committed;

  // The scenario changed (applied, undone, another one loaded): nothing is waiting any more.
  useEffect(() => {
    setDraft(null);
  }, [scenario]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const commit = useCallback(
    (next: BurdenInput, delayMs = APPLY_DELAY_MS) => {
      setDraft(next);
      setProblem(null);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        engine.apply(withBurden(useApp.getState().scenario, next)).catch((err: unknown) => {
          setProblem(err instanceof Error ? err.message : String(err));
          setDraft(null);
        });
      }, delayMs);
    },
    [engine],
  );

  const onValue = (key: BurdenKey, value: number | undefined) => commit(setBurdenValue(input, key, value));
  const onPreset = (preset: BurdenPresetName | null) => commit(choosePreset(preset), 0);
  const close = () => useApp.getState().setBurdenOpen(false);

  const report = useMemo(() => (energy ? burdenReport(input, energy) : null), [input, energy]);
  const bars = useMemo(
    () =>
      report && energy
        ? burdenSensitivity(report.resolved.params, report.constellation, energy.meanComputeLoadW)
        : [],
    [report, energy],
  );
  const activeBase = input?.preset ?? null;
  const own = ownValues(input);

  return (
    <aside
      className="card burden"
      id="burden-panel"
      data-testid="burden-panel"
      data-pending={draft !== null}
      aria-label="Earth burden"
    >
      <header className="ed-head">
        <h3>Earth burden</h3>
        <div className="ed-actions">
          <button
            data-testid="burden-undo"
            disabled={history.past.length === 0}
            onClick={() => void engine.undo().catch(() => undefined)}
            title="Undo the last edit"
          >
            Undo
          </button>
          <button
            data-testid="burden-redo"
            disabled={history.future.length === 0}
            onClick={() => void engine.redo().catch(() => undefined)}
            title="Redo"
          >
            Redo
          </button>
          <button
            className="icon"
            data-testid="burden-close"
            aria-label="Close the Earth-burden panel"
            onClick={close}
          >
            ×
          </button>
        </div>
      </header>
      <div className="ed-body bd-body">
        <p className="small muted bd-intro">
          Can {meta ? <b className="bd-name">{meta.name}</b> : 'this constellation'} relieve Earth&apos;s
          burden? The same compute in orbit and in a data centre on the ground, under assumptions you can
          change.
        </p>
        <div className="bd-presets" role="group" aria-label="Presets">
          {([null, 'proponents', 'critics'] as const).map((p) => (
            <button
              key={p ?? 'defaults'}
              data-testid={`burden-preset-${p ?? 'defaults'}`}
              className={activeBase === p ? 'on' : ''}
              aria-pressed={activeBase === p}
              onClick={() => onPreset(p)}
            >
              {BURDEN_BASES[p ?? 'defaults'].label}
            </button>
          ))}
        </div>
        <p className="small muted bd-preset-summary" data-testid="burden-preset-summary">
          {BURDEN_BASES[activeBase ?? 'defaults'].summary}
          {own > 0 && ` You changed ${own} of them.`}
        </p>
        {problem && (
          <p className="bd-problem" role="alert">
            {problem}
          </p>
        )}
        {!report || !energy ? (
          <p className="muted bd-computing" role="status" data-testid="burden-computing">
            <span className="spinner bd-spinner" aria-hidden="true" /> Running the budget over a sampled year…
          </p>
        ) : (
          <>
            <div className={`bd-verdict ${paysBack(report) ? 'good' : 'bad'}`} data-testid="burden-verdict">
              {verdictSentences(report).map((t, k) => (
                <p key={k}>{t}</p>
              ))}
            </div>
            <dl className="budget-dl bd-numbers">
              <Row
                label="Carbon payback"
                value={fmtYears(report.row.carbon_payback_years)}
                testId="burden-payback"
                raw={report.row.carbon_payback_years}
                sub={`lifetime ${fmtYears(report.resolved.params.lifetimeYears)}`}
              />
              <Row
                label="Installed IT power"
                value={fmtPowerMw(report.row.it_power_mw)}
                sub={fmtSatellites(report.constellation.nodes)}
              />
              <Row
                label="Compute delivered a year"
                value={fmtEnergyMwh(report.row.it_energy_mwh_per_year)}
                testId="burden-energy"
                raw={report.row.it_energy_mwh_per_year}
                sub={`${fmtShare(energy.meanComputeAvailable)} of installed × ${fmtNum(8766)} h, after eclipses, battery and heat`}
              />
              <Row label="Mass in orbit" value={fmtTonnes(report.row.orbit_mass_t)} />
              <Row
                label="CO2e to build and launch"
                value={fmtTonnes(report.row.orbit_co2e_t)}
                sub="once per lifetime"
              />
              <Row
                label="Ground energy a year"
                value={fmtEnergyMwh(report.row.ground_energy_mwh_per_year)}
                sub={`PUE ${fmtSig(report.resolved.params.pue)}`}
              />
              <Row
                label="Ground CO2e a year"
                value={fmtTonnes(report.row.ground_co2e_t_per_year)}
                testId="burden-ground-co2e"
                raw={report.row.ground_co2e_t_per_year}
              />
              <Row
                label="kg CO2e per MWh"
                value={`${perMwh(report.row.orbit_kg_co2e_per_mwh)} orbit · ${perMwh(report.row.ground_kg_co2e_per_mwh)} ground`}
                sub="over the lifetime; the ground's includes its building"
              />
              <Row
                label="Cost per MWh"
                value={`$${perMwh(report.row.orbit_launch_usd_per_mwh)} launch · $${perMwh(report.row.ground_electricity_usd_per_mwh)} power`}
                sub="orbit: launch only; ground: electricity with PUE"
              />
              <Row
                label="Ground water a year"
                value={`${fmtSig(report.row.ground_water_m3_per_year)} m³`}
                sub="none in orbit"
              />
              <Row
                label="Share of world data-centre power"
                value={`${fmtShare(report.row.share_of_global_dc_2024)} · ${fmtShare(report.row.share_of_global_dc_2030)}`}
                testId="burden-share"
                sub="of 415 TWh (2024) · of ≈ 945 TWh (2030), IEA"
              />
            </dl>
            <ul className="bd-quotes" data-testid="burden-quotes">
              <li>
                {report.comparisons.hyperscaleEquivalents >= 1 ? (
                  <>
                    This constellation equals <b>{fmtSig(report.comparisons.hyperscaleEquivalents)}</b>{' '}
                    hyperscale data centre
                    {report.comparisons.hyperscaleEquivalents === 1 ? '' : 's'} (100 MW of IT each, all year).
                  </>
                ) : (
                  <>
                    This constellation equals <b>{fmtShare(report.comparisons.hyperscaleEquivalents)}</b> of
                    one hyperscale data centre (100 MW of IT, all year).
                  </>
                )}
              </li>
              <li>
                Its launches emit what a 1 GW coal plant emits in{' '}
                <b>{fmtDays(report.comparisons.coalPlantDays)}</b>.
              </li>
            </ul>
            <h4>Where the answer flips</h4>
            <GridSlider
              value={report.resolved.params.gridKgCo2ePerKwh}
              flip={report.comparisons.flipGridKgCo2ePerKwh}
              onChange={(v) => onValue('gridKgCo2ePerKwh', v)}
            />
            <h4>What decides it</h4>
            <Tornado bars={bars} current={report.comparisons.paybackShareOfLife} />
            {energy.shells.length > 1 && (
              <>
                <h4>Compute delivered, by shell</h4>
                <ul className="bd-shells small">
                  {energy.shells.map((s) => (
                    <li key={s.shell}>
                      <span className="bd-shell-name">{s.name}</span>
                      <span className="bd-shell-val">
                        {s.count > 0 ? fmtShare(s.meanComputeAvailable) : '—'}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        <h4>Assumptions</h4>
        {report && energy ? (
          <BurdenFields
            resolved={report.resolved}
            meanComputeLoadW={energy.meanComputeLoadW}
            onValue={onValue}
          />
        ) : (
          <p className="small muted">The assumptions appear with the first answer.</p>
        )}
        <BurdenHow energy={energy} />
      </div>
    </aside>
  );
}

/** One number: `raw`, when given, is the unrounded value (data-value; "never" for null) for tests and scripts. */
function Row({
  label,
  value,
  sub,
  testId,
  raw,
}: {
  label: string;
  value: string;
  sub?: string;
  testId?: string;
  raw?: number | null;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span data-testid={testId} data-value={raw === undefined ? undefined : String(raw ?? 'never')}>
          {value}
        </span>
        {sub && <span className="budget-sub">{sub}</span>}
      </dd>
    </div>
  );
}

function perMwh(v: number | null): string {
  return v === null ? '—' : fmtSig(v);
}

function fmtDays(d: number): string {
  if (d < 1 / 24) return `${fmtSig(d * 24 * 60)} minutes`;
  if (d < 1) return `${fmtSig(d * 24)} hours`;
  return `${fmtSig(d)} days`;
}
