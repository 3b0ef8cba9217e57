/** Simplified Chinese strings of the "present" namespace (docs/i18n.md); same keys as locales/en/present.ts. */
import type { Strings } from '../../types';
import type { present as en } from '../en/present';

export const present: Strings<typeof en> = {};
