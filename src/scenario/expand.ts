/**
 * Expands a validated scenario into satellites (docs/scenario-format.md, docs/physics.md), deterministically: the same
 * scenario always gives the same satellites in the same order. Closed-form satellites come
 * first (walker, sso, cluster, elements shells in scenario order), then SGP4 ones (tle, omm and
 * catalog shells).
 * Generated shells cost typed arrays only, no per-satellite objects: one million Walker
 * satellites expand in a few tens of milliseconds and a handful of satrec initialisations.
 */
import { sgp4, sunPos, type SatRec } from 'satellite.js';
import { CF_STRIDE, RATE_STRIDE, wrapTwoPi, type ClosedFormSet } from '../sim/closedForm';
import { DEG, EARTH_RADIUS_KM } from '../sim/constants';
import { sgp4SecularRates, ssoInclinationRad } from '../sim/orbit';
import { julianDate } from '../sim/time';
import { clusterLattice, memberOffsets } from './cluster';
import type { ClusterShell, ElementsShell, Scenario, SsoShell, WalkerShell } from './schema';
import type { ExpandedScenario, ShellSummary } from './types';
import { elementSetEntriesOf } from './validate';

/** TLE epochs further than this from the scenario epoch are reported in `warnings`. */
export const STALE_TLE_DAYS = 30;

const TWO_PI = 2 * Math.PI;

/** Right ascension of the apparent Sun (rad) at Unix ms (satellite.js `sunPos`). */
export function sunRightAscensionRad(ms: number): number {
  return sunPos(julianDate(ms) as never).rtasc;
}

/**
 * RAAN (rad) of a sun-synchronous plane whose ascending node is at local mean time `ltanHours`
 * at `epochMs`: Ω = α☉ + (LTAN − 12 h) · 15°/h.
 */
export function raanForLtanRad(epochMs: number, ltanHours: number): number {
  return wrapTwoPi(sunRightAscensionRad(epochMs) + (ltanHours - 12) * 15 * DEG);
}

/** One rate group per distinct (a, e, i): SGP4's secular rates and mean radius, cached. */
class RateTable {
  private readonly index = new Map<string, number>();
  private readonly aKm: number[] = [];
  readonly rates: number[] = [];

  /** Group index and SGP4 mean radius for an orbit. */
  group(aKm: number, e: number, incRad: number): { group: number; aKm: number } {
    const key = `${aKm}|${e}|${incRad}`;
    let g = this.index.get(key);
    if (g === undefined) {
      const r = sgp4SecularRates(aKm, e, incRad);
      g = this.aKm.length;
      this.aKm.push(r.aKm);
      this.rates.push(r.raanDotRadS, r.argpDotRadS, r.mDotRadS);
      this.index.set(key, g);
    }
    return { group: g, aKm: this.aKm[g] };
  }
}

interface CfWriter {
  elements: Float32Array;
  group: Uint32Array;
  shell: Uint16Array;
  table: RateTable;
}

/** Walker i:T/P/F (delta spreads the planes over 360°, star over 180°). */
function expandWalker(s: WalkerShell, shellIndex: number, first: number, w: CfWriter): void {
  const P = s.planes;
  const S = s.satsPerPlane;
  const T = P * S;
  const inc = s.inclinationDeg * DEG;
  const { group, aKm } = w.table.group(EARTH_RADIUS_KM + s.altitudeKm, 0, inc);
  const planeStep = (s.pattern === 'star' ? Math.PI : TWO_PI) / P;
  writePlanes(
    w,
    first,
    shellIndex,
    P,
    S,
    aKm,
    inc,
    group,
    (p) => s.raanOffsetDeg * DEG + p * planeStep,
    (p) => (p * s.phasing * TWO_PI) / T,
  );
}

/** Sun-synchronous shell: inclination from the J2 condition, planes spread in local time. */
function expandSso(s: SsoShell, shellIndex: number, first: number, epochMs: number, w: CfWriter): void {
  const P = s.planes;
  const S = s.satsPerPlane;
  const a = EARTH_RADIUS_KM + s.altitudeKm;
  const inc = ssoInclinationRad(a);
  const { group, aKm } = w.table.group(a, 0, inc);
  const raan0 = raanForLtanRad(epochMs, s.ltanHours);
  const planeStep = (s.ltanSpanHours / P) * 15 * DEG;
  writePlanes(
    w,
    first,
    shellIndex,
    P,
    S,
    aKm,
    inc,
    group,
    (p) => raan0 + p * planeStep,
    () => 0,
  );
}

