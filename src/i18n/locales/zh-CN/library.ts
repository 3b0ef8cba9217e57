/** Simplified Chinese strings of the "library" namespace (docs/i18n.md); same keys as locales/en/library.ts. */
import type { Strings } from '../../types';
import type { library as en } from '../en/library';

export const library: Strings<typeof en> = {};
