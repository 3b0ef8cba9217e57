/**
 * The Share button of the library toolbar. The dialog's code (and the codec's compressor) is a
 * separate chunk, fetched on the first click or a few seconds after start, so that sharing still
 * works once the network is gone; if it cannot be loaded the user is told and the app carries on.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { useLazyDialog } from '../lazyDialog';

type DialogProps = { engine: Engine; onClose: () => void };
const loadShare = () => import('./ShareDialog');
/** Delay before the dialog's code is fetched in the background, ms. */
const PRELOAD_DELAY_MS = 4000;

export function ShareButton({ engine }: { engine: Engine }) {
  const { t } = useTranslation('share');
  const { Dialog, open, close } = useLazyDialog<DialogProps>(
    () => loadShare().then((m) => m.ShareDialog),
    (why) => t('shareFailed', { why }),
  );
  const canShare = useApp((s) => s.scenario !== null && s.meta !== null);
  useEffect(() => {
    const timer = setTimeout(() => loadShare().catch(() => undefined), PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <button
        data-testid="share-open"
        aria-haspopup="dialog"
        aria-expanded={Dialog !== null}
        disabled={!canShare}
        onClick={() => void open()}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="4" cy="8" r="2" fill="currentColor" />
          <circle cx="12" cy="3.5" r="2" fill="currentColor" />
          <circle cx="12" cy="12.5" r="2" fill="currentColor" />
          <path d="M5.7 7 10.3 4.5M5.7 9l4.6 2.5" stroke="currentColor" strokeWidth="1.3" />
        </svg>
        {t('button')}
      </button>
      {Dialog && <Dialog engine={engine} onClose={close} />}
    </>
  );
}
