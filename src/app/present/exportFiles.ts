/**
 * What the export dialog writes: a PNG of the view (pixels from src/scene/snapshot.ts with an optional
 * caption band and credit line drawn over them), the selected node's budget series and the
 * constellation's state as CSV — the command line's columns, units and rows (src/cli/budgetRows.ts,
 * README.md "Command line") for the same scenario, node and window.
 */
import '../../scenario/elementSetSupport';
import { parseScenario } from '../../scenario/validate';
import { expandScenario } from '../../scenario/expand';
import { satelliteIdentity } from '../../scenario/identity';
import { budgetCsv } from '../../cli/budgetRows';
import type { SnapshotPixels } from '../../scene/snapshot';
import { t } from '../../i18n/i18n';

/** Picture sizes offered, px (the largest is 4K UHD). */
export const PNG_SIZES: readonly { label: string; width: number; height: number }[] = [
  { label: '1280 × 720', width: 1280, height: 720 },
  { label: '1920 × 1080 (Full HD)', width: 1920, height: 1080 },
  { label: '2560 × 1440', width: 2560, height: 1440 },
  { label: '3840 × 2160 (4K)', width: 3840, height: 2160 },
];
/** Largest side of an exported picture, px. */
export const MAX_PNG_SIDE = 3840;
/** Most nodes the constellation-state CSV budgets; above, every k-th (as the app's own budgets thin out). */
export const MAX_STATE_NODES = 20_000;

/** The pixels as a PNG with `caption` in a band along the bottom and `credit` in small type at the bottom right (either may be empty). */
export async function composePng(px: SnapshotPixels, caption: string, credit: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = px.width;
  canvas.height = px.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error(t('present:problems.no2d'));
  g.putImageData(new ImageData(px.data as Uint8ClampedArray<ArrayBuffer>, px.width, px.height), 0, 0);
  // Type sized as presenter mode's at 1920 × 1080 (40 px caption, 18 px credit), scaled with the height.
  const k = px.height / 1080;
  const font = (size: number, weight = 500) =>
    `${weight} ${Math.round(size * k)}px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif`;
  let creditTop = px.height;
  if (credit.trim()) {
    g.font = font(18);
    g.textAlign = 'right';
    g.textBaseline = 'bottom';
    g.fillStyle = 'rgba(232, 238, 248, 0.8)';
    g.fillText(credit.trim(), px.width - 24 * k, px.height - 14 * k, px.width - 48 * k);
    creditTop = px.height - 44 * k;
  }
  if (caption.trim()) {
    g.font = font(40);
    const maxW = Math.min(px.width * 0.8, 1500 * k);
    const lines = wrap(caption.trim(), maxW, (t) => g.measureText(t).width).slice(0, 4);
    const lineH = 52 * k,
      pad = 22 * k;
    const boxH = lines.length * lineH + 2 * pad;
    const boxW = Math.min(maxW + 2 * pad, Math.max(...lines.map((l) => g.measureText(l).width)) + 2 * pad);
    const x = (px.width - boxW) / 2,
      y = creditTop - 24 * k - boxH;
    g.fillStyle = 'rgba(4, 8, 16, 0.78)';
    g.beginPath();
    g.roundRect(x, y, boxW, boxH, 14 * k);
    g.fill();
    g.fillStyle = '#fff';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    lines.forEach((l, i) => g.fillText(l, px.width / 2, y + pad + lineH * (i + 0.5)));
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('present:problems.noPng')))), 'image/png'),
  );
}

/** Characters set solid, without spaces, where a line may break between any two (Chinese, Japanese, full-width forms). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Punctuation that never starts a line, and that never ends one. */
const CLOSING = /[，。、；：！？）》」』”’…,.;:!?)\]}%]/u;
const OPENING = /[（《「『“‘([{]/u;

/** `word` cut where a line may break inside it: between wide characters, keeping punctuation with its neighbour. */
function segments(word: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of word) {
    const prev = cur ? [...cur].pop()! : '';
    if (cur && (WIDE.test(prev) || WIDE.test(c)) && !CLOSING.test(c) && !OPENING.test(prev)) {
      out.push(cur);
      cur = c;
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Words of `text` in lines no wider than `maxW` (by `measure`); a word wider than a line gets a line
 * of its own. Chinese has no spaces: a line may break between any two of its characters (never
 * before a closing or after an opening punctuation mark).
 */
export function wrap(text: string, maxW: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    segments(word).forEach((seg, i) => {
      const next = !line ? seg : i === 0 ? `${line} ${seg}` : `${line}${seg}`;
      if (line && measure(next) > maxW) {
        lines.push(line);
        line = seg;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
}

function expanded(scenario: unknown, epochMs: number) {
  const parsed = parseScenario(scenario, { nowMs: epochMs });
  if (!parsed.ok)
    throw new Error(
      t('present:problems.unreadable', { problem: parsed.issues[0] ?? t('present:problems.unknownProblem') }),
    );
  return expandScenario(parsed.scenario);
}

/** The node's budget series, as `npm run sim -- <scenario> --nodes <id> --from <from> --hours <h> --step-s <s>` prints it. */
export function nodeSeriesCsv(
  scenario: unknown,
  epochMs: number,
  index: number,
  fromMs: number,
  hours: number,
  stepS: number,
): string {
  const ex = expanded(scenario, epochMs);
  if (index < 0 || index >= ex.total) throw new Error(t('present:problems.notInScenario'));
  return budgetCsv(ex, [index], [satelliteIdentity(ex.shells, index).id], fromMs, hours, stepS);
}

/** Every node's row at `tMs` (every k-th above {@link MAX_STATE_NODES}), as `npm run sim -- <scenario> --from <t> --hours 0`; `stride` is k. */
export function stateCsv(
  scenario: unknown,
  epochMs: number,
  tMs: number,
): { csv: string; stride: number; total: number } {
  const ex = expanded(scenario, epochMs);
  const stride = Math.max(1, Math.ceil(ex.total / MAX_STATE_NODES));
  const nodes: number[] = [];
  for (let k = 0; k < ex.total; k += stride) nodes.push(k);
  const ids = nodes.map((k) => satelliteIdentity(ex.shells, k).id);
  return { csv: budgetCsv(ex, nodes, ids, tMs, 0, 60), stride, total: ex.total };
}

/** A file name part: letters, digits, dot and dash only. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'view'
  );
}

/** Starts a download of `blob` as `name`. */
export function download(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 2000);
  }
}
