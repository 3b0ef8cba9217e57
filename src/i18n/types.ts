/** Types shared by the locale files (docs/i18n.md). */

/**
 * The shape of a translation of `T`: the same keys, nested the same way, every leaf a string.
 * A zh-CN namespace typed `Strings<typeof en>` fails the type check when a key is missing or extra.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The languages the app speaks, as BCP 47 tags (also `?lang=` values and `<html lang>`). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether `v` is one of {@link LANGUAGES}. */
export const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);
