/** Entry: checks WebGL 2, starts the engine on the URL's (or default) scenario, mounts React. */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, t } from './i18n/i18n';
import { setLanguage, startingLanguage } from './i18n/language';
import { Engine } from './engine/engine';
import { installTestHook } from './engine/automationHook';
import { useApp } from './state/store';
import { DEFAULT_SCENARIO_ID, threeBody } from './scenario/defaultBuiltin';
import './app/styles.css';

/** The other built-ins are a chunk: the default view never loads them (docs/performance.md). */
const loadBuiltins = () => import('./scenario/builtins');

/** A cheap check with no context of its own (creating a probe context costs up to a second in software GL);
 *  the Canvas's error boundary catches a context that still fails to start. */
function webglProblem(): string | null {
  return typeof WebGL2RenderingContext === 'undefined' ? t('noWebGL') : null;
}

const params = new URLSearchParams(location.search);
// The language first (docs/i18n.md): Chinese strings are a chunk, loaded before the first render so
// nothing flashes in English. A `?lang=` choice is remembered, as a choice in the header is.
// The tab's title follows the language in use.
i18n.on('languageChanged', () => (document.title = t('appName')));
const language = startingLanguage();
const languageReady = setLanguage(language, { remember: params.has('lang') && !params.has('embed') });
// `?embed=1` (docs/embed.md): the scene and a small control bar; the full app's panels, editor and
// dialogs are another chunk that the embed never downloads.
const embed = params.get('embed') === '1';
const Root = lazy(
  embed ? () => import('./app/embed/EmbedApp') : () => import('./app/App').then((m) => ({ default: m.App })),
);
const engine = new Engine({ useWorker: params.get('worker') !== '0' });
installTestHook(engine);
document.documentElement.dataset.ready = 'false';

const problem = webglProblem();
if (problem) useApp.getState().setFatal(problem);
// Offline once loaded (src/app/offline): a service worker in builds; the embed registers none. It is
// registered once the first scenario is drawn, so its precache download never competes with the first frame.
if (!problem && !embed) {
  const off = engine.on('ready', () => {
    off();
    void import('./app/offline/registerOffline').then((m) => m.registerOffline());
  });
}

void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Suspense
          fallback={
            <div className="boot" role="status">
              {t('loading')}
            </div>
          }
        >
          <Root engine={engine} />
        </Suspense>
      </I18nextProvider>
    </StrictMode>,
  ),
);

/** Loads the default scenario (the fallback of a link that cannot be opened); resolves to its title. */
const loadDefault = async () => {
  await engine.load(threeBody.build());
  return threeBody.title;
};
/** A share link in the hash (docs/contracts-app.md, "Share links"); its codec loads only when there is one. */
const openLink = (hash: string, fallback: (() => Promise<string>) | null) =>
  import('./app/share/openLink').then(({ openShareLink }) =>
    openShareLink(
      {
        load: (s, o) => engine.load(s, o),
        seek: (t) => engine.seek(t),
        notify: (k, t) => useApp.getState().notify(k, t),
      },
      hash,
      fallback,
    ),
  );

if (!problem && embed) {
  // The embed answers its host page from the start; a share link in the hash still decides what it shows.
  const hash = location.hash;
  void import('./app/embed/startEmbed').then((m) =>
    m.startEmbed(engine, location.search, hash.length > 1 ? () => openLink(hash, loadDefault) : null),
  );
} else if (!problem && location.hash.length > 1) {
  void openLink(location.hash, loadDefault);
} else if (!problem) {
  const wanted = params.get('scenario') ?? DEFAULT_SCENARIO_ID;
  const scenario =
    wanted === DEFAULT_SCENARIO_ID
      ? Promise.resolve(threeBody.build())
      : loadBuiltins().then(({ findBuiltin, unknownBuiltinMessage }) => {
          // Own ids only (findBuiltin): `constructor` or `__proto__` is an unknown id, and the picker says so.
          const builtin = findBuiltin(wanted);
          if (!builtin) useApp.getState().requestPicker(unknownBuiltinMessage(wanted, DEFAULT_SCENARIO_ID));
          return (builtin ?? threeBody).build();
        });
  scenario
    .then((s) => engine.load(s))
    .catch(() => {
      /* the store already shows the problem */
    });
}
// A link pasted into the address bar of an open app: the scenario shown stays if it cannot be used.
if (!problem)
  addEventListener('hashchange', () => void (location.hash.length > 1 && openLink(location.hash, null)));
