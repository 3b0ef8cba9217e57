/** Entry: checks WebGL 2, starts the engine on the URL's (or default) scenario, mounts React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Engine } from './engine/engine';
import { installTestHook } from './engine/automationHook';
import { useApp } from './state/store';
import { findBuiltin, unknownBuiltinMessage } from './scenario/builtins';
import './app/styles.css';

const DEFAULT_SCENARIO = 'three-body';

/** A cheap check with no context of its own (creating a probe context costs up to a second in software GL);
 *  the Canvas's error boundary catches a context that still fails to start. */
function webglProblem(): string | null {
  return typeof WebGL2RenderingContext === 'undefined' ? 'Your browser does not support WebGL 2, so the 3D view cannot start.' : null;
}

const params = new URLSearchParams(location.search);
const engine = new Engine({ useWorker: params.get('worker') !== '0' });
installTestHook(engine);
document.documentElement.dataset.ready = 'false';

const problem = webglProblem();
if (problem) useApp.getState().setFatal(problem);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App engine={engine} />
  </StrictMode>,
);

/** Loads the default scenario (the fallback of a link that cannot be opened); resolves to its title. */
const loadDefault = async () => {
  const b = findBuiltin(DEFAULT_SCENARIO)!;
  await engine.load(b.build());
  return b.title;
};
/** A share link in the hash (docs/contracts-app.md, "Share links"); its codec loads only when there is one. */
const openLink = (hash: string, fallback: (() => Promise<string>) | null) =>
  import('./app/share/openLink').then(({ openShareLink }) =>
    openShareLink({ load: (s, o) => engine.load(s, o), notify: (k, t) => useApp.getState().notify(k, t) }, hash, fallback),
  );

if (!problem && location.hash.length > 1) {
  void openLink(location.hash, loadDefault);
} else if (!problem) {
  const wanted = params.get('scenario') ?? DEFAULT_SCENARIO;
  // Own ids only (findBuiltin): `constructor` or `__proto__` is an unknown id, and the picker says so.
  const builtin = findBuiltin(wanted);
  if (!builtin) useApp.getState().requestPicker(unknownBuiltinMessage(wanted, DEFAULT_SCENARIO));
  engine.load((builtin ?? findBuiltin(DEFAULT_SCENARIO)!).build()).catch(() => {
    /* the store already shows the problem */
  });
}
// A link pasted into the address bar of an open app: the scenario shown stays if it cannot be used.
if (!problem) addEventListener('hashchange', () => void (location.hash.length > 1 && openLink(location.hash, null)));