function writePlanes(
  w: CfWriter,
  first: number,
  shellIndex: number,
  P: number,
  S: number,
  aKm: number,
  inc: number,
  group: number,
  raanOf: (p: number) => number,
  phaseOf: (p: number) => number,
): void {
  const el = w.elements;
  const slotStep = TWO_PI / S;
  for (let p = 0; p < P; p++) {
    const raan = wrapTwoPi(raanOf(p));
    const phase = wrapTwoPi(phaseOf(p));
    let idx = first + p * S;
    for (let s = 0; s < S; s++, idx++) {
      const b = idx * CF_STRIDE;
      el[b] = aKm;
      el[b + 1] = 0;
      el[b + 2] = inc;
      el[b + 3] = raan;
      el[b + 4] = 0;
      // Both terms lie in [0, 2π): one subtraction wraps the sum.
      const m = s * slotStep + phase;
      el[b + 5] = m >= TWO_PI ? m - TWO_PI : m;
    }
  }
  w.group.fill(group, first, first + P * S);
  w.shell.fill(shellIndex, first, first + P * S);
}

/**
 * Cluster: lattice members around one circular reference orbit (see cluster.ts). Every member
 * shares the reference's rate group, so the formation keeps its shape (idealised station-keeping).
 */
function expandCluster(
  s: ClusterShell,
  shellIndex: number,
  first: number,
  epochMs: number,
  w: CfWriter,
): { incDeg: number } {
  const a = EARTH_RADIUS_KM + s.altitudeKm;
  const sso = s.inclinationDeg === undefined;
  const inc = sso ? ssoInclinationRad(a) : (s.inclinationDeg as number) * DEG;
  const raan0 = sso ? raanForLtanRad(epochMs, s.ltanHours ?? 6) : wrapTwoPi((s.raanDeg ?? 0) * DEG);
  const { group, aKm } = w.table.group(a, 0, inc);
  const u0 = 0; // the reference orbit crosses its ascending node at the epoch
  const el = w.elements;
  clusterLattice(s.count).forEach(({ i, j }, k) => {
    const o = memberOffsets(i * s.spacingM, 2 * j * s.spacingM, aKm, inc, u0);
    const b = (first + k) * CF_STRIDE;
    el[b] = aKm;
    el[b + 1] = o.e;
    el[b + 2] = inc + o.dInc;
    el[b + 3] = wrapTwoPi(raan0 + o.dRaan);
    el[b + 4] = wrapTwoPi(o.argp);
    el[b + 5] = wrapTwoPi(u0 + o.dLambda - o.argp);
  });
  w.group.fill(group, first, first + s.count);
  w.shell.fill(shellIndex, first, first + s.count);
  return { incDeg: inc / DEG };
}

function expandElements(
  s: ElementsShell,
  shellIndex: number,
  first: number,
  tag: string,
  w: CfWriter,
  summary: ShellSummary,
): void {
  const names: string[] = [];
  const ids: string[] = [];
  s.satellites.forEach((sat, k) => {
    const a = sat.semiMajorAxisKm ?? EARTH_RADIUS_KM + (sat.altitudeKm as number);
    const inc = sat.inclinationDeg * DEG;
    const { group, aKm } = w.table.group(a, sat.eccentricity, inc);
    const idx = first + k;
    const b = idx * CF_STRIDE;
    w.elements[b] = aKm;
    w.elements[b + 1] = sat.eccentricity;
    w.elements[b + 2] = inc;
    w.elements[b + 3] = wrapTwoPi(sat.raanDeg * DEG);
    w.elements[b + 4] = wrapTwoPi(sat.argPerigeeDeg * DEG);
    w.elements[b + 5] = wrapTwoPi(sat.meanAnomalyDeg * DEG);
    w.group[idx] = group;
    w.shell[idx] = shellIndex;
    ids.push(sat.name ?? `${tag}-E${k + 1}`);
    names.push(sat.name ?? `${s.name} ${k + 1}`);
  });
  summary.ids = ids;
  summary.names = names;
}

