/**
 * The header's language menu (docs/i18n.md): English / 中文, switched without a reload and
 * remembered for the next visit; `<html lang>` follows (src/i18n/language.ts). A `?lang=` already in
 * the address is rewritten to the new choice, so that a reload keeps it.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/language';
import { isLanguage, LANGUAGES, type Language } from '../i18n/types';

/** Switches to `lang`, remembers it and keeps the address's `?lang=` in step. */
export async function chooseLanguage(lang: Language): Promise<void> {
  await setLanguage(lang, { remember: true });
  const url = new URL(location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }
}

export function LanguageMenu() {
  const { t } = useTranslation('common');
  const lang = currentLanguage();
  return (
    <select
      className="language-menu"
      data-testid="language-menu"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={lang}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
      }}
    >
      <LanguageOptions />
    </select>
  );
}

/** One `<option>` per language, each named in itself and read out in it (the header, share and embed menus). */
export function LanguageOptions() {
  const { t } = useTranslation('common');
  return LANGUAGES.map((l) => (
    <option key={l} value={l} lang={l}>
      {t(`language.${l}`)}
    </option>
  ));
}
