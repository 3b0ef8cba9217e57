/** Simplified Chinese strings of the "errors" namespace (docs/i18n.md); same keys as locales/en/errors.ts. */
import type { Strings } from '../../types';
import type { errors as en } from '../en/errors';

export const errors: Strings<typeof en> = {};
