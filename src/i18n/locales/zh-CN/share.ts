/** Simplified Chinese strings of the "share" namespace (docs/i18n.md); same keys as locales/en/share.ts. */
import type { Strings } from '../../types';
import type { share as en } from '../en/share';

export const share: Strings<typeof en> = {
  button: '分享',
  embedButton: '嵌入',
  shareFailed: '无法打开分享对话框（{{why}}）。请检查网络连接后重试。',
  embedFailed: '无法打开嵌入对话框（{{why}}）。请检查网络连接后重试。',
  copy: {
    button: '复制',
    copied: '已复制。',
    failedLink: '浏览器不允许复制：链接已选中，请按 Ctrl+C（⌘C）复制。',
    failedSnippet: '浏览器不允许复制：代码已选中，请按 Ctrl+C（⌘C）复制。',
  },
  characters_one: '{{count, number}} 个字符',
  characters_other: '{{count, number}} 个字符',
  dialog: {
    title: '分享此视图',
    intro: '链接会在此刻打开这个场景，镜头、选中对象、配色、图层和路由都与现在相同。',
    linkLabel: '分享链接',
    language: '链接的语言',
    form: {
      readable: '内置场景，可读形式',
      patch: '对内置场景的修改，已压缩',
      full: '完整场景，已压缩',
    },
    tooBig:
      '这个场景太大，无法放进链接：链接长度将达 {{n, number}} 个字符，而分享链接最多 {{max, number}} 个字符。请下载为文件后分享该文件，可用编辑器的“打开”按钮打开。',
    tooBigFar:
      '这个场景太大，无法放进链接：链接长度将远超上限，而分享链接最多 {{max, number}} 个字符。请下载为文件后分享该文件，可用编辑器的“打开”按钮打开。',
    download: '下载场景文件',
  },
  qr: {
    making: '正在生成二维码…',
    label: '链接的二维码',
    tooLong: '此链接太长，无法生成二维码（{{n, number}} 个字符；二维码约可容纳 {{max, number}} 个）。',
    failed: '无法生成二维码（{{why}}）。',
  },
  embed: {
    title: '嵌入此视图',
    intro:
      '将代码粘贴到网页中：它以此刻的镜头、选中对象和图层显示这个场景，带一个小控制栏和打开完整视图的链接。宿主页面可通过消息控制它（docs/embed.md）。',
    options: '选项',
    autoplay: '立即播放',
    controls: '控制栏',
    warp: '时间倍速（×）',
    startTime: '开始时间（UTC；留空则用场景自己的时间）',
    colourBy: '着色依据',
    language: '语言',
    height: '高度（px）',
    badWarp: '时间倍速须是 −{{max, number}} 到 {{max, number}} 之间的数字；将使用当前倍速。',
    badTime: '开始时间的格式应类似 2026-06-21T12:00:00Z；将使用场景自己的时间。',
    badHeight: '高度须是 200 到 2000 之间的整数像素；将使用 420。',
    snippet: '嵌入代码',
    preview: '预览',
    previewTitle: '预览：{{title}}',
    frameTitle: '{{name}}：算力星座视图',
    frameTitleNoName: '算力星座视图',
  },
  bar: {
    label: '时间控制',
    warp: '时间倍速',
    warpTitle: '每秒模拟的秒数',
    colourBy: '卫星着色依据',
    openFull: '打开完整视图 ↗',
    openFullTitle: '在新标签页中以此刻的状态打开完整应用',
    dismiss: '关闭提示',
    problem: {
      long: '{{key}}：超过 {{max, number}} 个字符',
      flag: '{{key}}：必须为 1 或 0，收到的是 {{got}}',
      time: 't：必须是 ISO 8601 UTC 时间，例如 2026-06-21T12:00:00Z，收到的是 {{got}}',
      warp: 'warp：必须是 −{{max}} 到 {{max}} 之间的数字，收到的是 {{got}}',
      color: 'color：必须是 {{modes}} 之一，收到的是 {{got}}',
      lang: 'lang：必须是 en 或 zh-CN，收到的是 {{got}}',
    },
  },
  offline: {
    update: '新版本已就绪——重新加载即可使用',
    updateTitle: '以新版本重新加载页面（在此之前当前版本继续运行）',
  },
};
