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
  progress: {
    label: '加载进度',
    workers: '正在启动工作线程',
    building_one: '正在生成 {{count, number}} 颗卫星',
    building_other: '正在生成 {{count, number}} 颗卫星',
    buildingUnknown: '正在生成卫星',
    propagating_one: '正在递推 {{count, number}} 组根数',
    propagating_other: '正在递推 {{count, number}} 组根数',
    firstFrame_one: '首帧：正在绘制 {{count, number}} 颗卫星',
    firstFrame_other: '首帧：正在绘制 {{count, number}} 颗卫星',
    ready: '就绪',
  },
};
