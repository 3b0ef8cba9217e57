/**
 * Presenter mode and the clean view (docs/contracts-app.md, "Presenter mode"): `?present=1` or `P`
 * enters full screen with every panel hidden, the scenario's tour in a caption band
 * (`data-testid="caption"`, the step index in `data-step`) and a small step indicator. Clicker keys:
 * PageDown / → / space next, PageUp / ← previous, `B` (or `.`) blacks the screen out and back,
 * Escape leaves. Outside presenter mode `H` hides and restores every panel. Steps drive the Engine
 * API through the TourPlayer (src/engine/tourPlayer.ts), never the panels.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { scenarioName, tourCaption } from '../scenarioText';
import type { Engine } from '../../engine/engine';
import { TourPlayer, TOUR_TIMING } from '../../engine/tourPlayer';
import { stepIndex, tourStepView } from '../../scenario/tour';
import './present.css';

// The export dialog (and its CSV code) loads when first opened.
const ExportDialog = lazy(() => import('./ExportDialog'));

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

const typingIn = (t: EventTarget | null) => {
  const el = t as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
};

/** Asks for full screen; a browser that refuses (no user gesture, an iframe without permission) keeps the in-window layout. */
function enterFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => undefined);
}

function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

export function Presenter({ engine }: { engine: Engine }) {
  const { t } = useTranslation('present');
  const presenting = useApp((s) => s.presenting);
  const step = useApp((s) => s.tourStep);
  const panelsHidden = useApp((s) => s.panelsHidden);
  const meta = useApp((s) => s.meta);
  const exportOpen = useApp((s) => s.exportOpen);
  const [blackout, setBlackout] = useState(false);
  const player = useMemo(() => new TourPlayer(engine), [engine]);
  const tour = meta?.tour ?? [];
  const wasFullscreen = useRef(false);

  // `?present=1`: presenter mode once the scenario's first frame is drawn.
  useEffect(() => {
    if (new URLSearchParams(location.search).get('present') !== '1') return;
    const start = () => useApp.getState().setPresenting(true, useApp.getState().meta?.tour.length ? 0 : -1);
    if (engine.ready) start();
    else {
      const off = engine.on('ready', () => {
        off();
        start();
      });
      return off;
    }
  }, [engine]);

  // Marks on <html> that the stylesheet hides panels by.
  useEffect(() => {
    const d = document.documentElement.dataset;
    if (presenting) d.present = 'true';
    else delete d.present;
    if (presenting || panelsHidden) d.panels = 'hidden';
    else delete d.panels;
  }, [presenting, panelsHidden]);

  // Entering and leaving: full screen, and a step still moving stops where it is.
  useEffect(() => {
    if (!presenting) return;
    enterFullscreen();
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      // The browser leaves full screen on Escape without passing the key on: leave presenter mode with it.
      else if (wasFullscreen.current) useApp.getState().setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      wasFullscreen.current = false;
      player.cancel();
      setBlackout(false);
      leaveFullscreen();
    };
  }, [presenting, player]);

  // Each step shown: its view through the engine.
  useEffect(() => {
    if (!presenting || step < 0 || !meta || step >= meta.tour.length) return;
    void player.goTo(tourStepView(meta.tour[step], meta.epochMs), {
      ...TOUR_TIMING,
      reducedMotion: reducedMotion(),
    });
    // Only a new step (or entering) moves the view; an edit of the scenario does not replay it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [presenting, step, player]);

  // Keys, in the capture phase so that space and Escape do not also play/pause or deselect.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const st = useApp.getState();
      // P and H outside presenter mode are the app's (src/app/App.tsx): they work before this loads.
      if (!st.presenting) return;
      const n = st.meta?.tour.length ?? 0;
      const go = (delta: number) => {
        setBlackout(false);
        const next = stepIndex(st.tourStep, delta, n);
        if (next !== st.tourStep) st.setTourStep(next);
      };
      if (e.key === 'PageDown' || e.key === 'ArrowRight' || e.key === ' ' || e.code === 'Space') go(1);
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') go(-1);
      else if (e.key === 'b' || e.key === 'B' || e.key === '.') setBlackout((b) => !b);
      else if (e.key === 'Escape') st.setPresenting(false);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const dialog = exportOpen && (
    <div className="present-ui">
      <Suspense fallback={null}>
        <ExportDialog engine={engine} />
      </Suspense>
    </div>
  );
  if (!presenting) {
    return (
      <>
        {panelsHidden && (
          <button
            className="present-ui panels-restore"
            data-testid="panels-restore"
            title={t('buttons.showPanelsTitle')}
            onClick={() => useApp.getState().setPanelsHidden(false)}
          >
            {t('buttons.showPanels')}
          </button>
        )}
        {dialog}
      </>
    );
  }
  const current = step >= 0 && step < tour.length ? tour[step] : null;
  return (
    <div className="present-ui present-layer">
      <div className="present-caption" data-testid="caption" data-step={step} aria-live="polite">
        {current && meta
          ? tourCaption(meta.name, step, current.caption)
          : meta
            ? t('presenter.noTour', { name: scenarioName(meta.name) })
            : ''}
      </div>
      <div className="present-meta" data-testid="step-indicator">
        {meta && <span className="present-name">{scenarioName(meta.name)}</span>}
        {tour.length > 0 && (
          <span
            role="img"
            aria-label={t('presenter.stepOf', { step: Math.max(0, step) + 1, total: tour.length })}
          >
            {Math.max(0, step) + 1} / {tour.length}
          </span>
        )}
        <button
          className="present-exit"
          aria-label={t('presenter.exit')}
          title={t('presenter.exitTitle')}
          onClick={() => useApp.getState().setPresenting(false)}
        >
          ✕
        </button>
      </div>
      {blackout && (
        <div
          className="present-blackout"
          data-testid="blackout"
          role="img"
          aria-label={t('presenter.blackout')}
        />
      )}
    </div>
  );
}
