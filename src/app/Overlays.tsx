/** Loading state, the hover label, notices and the no-WebGL panel. All text is rendered as text. */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { problemText } from '../i18n/problemText';
import { satelliteName } from './satelliteName';
import { LoadProgress } from './LoadProgress';

export function LoadingOverlay() {
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.progress);
  const { t } = useTranslation('common');
  if (status === 'ready' || status === 'error') return null;
  return (
    <div className="loading" data-testid="loading-overlay" role="status" aria-live="polite">
      <div className="spinner" aria-hidden />
      <LoadProgress />
      <div>{progress || t('overlay.loading')}</div>
    </div>
  );
}

export function HoverLabel() {
  const hovered = useApp((s) => s.hovered);
  const meta = useApp((s) => s.meta);
  const selected = useApp((s) => s.selected);
  // While a click places a ground station it selects nothing, so no "click to select" label.
  const placing = useApp((s) => s.placingStation);
  const { t } = useTranslation('common');
  if (!hovered || !meta || hovered.index >= meta.total || placing) return null;
  return (
    <div
      className="hover-label"
      data-testid="hover-label"
      style={{ transform: `translate(${hovered.x + 14}px, ${hovered.y - 10}px)` }}
    >
      {satelliteName(meta, hovered.index)}
      {hovered.index !== selected && <span className="muted small"> · {t('overlay.clickToSelect')}</span>}
    </div>
  );
}

export function Notice() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);
  const { t } = useTranslation('common');
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      data-testid="notice"
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <pre>{problemText(notice.text)}</pre>
      <button className="icon" aria-label={t('overlay.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

export function WebGLError({ message }: { message: string }) {
  const { t } = useTranslation('common');
  return (
    <div className="fatal" data-testid="webgl-error" role="alert">
      <h1>{t('overlay.webglTitle')}</h1>
      <p>{message}</p>
      <p>{t('overlay.webglHelp')}</p>
    </div>
  );
}
