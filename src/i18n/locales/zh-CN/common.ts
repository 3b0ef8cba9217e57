/** Simplified Chinese strings of the "common" namespace; same keys as locales/en/common.ts. */
import type { Strings } from '../../types';
import type { common as en } from '../en/common';

export const common: Strings<typeof en> = {
  appName: '算力星座',
  loading: '正在加载星座视图…',
  noWebGL: '你的浏览器不支持 WebGL 2，无法启动三维视图。',
  language: {
    label: '语言',
    en: 'English',
    'zh-CN': '中文',
  },
  satellites_one: '{{count, number}} 颗卫星',
  satellites_other: '{{count, number}} 颗卫星',
};
