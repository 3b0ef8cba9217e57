/**
 * Vitest setup (vite.config.ts `test.setupFiles`): the app as it is once everything has loaded —
 * every i18n namespace in both languages (src/i18n/i18n.ts) and element-set support
 * (src/scenario/elementSets.ts) — so helpers can be tested without a render or a worker.
 */
import './scenario/elementSetSupport';
import { loadAllNamespaces } from './i18n/i18n';

await loadAllNamespaces();
