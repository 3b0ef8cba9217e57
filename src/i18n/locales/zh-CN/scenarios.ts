/** Simplified Chinese strings of the "scenarios" namespace (docs/i18n.md); same keys as locales/en/scenarios.ts. */
import type { Strings } from '../../types';
import type { scenarios as en } from '../en/scenarios';

export const scenarios: Strings<typeof en> = {};
