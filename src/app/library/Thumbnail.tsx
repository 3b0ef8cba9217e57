/**
 * A scenario's thumbnail: a small inline SVG sketch drawn from its shells, no WebGL. The globe is a
 * disc lit from the right (the Sun); each shell's orbits are rings tilted by their inclination and
 * turned by their node (a few planes per shell), coloured like the app's shells; the parts behind
 * the globe are hidden. A formation-flying cluster adds a magnified dot lattice; small shells show
 * their satellites as dots. Altitudes are compressed so that LEO and GEO both fit.
 */
import { memo, useId, useMemo } from 'react';
import { shellCss } from '../../scene/sceneData';
import { findCatalog } from '../../scenario/catalogs';

const SIZE = 72;
const C = SIZE / 2;
const R = 17;
const EARTH_KM = 6378.137;
const MU = 398600.4418;
/** Planes drawn per shell at most. */
const MAX_PLANES = 7;
/** Orbits drawn for element-set shells at most. */
const MAX_ELEMENT_ORBITS = 6;
const STEPS = 48;
const DEG = Math.PI / 180;
/** Viewing direction: turned 35° about the pole, 24° above the equator. */
const AZ = 35 * DEG;
const EL = 24 * DEG;

interface Orbit {
  /** Semi-major axis, km (of Earth's centre). */
  aKm: number;
  e: number;
  incDeg: number;
  raanDeg: number;
  argpDeg: number;
  /** Where to put satellites along the orbit (argument of latitude, degrees), if few enough to show. */
  dotsDeg?: number[];
}

interface ShellSketch {
  color: string;
  orbits: Orbit[];
  cluster?: number;
}

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** Sun-synchronous inclination for a circular orbit (J2 condition), degrees. */
function ssoInclinationDeg(aKm: number): number {
  const c = -Math.pow(aKm / 12352.96, 3.5);
  return Math.acos(Math.max(-1, Math.min(1, c))) / DEG;
}

/** Semi-major axis from a mean motion in revolutions per day, km. */
function aFromMeanMotion(revPerDay: number): number {
  const n = (revPerDay * 2 * Math.PI) / 86400;
  return n > 0 ? Math.cbrt(MU / (n * n)) : EARTH_KM + 500;
}

/** Node angles for `drawn` of `planes` planes spread over `spreadDeg`, starting at `startDeg`. */
function nodes(planes: number, spreadDeg: number, startDeg: number): number[] {
  const p = Math.max(1, Math.floor(planes));
  const drawn = Math.min(p, MAX_PLANES);
  const full = spreadDeg >= 359.9;
  const out: number[] = [];
  for (let k = 0; k < drawn; k++) {
    const f = drawn === 1 ? 0 : full ? k / drawn : k / (drawn - 1);
    out.push(startDeg + f * spreadDeg);
  }
  return out;
}

function evenDots(count: number): number[] | undefined {
  if (count < 1 || count > 24) return undefined;
  return Array.from({ length: count }, (_, k) => (360 * k) / count + 20);
}

function elementOrbits(records: readonly unknown[]): Orbit[] {
  const out: Orbit[] = [];
  const step = Math.max(1, Math.floor(records.length / MAX_ELEMENT_ORBITS));
  for (let k = 0; k < records.length && out.length < MAX_ELEMENT_ORBITS; k += step) {
    const r = records[k] as Record<string, unknown> | null;
    if (!r || typeof r !== 'object') continue;
    const argp = num(r.ARG_OF_PERICENTER, 0);
    out.push({
      aKm: aFromMeanMotion(num(r.MEAN_MOTION, 15)),
      e: Math.min(0.9, Math.max(0, num(r.ECCENTRICITY, 0))),
      incDeg: num(r.INCLINATION, 50),
      raanDeg: num(r.RA_OF_ASC_NODE, 0),
      argpDeg: argp,
      dotsDeg: records.length <= 3 ? [argp + num(r.MEAN_ANOMALY, 0)] : undefined,
    });
  }
  return out;
}

