/**
 * The en namespaces the first view needs, bundled with the app. The others (network, editor,
 * present, burden) are chunks loaded with the panels that use them, `errors` with src/i18n/problems.ts; `scenarios` (verbatim copies of
 * the built-ins' English text) only comes with another language, as the reference its translations
 * are matched against (src/i18n/i18n.ts, src/app/scenarioText.ts, docs/i18n.md).
 */
import { common } from './common';
import { library } from './library';
import { budgetLegend } from './budgetLegend';
import { share } from './share';
import { a11y } from './a11y';

export const enEager = { common, library, budget: budgetLegend, share, a11y };
