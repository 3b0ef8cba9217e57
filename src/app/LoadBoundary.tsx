/**
 * Error boundary around a part that loads later (the panels after the first frame, a dialog): if its
 * chunk cannot be fetched (the network dropped, a new version replaced the old files) the part is left
 * out and a notice says so, while the scene and the rest of the app keep running — never a blank page.
 */
import { Component, Suspense, type ReactNode } from 'react';
import { useApp } from '../state/store';
import { t } from '../i18n/i18n';

interface LoadBoundaryProps {
  children: ReactNode;
  /** The notice for the error's message (default: "Part of the app could not be loaded …"). */
  notice?: (message: string) => string;
  /** Called once the part has been left out (a dialog closes itself). */
  onFail?: () => void;
}

export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(e: unknown) {
    useApp
      .getState()
      .notify(
        'error',
        t('common:overlay.partFailed', { message: e instanceof Error ? e.message : String(e) }),
      );
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** A lazy part, shown while `when` holds: nothing while its chunk loads, and a notice if it cannot. */
export function Later({ when, children }: { when: boolean; children: ReactNode }) {
  return when ? (
    <LoadBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </LoadBoundary>
  ) : null;
}
