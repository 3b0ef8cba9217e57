/** English strings of the "common" namespace: the app shell, shared words and units (docs/i18n.md). */
export const common = {
  appName: 'Compute Constellations',
  loading: 'Loading the constellation view…',
  noWebGL: 'Your browser does not support WebGL 2, so the 3D view cannot start.',
  language: {
    label: 'Language',
    en: 'English',
    'zh-CN': '中文',
  },
  satellites_one: '{{count, number}} satellite',
  satellites_other: '{{count, number}} satellites',
} as const;
