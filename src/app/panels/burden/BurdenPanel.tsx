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
import { Trans, useTranslation } from 'react-i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../../state/store';
import type { Engine } from '../../../engine/engine';
import {
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
  fmtDays,
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
import { scenarioName, shellName } from '../../scenarioText';
import '../budget/budgetCard.css';
import './burden.css';

/** Symbols and units shown as they are in every language. */
const NO_VALUE = '—';
const CROSS = '×';
const SEP = '·';
const PUE = 'PUE';
const M3 = 'm³';
const DEFAULTS = 'defaults';
const PRESETS = [null, 'proponents', 'critics'] as const;

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
  const { t } = useTranslation('burden');

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
  const onGrid = (v: number) => onValue('gridKgCo2ePerKwh', v);
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
      aria-label={t('panel.label')}
    >
      <header className="ed-head">
        <h3>{t('panel.title')}</h3>
        <div className="ed-actions">
          <button
            data-testid="burden-undo"
            disabled={history.past.length === 0}
            onClick={() => void engine.undo().catch(() => undefined)}
            aria-label={t('panel.undoName')}
            title={t('panel.undoName')}
          >
            {t('panel.undo')}
          </button>
          <button
            data-testid="burden-redo"
            disabled={history.future.length === 0}
            onClick={() => void engine.redo().catch(() => undefined)}
            aria-label={t('panel.redoName')}
            title={t('panel.redoName')}
          >
            {t('panel.redo')}
          </button>
          <button className="icon" data-testid="burden-close" aria-label={t('panel.close')} onClick={close}>
            {CROSS}
          </button>
        </div>
      </header>
      <div className="ed-body bd-body">
        <p className="small muted bd-intro">
          {meta ? (
            <Trans
              t={t}
              i18nKey="panel.introNamed"
              values={{ name: scenarioName(meta.name) }}
              components={[<b className="bd-name" />]}
            />
          ) : (
            t('panel.introAnon')
          )}
        </p>
        <div className="bd-presets" role="group" aria-label={t('panel.presets')}>
          {PRESETS.map((p) => (
            <button
              key={p ?? 'defaults'}
              data-testid={`burden-preset-${p ?? 'defaults'}`}
              className={activeBase === p ? 'on' : ''}
              aria-pressed={activeBase === p}
              onClick={() => onPreset(p)}
            >
              {t(`bases.${p ?? DEFAULTS}.label`)}
            </button>
          ))}
        </div>
        <p className="small muted bd-preset-summary" data-testid="burden-preset-summary">
          {t(`bases.${activeBase ?? DEFAULTS}.summary`)}
          {own > 0 && ` ${t('panel.changedOwn', { count: own })}`}
        </p>
        {problem && (
          <p className="bd-problem" role="alert">
            {problem}
          </p>
        )}
        {!report || !energy ? (
          <p className="muted bd-computing" role="status" data-testid="burden-computing">
            <span className="spinner bd-spinner" aria-hidden="true" /> {t('panel.computing')}
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
                label={t('rows.payback')}
                value={fmtYears(report.row.carbon_payback_years)}
                testId="burden-payback"
                raw={report.row.carbon_payback_years}
                sub={t('rows.lifetimeSub', { years: fmtYears(report.resolved.params.lifetimeYears) })}
              />
              <Row
                label={t('rows.itPower')}
                value={fmtPowerMw(report.row.it_power_mw)}
                sub={fmtSatellites(report.constellation.nodes)}
              />
              <Row
                label={t('rows.energy')}
                value={fmtEnergyMwh(report.row.it_energy_mwh_per_year)}
                testId="burden-energy"
                raw={report.row.it_energy_mwh_per_year}
                sub={t('rows.energySub', {
                  share: fmtShare(energy.meanComputeAvailable),
                  hours: fmtNum(8766),
                })}
              />
              <Row label={t('rows.mass')} value={fmtTonnes(report.row.orbit_mass_t)} />
              <Row
                label={t('rows.orbitCo2')}
                value={fmtTonnes(report.row.orbit_co2e_t)}
                sub={t('rows.once')}
              />
              <Row
                label={t('rows.groundEnergy')}
                value={fmtEnergyMwh(report.row.ground_energy_mwh_per_year)}
                sub={`${PUE} ${fmtSig(report.resolved.params.pue)}`}
              />
              <Row
                label={t('rows.groundCo2')}
                value={fmtTonnes(report.row.ground_co2e_t_per_year)}
                testId="burden-ground-co2e"
                raw={report.row.ground_co2e_t_per_year}
              />
              <Row
                label={t('rows.perMwh')}
                value={t('rows.perMwhValue', {
                  orbit: perMwh(report.row.orbit_kg_co2e_per_mwh),
                  ground: perMwh(report.row.ground_kg_co2e_per_mwh),
                })}
                sub={t('rows.perMwhSub')}
              />
              <Row
                label={t('rows.cost')}
                value={t('rows.costValue', {
                  launch: perMwh(report.row.orbit_launch_usd_per_mwh),
                  power: perMwh(report.row.ground_electricity_usd_per_mwh),
                })}
                sub={t('rows.costSub')}
              />
              <Row
                label={t('rows.water')}
                value={`${fmtSig(report.row.ground_water_m3_per_year)} ${M3}`}
                sub={t('rows.waterSub')}
              />
              <Row
                label={t('rows.share')}
                value={`${fmtShare(report.row.share_of_global_dc_2024)} ${SEP} ${fmtShare(report.row.share_of_global_dc_2030)}`}
                testId="burden-share"
                sub={t('rows.shareSub')}
              />
            </dl>
            <ul className="bd-quotes" data-testid="burden-quotes">
              <li>
                {report.comparisons.hyperscaleEquivalents >= 1 ? (
                  <Trans
                    t={t}
                    i18nKey="quotes.hyperscale"
                    count={report.comparisons.hyperscaleEquivalents}
                    values={{ n: fmtSig(report.comparisons.hyperscaleEquivalents) }}
                    components={[<b />]}
                  />
                ) : (
                  <Trans
                    t={t}
                    i18nKey="quotes.hyperscaleShare"
                    values={{ share: fmtShare(report.comparisons.hyperscaleEquivalents) }}
                    components={[<b />]}
                  />
                )}
              </li>
              <li>
                <Trans
                  t={t}
                  i18nKey="quotes.coal"
                  values={{ time: fmtDays(report.comparisons.coalPlantDays) }}
                  components={[<b />]}
                />
              </li>
            </ul>
            <h4>{t('panel.flipsTitle')}</h4>
            <GridSlider
              value={report.resolved.params.gridKgCo2ePerKwh}
              flip={report.comparisons.flipGridKgCo2ePerKwh}
              onChange={onGrid}
            />
            <h4>{t('panel.decidesTitle')}</h4>
            <Tornado bars={bars} current={report.comparisons.paybackShareOfLife} />
            {energy.shells.length > 1 && (
              <>
                <h4>{t('panel.byShell')}</h4>
                <ul className="bd-shells small">
                  {energy.shells.map((s) => (
                    <li key={s.shell}>
                      <span className="bd-shell-name">
                        {meta ? shellName(meta.name, s.shell, s.name) : s.name}
                      </span>
                      <span className="bd-shell-val">
                        {s.count > 0 ? fmtShare(s.meanComputeAvailable) : NO_VALUE}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        <h4>{t('panel.assumptions')}</h4>
        {report && energy ? (
          <BurdenFields
            resolved={report.resolved}
            meanComputeLoadW={energy.meanComputeLoadW}
            onValue={onValue}
          />
        ) : (
          <p className="small muted">{t('panel.assumptionsLater')}</p>
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
  return v === null ? NO_VALUE : fmtSig(v);
}
