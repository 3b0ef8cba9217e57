/**
 * The Embed button next to Share: opens the Embed dialog, whose code (and the share-link codec it
 * uses) is a separate chunk fetched on the first click.
 */
import { useState, type ComponentType } from 'react';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';

type DialogType = ComponentType<{ engine: Engine; onClose: () => void }>;
const loadDialog = () => import('./EmbedDialog');

export function EmbedButton({ engine }: { engine: Engine }) {
  const [Dialog, setDialog] = useState<DialogType | null>(null);
  const ready = useApp((s) => s.scenario !== null && s.meta !== null);
  const open = () =>
    loadDialog().then(
      (m) => setDialog(() => m.EmbedDialog),
      (e: unknown) =>
        useApp
          .getState()
          .notify(
            'error',
            `The Embed dialog could not be opened (${e instanceof Error ? e.message : String(e)}). Check the connection and try again.`,
          ),
    );
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
        Embed
      </button>
      {Dialog && <Dialog engine={engine} onClose={() => setDialog(null)} />}
    </>
  );
}
