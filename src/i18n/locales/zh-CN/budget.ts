/** Simplified Chinese strings of the "budget" namespace (docs/i18n.md); same keys as locales/en/budget.ts. */
import type { Strings } from '../../types';
import type { budget as en } from '../en/budget';

export const budget: Strings<typeof en> = {};
