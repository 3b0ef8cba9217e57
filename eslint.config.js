import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

const uiLibs = [
  'react',
  'react-dom',
  'react-dom/*',
  'three',
  'three/*',
  '@react-three/*',
  'zustand',
  'zustand/*',
];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/results', 'public', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One import statement per module (`import { a, type B }`), not two.
      'no-duplicate-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Import boundaries (docs/architecture.md): the core stays pure, shells stay thin.
  {
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(uiLibs, 'src/sim is pure: no React, three or zustand.'),
            pattern(
              [
                '**/scenario/*',
                '**/worker/*',
                '**/scene/*',
                '**/app/*',
                '**/state/*',
                '**/cli/*',
                '**/engine/*',
              ],
              'src/sim imports nothing from the other layers.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(uiLibs, 'src/scenario is pure: no React, three or zustand.'),
            pattern(
              ['**/worker/*', '**/scene/*', '**/app/*', '**/state/*', '**/cli/*', '**/engine/*'],
              'src/scenario may import only src/sim.',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(uiLibs, 'workers do not import UI libraries.'),
            pattern(
              ['**/scene/*', '**/app/*', '**/state/*', '**/cli/*', '**/engine/*'],
              'src/worker may import src/sim and src/scenario only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(uiLibs, 'the command line does not import UI libraries.'),
            pattern(
              ['**/scene/*', '**/app/*', '**/state/*', '**/engine/*'],
              'src/cli may import src/sim and src/scenario only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['three', 'three/*', '@react-three/*'], 'state holds slow UI state, not scene objects.'),
            pattern(
              ['**/scene/*', '**/app/*', '**/engine/*', '**/worker/*', '**/cli/*'],
              'src/state imports domain types from src/sim and src/scenario only, never the worker protocol (the protocol composes domain types, not the other way round).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['react', 'react-dom', 'react-dom/*', '@react-three/*', 'three', 'three/*'],
              'src/engine is the orchestrator without React or three: it writes scene data modules, never components.',
            ),
            pattern(
              ['**/app/*', '**/cli/*'],
              'src/engine may import src/sim, src/scenario, src/worker, src/state and src/scene data modules, never the React shell.',
            ),
            pattern(
              ['**/scene/*.tsx', '**/scene/*Layer', '**/scene/Renderer', '**/scene/picker'],
              'src/engine may import src/scene data modules (no components or layers).',
            ),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'localStorage'],
    },
  },
  {
    files: ['src/scene/**/*.ts', 'src/scene/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['**/app/*', '**/engine/*'], 'src/scene does not import the React shell or the engine.'),
          ],
        },
      ],
    },
  },
  // No hard-coded user-facing text in the React shell (docs/i18n.md): JSX text, and strings in JSX
  // attributes and expressions, must come from `t()`. Attributes that are not read by people are exempt.
  {
    files: ['src/app/**/*.tsx', 'src/main.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'width',
              'height',
              'data-.*',
              'role',
              'href',
              'target',
              'rel',
              'htmlFor',
              'name',
              'autoComplete',
              'inputMode',
              'lang',
              'src',
              'accept',
              'step',
              'min',
              'max',
              'pattern',
              'spellCheck',
              'aria-live',
              'aria-haspopup',
              'aria-controls',
              'aria-describedby',
              'aria-labelledby',
              'aria-current',
              'aria-orientation',
              'aria-autocomplete',
              'aria-hidden',
              'd',
              'viewBox',
              'fill',
              'stroke',
              'textAnchor',
              'dominantBaseline',
              'preserveAspectRatio',
              'xmlns',
              'loading',
              'sandbox',
              'allow',
              'referrerPolicy',
              'download',
              'enterKeyHint',
              'frameloop',
              'gl',
              'dpr',
              'kind',
              'variant',
              'tone',
              'align',
              'side',
              'testId',
              'flag',
              'closeTestId',
            ],
          },
          callees: {
            exclude: [
              'i18n(ext)?',
              't',
              'require',
              'addEventListener',
              'removeEventListener',
              'postMessage',
              'getElementById',
              'querySelector(All)?',
              'includes',
              'indexOf',
              'endsWith',
              'startsWith',
              'toLocaleString',
              'matchMedia',
              'createElement',
              'useApp',
              'get',
              'has',
              'set',
              'getItem',
              'setItem',
            ],
          },
          // Symbols, units and separators that read the same in every language.
          words: {
            exclude: [
              '[0-9!-/:-@[-`{-~\\s·×°—–−…→←↑↓▶◀❚⏸⏵⏹✕✓⟲⟳●○■□%‰]+',
              '[A-Z_-]+',
              '(km|km/s|m|s|ms|h|min|W|kW|MW|GW|Wh|kWh|MWh|TWh|°C|K|TOPS|PFLOPS|UTC|TLE|OMM|CSV|PNG|WebM|JSON|GPU|CPU|ISS|LTAN|RAAN|PUE|CO₂|gCO₂/kWh|W/m²|m²|kg)',
            ],
          },
        },
      ],
    },
  },
);
