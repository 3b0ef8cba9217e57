/**
 * Small pieces the cards share: a row of a definition list (`budget-dl`) and a checkbox bound to
 * one of the store's on/off switches.
 */
import type { GlossaryKey } from './glossary';
import { Children, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type LayerFlag } from '../state/store';

/**
 * One row of a `budget-dl` list: the label, the value (in a span carrying `testId`) and, when
 * given, a smaller line under it.
 */
export function DlRow({
  label,
  value,
  testId,
  sub,
  className,
}: {
  label: ReactNode;
  value: ReactNode;
  testId?: string;
  sub?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>
        <span data-testid={testId}>{value}</span>
        {sub && <span className="budget-sub">{sub}</span>}
      </dd>
    </div>
  );
}

/** The store's fields that are plain on/off switches. */
type Flag = LayerFlag;

/** A labelled checkbox that shows and sets the store's `flag`. */
export function FlagCheck({ flag, testId, children }: { flag: Flag; testId: string; children: ReactNode }) {
  const on = useApp((s) => s[flag]);
  const setLayer = useApp((s) => s.setLayer);
  return (
    <label className="cl-check">
      <input
        type="checkbox"
        data-testid={testId}
        checked={on}
        onChange={(e) => setLayer(flag, e.target.checked)}
      />
      {children}
    </label>
  );
}

/**
 * A term with its plain explanation (`budget:glossary.<k>`, src/app/glossary.ts): dotted underline,
 * the explanation as a tooltip on hover and keyboard focus, and for screen readers. `children` may
 * come from a `<Trans>` string (`<term>…</term>`).
 */
export function Term({ k, children }: { k: GlossaryKey; children?: ReactNode }) {
  const { t } = useTranslation('budget');
  const explanation = t(`glossary.${k}`);
  const name = Children.toArray(children)
    .filter((c) => typeof c === 'string' || typeof c === 'number')
    .join('');
  return (
    <abbr className="term" title={explanation} tabIndex={0} aria-label={`${name}. ${explanation}`}>
      {children}
    </abbr>
  );
}
