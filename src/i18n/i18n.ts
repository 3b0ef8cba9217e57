/**
 * The app's one i18next instance (docs/i18n.md). Plain i18next, no React: the engine's notices and the
 * panels translate through the same instance; React components reach it with `useTranslation()` under
 * the provider in src/main.tsx. The English strings the first view needs are bundled; the others
 * ({@link LAZY_NAMESPACES}, the budget card's) and every Simplified Chinese namespace are chunks,
 * loaded by {@link loadNamespaces} and {@link loadLanguage} before anything renders with them.
 */
import i18next from 'i18next';
import { enEager } from './locales/en/eager';
import type { scenarios as EnScenarios } from './locales/en/scenarios';
import { isLanguage, LANGUAGES, type Language } from './types';
import { setProblemTranslator } from './problemText';

/** Namespaces only the panels loaded after the first frame use (src/app/deferred.tsx, the burden panel). */
export const LAZY_NAMESPACES = ['network', 'editor', 'present', 'burden'] as const;
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number];
/**
 * What {@link loadNamespaces} loads: a lazy namespace, or `budget`, whose first-view part (the
 * legend's, locales/en/budgetLegend.ts) is bundled and whose whole is merged in with the panels.
 */
export type Loadable = LazyNamespace | 'budget';

/** One chunk per loadable and language (dynamic imports Vite can see). */
const LOADERS: Record<Language, Record<Loadable, () => Promise<object>>> = {
  en: {
    network: () => import('./locales/en/network').then((m) => m.network),
    editor: () => import('./locales/en/editor').then((m) => m.editor),
    present: () => import('./locales/en/present').then((m) => m.present),
    burden: () => import('./locales/en/burden').then((m) => m.burden),
    budget: () => import('./locales/en/budget').then((m) => m.budget),
  },
  'zh-CN': {
    network: () => import('./locales/zh-CN/network').then((m) => m.network),
    editor: () => import('./locales/zh-CN/editor').then((m) => m.editor),
    present: () => import('./locales/zh-CN/present').then((m) => m.present),
    burden: () => import('./locales/zh-CN/burden').then((m) => m.burden),
    budget: () => import('./locales/zh-CN/budget').then((m) => m.budget),
  },
};
const LOADABLES = Object.keys(LOADERS.en) as Loadable[];

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  load: 'currentOnly',
  ns: Object.keys(enEager),
  defaultNS: 'common',
  resources: { en: enEager },
  initAsync: false,
  // React escapes what it renders, and nothing here is ever set as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates a key of the current language (typed keys: src/i18n/i18next.d.ts). */
export const t = i18n.t.bind(i18n);

/** The language now in use. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/**
 * The built-ins' English text (locales/en/scenarios.ts), the reference translations are matched
 * against (src/app/scenarioText.ts). English pages never need it (they show the scenario's own
 * text, which it copies); it comes with the first other language and is added as the `scenarios`
 * namespace in English too, so switching back reads it.
 */
let scenarioReference: typeof EnScenarios | null = null;

/** The built-ins' English text once another language has been loaded; null before. */
export const englishScenarioText = (): typeof EnScenarios | null => scenarioReference;

async function loadScenarioReference(): Promise<void> {
  if (scenarioReference) return;
  const { scenarios } = await import('./locales/en/scenarios');
  i18n.addResourceBundle('en', 'scenarios', scenarios, true, true);
  scenarioReference = scenarios;
}

/** The problem-line translator (and the message catalogue it needs), for a language other than English. */
async function loadProblemTranslator(): Promise<void> {
  const { translateText } = await import('./problems');
  setProblemTranslator(translateText);
}

/** Loadables asked for so far: a language switch loads them in the new language first. */
const wanted = new Set<Loadable>();
/** `lang|loadable` pairs merged in. */
const merged = new Set<string>();

/** Adds `lang`'s first-view strings if they are not there yet, then those of `names` not merged yet. */
async function addBundles(lang: Language, names: readonly Loadable[]): Promise<void> {
  if (lang === 'zh-CN' && !i18n.hasResourceBundle(lang, 'common')) {
    const [{ zhCNEager }] = await Promise.all([
      import('./locales/zh-CN/eager'),
      loadScenarioReference(),
      loadProblemTranslator(),
    ]);
    for (const [ns, strings] of Object.entries(zhCNEager))
      i18n.addResourceBundle(lang, ns, strings, true, true);
  }
  await Promise.all(
    names
      .filter((name) => !merged.has(`${lang}|${name}`))
      .map(async (name) => {
        i18n.addResourceBundle(lang, name, await LOADERS[lang][name](), true, true);
        merged.add(`${lang}|${name}`);
      }),
  );
}

/**
 * Loads `names` in the language in use (and remembers them, so a later language switch loads them
 * too); resolves when components and helpers can translate with them.
 */
export async function loadNamespaces(names: readonly Loadable[]): Promise<void> {
  for (const name of names) wanted.add(name);
  await addBundles(currentLanguage(), names);
}

/** Every namespace, in both languages (tests, and whatever must work without a render first). */
export async function loadAllNamespaces(): Promise<void> {
  for (const name of LOADABLES) wanted.add(name);
  await Promise.all([loadScenarioReference(), loadProblemTranslator()]);
  await Promise.all(LANGUAGES.map((lang) => addBundles(lang, LOADABLES)));
}

/** Loads `lang`'s strings (the first view's, and every lazy namespace asked for so far) and switches to it. */
export async function loadLanguage(lang: Language): Promise<void> {
  await addBundles(lang, [...wanted]);
  await i18n.changeLanguage(lang);
}
