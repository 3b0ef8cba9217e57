/**
 * The grid-carbon slider: the one assumption the answer hinges on most often. The track is red
 * where orbit never pays back within its life and green where it does; the mark is the flip point,
 * orbit CO2e ÷ (ground energy × lifetime); ticks show real grids (Ember 2023).
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { GRID_REFERENCES } from '../../../sim/burden';
import { fmtSig } from './burdenText';

/** Right end of the slider, kg CO2e/kWh (the schema accepts up to 1.5). */
const SLIDER_MAX = 1;
const ABBR: Record<string, string> = {
  'Low-carbon grid (France)': 'FR',
  EU: 'EU',
  USA: 'US',
  World: 'World',
  China: 'CN',
};

export function GridSlider({
  value,
  flip,
  onChange,
}: {
  value: number;
  flip: number | null;
  onChange: (v: number) => void;
}) {
  // The thumb's centre runs from 9 px to (width − 9 px): ticks and the flip mark use the same scale.
  const pct = (v: number) =>
    `calc(9px + (100% - 18px) * ${Math.min(SLIDER_MAX, Math.max(0, v)) / SLIDER_MAX})`;
  const flipPct = flip === null ? null : Math.min(100, (flip / SLIDER_MAX) * 100);
  // Below the flip grid orbit never pays back (red), above it does (green).
  const track =
    flipPct === null
      ? 'rgba(255, 107, 107, 0.55)'
      : `linear-gradient(90deg, rgba(255, 107, 107, 0.6) 0%, rgba(255, 107, 107, 0.6) ${flipPct}%, rgba(126, 224, 129, 0.6) ${flipPct}%, rgba(126, 224, 129, 0.6) 100%)`;
  return (
    <div className="bd-grid" data-testid="burden-grid">
      <label htmlFor="bd-grid-range" className="bd-grid-label">
        Grid carbon <b data-testid="burden-grid-value">{fmtSig(value)}</b> kg CO2e/kWh
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
          onChange={(e) => onChange(Number(e.target.value))}
        />
        {flipPct !== null && flipPct < 100 && (
          <i
            className="bd-grid-flip"
            style={{ left: `calc(9px + (100% - 18px) * ${flipPct / 100})` }}
            title="where the answer flips"
          />
        )}
      </div>
      <div className="bd-grid-ticks">
        {GRID_REFERENCES.map((g) => (
          <button
            key={g.label}
            className="bd-grid-tick"
            aria-label={`Set the grid to ${g.label}, ${g.kgCo2ePerKwh} kg CO2e/kWh`}
            style={{ left: pct(g.kgCo2ePerKwh) }}
            title={`${g.label}: ${g.kgCo2ePerKwh} kg CO2e/kWh — ${g.source.title}`}
            onClick={() => onChange(g.kgCo2ePerKwh)}
          >
            {ABBR[g.label] ?? g.label}
          </button>
        ))}
      </div>
      <p className="small bd-grid-note" data-testid="burden-flip">
        {flip === null
          ? 'Nothing to compare: the constellation delivers no compute.'
          : flip > SLIDER_MAX
            ? `Orbit pays back within its life only on grids dirtier than ${fmtSig(flip)} kg CO2e/kWh — dirtier than any real grid.`
            : `The answer flips at ${fmtSig(flip)} kg CO2e/kWh: on cleaner grids (red) orbit never pays back within its life, on dirtier ones (green) it does.`}
      </p>
    </div>
  );
}
