/** Scenario-wide node defaults (docs/scenario-format.md `node`) in the scenario editor. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NODE_FIELDS, type FieldSpec } from './edit';
import { Field } from './ShellFields';

export function NodeFields({
  node,
  problems,
  onField,
}: {
  node: Record<string, unknown> | undefined;
  problems: (key: string) => readonly string[] | undefined;
  onField: (spec: FieldSpec, text: string) => void;
}) {
  // A field emptied while typing stays empty (the default applies) instead of jumping back to the default.
  const { t } = useTranslation('editor');
  const [blank, setBlank] = useState<ReadonlySet<string>>(new Set());
  const change = (f: FieldSpec, text: string) => {
    const next = new Set(blank);
    if (text.trim() === '') next.add(f.key);
    else next.delete(f.key);
    setBlank(next);
    onField(f, text);
  };
  return (
    <section className="ed-node" aria-label={t('node.title')}>
      <h4>{t('node.title')}</h4>
      <p className="muted small ed-note">{t('node.note')}</p>
      <div className="ed-grid">
        {NODE_FIELDS.map((f) => (
          <Field
            key={f.key}
            spec={f}
            value={node && f.key in node ? node[f.key] : blank.has(f.key) ? '' : f.default}
            placeholder={String(f.default)}
            testId={`editor-node-${f.key}`}
            problems={problems(f.key)}
            onChange={(text) => change(f, text)}
          />
        ))}
      </div>
    </section>
  );
}
