/**
 * Lazy handles on src/app/DeferredPanels.tsx and the hook that says when to show them: after the
 * engine has drawn its first scenario, so their chunk never competes with the first frame. Once
 * shown they stay (a later load keeps them).
 */
import { lazy, useEffect, useState } from 'react';
import type { Engine } from '../engine/engine';
import { loadNamespaces } from '../i18n/i18n';

/** The panels' chunk and the strings they use (network, editor, presenter), together. */
const load = () =>
  Promise.all([import('./DeferredPanels'), loadNamespaces(['network', 'editor', 'present', 'budget'])]).then(
    ([m]) => m,
  );

/** One of the chunk's components, lazily. */
const part = <K extends 'RightPanels' | 'Totals' | 'Floating' | 'LinkKey' | 'Presenting'>(name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const RightPanels = part('RightPanels');
export const Totals = part('Totals');
export const Floating = part('Floating');
export const LinkKey = part('LinkKey');
export const Presenting = part('Presenting');

/** True from the engine's first `ready` event on (already true if it has drawn before). */
export function useFirstFrameDrawn(engine: Engine): boolean {
  const [drawn, setDrawn] = useState(engine.ready);
  useEffect(() => {
    if (drawn) return;
    if (engine.ready) {
      setDrawn(true);
      return;
    }
    return engine.on('ready', () => setDrawn(true));
  }, [engine, drawn]);
  return drawn;
}
