/** Simplified Chinese strings of the "network" namespace (docs/i18n.md); same keys as locales/en/network.ts. */
import type { Strings } from '../../types';
import type { network as en } from '../en/network';

export const network: Strings<typeof en> = {};