function tleOrbits(text: string): Orbit[] {
  const recs: Record<string, number>[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!line.startsWith('2 ') || line.length < 63) continue;
    const f = (a: number, b: number) => Number(line.slice(a - 1, b));
    recs.push({
      INCLINATION: f(9, 16),
      RA_OF_ASC_NODE: f(18, 25),
      ECCENTRICITY: Number(`0.${line.slice(26, 33).trim()}`),
      ARG_OF_PERICENTER: f(35, 42),
      MEAN_ANOMALY: f(44, 51),
      MEAN_MOTION: f(53, 63),
    });
  }
  return elementOrbits(recs);
}

/** What to draw for each shell of a scenario input (anything shaped like one; unknown parts are skipped). */
export function sketchShells(shells: readonly unknown[]): ShellSketch[] {
  return shells.slice(0, 12).map((raw, index) => {
    const s = (raw ?? {}) as Record<string, unknown>;
    const color = shellCss(index);
    const alt = num(s.altitudeKm, 550);
    const a = EARTH_KM + alt;
    switch (s.kind) {
      case 'walker': {
        const planes = num(s.planes, 1);
        const per = num(s.satsPerPlane, 1);
        const spread = s.pattern === 'star' ? 180 : 360;
        const raans = nodes(planes, spread, num(s.raanOffsetDeg, 0) + 10);
        return {
          color,
          orbits: raans.map((raanDeg, k) => ({
            aKm: a,
            e: 0,
            incDeg: num(s.inclinationDeg, 53),
            raanDeg,
            argpDeg: 0,
            dotsDeg: planes === 1 && k === 0 ? evenDots(per) : undefined,
          })),
        };
      }
      case 'sso': {
        const planes = num(s.planes, 1);
        const per = num(s.satsPerPlane, 1);
        const span = Math.min(24, Math.max(0, num(s.ltanSpanHours, 0))) * 15;
        const raans = nodes(planes, span, (num(s.ltanHours, 6) - 12) * 15);
        const inc = ssoInclinationDeg(a);
        return {
          color,
          orbits: raans.map((raanDeg, k) => ({
            aKm: a,
            e: 0,
            incDeg: inc,
            raanDeg,
            argpDeg: 0,
            dotsDeg: planes === 1 && k === 0 ? evenDots(per) : undefined,
          })),
        };
      }
      case 'cluster': {
        const orbit: Orbit = {
          aKm: a,
          e: 0,
          incDeg: ssoInclinationDeg(a),
          raanDeg: (num(s.ltanHours, 6) - 12) * 15,
          argpDeg: 0,
        };
        return { color, orbits: [orbit], cluster: Math.max(1, Math.min(200, Math.floor(num(s.count, 81)))) };
      }
      case 'elements': {
        const sats = Array.isArray(s.satellites) ? (s.satellites as Record<string, unknown>[]) : [];
        return {
          color,
          orbits: elementOrbits(
            sats.map((x) => ({
              MEAN_MOTION: (86400 / (2 * Math.PI)) * Math.sqrt(MU / Math.pow(num(x?.semiMajorAxisKm, a), 3)),
              ECCENTRICITY: x?.eccentricity,
              INCLINATION: x?.inclinationDeg,
              RA_OF_ASC_NODE: x?.raanDeg,
              ARG_OF_PERICENTER: x?.argPerigeeDeg,
              MEAN_ANOMALY: x?.meanAnomalyDeg,
            })),
          ),
        };
      }
      case 'omm':
        return { color, orbits: elementOrbits(Array.isArray(s.records) ? s.records : []) };
      case 'tle':
        return { color, orbits: typeof s.text === 'string' ? tleOrbits(s.text.slice(0, 200_000)) : [] };
      case 'catalog': {
        const cat =
          typeof s.group === 'string' && typeof s.snapshot === 'string'
            ? findCatalog(s.group, s.snapshot)
            : null;
        return { color, orbits: cat ? elementOrbits(cat.records) : [] };
      }
      default:
        return { color, orbits: [] };
    }
  });
}

