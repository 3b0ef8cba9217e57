/**
 * Starts the embedded view (`?embed=1`, docs/embed.md): reads the options from the address, answers
 * the parent page's messages (bridgeWindow.ts), and loads the built-in scenario asked for with the
 * view the options give — or lets a share link in the hash decide, then applies the options given
 * in the query over it. A reader who prefers reduced motion gets a paused start even with autoplay.
 */
import { create } from 'zustand';
import type { Engine } from '../../engine/engine';
import { DEFAULT_SCENARIO_ID, threeBody } from '../../scenario/defaultBuiltin';
import type { ViewState } from '../../scenario/viewState';
import { useApp } from '../../state/store';
import { setLanguage, startingLanguage } from '../../i18n/language';
import { installEmbedBridge } from './bridgeWindow';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, type EmbedOptions } from './embedOptions';

/** The embed's own state: its options and the built-in shown (null: a share link's or the host's scenario). */
export const useEmbed = create<{ options: EmbedOptions; scenarioId: string | null }>(() => ({
  options: DEFAULT_EMBED_OPTIONS,
  scenarioId: null,
}));

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The view the query's options ask for (`autoplaySet`: autoplay was given, not defaulted). */
function optionsView(o: EmbedOptions, autoplaySet: boolean): ViewState {
  const view: ViewState = {};
  if (autoplaySet || prefersReducedMotion()) view.playing = o.autoplay && !prefersReducedMotion();
  if (o.startMs !== null) view.timeMs = o.startMs;
  if (o.warp !== null) view.warp = o.warp;
  if (o.colorMode) view.colorMode = o.colorMode;
  if (o.selected) view.selected = o.selected;
  // The query's language wins over the one a share link in the hash carries.
  if (o.lang) view.lang = o.lang;
  return view;
}

/**
 * Wires the bridge and loads the scenario; call once, before anything can emit `ready`.
 * `openHash`: opens the share link in the address's hash (src/app/share/openLink.ts), or null.
 */
export function startEmbed(engine: Engine, search: string, openHash: (() => Promise<unknown>) | null): void {
  const { options } = parseEmbedOptions(search);
  useEmbed.setState({ options });
  // `?lang=` first (docs/i18n.md), never remembered: an article's choice is not the reader's. Loads
  // the language's strings (a chunk for Chinese) and sets `<html lang>`.
  const languageReady = setLanguage(options.lang ?? startingLanguage()).catch(() => undefined);
  /** Tells the reader what was wrong with the address, in the page's language once it has loaded. */
  const tell = (first: () => string | null) =>
    void languageReady.then(() => {
      const problems = parseEmbedOptions(search).problems;
      const lead = first();
      if (lead) problems.unshift(lead);
      if (problems.length) useApp.getState().notify('error', problems.join('\n'));
    });
  document.documentElement.dataset.embed = 'true';

  installEmbedBridge(
    engine,
    (id) => import('../../scenario/builtins').then((m) => m.findBuiltin(id)?.build() ?? null),
    window,
    (req, reply) => {
      if (req.type === 'load' && reply.type === 'reply')
        useEmbed.setState({ scenarioId: typeof req.scenario === 'string' ? req.scenario : null });
    },
  );
  const autoplaySet = new URLSearchParams(search).has('autoplay');

  if (openHash) {
    tell(() => null);
    void openHash().then(() => {
      const view = optionsView(options, autoplaySet);
      if (Object.keys(view).length) engine.applyView(view);
    });
    return;
  }
  const wanted = options.scenario ?? DEFAULT_SCENARIO_ID;
  // The default is bundled; any other built-in comes with the chunk of them all.
  const builtin =
    wanted === DEFAULT_SCENARIO_ID
      ? Promise.resolve(threeBody)
      : import('../../scenario/builtins').then((m) => m.findBuiltin(wanted));
  void builtin
    .then(async (found) => {
      // The message catalogue is a chunk: only an unknown id needs it.
      const lead = found
        ? null
        : (await import('../../scenario/messages')).renderMessage({
            code: 'link.noBuiltin',
            values: { id: wanted.slice(0, 60), name: threeBody.title },
          });
      tell(() => lead);
      useEmbed.setState({ scenarioId: found ? wanted : DEFAULT_SCENARIO_ID });
      return engine.load((found ?? threeBody).build(), {
        view: { playing: options.autoplay && !prefersReducedMotion(), ...optionsView(options, true) },
      });
    })
    .catch(() => {
      /* the store already shows the problem */
    });
}
