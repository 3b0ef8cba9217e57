/**
 * The library toolbar at the top of the left column: "Scenarios" opens the built-in scenario
 * picker, "Import" the satellite import dialog; the store's `requestPicker` opens the picker with a
 * message (an unknown `?scenario=` id). Both dialogs are modal and mounted only while open.
 * Their code is a separate chunk (out of the initial download, docs/performance.md), fetched a few seconds
 * after start so that the dialogs still open once the network is gone; if it cannot be loaded the
 * user is told and the app carries on.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { LoadBoundary } from '../LoadBoundary';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { ShareButton } from '../share/ShareButton';
import { EmbedButton } from '../embed/EmbedButton';
import './library.css';

const loadPicker = () => import('./ScenarioPicker');
const loadImport = () => import('./ImportDialog');
const makeLazy = () => ({
  ScenarioPicker: lazy(() => loadPicker().then((m) => ({ default: m.ScenarioPicker }))),
  ImportDialog: lazy(() => loadImport().then((m) => ({ default: m.ImportDialog }))),
});
/** Replaced after a failed load: React.lazy remembers a failure, and the next try should fetch again. */
let dialogs = makeLazy();

/** Delay before the dialogs' code is fetched in the background, ms (after the first frame's work). */
const PRELOAD_DELAY_MS = 3000;

export function LibraryBar({ engine }: { engine: Engine }) {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState<'picker' | 'import' | null>(null);
  /** Shown at the top of the picker when something outside it opened it (an unknown `?scenario=` id). */
  const [pickerMessage, setPickerMessage] = useState<string | null>(null);
  const canImport = useApp((s) => s.scenario !== null);
  const pickerRequest = useApp((s) => s.pickerRequest);
  const close = useCallback(() => {
    setOpen(null);
    setPickerMessage(null);
  }, []);

  useEffect(() => {
    if (pickerRequest === null) return;
    setPickerMessage(pickerRequest);
    setOpen('picker');
    useApp.getState().clearPickerRequest();
  }, [pickerRequest]);
  const failed = useCallback(() => {
    dialogs = makeLazy();
    setOpen(null);
  }, []);
  const { ScenarioPicker, ImportDialog } = dialogs;

  useEffect(() => {
    const timer = setTimeout(() => {
      loadPicker().catch(() => undefined);
      loadImport().catch(() => undefined);
    }, PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <nav className="card lib-bar" aria-label={t('bar.label')}>
      <button
        data-testid="library-open"
        aria-haspopup="dialog"
        aria-expanded={open === 'picker'}
        onClick={() => {
          setPickerMessage(null);
          setOpen('picker');
        }}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="3.2" fill="currentColor" opacity="0.85" />
          <ellipse
            cx="8"
            cy="8"
            rx="7"
            ry="2.6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.2"
            transform="rotate(-25 8 8)"
          />
        </svg>
        {t('bar.scenarios')}
      </button>
      <button
        data-testid="import-open"
        aria-haspopup="dialog"
        aria-expanded={open === 'import'}
        disabled={!canImport}
        onClick={() => setOpen('import')}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {t('bar.import')}
      </button>
      <ShareButton engine={engine} />
      <EmbedButton engine={engine} />
      {open && (
        <LoadBoundary key={open} onFail={failed} notice={(why) => t('bar.dialogFailed', { why })}>
          <Suspense fallback={null}>
            {open === 'picker' ? (
              <ScenarioPicker engine={engine} onClose={close} message={pickerMessage} />
            ) : (
              <ImportDialog engine={engine} onClose={close} />
            )}
          </Suspense>
        </LoadBoundary>
      )}
    </nav>
  );
}
