/**
 * How satellites are coloured: a picker over the modes of src/scene/colorModes.ts, the ramp of the
 * chosen one with its end labels and meaning, and the "Show Earth's shadow" switch.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type ColorMode } from '../../../state/store';
import { COLOR_SCALES, rampCss, type ColorScale } from '../../../scene/colorModes';
import { FlagCheck } from '../../cardParts';
import { t as tr } from '../../../i18n/i18n';
import { fmtPct, fmtSignedPowerW, fmtTempC } from './budgetFormat';
import { fmtCount } from '../../format';
import { SunIcon } from './SunIcon';
import type { SunlightState } from './sunlight';
import './budget.css';

const MODES = Object.keys(COLOR_SCALES) as ColorMode[];

/** What a budget colour means when only every `stride`-th satellite is budgeted (the shader's rule: satellite i shows satellite ⌊i / stride⌋ · stride). */
export function sampledNote(stride: number): string {
  return tr('budget:legend.sampled', { stride: fmtCount(stride) });
}

/** A value of `scale` written for the legend in the language in use (the scale's own `format` is English). */
export function legendValue(scale: Pick<ColorScale, 'mode'>, v: number): string {
  switch (scale.mode) {
    case 'sunlight':
      return tr(`budget:sun.short.${sunlightOf(v)}`);
    case 'battery':
    case 'compute':
      return fmtPct(v);
    case 'temperature':
      return fmtTempC(v, 0);
    case 'margin':
      return fmtSignedPowerW(v);
    default:
      return '';
  }
}

/** The sunlight state a sunlight-scale value stands for: 0 sunlit, 1 umbra, between penumbra. */
const sunlightOf = (v: number): SunlightState => (v <= 0 ? 'sunlit' : v >= 1 ? 'umbra' : 'penumbra');

/** The colour-mode card; `children` go at its foot (the link legend, loaded after the first frame). */
export function ColorLegend({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('budget');
  const mode = useApp((s) => s.colorMode);
  const panelOpen = useApp((s) => s.panelOpen);
  const setColorMode = useApp((s) => s.setColorMode);
  const stride = useApp((s) => s.budgetStride);
  const id = useId();
  const scale = COLOR_SCALES[mode] ?? COLOR_SCALES.shell;
  const label = t(`legend.modes.${scale.mode}.label`);
  const ends =
    scale.mode === 'sunlight' ? [scale.min, (scale.min + scale.max) / 2, scale.max] : [scale.min, scale.max];
  return (
    <section className={`card color-legend ${panelOpen ? 'open' : ''}`} aria-label={t('legend.label')}>
      <div className="cl-row">
        <label htmlFor={`${id}-mode`}>{t('legend.colourBy')}</label>
        <select
          id={`${id}-mode`}
          data-testid="color-mode"
          value={mode}
          onChange={(e) => setColorMode(e.target.value as ColorMode)}
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`legend.modes.${m}.label`)}
            </option>
          ))}
        </select>
      </div>
      <div data-testid="color-legend" className="cl-legend">
        {mode === 'shell' ? (
          <p className="small">{t('legend.shellOnly')}</p>
        ) : (
          <>
            <div
              className="cl-ramp"
              style={{ background: rampCss(scale) }}
              role="img"
              aria-label={t('legend.ramp', {
                label,
                min: legendValue(scale, scale.min),
                max: legendValue(scale, scale.max),
              })}
            />
            <div className="cl-ends small">
              {ends.map((v) => (
                <span key={v}>
                  {scale.mode === 'sunlight' && <SunIcon state={sunlightOf(v)} />}
                  {legendValue(scale, v)}
                </span>
              ))}
            </div>
            <p className="small muted cl-desc">{t(`legend.modes.${scale.mode}.description`)}</p>
            {scale.channel >= 0 && stride > 1 && (
              <p className="small muted" data-testid="color-sampled">
                {sampledNote(stride)}
              </p>
            )}
          </>
        )}
      </div>
      <FlagCheck flag="showShadow" testId="shadow-toggle">
        {t('legend.showShadow')}
      </FlagCheck>
      {children}
    </section>
  );
}
