/** One shell in the scenario editor: its header (colour, name, kind, count), its fields and problems. */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useId } from 'react';
import { shellCss } from '../../scene/sceneData';
import { fmtCount } from '../format';
import { shellFields, type FieldSpec, type ShellJson } from './edit';

/** Inline problems (text, never HTML). */
export function Problems({ list }: { list: readonly string[] | undefined }) {
  if (!list || list.length === 0) return null;
  return (
    <ul className="ed-error" data-testid="editor-error" role="alert">
      {list.map((m, k) => (
        <li key={k}>{m}</li>
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
  const bad = !!problems && problems.length > 0;
  const label = `${spec.label}${spec.unit ? ` (${spec.unit})` : ''}`;
  // Numbers go to the input as numbers: React then leaves partial text such as "1." alone.
  const shown = typeof value === 'number' || typeof value === 'string' ? value : '';
  return (
    <div className={`ed-field ed-${spec.type} ${bad ? 'bad' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {spec.type === 'select' ? (
        <select
          id={id}
          data-testid={testId}
          value={typeof value === 'string' ? value : (spec.options?.[0] ?? '')}
          onChange={(e) => onChange(e.target.value)}
        >
          {spec.options?.map((o) => (
            <option key={o} value={o}>
              {o}
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
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
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
  const kind = typeof shell.kind === 'string' ? shell.kind : '?';
  const name = typeof shell.name === 'string' && shell.name ? shell.name : `${kind} ${index + 1}`;
  const fields = shellFields(shell.kind);
  return (
    <section
      className="ed-shell"
      data-testid={`editor-shell-${index}`}
      aria-label={`Shell ${index + 1}: ${name}`}
    >
      <header className="ed-shell-head">
        <i className="swatch" style={{ background: shellCss(index) }} aria-hidden />
        <span className="ed-shell-name" title={name}>
          {name}
        </span>
        <span className="muted small ed-shell-meta">
          {kind} · {count === null ? '—' : fmtCount(count)}
        </span>
        <button
          className="ed-remove"
          data-testid={`editor-remove-shell-${index}`}
          disabled={!canRemove}
          title={canRemove ? 'Remove this shell' : 'A scenario needs at least one shell'}
          aria-label={`Remove shell ${index + 1}`}
          onClick={onRemove}
        >
          Remove
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
            placeholder={f.optional ? (f.key === 'name' ? `${kind} ${index + 1}` : 'default') : undefined}
            onChange={(text) => onField(f, text)}
          />
        ))}
      </div>
      {!(shell.kind === 'walker' || shell.kind === 'sso' || shell.kind === 'cluster') && (
        <p className="muted small ed-note">
          This kind is edited as a whole: save the scenario, edit the file, open it again.
        </p>
      )}
      <Problems list={shellProblems} />
    </section>
  );
}