/** Screen radius for a distance from Earth's centre: altitudes compressed so LEO to GEO fit. */
function screenRadius(rKm: number): number {
  const alt = Math.max(0, rKm - EARTH_KM);
  return R * (1 + 0.9 * (1 - Math.exp(-alt / 1500)));
}

/** Projects a point of an orbit (true anomaly ν, degrees) to screen x, y and whether it is in front. */
function project(o: Orbit, nuDeg: number): [number, number, boolean] {
  const nu = nuDeg * DEG;
  const rKm = (o.aKm * (1 - o.e * o.e)) / (1 + o.e * Math.cos(nu));
  const r = screenRadius(rKm);
  const u = o.argpDeg * DEG + nu;
  const W = o.raanDeg * DEG;
  const i = o.incDeg * DEG;
  const x = r * (Math.cos(W) * Math.cos(u) - Math.sin(W) * Math.sin(u) * Math.cos(i));
  const y = r * (Math.sin(W) * Math.cos(u) + Math.cos(W) * Math.sin(u) * Math.cos(i));
  const z = r * Math.sin(u) * Math.sin(i);
  // Turn about the pole, then look from slightly above the equator.
  const x1 = x * Math.cos(AZ) - y * Math.sin(AZ);
  const y1 = x * Math.sin(AZ) + y * Math.cos(AZ);
  const sx = x1;
  const sy = y1 * Math.sin(EL) + z * Math.cos(EL);
  const depth = -y1 * Math.cos(EL) + z * Math.sin(EL);
  const hidden = depth < 0 && sx * sx + sy * sy < R * R;
  return [C + sx, C - sy, !hidden];
}

const f1 = (v: number) => v.toFixed(1);

interface Paths {
  color: string;
  back: string;
  front: string;
  dots: [number, number, boolean][];
  cluster?: number;
}

function shellPaths(sk: ShellSketch): Paths {
  let back = '';
  let front = '';
  const dots: [number, number, boolean][] = [];
  for (const o of sk.orbits) {
    let prev: [number, number, boolean] | null = null;
    for (let k = 0; k <= STEPS; k++) {
      const p = project(o, (360 * k) / STEPS);
      if (prev) {
        const seg = `M${f1(prev[0])} ${f1(prev[1])}L${f1(p[0])} ${f1(p[1])}`;
        if (prev[2] && p[2]) front += seg;
        else back += seg;
      }
      prev = p;
    }
    for (const d of o.dotsDeg ?? []) dots.push(project(o, d - o.argpDeg));
  }
  return {
    color: sk.color,
    back: mergeSegments(back),
    front: mergeSegments(front),
    dots,
    cluster: sk.cluster,
  };
}

/** Joins "M a L b M b L c" into "M a L b L c" (shorter paths, cleaner joins). */
function mergeSegments(d: string): string {
  return d.replace(/L(-?[\d.]+) (-?[\d.]+)M\1 \2(?=L)/g, 'L$1 $2');
}

/** Points of a lattice disc (i² + j² ≤ r²), nearest first, `count` of them. */
function latticeDisc(count: number): [number, number][] {
  const pts: [number, number][] = [];
  const rMax = Math.ceil(Math.sqrt(count / Math.PI)) + 2;
  for (let i = -rMax; i <= rMax; i++) for (let j = -rMax; j <= rMax; j++) pts.push([i, j]);
  pts.sort((p, q) => p[0] * p[0] + p[1] * p[1] - (q[0] * q[0] + q[1] * q[1]) || p[0] - q[0] || p[1] - q[1]);
  return pts.slice(0, count);
}

