/** Loading state, the hover label, notices and the no-WebGL panel. All text is rendered as text. */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useApp } from '../state/store';
import { satelliteIdentity } from '../scenario/identity';
import { LoadProgress } from './LoadProgress';

export function LoadingOverlay() {
  const status = useApp((s) => s.status);
  const progress = useApp((s) => s.progress);
  if (status === 'ready' || status === 'error') return null;
  return (
    <div className="loading" data-testid="loading-overlay" role="status" aria-live="polite">
      <div className="spinner" aria-hidden />
      <LoadProgress />
      <div>{progress || 'Loading…'}</div>
    </div>
  );
}

export function HoverLabel() {
  const hovered = useApp((s) => s.hovered);
  const meta = useApp((s) => s.meta);
  const selected = useApp((s) => s.selected);
  // While a click places a ground station it selects nothing, so no "click to select" label.
  const placing = useApp((s) => s.placingStation);
  if (!hovered || !meta || hovered.index >= meta.total || placing) return null;
  const who = satelliteIdentity(meta.shells, hovered.index);
  return (
    <div
      className="hover-label"
      data-testid="hover-label"
      style={{ transform: `translate(${hovered.x + 14}px, ${hovered.y - 10}px)` }}
    >
      {who.name}
      {hovered.index !== selected && <span className="muted small"> · click to select</span>}
    </div>
  );
}

export function Notice() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      data-testid="notice"
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <pre>{notice.text}</pre>
      <button className="icon" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

export function WebGLError({ message }: { message: string }) {
  return (
    <div className="fatal" data-testid="webgl-error" role="alert">
      <h1>This view needs WebGL 2</h1>
      <p>{message}</p>
      <p>
        Try a current Chrome, Edge, Firefox or Safari, make sure hardware acceleration is enabled in the
        browser settings, or open this page on another device.
      </p>
    </div>
  );
}
