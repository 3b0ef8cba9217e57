/**
 * How satellites are coloured: a picker over the modes of src/scene/colorModes.ts, the ramp of the
 * chosen one with its end labels and meaning, and the "Show Earth's shadow" switch.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useId } from 'react';
import { useApp, type ColorMode } from '../../../state/store';
import { COLOR_SCALES, rampCss } from '../../../scene/colorModes';
import { LinkLegend } from '../network/LinkLegend';
import { FlagCheck } from '../../cardParts';
import './budget.css';

const MODES = Object.keys(COLOR_SCALES) as ColorMode[];

/** What a budget colour means when only every `stride`-th satellite is budgeted (the shader's rule: satellite i shows satellite ⌊i / stride⌋ · stride). */
export function sampledNote(stride: number): string {
  return `Sampled: 1 in ${stride.toLocaleString('en-US')} satellites is budgeted; the others show the colour of the budgeted satellite numbered just before them (usually in the same plane). A selected satellite’s own budget is always computed exactly.`;
}

export function ColorLegend() {
  const mode = useApp((s) => s.colorMode);
  const panelOpen = useApp((s) => s.panelOpen);
  const setColorMode = useApp((s) => s.setColorMode);
  const stride = useApp((s) => s.budgetStride);
  const id = useId();
  const scale = COLOR_SCALES[mode] ?? COLOR_SCALES.shell;
  return (
    <section className={`card color-legend ${panelOpen ? 'open' : ''}`} aria-label="Colours">
      <div className="cl-row">
        <label htmlFor={`${id}-mode`}>Colour by</label>
        <select
          id={`${id}-mode`}
          data-testid="color-mode"
          value={mode}
          onChange={(e) => setColorMode(e.target.value as ColorMode)}
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {COLOR_SCALES[m].label}
            </option>
          ))}
        </select>
      </div>
      <div data-testid="color-legend" className="cl-legend">
        {mode === 'shell' ? (
          <p className="small">Colour: shell (dimmed in Earth’s shadow)</p>
        ) : (
          <>
            <div
              className="cl-ramp"
              style={{ background: rampCss(scale) }}
              role="img"
              aria-label={`${scale.label} from ${scale.format(scale.min)} to ${scale.format(scale.max)}`}
            />
            <div className="cl-ends small">
              <span>{scale.format(scale.min)}</span>
              {scale.mode === 'sunlight' && <span>{scale.format((scale.min + scale.max) / 2)}</span>}
              <span>{scale.format(scale.max)}</span>
            </div>
            <p className="small muted cl-desc">{scale.description}</p>
            {scale.channel >= 0 && stride > 1 && (
              <p className="small muted" data-testid="color-sampled">
                {sampledNote(stride)}
              </p>
            )}
          </>
        )}
      </div>
      <FlagCheck flag="showShadow" testId="shadow-toggle">
        Show Earth’s shadow
      </FlagCheck>
      <LinkLegend />
    </section>
  );
}