function ClusterInset({ count, color, at }: { count: number; color: string; at: [number, number] }) {
  const pts = latticeDisc(count);
  const ext = Math.max(1, ...pts.map(([i, j]) => Math.max(Math.abs(i), Math.abs(j))));
  const box = 26;
  const cx = SIZE - box / 2 - 2;
  const cy = SIZE - box / 2 - 2;
  const step = (box / 2 - 3) / ext;
  const dot = Math.max(0.5, Math.min(1.3, step * 0.42));
  return (
    <g>
      <line
        x1={at[0]}
        y1={at[1]}
        x2={cx - box / 2}
        y2={cy - box / 2}
        stroke="rgba(220,230,255,0.45)"
        strokeWidth={0.6}
      />
      <circle cx={at[0]} cy={at[1]} r={1.6} fill="none" stroke="rgba(220,230,255,0.7)" strokeWidth={0.6} />
      <rect
        x={cx - box / 2}
        y={cy - box / 2}
        width={box}
        height={box}
        rx={4}
        fill="rgba(4,10,22,0.92)"
        stroke="rgba(220,230,255,0.45)"
        strokeWidth={0.6}
      />
      {pts.map(([i, j]) => (
        <circle key={`${i},${j}`} cx={cx + i * step} cy={cy + j * step} r={dot} fill={color} />
      ))}
    </g>
  );
}

/** The thumbnail of a scenario input's shells, `size` CSS px square. Decorative (aria-hidden). */
export const Thumbnail = memo(function Thumbnail({
  shells,
  size = 64,
}: {
  shells: readonly unknown[];
  size?: number;
}) {
  const gid = `lib-globe-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { paths, anchor } = useMemo(() => {
    const sketches = sketchShells(shells);
    // Where the cluster inset points: the visible point of the cluster's orbit nearest the lower right.
    let at: [number, number] = [C + R * 0.9, C + R * 0.3];
    const o = sketches.find((s) => s.cluster !== undefined)?.orbits[0];
    if (o) {
      let best = -Infinity;
      for (let k = 0; k < STEPS; k++) {
        const p = project(o, (360 * k) / STEPS);
        const score = p[2] ? p[0] + p[1] : -Infinity;
        if (score > best) {
          best = score;
          at = [p[0], p[1]];
        }
      }
    }
    return { paths: sketches.map(shellPaths), anchor: at };
  }, [shells]);
  const cluster = paths.find((p) => p.cluster !== undefined);
  return (
    <svg
      className="lib-thumb"
      width={size}
      height={size}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <radialGradient id={gid} cx="68%" cy="40%" r="75%">
          <stop offset="0%" stopColor="#3d6fae" />
          <stop offset="55%" stopColor="#1a355e" />
          <stop offset="100%" stopColor="#081427" />
        </radialGradient>
      </defs>
      <rect width={SIZE} height={SIZE} rx={8} fill="#050b16" />
      {paths.map((p, k) => (
        <path key={`b${k}`} d={p.back} fill="none" stroke={p.color} strokeOpacity={0.3} strokeWidth={0.8} />
      ))}
      {paths.map((p, k) =>
        p.dots
          .filter((d) => !d[2])
          .map((d, n) => (
            <circle key={`bd${k}-${n}`} cx={d[0]} cy={d[1]} r={1} fill={p.color} fillOpacity={0.35} />
          )),
      )}
      <circle cx={C} cy={C} r={R} fill={`url(#${gid})`} stroke="rgba(140,180,240,0.35)" strokeWidth={0.6} />
      {paths.map((p, k) => (
        <path
          key={`f${k}`}
          d={p.front}
          fill="none"
          stroke={p.color}
          strokeOpacity={0.9}
          strokeWidth={0.9}
          strokeLinecap="round"
        />
      ))}
      {paths.map((p, k) =>
        p.dots
          .filter((d) => d[2])
          .map((d, n) => (
            <circle
              key={`fd${k}-${n}`}
              cx={d[0]}
              cy={d[1]}
              r={1.5}
              fill={p.color}
              stroke="#050b16"
              strokeWidth={0.4}
            />
          )),
      )}
      {cluster?.cluster !== undefined && (
        <ClusterInset count={cluster.cluster} color={cluster.color} at={anchor} />
      )}
    </svg>
  );
});
