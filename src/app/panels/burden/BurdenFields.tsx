/**
 * Every assumption of the Earth-burden model as a control: its value (typed; out-of-range text is
 * shown as a problem and never applied), unit, where the value comes from (the scenario, its preset
 * or the default) and the base's sourced value with its link and an "assumed" tag. Text the user
 * types is only ever text.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useEffect, useState } from 'react';
import {
  BURDEN_FIELDS,
  type BurdenBase,
  type BurdenFieldSpec,
  type BurdenKey,
  type ResolvedBurden,
  type Sourced,
} from '../../../sim/burden';
import { fmtSig } from './burdenText';

/** The base's value of one assumption (mass: kg per kW × the mean node load). */
function baseValue(
  base: BurdenBase,
  key: BurdenKey,
  meanComputeLoadW: number,
): { value: number; sourced: Sourced; perKw: boolean } {
  if (key === 'massKgPerNode')
    return { value: (base.kgPerKw.value * meanComputeLoadW) / 1000, sourced: base.kgPerKw, perKw: true };
  return { value: base.values[key].value, sourced: base.values[key], perKw: false };
}

export function SourceLine({ s, prefix }: { s: Sourced; prefix: string }) {
  return (
    <span className="bd-source">
      {prefix}
      {s.assumed && <span className="bd-assumed">assumed</span>} {s.note} —{' '}
      <a href={s.source.url} target="_blank" rel="noopener noreferrer">
        {s.source.title}
      </a>
    </span>
  );
}

function Field({
  spec,
  resolved,
  meanComputeLoadW,
  onValue,
}: {
  spec: BurdenFieldSpec;
  resolved: ResolvedBurden;
  meanComputeLoadW: number;
  onValue: (key: BurdenKey, value: number | undefined) => void;
}) {
  const value = resolved.params[spec.key];
  const origin = resolved.origin[spec.key];
  const base = baseValue(resolved.base, spec.key, meanComputeLoadW);
  const [text, setText] = useState(() => fmtInput(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(fmtInput(value));
  }, [value, focused]);
  const n = Number(text.trim());
  const problem =
    text.trim() === ''
      ? null
      : !Number.isFinite(n)
        ? 'not a number'
        : n < spec.min || n > spec.max
          ? `must be between ${fmtSig(spec.min)} and ${fmtSig(spec.max)}`
          : null;
  const id = `bd-${spec.key}`;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return (
    <li className={`bd-field ${problem ? 'bad' : ''}`} data-testid={`burden-field-${spec.key}`}>
      <div className="bd-field-head">
        <label htmlFor={id}>{spec.label}</label>
        <span className={`bd-origin ${origin}`} title="where this value comes from">
          {origin === 'scenario'
            ? 'your value'
            : origin === 'preset'
              ? resolved.base.label.toLowerCase()
              : 'default'}
        </span>
      </div>
      <div className="bd-field-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          data-testid={`burden-input-${spec.key}`}
          aria-invalid={problem ? true : undefined}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onChange={(e) => {
            const t = e.target.value;
            setText(t);
            const v = Number(t.trim());
            if (t.trim() === '') onValue(spec.key, undefined);
            else if (Number.isFinite(v) && v >= spec.min && v <= spec.max) onValue(spec.key, v);
          }}
        />
        <span className="bd-unit">{unit.trim()}</span>
        {origin === 'scenario' && (
          <button
            className="bd-reset"
            title={`Back to the ${resolved.base.label.toLowerCase()} value`}
            aria-label={`Reset ${spec.label}`}
            onClick={() => onValue(spec.key, undefined)}
          >
            ↺
          </button>
        )}
      </div>
      {problem && (
        <p className="bd-problem">
          {spec.label} {problem}
          {unit}.
        </p>
      )}
      <p className="bd-what small muted">{spec.what}</p>
      <p className="bd-base small">
        <SourceLine
          s={base.sourced}
          prefix={`${resolved.base.label}: ${base.perKw ? `${fmtSig(base.sourced.value)} kg per kW × ${fmtSig(meanComputeLoadW / 1000)} kW = ` : ''}${fmtSig(base.value)}${unit}. `}
        />
      </p>
    </li>
  );
}

/** A value as the input shows it (no exponent for ordinary sizes, at most 6 significant figures). */
function fmtInput(v: number): string {
  return Number(v.toPrecision(6)).toString();
}

export function BurdenFields({
  resolved,
  meanComputeLoadW,
  onValue,
}: {
  resolved: ResolvedBurden;
  meanComputeLoadW: number;
  onValue: (key: BurdenKey, value: number | undefined) => void;
}) {
  return (
    <ul className="bd-fields" aria-label="Assumptions">
      {BURDEN_FIELDS.map((spec) => (
        <Field
          key={spec.key}
          spec={spec}
          resolved={resolved}
          meanComputeLoadW={meanComputeLoadW}
          onValue={onValue}
        />
      ))}
    </ul>
  );
}
