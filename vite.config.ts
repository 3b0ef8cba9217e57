import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { minifyGlslLiterals } from './scripts/glslMinify';

/** Content-Security-Policy shipped with the build (docs/architecture.md): no inline script, no remote fetches
 *  except the live catalogue the user asks for. */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://celestrak.org",
].join('; ');

/**
 * A plugin that rewrites the one match of `pattern` (global) in the dependency file `file` to
 * `replacement`, with `prefix` in front of the module; it fails the build when there is not exactly
 * one match, so an upgrade that changes the patched line is noticed.
 */
function patchOnce(name: string, file: RegExp, pattern: RegExp, replacement: string, prefix = ''): Plugin {
  return {
    name,
    transform(code, id) {
      if (!file.test(id)) return null;
      if ((code.match(pattern) ?? []).length !== 1) throw new Error(`${name}: no single ${pattern} in ${id}`);
      return { code: prefix + code.replace(pattern, replacement), map: null };
    },
  };
}

/**
 * @react-three/fiber 9 (9.8.2 is the latest stable) creates its store's clock with
 * `new THREE.Clock()`, which three r183 deprecated: a console warning on every load, and R3F 9 has
 * no prop to pass another clock (pmndrs/react-three-fiber#3741; R3F 10 moves to THREE.Timer). This
 * swaps in src/scene/timerClock.ts, a Clock look-alike on THREE.Timer, in the build and in the dev
 * server's pre-bundled deps. It fails loudly if R3F's store no longer has that line: then check
 * whether R3F dropped Clock and remove this plugin.
 */
function r3fTimerClock(): Plugin {
  const shim = fileURLToPath(new URL('./src/scene/timerClock.ts', import.meta.url));
  return patchOnce(
    'r3f-timer-clock',
    /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]events-[^\\/]+\.esm\.js$/,
    /\bclock: new THREE\.Clock\(\)/g,
    'clock: new __TimerClock()',
    `import { TimerClock as __TimerClock } from ${JSON.stringify(shim)};\n`,
  );
}

/**
 * R3F's `<Canvas>` registers the whole `THREE` namespace as its JSX catalogue
 * (`React.useMemo(() => extend(THREE), [])`), which keeps every three.js class in the bundle. This
 * removes that line; src/scene/threeElements.ts registers the classes the scene uses instead
 * (≈ 50 KB gzip less in the first download, docs/performance.md). Applied to the dev server's
 * pre-bundled deps too, so a missing element fails in development as in the build. Fails loudly
 * if the line is gone or changed: then check how R3F builds its catalogue now.
 */
function r3fExplicitCatalogue(): Plugin {
  return patchOnce(
    'r3f-explicit-catalogue',
    /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/,
    /React\.useMemo\(\(\) => extend\(THREE\), \[\]\);/g,
    '',
  );
}

/**
 * satellite.js's JS modules only define functions, classes and constants, but its package does not
 * say so ("sideEffects"), which makes the bundler keep its barrel's whole import graph: the first
 * view's gstime pulled in SGP4, and the propagation worker the WASM glue it imports only on demand
 * (docs/performance.md). Its Emscripten builds (wasm-build/) are left as they are.
 */
const satelliteJsTreeshake = {
  moduleSideEffects: (id: string) => !/node_modules[\\/]satellite\.js[\\/]dist[\\/]/.test(id),
};

/** Production builds: the scene's GLSL without comments and indentation (scripts/glslMinify.ts). */
function glslMinify(): Plugin {
  return {
    name: 'glsl-minify',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]scene[\\/][^\\/]+\.tsx?$/.test(id) || !code.includes('/* glsl */')) return null;
      return { code: minifyGlslLiterals(code), map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    r3fTimerClock(),
    r3fExplicitCatalogue(),
    glslMinify(),
    {
      name: 'inject-csp',
      apply: 'build',
      transformIndexHtml(html) {
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        );
      },
    },
    // Offline once loaded (docs/architecture.md "Offline"): a Workbox service worker precaches the built
    // app, its workers, textures and built-ins. Build only (never the dev server); registered by
    // src/app/offline/registerOffline.ts, which offers a new version instead of forcing it.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      devOptions: { enabled: false },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,jpg,png,wasm,json,webmanifest}'],
        globIgnores: ['embed-example.*'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/embed-example/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  optimizeDeps: { rolldownOptions: { plugins: [r3fTimerClock(), r3fExplicitCatalogue()] } },
  worker: { format: 'es', rolldownOptions: { treeshake: satelliteJsTreeshake } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    rolldownOptions: {
      treeshake: satelliteJsTreeshake,
      output: {
        codeSplitting: {
          // A group takes only what it names; constants and gstime stay where the first view gets them.
          includeDependenciesRecursively: false,
          groups: [
            // satellite.js's SGP4 (initialisation, propagation, element-set parsing) in a chunk of its
            // own: only the lazy parts (main-thread fallback, import, validation) use it. Left to the
            // default, it shared a chunk with gstime / sunPos / eciToGeodetic, which the first view
            // needs, and came along with them (10 KB gzip; docs/performance.md).
            { name: 'sgp4', test: /satellite\.js[\\/]dist[\\/](io\.js|propagation[\\/](?!gstime))/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Everything the app has once loaded: every i18n namespace, element-set support (src/testSetup.ts).
    setupFiles: ['src/testSetup.ts'],
    testTimeout: 30000,
  },
});
