/** Simplified Chinese of locales/en/budgetLegend.ts: the part of "budget" the first view reads (docs/i18n.md). */
import type { Strings } from '../../types';
import type { budgetLegend as en } from '../en/budgetLegend';

export const budgetLegend: Strings<typeof en> = {
  sun: {
    sunlit: '日照',
    umbra: '本影（地球全影）',
    penumbra: '半影',
    penumbraHidden: '半影：太阳被遮挡 {{pct}}',
    flux: '太阳 {{flux}}',
    fluxTitle: '卫星与太阳当前距离处的太阳辐照度（1 AU 处为 1,361 W/m²）',
    short: {
      sunlit: '日照',
      umbra: '本影',
      penumbra: '半影',
    },
  },
  reason: {
    shedDark:
      '当前无算力：处于地影中，太阳能电池阵不发电，蓄电池已降到下限（保留 {{reserve}}），算力全部削减。平台负载（{{bus}}）保持供电。',
    shedBelowFloor:
      '当前无算力：蓄电池低于下限（保留 {{reserve}}），须先充回储备，算力全部削减。平台负载（{{bus}}）保持供电。',
    shedPartial: '蓄电池已到下限（保留 {{reserve}}）：算力降到太阳能电池阵在平台负载之外还能提供的水平。',
    heat: '温度超过 {{max}}：算力降频（到 {{zero}} 时降为 0）。',
    undersized:
      '即使在全日照下，太阳能电池阵（{{gen}}）也带不动全部负载（{{load}}），因此每圈蓄电池都会放到下限。',
  },
  legend: {
    label: '配色',
    colourBy: '配色依据',
    shellOnly: '配色：按壳层（地影中的卫星变暗）',
    ramp: '{{label}}：从 {{min}} 到 {{max}}',
    sampled:
      '抽样：每 {{stride}} 颗卫星计算 1 颗的预算；其余卫星显示编号紧挨在前的那颗已计算卫星的颜色（通常在同一轨道面）。选中卫星自己的预算总是精确计算。',
    showShadow: '显示地球阴影',
    modes: {
      shell: { label: '壳层', description: '按轨道壳层配色；地影中的卫星变暗。' },
      sunlight: {
        label: '日照',
        description: '太阳圆面被地球遮挡的比例：0 为日照，0 到 1 之间为半影，1 为本影（锥形阴影）。',
      },
      battery: { label: '蓄电池', description: '蓄电池荷电状态。' },
      temperature: { label: '温度', description: '节点的集总温度。' },
      compute: {
        label: '可用算力',
        description: '可运行的算力负载比例（电池到下限或超过温度上限时降低）。',
      },
      margin: {
        label: '功率余量',
        description: '发电减去耗电：由电池供电时为负。',
      },
    },
  },
};
