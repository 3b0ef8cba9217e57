/**
 * The Embed button next to Share: opens the Embed dialog, whose code (and the share-link codec it
 * uses) is a separate chunk fetched on the first click.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { useLazyDialog } from '../lazyDialog';

type DialogProps = { engine: Engine; onClose: () => void };
const loadDialog = () => import('./EmbedDialog');

export function EmbedButton({ engine }: { engine: Engine }) {
  const { t } = useTranslation('share');
  const { Dialog, open, close } = useLazyDialog<DialogProps>(
    () => loadDialog().then((m) => m.EmbedDialog),
    (why) => t('embedFailed', { why }),
  );
  const ready = useApp((s) => s.scenario !== null && s.meta !== null);
  return (
    <>
      <button
        data-testid="embed-open-dialog"
        aria-haspopup="dialog"
        aria-expanded={Dialog !== null}
        disabled={!ready}
        onClick={() => void open()}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {t('embedButton')}
      </button>
      {Dialog && <Dialog engine={engine} onClose={close} />}
    </>
  );
}
