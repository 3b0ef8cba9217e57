/**
 * Every assumption of the Earth-burden model as a control: its value (typed; out-of-range text is
 * shown as a problem and never applied), unit, where the value comes from (the scenario, its preset
 * or the default) and the base's sourced value with its link and an "assumed" tag. Text the user
 * types is only ever text.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
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

export function SourceLine({ s, prefix, note }: { s: Sourced; prefix: string; note?: string }) {
  const { t } = useTranslation('burden');
  return (
    <span className="bd-source">
      {prefix}
      {s.assumed && <span className="bd-assumed">{t('field.assumed')}</span>} {note ?? s.note} {DASH}{' '}
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
  const { t } = useTranslation('burden');
  const label = t(`fields.${spec.key}.label`);
  const baseName = resolved.base.name;
  const baseLabel = t(`bases.${baseName}.label`);
  const value = resolved.params[spec.key];
  const origin = resolved.origin[spec.key];
  const base = baseValue(resolved.base, spec.key, meanComputeLoadW);
  const [text, setText] = useState(() => fmtInput(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(fmtInput(value));
  }, [value, focused]);
  const n = Number(text.trim());
  const unitText = unitOf(spec, t);
  const unit = unitText ? ` ${unitText}` : '';
  const problem =
    text.trim() === ''
      ? null
      : !Number.isFinite(n)
        ? t('field.problemNaN', { label })
        : n < spec.min || n > spec.max
          ? t('field.problemRange', { label, min: fmtSig(spec.min), max: fmtSig(spec.max), unit })
          : null;
  const id = `bd-${spec.key}`;
  return (
    <li className={`bd-field ${problem ? 'bad' : ''}`} data-testid={`burden-field-${spec.key}`}>
      <div className="bd-field-head">
        <label htmlFor={id}>{label}</label>
        <span className={`bd-origin ${origin}`} title={t('field.originTitle')}>
          {origin === 'scenario'
            ? t('field.yourValue')
            : origin === 'preset'
              ? t(`bases.${baseName}.origin`)
              : t('field.default')}
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
        <span className="bd-unit">{unitText}</span>
        {origin === 'scenario' && (
          <button
            className="bd-reset"
            title={t('field.resetTitle', { base: t(`bases.${baseName}.origin`) })}
            aria-label={t('field.resetName', { label })}
            onClick={() => onValue(spec.key, undefined)}
          >
            {RESET}
          </button>
        )}
      </div>
      {problem && <p className="bd-problem">{problem}</p>}
      <p className="bd-what small muted">{t(`fields.${spec.key}.what`)}</p>
      <p className="bd-base small">
        <SourceLine
          s={base.sourced}
          note={t(
            `notes.${baseName}.${base.perKw ? 'kgPerKw' : (spec.key as Exclude<BurdenKey, 'massKgPerNode'>)}`,
          )}
          prefix={`${
            base.perKw
              ? t('field.basePerKw', {
                  base: baseLabel,
                  perKw: fmtSig(base.sourced.value),
                  kw: fmtSig(meanComputeLoadW / 1000),
                  value: fmtSig(base.value),
                  unit,
                })
              : t('field.baseLine', { base: baseLabel, value: fmtSig(base.value), unit })
          } `}
        />
      </p>
    </li>
  );
}

const DASH = '—';
const RESET = '↺';

/** The unit as shown: years are words, the rest are symbols. */
function unitOf(spec: BurdenFieldSpec, t: TFunction<'burden'>): string {
  return spec.key === 'lifetimeYears' ? t('units.yearsUnit') : spec.unit;
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
  const { t } = useTranslation('burden');
  return (
    <ul className="bd-fields" aria-label={t('field.listLabel')}>
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
