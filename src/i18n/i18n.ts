/**
 * The app's one i18next instance (docs/i18n.md). Plain i18next, no React: the engine's notices and the
 * panels translate through the same instance; React components reach it with `useTranslation()` under
 * the provider in src/main.tsx. English is bundled; Simplified Chinese is a chunk loaded when chosen.
 */
import i18next from 'i18next';
import { en } from './locales/en';
import { isLanguage, LANGUAGES, type Language } from './types';

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  load: 'currentOnly',
  ns: Object.keys(en),
  defaultNS: 'common',
  resources: { en },
  initAsync: false,
  // React escapes what it renders, and nothing here is ever set as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates a key of the current language (typed keys: src/i18n/i18next.d.ts). */
export const t = i18n.t.bind(i18n);

/** The language now in use. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/** Loads `lang`'s strings (a separate chunk for zh-CN) and switches to it; resolves when the UI can render it. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'common')) {
    const { zhCN } = await import('./locales/zh-CN');
    for (const [ns, strings] of Object.entries(zhCN)) i18n.addResourceBundle(lang, ns, strings, true, true);
  }
  await i18n.changeLanguage(lang);
}
