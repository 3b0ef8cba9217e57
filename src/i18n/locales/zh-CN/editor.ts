/** Simplified Chinese strings of the "editor" namespace (docs/i18n.md); same keys as locales/en/editor.ts. */
import type { Strings } from '../../types';
import type { editor as en } from '../en/editor';

export const editor: Strings<typeof en> = {};
