/**
 * Which language the page speaks, and keeping the document in step (docs/i18n.md): `?lang=` first,
 * then the choice remembered from last time, then the browser's languages; `<html lang>` follows.
 */
import { currentLanguage, loadLanguage } from './i18n';
import { isLanguage, type Language } from './types';

const STORAGE_KEY = 'cc.lang';

/** Picks the starting language from the query string, a remembered choice and the browser's list (pure). */
export function pickLanguage(
  search: string,
  remembered: string | null,
  browser: readonly string[],
): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (a sandboxed iframe): start from the URL and the browser
  }
}

/** The language this page starts in. */
export const startingLanguage = (): Language =>
  pickLanguage(location.search, remembered(), navigator.languages ?? [navigator.language]);

/**
 * Switches the UI to `lang` without a reload: loads its strings, sets `<html lang>`, and, when `remember`,
 * keeps the choice for the next visit (an embed or a share link's language is not remembered).
 */
export async function setLanguage(lang: Language, { remember = false } = {}): Promise<void> {
  await loadLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      /* storage blocked: the choice lasts for this page */
    }
  }
}

export { currentLanguage };
