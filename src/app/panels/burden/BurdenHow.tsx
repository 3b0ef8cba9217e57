/**
 * "How is this computed?" for the Earth-burden panel: every formula of src/sim/burden.ts, the
 * constants with their sources, how the year's energy was sampled (numbers from the worker's reply)
 * and what the model leaves out. Constants are imported, so the note cannot drift from the code.
 */
import { Trans, useTranslation } from 'react-i18next';
import {
  COAL_KG_CO2E_PER_KWH,
  COAL_PLANT_MW,
  COAL_PLANT_T_CO2E_PER_DAY,
  GLOBAL_DC_MWH_2024,
  GLOBAL_DC_MWH_2030,
  HOURS_PER_YEAR,
  HYPERSCALE_IT_MW,
  SOURCES,
  type BurdenEnergy,
} from '../../../sim/burden';
import { fmtNum } from './burdenText';
import type { ReactNode } from 'react';

/** The command line that runs the same model (not translated: it is typed as it is). */
const SIM_COMMAND = 'npm run sim -- <scenario> --burden';

/** A link to a source; Trans puts the source's title inside it. */
function Src({ s, children }: { s: { title: string; url: string }; children?: ReactNode }) {
  return (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {children ?? s.title}
    </a>
  );
}

export function BurdenHow({ energy }: { energy: BurdenEnergy | null }) {
  const { t } = useTranslation('burden');
  const hours = fmtNum(HOURS_PER_YEAR);
  return (
    <details className="how bd-how" data-testid="burden-how">
      <summary>{t('how.title')}</summary>
      <div className="how-body">
        <p>
          <Trans
            t={t}
            i18nKey="how.intro"
            values={{ cmd: SIM_COMMAND, hours }}
            components={[<code />, <code />]}
          />
        </p>
        <h5>{t('how.energyTitle')}</h5>
        <p>
          {t('how.energy')}{' '}
          {energy
            ? t('how.energySampled', {
                nodes: fmtNum(energy.sampledNodes),
                days: energy.sampledDays,
                windowH: energy.windowHours,
                warmupH: fmtNum(energy.warmupHours, 1),
                stepS: energy.stepS,
                hours,
              })
            : t('how.energyPending')}
        </p>
        <h5>{t('how.orbitTitle')}</h5>
        <ul>
          <li>{t('how.orbit1')}</li>
          <li>{t('how.orbit2')}</li>
          <li>{t('how.orbit3')}</li>
        </ul>
        <h5>{t('how.groundTitle')}</h5>
        <ul>
          <li>{t('how.ground1')}</li>
          <li>{t('how.ground2')}</li>
          <li>{t('how.ground3')}</li>
        </ul>
        <h5>{t('how.answerTitle')}</h5>
        <ul>
          <li>{t('how.answer1')}</li>
          <li>{t('how.answer2')}</li>
          <li>
            <Trans
              t={t}
              i18nKey="how.answer3"
              values={{
                twh2024: fmtNum(GLOBAL_DC_MWH_2024 / 1e6),
                twh2030: fmtNum(GLOBAL_DC_MWH_2030 / 1e6),
                source: SOURCES.ieaEnergyAi.title,
              }}
              components={[<Src s={SOURCES.ieaEnergyAi} />]}
            />
          </li>
          <li>{t('how.answer4', { mw: HYPERSCALE_IT_MW, hours })}</li>
          <li>
            <Trans
              t={t}
              i18nKey="how.answer5"
              values={{
                tPerDay: fmtNum(COAL_PLANT_T_CO2E_PER_DAY),
                plantMw: fmtNum(COAL_PLANT_MW),
                gPerKwh: COAL_KG_CO2E_PER_KWH * 1000,
                source: SOURCES.ipccAr5.title,
              }}
              components={[<Src s={SOURCES.ipccAr5} />]}
            />
          </li>
        </ul>
        <h5>{t('how.leftTitle')}</h5>
        <p>{t('how.left')}</p>
      </div>
    </details>
  );
}
