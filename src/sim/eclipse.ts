/**
 * Eclipse events (docs/physics.md, the command line in README.md `--events`): entries and exits of the conical penumbra and
 * umbra (shadow.ts), found by sampling the boundary functions and refining each sign change by
 * root finding, so every event time is good to ≤ 0.1 s (default), not to the sampling step.
 * Times are Unix ms; positions ECI (TEME) km.
 */
import { penumbraMargin, shadowMargins, umbraMargin } from './shadow';
import { sunPositionEciKm } from './sun';

export type EclipseEventKind = 'penumbra_in' | 'umbra_in' | 'umbra_out' | 'penumbra_out';

export interface EclipseEvent {
  tMs: number;
  kind: EclipseEventKind;
}

export interface EclipseSearchOptions {
  /** Sampling step, s (capped at 30). Default 30. */
  stepS?: number;
  /** Root tolerance, s (capped at 0.1). Default 0.05. */
  toleranceS?: number;
  /** Sun position (ECI km) at tMs, written to out[0..2]. Default: sunPositionEciKm (satellite.js sunPos). */
  sunAt?: (tMs: number, out: Float64Array) => void;
}

const KIND_ORDER: Record<EclipseEventKind, number> = {
  penumbra_in: 0,
  umbra_in: 1,
  umbra_out: 2,
  penumbra_out: 3,
};

function defaultSunAt(tMs: number, out: Float64Array): void {
  const s = sunPositionEciKm(tMs);
  out[0] = s.x;
  out[1] = s.y;
  out[2] = s.z;
}

/**
 * Finds the eclipse events of one satellite in [startMs, endMs]. `positionAt(tMs, out)` writes
 * the satellite's ECI position (km) to out[0..2] and returns false where it has none (decayed).
 * Method: samples penumbraMargin and umbraMargin (shadow.ts) every ≤ 30 s; each sign change is
 * refined by the Illinois false-position method to `toleranceS`; a margin that dips below zero
 * between samples (a grazing eclipse shorter than the step) is caught by minimising it
 * (golden section) wherever three samples bracket a local minimum. A satellite already in shadow
 * at startMs gets no entry event. Returns events sorted by time.
 */
export function findEclipseEvents(
  positionAt: (tMs: number, out: Float64Array) => boolean,
  startMs: number,
  endMs: number,
  opts: EclipseSearchOptions = {},
): EclipseEvent[] {
  const stepMs = Math.min(30, opts.stepS ?? 30) * 1000;
  const tolMs = Math.min(0.1, opts.toleranceS ?? 0.05) * 1000;
  const sunAt = opts.sunAt ?? defaultSunAt;
  const pos = new Float64Array(3);
  const sun = new Float64Array(3);
  const events: EclipseEvent[] = [];
  if (!(endMs > startMs) || !(stepMs > 0)) return events;

  /** Margin `which` (0 penumbra, 1 umbra) at t; NaN when the satellite has no position. */
  const margin = (t: number, which: number): number => {
    if (!positionAt(t, pos)) return NaN;
    sunAt(t, sun);
    return which === 0
      ? penumbraMargin(pos[0], pos[1], pos[2], sun[0], sun[1], sun[2])
      : umbraMargin(pos[0], pos[1], pos[2], sun[0], sun[1], sun[2]);
  };

  const root = (which: number, ta: number, fa: number, tb: number, fb: number): number => {
    // Illinois variant of regula falsi: superlinear, always bracketed.
    let side = 0;
    for (let it = 0; it < 100 && tb - ta > tolMs; it++) {
      let t = (ta * fb - tb * fa) / (fb - fa);
      if (!(t > ta && t < tb)) t = 0.5 * (ta + tb);
      const f = margin(t, which);
      if (!Number.isFinite(f)) return 0.5 * (ta + tb);
      if (f < 0 === fa < 0) {
        ta = t;
        fa = f;
        if (side === -1) fb *= 0.5;
        side = -1;
      } else {
        tb = t;
        fb = f;
        if (side === 1) fa *= 0.5;
        side = 1;
      }
    }
    return 0.5 * (ta + tb);
  };

  const push = (which: number, t: number, entering: boolean): void => {
    const kind: EclipseEventKind =
      which === 0 ? (entering ? 'penumbra_in' : 'penumbra_out') : entering ? 'umbra_in' : 'umbra_out';
    events.push({ tMs: t, kind });
  };

  // One pass samples both margins (one position and one Sun per sample).
  const n = Math.ceil((endMs - startMs) / stepMs);
  const m = new Float64Array(2);
  const sample = (t: number): boolean => {
    if (!positionAt(t, pos)) return false;
    sunAt(t, sun);
    shadowMargins(pos[0], pos[1], pos[2], sun[0], sun[1], sun[2], m);
    return Number.isFinite(m[0]) && Number.isFinite(m[1]);
  };
  const tPrev = [NaN, NaN],
    fPrev = [NaN, NaN],
    f0 = [NaN, NaN];
  let t0 = startMs;
  if (sample(t0)) {
    f0[0] = m[0];
    f0[1] = m[1];
  }
  for (let k = 1; k <= n; k++) {
    const t1 = k === n ? endMs : startMs + k * stepMs;
    const ok = sample(t1);
    for (let which = 0; which < 2; which++) {
      const f1 = ok ? m[which] : NaN;
      const fa = f0[which];
      if (Number.isFinite(fa) && Number.isFinite(f1)) {
        if (fa < 0 !== f1 < 0) {
          push(which, root(which, t0, fa, t1, f1), f1 < 0);
        } else if (fa >= 0 && fPrev[which] >= 0 && fa < fPrev[which] && fa <= f1) {
          // Local minimum bracketed by [tPrev, t1] with every sample outside: look for a hidden dip.
          grazing(which, tPrev[which], t1);
        }
      }
      tPrev[which] = t0;
      fPrev[which] = fa;
      f0[which] = f1;
    }
    t0 = t1;
  }

  function grazing(which: number, a: number, b: number): void {
    const g = 0.3819660112501051;
    let x1 = a + g * (b - a);
    let x2 = b - g * (b - a);
    let f1 = margin(x1, which);
    let f2 = margin(x2, which);
    while (b - a > tolMs) {
      if (!Number.isFinite(f1) || !Number.isFinite(f2)) return;
      if (f1 < 0 || f2 < 0) break;
      if (f1 < f2) {
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = a + g * (b - a);
        f1 = margin(x1, which);
      } else {
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = b - g * (b - a);
        f2 = margin(x2, which);
      }
    }
    const tm = f1 < f2 ? x1 : x2;
    const fm = Math.min(f1, f2);
    if (!(fm < 0)) return;
    const fa = margin(a, which);
    const fb = margin(b, which);
    if (fa >= 0) push(which, root(which, a, fa, tm, fm), true);
    if (fb >= 0) push(which, root(which, tm, fm, b, fb), false);
  }

  events.sort((p, q) => p.tMs - q.tMs || KIND_ORDER[p.kind] - KIND_ORDER[q.kind]);
  return events;
}
