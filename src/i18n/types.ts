/** Types shared by the locale files (docs/i18n.md). */

/**
 * The shape of a translation of `T`: the same keys, nested the same way, every leaf a string.
 * A zh-CN namespace typed `Strings<typeof en>` fails the type check when a key is missing or extra.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The languages the app speaks (BCP 47 tags; also `?lang=` values and `<html lang>`): the share-link
 *  view's own list (src/scenario/viewState.ts), so the link format and the UI cannot disagree. */
export { LANGS as LANGUAGES, isLang as isLanguage, type Lang as Language } from '../scenario/langs';
