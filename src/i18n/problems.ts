/**
 * Problem messages in the language in use (docs/i18n.md, "Messages that stay on screen"). The pure
 * layers return English lines built from the catalogue in src/scenario/messages.ts (the CLI, the
 * tests and the embed bridge read those); the app keeps them as they came and translates each line
 * when it draws it: {@link readMessage} recovers the code, values and path, and the `errors`
 * namespace has the template of every code in every language. A line that is no catalogue message
 * (a browser's own error text) is shown as it is. Paths are ids and stay as they are.
 */
import { i18n } from './i18n';
import { NESTED, readMessage, WORDS, WORDY, type Message, type Word } from '../scenario/messages';
import { errors } from './locales/en/errors';

// The English `errors` namespace is the message catalogue itself: it comes with this module, which
// the first view does not load (src/i18n/problemText.ts).
if (!i18n.hasResourceBundle('en', 'errors')) i18n.addResourceBundle('en', 'errors', errors, true, true);

const WORD_IDS = new Map<string, Word>(Object.entries(WORDS).map(([id, en]) => [en, id as Word]));
/** `t` for a key built from a catalogue code (every code has a key: problems.test.ts checks it). */
const tCode = i18n.t.bind(i18n) as unknown as (key: string, values?: Record<string, string>) => string;
/** Nested messages are read at most this deep (a hostile line cannot recurse for long). */
const MAX_DEPTH = 4;

/** A value as the reader sees it: a nested message translated, a known word translated, else as found. */
function valueText(name: string, value: string, depth: number): string {
  if (NESTED.has(name) && depth < MAX_DEPTH) return translateLine(value, depth + 1);
  if (WORDY.has(name)) {
    const id = WORD_IDS.get(value);
    if (id) return i18n.t(`errors:words.${id}`);
  }
  return value;
}

/** A structured message in the language in use, its path (if any) in front. */
export function translateMessage(m: Message, depth = 0): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.values)) values[k] = valueText(k, v, depth);
  // The key is a catalogue code; i18next falls back to English for a language without it.
  const text = tCode(`errors:${m.code}`, values);
  return m.path ? i18n.t('errors:withPath', { path: m.path, message: text }) : text;
}

function translateLine(line: string, depth: number): string {
  const m = readMessage(line);
  return m ? translateMessage(m, depth) : line;
}

/** One problem line (as the validators, importers and the engine write it) in the language in use. */
export function translateProblem(line: string): string {
  return translateLine(line, 0);
}

/** A notice or an error text of several lines, each translated by {@link translateProblem}. */
export function translateText(text: string): string {
  return text
    .split('\n')
    .map((l) => translateProblem(l))
    .join('\n');
}