/** Expands a validated scenario (from parseScenario). Deterministic; throws only on a bug. */
export function expandScenario(scenario: Scenario): ExpandedScenario {
  const epochMs = Date.parse(scenario.epoch);
  const warnings: string[] = [];
  const shells: ShellSummary[] = [];

  // Pass 1: counts and global indices (closed-form first).
  let cfCount = 0;
  for (const s of scenario.shells) {
    if (s.kind === 'walker' || s.kind === 'sso') cfCount += s.planes * s.satsPerPlane;
    else if (s.kind === 'elements') cfCount += s.satellites.length;
    else if (s.kind === 'cluster') cfCount += s.count;
  }
  const w: CfWriter = {
    elements: new Float32Array(cfCount * CF_STRIDE),
    group: new Uint32Array(cfCount),
    shell: new Uint16Array(cfCount),
    table: new RateTable(),
  };
  const satrecs: SatRec[] = [];
  const sgp4ShellList: number[] = [];
  let cfNext = 0;
  const tleShells: { index: number; summary: ShellSummary }[] = [];

  scenario.shells.forEach((s, index) => {
    const tag = `S${index + 1}`;
    const base = {
      index,
      name: s.name,
      kind: s.kind,
      tag,
      role: s.role ?? 'subject',
      node: { ...scenario.node, ...(s.node ?? {}) },
    } as const;
    switch (s.kind) {
      case 'walker': {
        const count = s.planes * s.satsPerPlane;
        const summary: ShellSummary = {
          ...base,
          propagator: 'closed-form',
          count,
          firstIndex: cfNext,
          altitudeKm: s.altitudeKm,
          inclinationDeg: s.inclinationDeg,
          planes: s.planes,
          satsPerPlane: s.satsPerPlane,
          gridPattern: s.pattern,
          phasing: s.phasing,
        };
        expandWalker(s, index, cfNext, w);
        cfNext += count;
        shells.push(summary);
        break;
      }
      case 'sso': {
        const count = s.planes * s.satsPerPlane;
        const inc = ssoInclinationRad(EARTH_RADIUS_KM + s.altitudeKm) / DEG;
        const summary: ShellSummary = {
          ...base,
          propagator: 'closed-form',
          count,
          firstIndex: cfNext,
          altitudeKm: s.altitudeKm,
          inclinationDeg: inc,
          planes: s.planes,
          satsPerPlane: s.satsPerPlane,
          gridPattern: s.ltanSpanHours >= 24 ? 'delta' : 'star',
          phasing: 0,
        };
        expandSso(s, index, cfNext, epochMs, w);
        cfNext += count;
        shells.push(summary);
        break;
      }
      case 'elements': {
        const count = s.satellites.length;
        const summary: ShellSummary = { ...base, propagator: 'closed-form', count, firstIndex: cfNext };
        expandElements(s, index, cfNext, tag, w, summary);
        cfNext += count;
        shells.push(summary);
        break;
      }
      case 'cluster': {
        const summary: ShellSummary = {
          ...base,
          propagator: 'closed-form',
          count: s.count,
          firstIndex: cfNext,
          altitudeKm: s.altitudeKm,
          planes: 1,
          satsPerPlane: s.count,
          spacingM: s.spacingM,
        };
        summary.inclinationDeg = expandCluster(s, index, cfNext, epochMs, w).incDeg;
        cfNext += s.count;
        shells.push(summary);
        break;
      }
      case 'tle':
      case 'omm':
      case 'catalog': {
        const summary: ShellSummary = { ...base, propagator: 'sgp4', count: 0, firstIndex: 0 };
        shells.push(summary);
        tleShells.push({ index, summary });
        break;
      }
    }
  });

  // Pass 2: SGP4 satellites after all closed-form ones.
  for (const { index, summary } of tleShells) {
    const s = scenario.shells[index];
    if (s.kind !== 'tle' && s.kind !== 'omm' && s.kind !== 'catalog') continue;
    const parsed = elementSetEntriesOf(s);
    for (const e of parsed.errors) warnings.push(`${s.name}: ${e}`);
    summary.firstIndex = cfCount + satrecs.length;
    const ids: string[] = [];
    const names: string[] = [];
    const seen = new Set<string>();
    let duplicates = 0;
    let stale = 0;
    let worstDays = 0;
    const failing: string[] = [];
    for (const entry of parsed.entries) {
      if (!entry.satrec) continue;
      if (seen.has(entry.noradId)) duplicates++;
      seen.add(entry.noradId);
      const ageDays = Math.abs(epochMs - entry.epochMs) / 86400000;
      if (ageDays > STALE_TLE_DAYS) {
        stale++;
        worstDays = Math.max(worstDays, ageDays);
      }
      const pv = sgp4(entry.satrec, (epochMs - entry.epochMs) / 60000);
      if (!pv || !Number.isFinite(pv.position.x)) failing.push(entry.noradId);
      satrecs.push(entry.satrec);
      sgp4ShellList.push(index);
      ids.push(entry.noradId);
      names.push(entry.name || `NORAD ${entry.noradId}`);
    }
    summary.count = ids.length;
    summary.ids = ids;
    summary.names = names;
    if (stale) {
      warnings.push(
        `${s.name}: ${stale} of ${ids.length} element sets have epochs more than ${STALE_TLE_DAYS} days from the scenario epoch (up to ${Math.round(worstDays)} days); SGP4 positions that far from the epoch can be off by many km`,
      );
    }
    if (duplicates)
      warnings.push(
        `${s.name}: ${duplicates} catalogue numbers appear more than once; search finds the first`,
      );
    if (failing.length) {
      warnings.push(
        `${s.name}: ${failing.length} satellites fail SGP4 at the scenario epoch (decayed or bad elements): ${failing.slice(0, 10).join(', ')}${failing.length > 10 ? ', …' : ''}`,
      );
    }
  }

  const closedForm: ClosedFormSet = {
    count: cfCount,
    epochMs,
    elements: w.elements,
    group: w.group,
    rates: Float64Array.from(w.table.rates),
  };
  if (closedForm.rates.length === 0) closedForm.rates = new Float64Array(RATE_STRIDE);
  return {
    epochMs,
    shells,
    total: cfCount + satrecs.length,
    closedForm,
    closedFormShell: w.shell,
    satrecs,
    sgp4Shell: Uint16Array.from(sgp4ShellList),
    warnings,
  };
}
