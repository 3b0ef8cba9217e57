/** Languages of the interface (BCP 47 tags; `?lang=`, share links' `lang`, `<html lang>`). */
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];
/** Whether `v` is one of {@link LANGS}. */
export const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);
