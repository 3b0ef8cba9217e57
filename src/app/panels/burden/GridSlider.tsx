/**
 * The grid-carbon slider: the one assumption the answer hinges on most often. The track is orange
 * where orbit never pays back within its life and blue where it does (a pair told apart with every common colour-vision deficiency); the mark is the flip point,
 * orbit CO2e ÷ (ground energy × lifetime); ticks show real grids (Ember 2023).
 */
import { Trans, useTranslation } from 'react-i18next';
import { GRID_REFERENCES } from '../../../sim/burden';
import { fmtSig } from './burdenText';

/** Right end of the slider, kg CO2e/kWh (the schema accepts up to 1.5). */
const SLIDER_MAX = 1;
/** The translation key of each reference grid (GRID_REFERENCES' English labels). */
const REF_KEY: Record<string, 'france' | 'eu' | 'usa' | 'world' | 'china'> = {
  'Low-carbon grid (France)': 'france',
  EU: 'eu',
  USA: 'usa',
  World: 'world',
  China: 'china',
};
const UNIT = 'kg CO2e/kWh';

export function GridSlider({
  value,
  flip,
  onChange,
}: {
  value: number;
  flip: number | null;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation('burden');
  // The thumb's centre runs from 9 px to (width − 9 px): ticks and the flip mark use the same scale.
  const pct = (v: number) =>
    `calc(9px + (100% - 18px) * ${Math.min(SLIDER_MAX, Math.max(0, v)) / SLIDER_MAX})`;
  const flipPct = flip === null ? null : Math.min(100, (flip / SLIDER_MAX) * 100);
  // Below the flip grid orbit never pays back (orange), above it does (blue): not red/green, which
  // deuteranopia merges.
  const track =
    flipPct === null
      ? 'rgba(230, 97, 1, 0.6)'
      : `linear-gradient(90deg, rgba(230, 97, 1, 0.7) 0%, rgba(230, 97, 1, 0.7) ${flipPct}%, rgba(94, 156, 230, 0.75) ${flipPct}%, rgba(94, 156, 230, 0.75) 100%)`;
  return (
    <div className="bd-grid" data-testid="burden-grid">
      <label htmlFor="bd-grid-range" className="bd-grid-label">
        <Trans
          t={t}
          i18nKey="grid.label"
          values={{ value: fmtSig(value) }}
          components={[<b data-testid="burden-grid-value" />]}
        />
      </label>
      <div className="bd-grid-range">
        <input
          id="bd-grid-range"
          type="range"
          min={0}
          max={SLIDER_MAX}
          step={0.001}
          value={Math.min(SLIDER_MAX, value)}
          style={{ background: track }}
          data-testid="burden-grid-range"
          aria-valuetext={`${fmtSig(value)} ${UNIT}`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        {flipPct !== null && flipPct < 100 && (
          <i
            className="bd-grid-flip"
            style={{ left: `calc(9px + (100% - 18px) * ${flipPct / 100})` }}
            title={t('grid.flipTitle')}
          />
        )}
      </div>
      <div className="bd-grid-ticks">
        {GRID_REFERENCES.map((g) => {
          const key = REF_KEY[g.label];
          const label = key ? t(`grid.refs.${key}.label`) : g.label;
          const v = { label, value: fmtSig(g.kgCo2ePerKwh) };
          return (
            <button
              key={g.label}
              className="bd-grid-tick"
              aria-label={t('grid.setTo', v)}
              style={{ left: pct(g.kgCo2ePerKwh) }}
              title={t('grid.tickTitle', { ...v, source: g.source.title })}
              onClick={() => onChange(g.kgCo2ePerKwh)}
            >
              {key ? t(`grid.refs.${key}.abbr`) : g.label}
            </button>
          );
        })}
      </div>
      <p className="small bd-grid-note" data-testid="burden-flip">
        {flip === null
          ? t('grid.nothing')
          : flip > SLIDER_MAX
            ? t('grid.dirtier', { flip: fmtSig(flip) })
            : t('grid.flips', { flip: fmtSig(flip) })}
      </p>
    </div>
  );
}
