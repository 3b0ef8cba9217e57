/**
 * English strings of the "errors" namespace (docs/i18n.md). Keys are typed: zh-CN must have the same ones.
 * The messages are the catalogue of src/scenario/messages.ts (one English text, the one the
 * validators print); `words` are the words that appear inside their values.
 */
import { MESSAGES, WORDS } from '../../../scenario/messages';

export const errors = {
  ...MESSAGES,
  /** A message about one place of the input: the path is an id and stays as it is. */
  withPath: '{{path}}: {{message}}',
  words: WORDS,
} as const;
