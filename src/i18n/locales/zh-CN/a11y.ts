/** Simplified Chinese strings of the "a11y" namespace (docs/i18n.md); same keys as locales/en/a11y.ts. */
import type { Strings } from '../../types';
import type { a11y as en } from '../en/a11y';

export const a11y: Strings<typeof en> = {
  scene: {
    label: '星座三维视图',
    loading: '正在加载场景…',
    summary_one: '{{scenario}}：{{count, number}} 颗卫星环绕地球。',
    summary_other: '{{scenario}}：{{count, number}} 颗卫星环绕地球。',
    noSelection: '未选择卫星：可通过搜索框或卫星列表选择。',
    selected: '已选择：{{name}}，壳层 {{shell}}。',
    selectedSunlight: '已选择：{{name}}，壳层 {{shell}}，{{sunlight}}。',
  },
  sunlight: {
    sunlit: '处于日照中',
    penumbra: '处于地球半影中',
    umbra: '处于地球本影中（完全遮挡）',
  },
  live: {
    eclipseIn: '{{name}} 进入地影。',
    eclipseOut: '{{name}} 回到日照区。',
    routeBroken: '路由中断：两端之间当前没有可用路径。',
    routeRestored: '路由已恢复。',
  },
};
