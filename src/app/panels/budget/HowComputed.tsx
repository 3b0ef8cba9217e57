/**
 * "How is this computed?": the power and thermal model in plain words, with its assumptions and
 * sources (docs/physics.md). The numbers are the constants the simulation itself uses, imported from
 * src/sim, so the note cannot drift from the code.
 */
import { Trans, useTranslation } from 'react-i18next';
import { SOLAR_CONSTANT_W_M2, STEFAN_BOLTZMANN } from '../../../sim/constants';
import {
  EARTH_ALBEDO,
  EARTH_AREA_FRACTION,
  OLR_W_M2,
  SUN_AREA_FRACTION,
  THROTTLE_SPAN_K,
} from '../../../sim/thermal';
import { NODE_PARAM_DEFAULTS } from '../../../sim/nodeParams';
import { BATTERY_DISCHARGE_EFFICIENCY } from '../../../sim/power';
import { fmtNumber } from '../../format';
import { fmtPct } from './budgetFormat';

/** Book titles in the note are set in italics (<i>…</i> in the strings; React elements, never HTML). */
const ITALIC = { i: <i /> };

export function HowComputed() {
  const { t } = useTranslation('budget');
  const d = NODE_PARAM_DEFAULTS;
  const frac = (f: number) => (f === 0.25 ? t('how.quarter') : f === 0.5 ? t('how.half') : fmtPct(f));
  const pct = (f: number) => fmtNumber(Math.round(f * 100));
  return (
    <details className="how" data-testid="how-computed">
      <summary>{t('how.summary')}</summary>
      <div className="how-body">
        <p>{t('how.intro')}</p>
        <h5>{t('how.sunlight')}</h5>
        <ul>
          <li>{t('how.flux', { flux: fmtNumber(SOLAR_CONSTANT_W_M2) })}</li>
          <li>
            <Trans t={t} i18nKey="how.shadow" components={ITALIC} />
          </li>
          <li>
            <Trans t={t} i18nKey="how.beta" components={ITALIC} />
          </li>
        </ul>
        <h5>{t('how.powerHeading')}</h5>
        <ul>
          <li>{t('how.generated')}</li>
          <li>
            {t('how.battery', {
              charge: pct(d.chargeEfficiency),
              discharge: pct(BATTERY_DISCHARGE_EFFICIENCY),
            })}
          </li>
          <li>{t('how.curtailed')}</li>
          <li>
            {t('how.floor', { usable: pct(d.depthOfDischargeMax), reserve: pct(1 - d.depthOfDischargeMax) })}
          </li>
        </ul>
        <h5>{t('how.heatHeading')}</h5>
        <ul>
          <li>{t('how.lumped')}</li>
          <li>
            {t('how.heatIn', {
              sunFraction: frac(SUN_AREA_FRACTION),
              olr: fmtNumber(OLR_W_M2),
              albedo: fmtNumber(EARTH_ALBEDO, 2),
              earthFraction: frac(EARTH_AREA_FRACTION),
            })}
          </li>
          <li>{t('how.heatOut', { sigma: STEFAN_BOLTZMANN.toExponential(4) })}</li>
          <li>{t('how.throttle', { span: fmtNumber(THROTTLE_SPAN_K) })}</li>
        </ul>
        <h5>{t('how.timeHeading')}</h5>
        <ul>
          <li>{t('how.steps')}</li>
          <li>{t('how.sampled')}</li>
        </ul>
        <p className="small muted">
          <Trans t={t} i18nKey="how.sources" components={ITALIC} />
        </p>
      </div>
    </details>
  );
}
