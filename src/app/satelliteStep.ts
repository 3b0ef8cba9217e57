/**
 * Arrow-key stepping between satellites (pure): Left/Right go to the previous/next satellite in the
 * same orbital plane, Up/Down to the satellite beside it in the neighbouring plane, using the
 * shell's Walker numbering (plane p, slot s is `firstIndex + p·satsPerPlane + s`, as
 * src/scenario/expand.ts writes them). Across a delta seam the slot beside s is s + F (F = phasing,
 * the same rule as the +Grid links of src/sim/linkTopology.ts). Shells without planes (element sets,
 * TLE/OMM) step by index, and Up/Down go to the neighbouring shown shell.
 */
import type { ShellSummary } from '../scenario/types';

export type StepDirection = 'left' | 'right' | 'up' | 'down';

const mod = (a: number, n: number) => ((a % n) + n) % n;

type StepShell = Pick<
  ShellSummary,
  'index' | 'firstIndex' | 'count' | 'planes' | 'satsPerPlane' | 'gridPattern' | 'phasing'
>;

/** Planes × slots of a shell numbered plane by plane, or null when it has no such structure. */
function grid(s: StepShell): { P: number; S: number } | null {
  const P = s.planes ?? 0;
  const S = s.satsPerPlane ?? 0;
  return P >= 1 && S >= 1 && P * S === s.count ? { P, S } : null;
}

/**
 * The satellite to select after pressing an arrow key with `index` selected (global indices), or
 * `index` itself when there is nowhere to go. With nothing selected (`null`) any key picks the
 * first shown satellite. `hidden` lists shell indices not shown (skipped when changing shell).
 */
export function stepSatellite(
  shells: readonly StepShell[],
  index: number | null,
  dir: StepDirection,
  hidden: readonly number[] = [],
): number | null {
  const shown = shells.filter((s) => s.count > 0 && !hidden.includes(s.index));
  if (index === null) return shown[0]?.firstIndex ?? null;
  const at = shells.findIndex((s) => index >= s.firstIndex && index < s.firstIndex + s.count);
  if (at < 0) return shown[0]?.firstIndex ?? null;
  const s = shells[at];
  const local = index - s.firstIndex;
  const g = grid(s);
  if (dir === 'left' || dir === 'right') {
    const d = dir === 'right' ? 1 : -1;
    if (!g) return s.firstIndex + mod(local + d, s.count);
    const p = Math.floor(local / g.S);
    return s.firstIndex + p * g.S + mod((local % g.S) + d, g.S);
  }
  const d = dir === 'down' ? 1 : -1;
  if (g && g.P > 1) {
    const p = Math.floor(local / g.S);
    const slot = local % g.S;
    const next = p + d;
    // Across the seam of a delta pattern the neighbouring slot is shifted by the phasing F.
    const F = s.gridPattern === 'star' ? 0 : Math.floor(s.phasing ?? 0);
    if (next >= g.P) return s.firstIndex + mod(slot + F, g.S);
    if (next < 0) return s.firstIndex + (g.P - 1) * g.S + mod(slot - F, g.S);
    return s.firstIndex + next * g.S + slot;
  }
  // No planes (or one): the neighbouring shown shell, at the same position along it.
  if (shown.length === 0) return index;
  const k = shown.findIndex((x) => x.index === s.index);
  const target = k < 0 ? shown[0] : shown[mod(k + d, shown.length)];
  if (target.index === s.index) return index;
  return target.firstIndex + Math.min(local, target.count - 1);
}
