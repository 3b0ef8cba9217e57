/** Simplified Chinese strings of the "share" namespace (docs/i18n.md); same keys as locales/en/share.ts. */
import type { Strings } from '../../types';
import type { share as en } from '../en/share';

export const share: Strings<typeof en> = {};
