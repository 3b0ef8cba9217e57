/**
 * The en namespaces the first view needs, bundled with the app. The others (network, editor,
 * present, burden) are chunks loaded with the panels that use them (src/i18n/i18n.ts, docs/i18n.md).
 */
import { common } from './common';
import { library } from './library';
import { scenarios } from './scenarios';
import { errors } from './errors';
import { budget } from './budget';
import { share } from './share';
import { a11y } from './a11y';

export const enEager = { common, library, scenarios, errors, budget, share, a11y };
