/**
 * Problem and notice lines as the reader sees them, for the code the first view runs (the notice
 * card, the embed's notice). In English a line is shown as it came: the catalogue's English line is
 * its own translation (src/i18n/problems.test.ts checks every code). Another language brings
 * src/i18n/problems.ts (and the message catalogue it reads lines back with) before it renders
 * ({@link setProblemTranslator}, called by src/i18n/i18n.ts), so the first view of an English page
 * downloads neither (docs/performance.md).
 */
let translator: ((text: string) => string) | null = null;

/** Installs the translator (src/i18n/problems.ts `translateText`); i18n.ts does it when it loads a language other than English. */
export function setProblemTranslator(translate: (text: string) => string): void {
  translator = translate;
}

/** A notice or error text of one or more lines in the language in use (as it came, before any other language was loaded). */
export function problemText(text: string): string {
  return translator ? translator(text) : text;
}
