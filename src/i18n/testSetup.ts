/**
 * Vitest setup (vite.config.ts `test.setupFiles`): every i18n namespace in both languages, as the
 * app has them once its panels are loaded, so helpers that translate can be tested without a render.
 */
import { loadAllNamespaces } from './i18n';

await loadAllNamespaces();
