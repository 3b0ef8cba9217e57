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
  progress: {
    label: 'Loading progress',
    workers: 'Starting workers',
    building_one: 'Building {{count, number}} satellite',
    building_other: 'Building {{count, number}} satellites',
    buildingUnknown: 'Building the satellites',
    propagating_one: 'Propagating {{count, number}} element set',
    propagating_other: 'Propagating {{count, number}} element sets',
    firstFrame_one: 'First frame: drawing {{count, number}} satellite',
    firstFrame_other: 'First frame: drawing {{count, number}} satellites',
    ready: 'Ready',
  },
} as const;
