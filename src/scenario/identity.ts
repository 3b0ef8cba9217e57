/**
 * Stable names and ids of satellites (docs/scenario-format.md, the command line in README.md), computed from the shell summaries without
 * per-satellite arrays for generated shells. Generated ids: `${tag}-P${plane}-${slot}` with plane
 * and slot 1-based and zero-padded to the width of the largest ("S1-P07-22"); elements shells use
 * the satellite's name or `${tag}-E${k}`; element sets use the NORAD catalogue number. Ids never
 * contain commas (the schema rejects commas in elements names).
 */
import type { SatelliteIdentity, ShellSummary } from './types';

/** Shell holding global index `index`, or null. */
export function shellOf(shells: readonly ShellSummary[], index: number): ShellSummary | null {
  for (const s of shells) if (index >= s.firstIndex && index < s.firstIndex + s.count) return s;
  return null;
}

function isGenerated(s: ShellSummary): boolean {
  return (
    (s.kind === 'walker' || s.kind === 'sso' || s.kind === 'cluster') &&
    !s.ids &&
    s.planes !== undefined &&
    s.satsPerPlane !== undefined
  );
}

function generatedId(s: ShellSummary, plane: number, slot: number): string {
  const P = s.planes as number;
  const S = s.satsPerPlane as number;
  return `${s.tag}-P${String(plane + 1).padStart(String(P).length, '0')}-${String(slot + 1).padStart(String(S).length, '0')}`;
}

/** Id, name and shell of the satellite with global index `index`; throws on an index out of range. */
export function satelliteIdentity(shells: readonly ShellSummary[], index: number): SatelliteIdentity {
  const s = shellOf(shells, index);
  if (!s) throw new RangeError(`no satellite with index ${index}`);
  const local = index - s.firstIndex;
  if (isGenerated(s)) {
    const S = s.satsPerPlane as number;
    const plane = Math.floor(local / S);
    const slot = local % S;
    return {
      index,
      id: generatedId(s, plane, slot),
      name: `${s.name} ${plane + 1}-${slot + 1}`,
      shellIndex: s.index,
    };
  }
  const id = s.ids?.[local] ?? `${s.tag}-E${local + 1}`;
  const name = s.names?.[local] ?? id;
  return { index, id, name, shellIndex: s.index };
}

const GENERATED_ID = /^(S\d+)-P(\d+)-(\d+)$/;

/**
 * Global index of the satellite whose id is exactly `query` (after trimming), else the first
 * whose name matches case-insensitively; null when none does.
 */
export function findSatellite(shells: readonly ShellSummary[], query: string): number | null {
  const q = query.trim();
  if (!q) return null;
  // 1. Exact id.
  const m = GENERATED_ID.exec(q);
  if (m) {
    for (const s of shells) {
      if (s.tag !== m[1] || !isGenerated(s)) continue;
      const plane = Number(m[2]) - 1;
      const slot = Number(m[3]) - 1;
      if (
        plane >= 0 &&
        slot >= 0 &&
        plane < (s.planes as number) &&
        slot < (s.satsPerPlane as number) &&
        generatedId(s, plane, slot) === q
      ) {
        return s.firstIndex + plane * (s.satsPerPlane as number) + slot;
      }
    }
  }
  for (const s of shells) {
    if (!s.ids) continue;
    const k = s.ids.indexOf(q);
    if (k >= 0 && k < s.count) return s.firstIndex + k;
  }
  // 2. Name, case-insensitively.
  const lower = q.toLowerCase();
  for (const s of shells) {
    if (isGenerated(s)) {
      const prefix = `${s.name.toLowerCase()} `;
      if (!lower.startsWith(prefix)) continue;
      const nm = /^(\d+)-(\d+)$/.exec(lower.slice(prefix.length));
      if (!nm) continue;
      const plane = Number(nm[1]) - 1;
      const slot = Number(nm[2]) - 1;
      if (plane >= 0 && slot >= 0 && plane < (s.planes as number) && slot < (s.satsPerPlane as number)) {
        return s.firstIndex + plane * (s.satsPerPlane as number) + slot;
      }
    } else if (s.names) {
      for (let k = 0; k < s.names.length && k < s.count; k++)
        if (s.names[k].toLowerCase() === lower) return s.firstIndex + k;
    }
  }
  return null;
}
