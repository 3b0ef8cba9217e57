/** Simplified Chinese strings of the "burden" namespace (docs/i18n.md); same keys as locales/en/burden.ts. */
import type { Strings } from '../../types';
import type { burden as en } from '../en/burden';

export const burden: Strings<typeof en> = {};
