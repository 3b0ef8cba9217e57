/**
 * The scenario editor's "Tour" section: the steps presenter mode plays (docs/scenario-format.md,
 * "tour"). Add a step from the current view (time, camera, selection, warp, colour mode, layers,
 * route: Engine.getView), edit its caption, show it, move it up or down, delete it. The edited tour
 * goes into the scenario's `tour` array like any other edit (validated, applied, undoable).
 */
import { useTranslation } from 'react-i18next';
import type { Engine } from '../../engine/engine';
import { useApp } from '../../state/store';
import { moveStep, tourStepFromView, tourStepView, type TourStep } from '../../scenario/tour';

type StepJson = Partial<TourStep> & Record<string, unknown>;

export function TourFields({
  tour,
  engine,
  onChange,
}: {
  tour: unknown;
  engine: Engine;
  onChange: (tour: StepJson[], typing: boolean) => void;
}) {
  const steps: StepJson[] = Array.isArray(tour)
    ? tour.map((s) => (s && typeof s === 'object' ? (s as StepJson) : {}))
    : [];
  const meta = useApp((s) => s.meta);
  const { t } = useTranslation('editor');

  const add = () => {
    if (!meta) return;
    onChange([...steps, tourStepFromView(engine.getView(), meta.epochMs, '') as StepJson], false);
  };
  const show = (i: number) => {
    const s = steps[i];
    if (!meta || typeof s.at !== 'string') return;
    engine.applyView(tourStepView({ caption: '', ...s, at: s.at } as TourStep, meta.epochMs), {
      durationMs: 900,
    });
  };

  return (
    <section className="ed-tour" aria-label={t('tour.title')} data-testid="tour-editor">
      <h4>{t('tour.title')}</h4>
      <p className="muted small ed-note">{t('tour.note')}</p>
      {steps.length === 0 && <p className="muted small">{t('tour.empty')}</p>}
      <ol className="ed-tour-list">
        {steps.map((s, i) => (
          <li key={i} className="ed-tour-step" data-testid={`tour-step-${i}`}>
            <div className="ed-tour-head">
              <span className="ed-tour-at" title={t('tour.atTitle')}>
                {i + 1}. {typeof s.at === 'string' ? s.at : '?'}
                {typeof s.select === 'string' ? ` · ${s.select}` : ''}
              </span>
              <button data-testid={`tour-show-${i}`} title={t('tour.showTitle')} onClick={() => show(i)}>
                {t('tour.show')}
              </button>
              <button
                data-testid={`tour-up-${i}`}
                aria-label={t('tour.up', { n: i + 1 })}
                disabled={i === 0}
                onClick={() => onChange(moveStep(steps, i, i - 1), false)}
              >
                ↑
              </button>
              <button
                data-testid={`tour-down-${i}`}
                aria-label={t('tour.down', { n: i + 1 })}
                disabled={i === steps.length - 1}
                onClick={() => onChange(moveStep(steps, i, i + 1), false)}
              >
                ↓
              </button>
              <button
                className="ed-remove"
                data-testid={`tour-remove-${i}`}
                aria-label={t('tour.removeLabel', { n: i + 1 })}
                onClick={() =>
                  onChange(
                    steps.filter((_, k) => k !== i),
                    false,
                  )
                }
              >
                {t('tour.remove')}
              </button>
            </div>
            <textarea
              className="ed-tour-caption"
              data-testid={`tour-caption-${i}`}
              aria-label={t('tour.caption', { n: i + 1 })}
              rows={2}
              maxLength={2000}
              value={typeof s.caption === 'string' ? s.caption : ''}
              placeholder={t('tour.captionPlaceholder')}
              onChange={(e) =>
                onChange(
                  steps.map((x, k) => (k === i ? { ...x, caption: e.target.value } : x)),
                  true,
                )
              }
            />
          </li>
        ))}
      </ol>
      <button data-testid="tour-add" disabled={!meta} onClick={add}>
        {t('tour.add')}
      </button>
    </section>
  );
}
