/**
 * The zh-CN namespaces the first view needs, one chunk loaded before the first render on Chinese
 * pages. The others are chunks loaded with the panels that use them (src/i18n/i18n.ts, docs/i18n.md).
 */
import { common } from './common';
import { library } from './library';
import { scenarios } from './scenarios';
import { errors } from './errors';
import { budgetLegend } from './budgetLegend';
import { share } from './share';
import { a11y } from './a11y';

export const zhCNEager = { common, library, scenarios, errors, budget: budgetLegend, share, a11y };
