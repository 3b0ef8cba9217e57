/** One shell in the scenario editor: its header (colour, name, kind, count), its fields and problems. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shellCss } from '../../scene/sceneData';
import { editor as enEditor } from '../../i18n/locales/en/editor';
import { translateProblem } from '../../i18n/problems';
import { fmtCount } from '../format';
import { shellFields, type FieldSpec, type ShellJson } from './edit';

type FieldKey = keyof typeof enEditor.fields;
type KindKey = keyof typeof enEditor.kinds;
const isFieldKey = (k: string): k is FieldKey => Object.hasOwn(enEditor.fields, k);
/** A shell kind's name in the language in use (the kind itself when unknown). */
export function useKindName(): (kind: string) => string {
  const { t } = useTranslation('editor');
  return (kind) => (Object.hasOwn(enEditor.kinds, kind) ? t(`kinds.${kind as KindKey}`) : kind);
}

/** Inline problems (text, never HTML), translated when drawn (src/i18n/problems.ts). */
export function Problems({ list }: { list: readonly string[] | undefined }) {
  useTranslation('errors'); // re-render when the language changes
  if (!list || list.length === 0) return null;
  return (
    <ul className="ed-error" data-testid="editor-error" role="alert">
      {list.map((m, k) => (
        <li key={k}>{translateProblem(m)}</li>
      ))}
    </ul>
  );
}

/** A labelled input for one field: number (with min/max/step), text or a choice. */
export function Field({
  spec,
  value,
  testId,
  problems,
  placeholder,
  onChange,
}: {
  spec: FieldSpec;
  value: unknown;
  testId: string;
  problems?: readonly string[];
  placeholder?: string;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const { t } = useTranslation('editor');
  const [hintOpen, setHintOpen] = useState(false);
  const bad = !!problems && problems.length > 0;
  const name = isFieldKey(spec.key) ? t(`fields.${spec.key}.label`) : spec.label;
  const hint = isFieldKey(spec.key) ? t(`fields.${spec.key}.hint`) : null;
  const label = spec.unit ? t('field.withUnit', { label: name, unit: spec.unit }) : name;
  // Numbers go to the input as numbers: React then leaves partial text such as "1." alone.
  const shown = typeof value === 'number' || typeof value === 'string' ? value : '';
  return (
    <div className={`ed-field ed-${spec.type} ${bad ? 'bad' : ''}`}>
      <div className="ed-label">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <button
            type="button"
            className="ed-hint-toggle"
            aria-label={t('field.hintLabel', { label: name })}
            aria-expanded={hintOpen}
            aria-controls={`${id}-hint`}
            title={hint}
            data-testid={`${testId}-hint`}
            onClick={() => setHintOpen(!hintOpen)}
          >
            ?
          </button>
        )}
      </div>
      {spec.type === 'select' ? (
        <select
          id={id}
          data-testid={testId}
          value={typeof value === 'string' ? value : (spec.options?.[0] ?? '')}
          aria-describedby={hint && hintOpen ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          {spec.options?.map((o) => (
            <option key={o} value={o}>
              {Object.hasOwn(enEditor.options, o) ? t(`options.${o as keyof typeof enEditor.options}`) : o}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          data-testid={testId}
          type={spec.type === 'number' ? 'number' : 'text'}
          inputMode={spec.type === 'number' ? 'decimal' : undefined}
          min={spec.min}
          max={spec.max}
          step={spec.step ?? 'any'}
          value={shown}
          placeholder={placeholder}
          aria-invalid={bad}
          aria-describedby={hint && hintOpen ? `${id}-hint` : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && hintOpen && (
        <p className="ed-hint muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <Problems list={problems} />
    </div>
  );
}

export function ShellFields({
  index,
  shell,
  count,
  fieldProblems,
  shellProblems,
  canRemove,
  onField,
  onRemove,
}: {
  index: number;
  shell: ShellJson;
  count: number | null;
  fieldProblems: (key: string) => readonly string[] | undefined;
  shellProblems: readonly string[] | undefined;
  canRemove: boolean;
  onField: (spec: FieldSpec, text: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('editor');
  const kindName = useKindName();
  const kind = typeof shell.kind === 'string' ? shell.kind : '?';
  const name = typeof shell.name === 'string' && shell.name ? shell.name : `${kind} ${index + 1}`;
  const fields = shellFields(shell.kind);
  return (
    <section
      className="ed-shell"
      data-testid={`editor-shell-${index}`}
      aria-label={t('shell.label', { n: index + 1, name })}
    >
      <header className="ed-shell-head">
        <i className="swatch" style={{ background: shellCss(index) }} aria-hidden />
        <span className="ed-shell-name" title={name}>
          {name}
        </span>
        <span className="muted small ed-shell-meta">
          {kindName(kind)} · {count === null ? t('shell.noCount') : fmtCount(count)}
        </span>
        <button
          className="ed-remove"
          data-testid={`editor-remove-shell-${index}`}
          disabled={!canRemove}
          title={canRemove ? t('shell.removeTitle') : t('shell.lastShell')}
          aria-label={t('shell.removeLabel', { n: index + 1 })}
          onClick={onRemove}
        >
          {t('shell.remove')}
        </button>
      </header>
      <div className="ed-grid">
        {fields.map((f) => (
          <Field
            key={f.key}
            spec={f}
            value={shell[f.key]}
            testId={`editor-field-${index}-${f.key}`}
            problems={fieldProblems(f.key)}
            placeholder={
              f.optional
                ? f.key === 'name'
                  ? `${kind} ${index + 1}`
                  : t('shell.defaultPlaceholder')
                : undefined
            }
            onChange={(text) => onField(f, text)}
          />
        ))}
      </div>
      {!(shell.kind === 'walker' || shell.kind === 'sso' || shell.kind === 'cluster') && (
        <p className="muted small ed-note">{t('shell.wholeKind')}</p>
      )}
      <Problems list={shellProblems} />
    </section>
  );
}
