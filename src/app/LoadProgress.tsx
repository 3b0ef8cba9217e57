/** The loading overlay's progress bar: the engine's load stages (src/engine/loadProgress.ts) as a labelled bar. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  latestLoadProgress,
  subscribeLoadProgress,
  type LoadProgress as Progress,
} from '../engine/loadProgress';

/** The stage in words ("Building 1,000,000 satellites"), in the language in use. */
export function stageLabel(t: TFunction<'common'>, p: Progress): string {
  switch (p.stage) {
    case 'workers':
      return t('progress.workers');
    case 'building':
      return p.count === null ? t('progress.buildingUnknown') : t('progress.building', { count: p.count });
    case 'propagating':
      return t('progress.propagating', { count: p.count ?? 0 });
    case 'firstFrame':
      return t('progress.firstFrame', { count: p.count ?? 0 });
    case 'ready':
      return t('progress.ready');
  }
}

/** A progress bar (role="progressbar", 0–100) with the stage as its text; nothing before the first load. */
export function LoadProgress() {
  const { t } = useTranslation('common');
  const p = useSyncExternalStore(subscribeLoadProgress, latestLoadProgress);
  if (!p) return null;
  const percent = Math.round(p.fraction * 100);
  const label = stageLabel(t, p);
  return (
    <div
      className="load-progress"
      data-testid="load-progress"
      data-stage={p.stage}
      role="progressbar"
      aria-label={t('progress.label')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={label}
    >
      <div className="load-progress-track" aria-hidden>
        <div className="load-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="load-progress-text">{label}</div>
    </div>
  );
}
