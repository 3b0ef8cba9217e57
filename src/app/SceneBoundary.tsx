/** The 3D view's error boundary: a WebGL context that cannot be created (blocked, blocklisted GPU) shows the WebGL panel, not a blank page. */
import { Component, type ReactNode } from 'react';
import { useApp } from '../state/store';
import { t } from '../i18n/i18n';

export class SceneBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  override componentDidCatch(e: unknown) {
    useApp
      .getState()
      .setFatal(t('common:overlay.sceneFailed', { message: e instanceof Error ? e.message : String(e) }));
  }
  override render() {
    return this.state.error ? null : this.props.children;
  }
}
