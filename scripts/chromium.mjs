/** Debian's Chromium and the flags every automated run uses (e2e tests and the benchmark). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** No sandbox (root in CI), no background traffic (no network here), WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
