/** The React shell: the scene fills the screen; cards float over it. */
import { SubjectLabel } from './SubjectLabel';
import { SceneBoundary } from './SceneBoundary';
import { Later } from './LoadBoundary';
import { lazy, useEffect } from 'react';
import { useApp } from '../state/store';
import { SceneView } from './SceneView';
import { TimeBar } from './TimeBar';
import { Header } from './Header';
import { HoverLabel, LoadingOverlay, Notice, WebGLError } from './Overlays';
import type { Engine } from '../engine/engine';
import { ColorLegend } from './panels/budget/ColorLegend';
import { LibraryBar } from './library/LibraryBar';
import { LiveAnnouncer } from './a11y/LiveAnnouncer';
import { SCENE_DESCRIPTION_ID, SCENE_LABEL_ID, SceneDescription } from './a11y/SceneDescription';
import { useShortcuts } from './ShortcutsButton';
import { stepSatellite, type StepDirection } from './satelliteStep';
import { loadNamespaces } from '../i18n/i18n';
import { Floating, LinkKey, Presenting, RightPanels, Totals, useFirstFrameDrawn } from './deferred';

// The shortcuts dialog and the Earth-burden panel load when first opened, not with the app.
const ShortcutsDialog = lazy(() => import('./Shortcuts').then((m) => ({ default: m.ShortcutsDialog })));
const BurdenPanel = lazy(() =>
  Promise.all([import('./panels/burden/BurdenPanel'), loadNamespaces(['burden'])]).then(([m]) => m),
);

/** `?present=1`: the page opens in presenter mode (src/app/present/Presenter.tsx). */
const PRESENT_AT_START = new URLSearchParams(location.search).get('present') === '1';

const ARROWS: Partial<Record<string, StepDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function App({ engine }: { engine: Engine }) {
  const fatal = useApp((s) => s.fatal);
  const status = useApp((s) => s.status);
  const burdenOpen = useApp((s) => s.burdenOpen);
  const shortcutsOpen = useShortcuts((s) => s.open);
  // Cards and tools the first frame does not need load once it is drawn (src/app/deferred.tsx).
  const drawn = useFirstFrameDrawn(engine);
  // A page opened in presenter mode (`?present=1`) loads the presenter with the scene, so the
  // clicker answers from the first frame.
  const presenting = useApp((s) => s.presenting) || PRESENT_AT_START;

  useEffect(() => {
    document.documentElement.dataset.status = status;
  }, [status]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // An open dialog (picker, share, shortcuts …) has its own keys.
      if (document.querySelector('[aria-modal="true"]')) return;
      const arrow = ARROWS[e.key];
      const presenting = useApp.getState().presenting;
      if (e.key === '?') {
        e.preventDefault();
        useShortcuts.getState().setOpen(true);
      } else if ((e.key === 'p' || e.key === 'P') && !presenting) {
        // Presenter mode from its first step; its clicker keys are the presenter's (src/app/present),
        // which loads after the first frame. P and H are here so they work from the start.
        e.preventDefault();
        const st = useApp.getState();
        st.setPresenting(true, st.meta?.tour.length ? 0 : -1);
      } else if ((e.key === 'h' || e.key === 'H') && !presenting) {
        e.preventDefault();
        const st = useApp.getState();
        st.setPanelsHidden(!st.panelsHidden);
      } else if (arrow) {
        // Arrows step the selection through the constellation's planes (src/app/satelliteStep.ts).
        const st = useApp.getState();
        if (!st.meta) return;
        const next = stepSatellite(st.meta.shells, st.selected, arrow, st.hiddenShells);
        if (next === null) return;
        e.preventDefault();
        if (next !== st.selected) engine.select(next, { turn: !st.follow });
      } else if (e.code === 'Space') {
        e.preventDefault();
        if (engine.clock.playing) engine.pause();
        else engine.play();
      } else if (e.key === 'Escape') {
        // Esc first cancels "place a station on the globe", then deselects.
        const st = useApp.getState();
        if (st.placingStation) st.setPlacingStation(false);
        else engine.select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [engine]);

  if (fatal) return <WebGLError message={fatal} />;
  return (
    <div className="app">
      <div
        className="scene"
        role="group"
        aria-labelledby={SCENE_LABEL_ID}
        aria-describedby={SCENE_DESCRIPTION_ID}
      >
        <SceneDescription engine={engine} />
        <SceneBoundary>
          <SceneView engine={engine} />
        </SceneBoundary>
        <HoverLabel />
        <SubjectLabel />
      </div>
      <div className="col col-left">
        <LibraryBar engine={engine} />
        <Header engine={engine} />
        <ColorLegend>
          <Later when={drawn}>
            <LinkKey />
          </Later>
        </ColorLegend>
        <Later when={drawn}>
          <Totals engine={engine} />
        </Later>
      </div>
      <div className="col col-right">
        <Later when={drawn}>
          <RightPanels engine={engine} />
        </Later>
      </div>
      <Later when={drawn}>
        <Floating engine={engine} />
      </Later>
      <Later when={burdenOpen}>
        <BurdenPanel engine={engine} />
      </Later>
      <TimeBar engine={engine} />
      <Notice />
      <LoadingOverlay />
      <Later when={drawn || presenting}>
        <Presenting engine={engine} />
      </Later>
      <LiveAnnouncer engine={engine} />
      <Later when={shortcutsOpen}>
        <ShortcutsDialog />
      </Later>
    </div>
  );
}
