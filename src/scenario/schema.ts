/**
 * Scenario format, version 1 (docs/scenario-format.md): the zod schema. Every object is strict (an unknown key
 * is an error), every number has a range with its unit, and every message names the problem and
 * the value found, so that validate.ts can prefix the JSON path and list all problems at once.
 *
 * Defaults applied here: `node` (every field), `links` ({ pattern: 'none', … }), `view`, Walker
 * `pattern` 'delta' and `phasing` 1, SSO `ltanHours` 6 and `planes` 1, elements angles 0.
 * Defaults that depend on context are applied by validate.ts: `epoch` (the time of loading),
 * a shell's `name` (`${kind} ${index + 1}`), SSO `ltanSpanHours` (0 for one plane, else 24).
 *
 * Written with zod/mini (functions and checks instead of methods) so that a bundle ships only the
 * parts it uses: classic zod's JSON-Schema machinery cannot be tree-shaken.
 */
import { NODE_PARAM_DEFAULTS, type NodeParams as SimNodeParams } from '../sim/nodeParams';
import * as z from 'zod/mini';
import { parseIsoUtc } from './time';

export { parseIsoUtc };
import { EARTH_RADIUS_KM } from '../sim/constants';
import { ssoInclinationRad } from '../sim/orbit';
import { clusterLatticeRadius } from './cluster';
import type { OmmRecord } from './omm';
import { elementSets } from './elementSets';
import { BURDEN_FIELDS, BURDEN_PRESETS, type BurdenKey } from '../sim/burdenFields';

/** Largest number of satellites one scenario may expand to. */
export const MAX_SATELLITES = 2_000_000;
/** Longest TLE text in one shell, characters (ASCII, so bytes). */
export const MAX_TLE_TEXT_CHARS = 20 * 1024 * 1024;
/** Most satellites in one `elements` shell (they are listed one by one). */
export const MAX_ELEMENTS_PER_SHELL = 10_000;
/** Most shells in one scenario. */
export const MAX_SHELLS = 1000;
/** Altitude range of generated orbits, km. */
export const MIN_ALTITUDE_KM = 160;
export const MAX_ALTITUDE_KM = 50_000;
/** Most records in one `omm` shell. */
export const MAX_OMM_RECORDS_PER_SHELL = 100_000;
/** Most members of one `cluster` shell. */
export const MAX_CLUSTER_MEMBERS = 10_000;
/** Largest extent of a cluster (farthest member from the reference orbit), km: the Hill model placing members holds only for small formations. */
export const MAX_CLUSTER_RADIUS_KM = 100;
/** Most OMM problems listed per shell before the rest are counted. */
const MAX_OMM_ISSUES_PER_SHELL = 100;
/** Shell kinds of docs/scenario-format.md, all implemented. */
export const SUPPORTED_SHELL_KINDS = [
  'walker',
  'sso',
  'cluster',
  'elements',
  'tle',
  'omm',
  'catalog',
] as const;
/** Shell kinds named in docs/scenario-format.md that this version does not implement yet (none left). */
export const PLANNED_SHELL_KINDS = [] as const;

/** A value as it appears in a message: short, JSON-like, never the whole of a huge input. */
export function describeValue(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') {
    const s = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return JSON.stringify(s);
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing';
  return String(v);
}

const typeMessage = (what: string) => (iss: { input?: unknown }) =>
  iss.input === undefined
    ? 'is required'
    : typeof iss.input === 'number' && !Number.isFinite(iss.input)
      ? `must be a finite number, got ${describeValue(iss.input)}`
      : `must be ${what}, got ${describeValue(iss.input)}`;

/** A finite number in [min, max] (unit in the message); `int` for whole numbers. One message per value. */
function num(min: number, max: number, unit = '', int = false) {
  const u = unit ? ` ${unit}` : '';
  return z.number({ error: typeMessage(int ? 'a whole number' : 'a number') }).check(
    z.superRefine((v: number, ctx) => {
      if (!(v >= min && v <= max))
        ctx.addIssue({
          code: 'custom',
          message: `must be between ${min} and ${max}${u}, got ${describeValue(v)}`,
        });
      else if (int && !Number.isInteger(v))
        ctx.addIssue({ code: 'custom', message: `must be a whole number, got ${describeValue(v)}` });
    }),
  );
}

/** A string of at most `max` characters (and at least `min`). */
function str(max: number, min = 0) {
  return z.string({ error: typeMessage('a string') }).check(
    z.minLength(min, {
      error: () => (min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
    }),
    z.maxLength(max, {
      error: (iss) => `must be at most ${max} characters, got ${(iss.input as string).length}`,
    }),
  );
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? 'is required'
        : `must be one of ${values.join(', ')}, got ${describeValue(iss.input)}`,
  });
}

function arr<T extends z.ZodMiniType>(item: T, max: number, what: string) {
  return z.array(item, { error: typeMessage('an array') }).check(
    z.maxLength(max, {
      error: (iss) => `at most ${max} ${what} are allowed, got ${(iss.input as unknown[]).length}`,
    }),
  );
}

/** Earliest and latest epochs accepted (SGP4's two-digit TLE years cover 1957–2056). */
const MIN_EPOCH_MS = Date.UTC(1957, 0, 1);
const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);

const isoEpoch = z.string({ error: typeMessage('a UTC ISO 8601 time such as "2025-06-01T00:00:00Z"') }).check(
  z.superRefine((v: string, ctx) => {
    const ms = parseIsoUtc(v);
    if (ms === null)
      ctx.addIssue({
        code: 'custom',
        message: `must be a UTC ISO 8601 time such as "2025-06-01T00:00:00Z", got ${describeValue(v)}`,
      });
    else if (ms < MIN_EPOCH_MS || ms >= MAX_EPOCH_MS)
      ctx.addIssue({ code: 'custom', message: `must be between 1957 and 2099, got ${describeValue(v)}` });
  }),
);

const httpUrl = str(2000, 1).check(
  z.superRefine((v: string, ctx) => {
    let ok = false;
    try {
      const u = new URL(v);
      ok = u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      ok = false;
    }
    if (!ok) ctx.addIssue({ code: 'custom', message: `must be an http(s) URL, got ${describeValue(v)}` });
  }),
);

function inRange(v: unknown, lo: number, hi: number): v is number {
  return typeof v === 'number' && v >= lo && v <= hi;
}
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

const TEMP_RANGE: [number, number] = [0, 2000];

/** Per-node physical parameters (docs/scenario-format.md, docs/physics.md). Every field optional in a shell override. */
const nodeFields = {
  panelAreaM2: num(0, 1e8, 'm²'),
  cellEfficiency: num(0, 1),
  /** sun-tracking panels (cos θ = 1) or body-fixed panels facing away from nadir. */
  pointing: oneOf(['sun-tracking', 'nadir']),
  batteryWh: num(0, 1e10, 'Wh'),
  depthOfDischargeMax: num(0, 1),
  chargeEfficiency: num(0, 1),
  computeLoadW: num(0, 1e10, 'W'),
  busLoadW: num(0, 1e10, 'W'),
  computeTops: num(0, 1e9, 'TOPS'),
  radiatorAreaM2: num(0, 1e8, 'm²'),
  emissivity: num(0, 1),
  absorptivity: num(0, 1),
  heatCapacityJPerK: num(1, 1e13, 'J/K'),
  maxTempK: num(TEMP_RANGE[0], TEMP_RANGE[1], 'K'),
  minTempK: num(TEMP_RANGE[0], TEMP_RANGE[1], 'K'),
};

/** Node defaults of docs/scenario-format.md (one definition, in the physics core that uses them). */
export const NODE_DEFAULTS: Readonly<SimNodeParams> = NODE_PARAM_DEFAULTS;

/** What a refinement may do with its context: add issues (zod's `$RefinementCtx`, whatever the value type). */
type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'>;

/** Adds `message` at `altitudeKm` when no sun-synchronous orbit exists at that altitude (src/sim/kepler.ts). */
function requireSso(altitudeKm: number, ctx: IssueSink, message: string): void {
  try {
    ssoInclinationRad(EARTH_RADIUS_KM + altitudeKm);
  } catch {
    ctx.addIssue({ code: 'custom', path: ['altitudeKm'], message });
  }
}

function tempOrder(v: { minTempK?: number; maxTempK?: number }, ctx: IssueSink) {
  if (
    inRange(v.minTempK, TEMP_RANGE[0], TEMP_RANGE[1]) &&
    inRange(v.maxTempK, TEMP_RANGE[0], TEMP_RANGE[1]) &&
    v.minTempK >= v.maxTempK
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['minTempK'],
      message: `must be below maxTempK (${v.maxTempK} K), got ${v.minTempK} K`,
    });
  }
}

export const nodeSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(nodeFields).map(([k, s]) => [
        k,
        z._default(s as z.ZodMiniType, NODE_DEFAULTS[k as keyof typeof NODE_DEFAULTS] as never),
      ]),
    ) as { [K in keyof typeof nodeFields]: z.ZodMiniDefault<(typeof nodeFields)[K]> },
    { error: typeMessage('an object') },
  )
  .check(z.superRefine(tempOrder));

/** A shell's own node overrides: any subset of the node fields, no defaults. */
export /** A shell's role in the story: `subject` (default) or `context` (a shell for scale, drawn quieter). */
const shellRole = z.optional(
  z.enum(['subject', 'context'], {
    error: (iss) => `must be "subject" or "context", got ${describeValue(iss.input)}`,
  }),
);

const nodeOverrideSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(nodeFields).map(([k, s]) => [k, z.optional(s as z.ZodMiniType)])) as {
      [K in keyof typeof nodeFields]: z.ZodMiniOptional<(typeof nodeFields)[K]>;
    },
    { error: typeMessage('an object') },
  )
  .check(z.superRefine(tempOrder));

const shellName = z.optional(str(200, 1));
const altitudeKm = num(MIN_ALTITUDE_KM, MAX_ALTITUDE_KM, 'km');

const walkerShell = z
  .strictObject({
    kind: z.literal('walker'),
    name: shellName,
    pattern: z._default(oneOf(['delta', 'star']), 'delta'),
    altitudeKm,
    inclinationDeg: num(0, 180, '°'),
    planes: num(1, 10000, '', true),
    satsPerPlane: num(1, 100000, '', true),
    phasing: z._default(num(0, 9999, '', true), 1),
    raanOffsetDeg: z._default(num(-360, 360, '°'), 0),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      // Refinements run even when fields failed: check only what is valid.
      if (!isCount(s.planes) || !isCount(s.satsPerPlane)) return;
      if (Number.isInteger(s.phasing) && s.phasing >= s.planes && !(s.planes === 1 && s.phasing === 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phasing'],
          message: `must be between 0 and planes − 1 (${s.planes - 1}), got ${s.phasing}`,
        });
      }
      perShellCount(s.planes * s.satsPerPlane, ctx);
    }),
  );

const ssoShell = z
  .strictObject({
    kind: z.literal('sso'),
    name: shellName,
    altitudeKm,
    /** Local time of the ascending node, hours (6 = dawn-dusk). */
    ltanHours: z._default(num(0, 24, 'h'), 6),
    /** LTAN spread across the planes, hours; default 0 for one plane, 24 (evenly spaced RAAN) otherwise. */
    ltanSpanHours: z.optional(num(0, 24, 'h')),
    planes: z._default(num(1, 10000, '', true), 1),
    satsPerPlane: num(1, 100000, '', true),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      if (!inRange(s.altitudeKm, MIN_ALTITUDE_KM, MAX_ALTITUDE_KM)) return;
      requireSso(
        s.altitudeKm,
        ctx,
        `no sun-synchronous orbit exists at ${s.altitudeKm} km (the limit is about 5900 km)`,
      );
      if (!isCount(s.planes) || !isCount(s.satsPerPlane)) return;
      perShellCount(s.planes * s.satsPerPlane, ctx);
    }),
  );

/**
 * zod's own English message for a value that is not an object ("Invalid input: expected object,
 * received number"), which an `elements` satellite has always reported: zod/mini ships no locale,
 * so it is spelled out here.
 */
function zodObjectTypeMessage(iss: { code?: string; input?: unknown }): string | undefined {
  if (iss.code !== 'invalid_type') return undefined;
  const v = iss.input;
  const received = typeof v === 'number' && !Number.isFinite(v) ? String(v) : z.util.parsedType(v);
  return `Invalid input: expected object, received ${received}`;
}

const elementsSatellite = z
  .strictObject(
    {
      name: z.optional(str(200, 1)),
      semiMajorAxisKm: z.optional(
        num(EARTH_RADIUS_KM + MIN_ALTITUDE_KM, EARTH_RADIUS_KM + MAX_ALTITUDE_KM, 'km'),
      ),
      altitudeKm: z.optional(altitudeKm),
      eccentricity: z._default(num(0, 0.9, ''), 0),
      inclinationDeg: num(0, 180, '°'),
      raanDeg: z._default(num(-360, 360, '°'), 0),
      argPerigeeDeg: z._default(num(-360, 360, '°'), 0),
      meanAnomalyDeg: z._default(num(-360, 360, '°'), 0),
    },
    { error: zodObjectTypeMessage },
  )
  .check(
    z.superRefine((s, ctx) => {
      if (s.semiMajorAxisKm === undefined && s.altitudeKm === undefined) {
        ctx.addIssue({ code: 'custom', message: 'needs semiMajorAxisKm or altitudeKm' });
        return;
      }
      if (s.semiMajorAxisKm !== undefined && s.altitudeKm !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'give semiMajorAxisKm or altitudeKm, not both' });
        return;
      }
      if (s.name !== undefined && s.name.includes(',')) {
        ctx.addIssue({
          code: 'custom',
          path: ['name'],
          message: `must not contain commas (it is the satellite's id), got ${describeValue(s.name)}`,
        });
      }
      const a = s.semiMajorAxisKm ?? EARTH_RADIUS_KM + (s.altitudeKm as number);
      if (
        !inRange(a, EARTH_RADIUS_KM + MIN_ALTITUDE_KM, EARTH_RADIUS_KM + MAX_ALTITUDE_KM) ||
        !inRange(s.eccentricity, 0, 0.9)
      )
        return;
      const perigeeKm = a * (1 - s.eccentricity) - EARTH_RADIUS_KM;
      if (perigeeKm < MIN_ALTITUDE_KM) {
        ctx.addIssue({
          code: 'custom',
          path: ['eccentricity'],
          message: `puts the perigee at ${perigeeKm.toFixed(0)} km altitude; it must be at least ${MIN_ALTITUDE_KM} km`,
        });
      }
    }),
  );

const elementsShell = z
  .strictObject({
    kind: z.literal('elements'),
    name: shellName,
    satellites: arr(
      elementsSatellite,
      MAX_ELEMENTS_PER_SHELL,
      'satellites per elements shell (use a walker or sso shell, or TLE text, for more)',
    ).check(z.minLength(1, { error: 'must list at least one satellite' })),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Map<string, number>();
      if (!Array.isArray(s.satellites)) return;
      s.satellites.forEach((sat, k) => {
        if (!sat || typeof sat.name !== 'string') return;
        const prev = seen.get(sat.name);
        if (prev !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['satellites', k, 'name'],
            message: `duplicates satellites[${prev}].name ${describeValue(sat.name)}; names are ids and must be unique`,
          });
        else seen.set(sat.name, k);
      });
    }),
  );

const tleShell = z.strictObject({
  kind: z.literal('tle'),
  name: shellName,
  text: z.string({ error: typeMessage('a string of two- or three-line element sets') }).check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(MAX_TLE_TEXT_CHARS, {
      error: (iss) =>
        `is ${(iss.input as string).length} characters; the limit is ${MAX_TLE_TEXT_CHARS} (20 MB)`,
    }),
  ),
  node: z.optional(nodeOverrideSchema),
  role: shellRole,
});

export { clusterLatticeRadius };

const clusterShell = z
  .strictObject({
    kind: z.literal('cluster'),
    name: shellName,
    /** Altitude of the circular reference orbit. */
    altitudeKm,
    /** Sun-synchronous reference orbit: local time of the ascending node (default 6, dawn-dusk). */
    ltanHours: z.optional(num(0, 24, 'h')),
    /** Non-sun-synchronous reference orbit: its inclination (and RAAN) instead of ltanHours. */
    inclinationDeg: z.optional(num(1, 179, '°')),
    raanDeg: z.optional(num(-360, 360, '°')),
    count: num(1, MAX_CLUSTER_MEMBERS, '', true),
    /** Lattice spacing: neighbours are spacingM apart along one axis and 2·spacingM along the other. */
    spacingM: num(1, 100000, 'm'),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.ltanHours !== undefined && s.inclinationDeg !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['inclinationDeg'],
          message: 'give ltanHours (a sun-synchronous reference orbit) or inclinationDeg, not both',
        });
      }
      if (s.raanDeg !== undefined && s.inclinationDeg === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['raanDeg'],
          message: 'needs inclinationDeg (a sun-synchronous reference orbit takes its node from ltanHours)',
        });
      }
      if (s.inclinationDeg === undefined && inRange(s.altitudeKm, MIN_ALTITUDE_KM, MAX_ALTITUDE_KM))
        requireSso(
          s.altitudeKm,
          ctx,
          `no sun-synchronous orbit exists at ${s.altitudeKm} km (the limit is about 5900 km); give inclinationDeg for a non-sun-synchronous reference orbit`,
        );
      if (isCount(s.count) && s.count <= MAX_CLUSTER_MEMBERS && inRange(s.spacingM, 1, 100000)) {
        const radiusKm = (2 * s.spacingM * clusterLatticeRadius(s.count)) / 1000;
        if (radiusKm > MAX_CLUSTER_RADIUS_KM) {
          ctx.addIssue({
            code: 'custom',
            path: ['spacingM'],
            message: `puts the farthest member ${radiusKm.toFixed(1)} km from the reference orbit; at most ${MAX_CLUSTER_RADIUS_KM} km is allowed (members are placed with the linear Hill model)`,
          });
        }
      }
    }),
  );

/** One OMM record of a scenario: checked field by field by checkOmmRecord (unknown keys are errors). */
const ommShell = z
  .strictObject({
    kind: z.literal('omm'),
    name: shellName,
    records: arr(z.unknown(), MAX_OMM_RECORDS_PER_SHELL, 'records per omm shell').check(
      z.minLength(1, { error: 'must list at least one record' }),
    ),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      if (!Array.isArray(s.records)) return;
      let listed = 0;
      let more = 0;
      s.records.forEach((rec, k) => {
        const c = elementSets().checkOmmRecord(rec, { strictKeys: true });
        for (const p of c.problems) {
          if (listed >= MAX_OMM_ISSUES_PER_SHELL) {
            more++;
            continue;
          }
          listed++;
          ctx.addIssue({
            code: 'custom',
            path: p.field ? ['records', k, p.field] : ['records', k],
            message: p.message,
          });
        }
      });
      if (more)
        ctx.addIssue({
          code: 'custom',
          path: ['records'],
          message: `… and ${more} more problem${more === 1 ? '' : 's'} in the records`,
        });
    }),
  );

const catalogShell = z
  .strictObject({
    kind: z.literal('catalog'),
    name: shellName,
    /** Bundled group, e.g. "starlink". */
    group: str(100, 1),
    /** Bundled snapshot date, YYYY-MM-DD. */
    snapshot: str(10, 1).check(
      z.refine((v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v), {
        error: (iss) => `must be a date YYYY-MM-DD, got ${describeValue(iss.input)}`,
      }),
    ),
    node: z.optional(nodeOverrideSchema),
    role: shellRole,
  })
  .check(
    z.superRefine((s, ctx) => {
      if (typeof s.group !== 'string' || typeof s.snapshot !== 'string') return;
      if (!elementSets().findCatalog(s.group, s.snapshot)) {
        ctx.addIssue({
          code: 'custom',
          path: ['group'],
          message: `no bundled catalogue snapshot ${describeValue(s.group)} of ${describeValue(s.snapshot)}; bundled: ${elementSets().describeBundledCatalogs()}`,
        });
      }
    }),
  );

function perShellCount(count: number, ctx: IssueSink) {
  if (count > MAX_SATELLITES) {
    ctx.addIssue({
      code: 'custom',
      message: `has ${count} satellites; a scenario may have at most ${MAX_SATELLITES.toLocaleString('en-US')}`,
    });
  }
}

const supportedKinds = SUPPORTED_SHELL_KINDS.join(', ');

export const shellSchema = z.discriminatedUnion(
  'kind',
  [walkerShell, ssoShell, clusterShell, elementsShell, tleShell, ommShell, catalogShell],
  {
    error: (iss) => {
      if ((iss.code as string) === 'invalid_type') return typeMessage('an object')(iss);
      const input = iss.input as { kind?: unknown } | undefined;
      const kind = input && typeof input === 'object' ? input.kind : undefined;
      if (kind === undefined) return `is required (one of ${supportedKinds})`;
      if ((PLANNED_SHELL_KINDS as readonly unknown[]).includes(kind))
        return `shell kind ${describeValue(kind)} is not supported yet; supported kinds: ${supportedKinds}`;
      return `unknown shell kind ${describeValue(kind)}; supported kinds: ${supportedKinds}`;
    },
  },
);

const linksSchema = z.strictObject(
  {
    pattern: z._default(oneOf(['none', 'plus-grid', 'nearest-k', 'cluster-mesh']), 'none'),
    maxRangeKm: z._default(num(0, 100000, 'km'), 5000),
    grazingAltitudeKm: z._default(num(0, 1000, 'km'), 80),
    k: z._default(num(1, 32, '', true), 4),
    /** Capacity of one link, Gbps (0: not stated); the totals sum it over the links that are up. */
    capacityGbps: z._default(num(0, 1e6, 'Gbps'), 0),
  },
  { error: typeMessage('an object') },
);

export const groundStationSchema = z.strictObject(
  {
    name: str(200, 1).check(
      z.refine((v: string) => !v.includes(','), {
        error: (iss) =>
          `must not contain commas (routes name stations as A,B), got ${describeValue(iss.input)}`,
      }),
    ),
    latDeg: num(-90, 90, '°'),
    lonDeg: num(-180, 180, '°'),
    minElevationDeg: z._default(num(0, 90, '°'), 25),
  },
  { error: typeMessage('an object') },
);

const TOUR_AT = /^\+\d{1,4}:[0-5]\d:[0-5]\d$/;

/** A time in a scenario: an offset "+HH:MM:SS" from the epoch, or a UTC ISO 8601 time. */
const scenarioTime = str(40, 1).check(
  z.refine((v: string) => TOUR_AT.test(v) || parseIsoUtc(v) !== null, {
    error: (iss) =>
      `must be an offset "+HH:MM:SS" from the epoch or a UTC ISO 8601 time, got ${describeValue(iss.input)}`,
  }),
);

const cameraPoseSchema = z.strictObject(
  {
    latDeg: num(-90, 90, '°'),
    lonDeg: num(-180, 180, '°'),
    distanceRe: num(1.02, 60, ' Earth radii'),
    targetId: z.optional(str(200, 1)),
  },
  { error: typeMessage('a camera preset ("earth", "fit", "selected") or { latDeg, lonDeg, distanceRe }') },
);

const namedEndSchema = z.union(
  [z.strictObject({ station: str(200, 1) }), z.strictObject({ node: str(200, 1) })],
  {
    error: (iss) =>
      `must be { "station": name } or { "node": satellite id }, got ${describeValue(iss.input)}`,
  },
);

const viewSchema = z.strictObject(
  {
    timeWarp: z._default(num(-1e6, 1e6), 60),
    /** "earth" (the subject over the whole Earth), "fit" (as close as the satellites allow), "selected", or a pose; other names mean "earth". */
    camera: z._default(
      z.union([str(100), cameraPoseSchema], {
        error: typeMessage('a camera preset or { latDeg, lonDeg, distanceRe }'),
      }),
      'earth',
    ),
    selected: z._default(
      z.union([str(200), z.null()], {
        error: (iss) => `must be a satellite id or null, got ${describeValue(iss.input)}`,
      }),
      null,
    ),
    layers: z._default(
      z.record(str(100), z.boolean({ error: typeMessage('true or false') }), {
        error: typeMessage('an object'),
      }),
      {},
    ),
    /** Where time starts (default: the epoch). */
    time: z.optional(scenarioTime),
    playing: z.optional(z.boolean({ error: typeMessage('true or false') })),
    follow: z.optional(z.boolean({ error: typeMessage('true or false') })),
    colorMode: z.optional(
      z.enum(['shell', 'sunlight', 'battery', 'temperature', 'compute', 'margin'], {
        error: (iss) =>
          `must be shell, sunlight, battery, temperature, compute or margin, got ${describeValue(iss.input)}`,
      }),
    ),
    route: z.optional(
      z.strictObject({ from: namedEndSchema, to: namedEndSchema }, { error: typeMessage('{ from, to }') }),
    ),
  },
  { error: typeMessage('an object') },
);

/** One step of a presenter tour (docs/scenario-format.md "tour"): what it shows and says; absent fields leave the view as it is. */
export const tourStepSchema = z.strictObject(
  {
    at: scenarioTime,
    caption: z._default(str(2000), ''),
    /** A preset ("earth", "fit", "selected") or a pose; other names mean "earth". */
    camera: z.optional(
      z.union([str(100), cameraPoseSchema], {
        error: typeMessage('a camera preset or { latDeg, lonDeg, distanceRe }'),
      }),
    ),
    /** A satellite id to select, or null to clear the selection. */
    select: z.optional(
      z.union([str(200), z.null()], {
        error: (iss) => `must be a satellite id or null, got ${describeValue(iss.input)}`,
      }),
    ),
    warp: z.optional(num(-1e6, 1e6)),
    playing: z.optional(z.boolean({ error: typeMessage('true or false') })),
    follow: z.optional(z.boolean({ error: typeMessage('true or false') })),
    colorMode: z.optional(
      z.enum(['shell', 'sunlight', 'battery', 'temperature', 'compute', 'margin'], {
        error: (iss) =>
          `must be shell, sunlight, battery, temperature, compute or margin, got ${describeValue(iss.input)}`,
      }),
    ),
    layers: z.optional(
      z.strictObject(
        {
          shadow: z.optional(z.boolean({ error: typeMessage('true or false') })),
          links: z.optional(z.boolean({ error: typeMessage('true or false') })),
          stations: z.optional(z.boolean({ error: typeMessage('true or false') })),
        },
        { error: typeMessage('an object of shadow, links, stations') },
      ),
    ),
    route: z.optional(
      z.union([z.strictObject({ from: namedEndSchema, to: namedEndSchema }), z.null()], {
        error: typeMessage('{ from, to } or null'),
      }),
    ),
  },
  { error: typeMessage('an object') },
);

const sourceSchema = z.strictObject(
  { title: str(300, 1), url: httpUrl },
  { error: typeMessage('an object') },
);

/**
 * The Earth-burden assumptions (src/sim/burden.ts, docs/scenario-format.md "burden"): every field
 * optional, ranges from BURDEN_FIELDS; `preset` picks the base values the others override.
 */
export const burdenSchema = z.strictObject(
  {
    preset: z.optional(oneOf(BURDEN_PRESETS)),
    ...(Object.fromEntries(
      BURDEN_FIELDS.map((f) => [f.key, z.optional(num(f.min, f.max, f.unit))]),
    ) as Record<BurdenKey, z.ZodMiniOptional<ReturnType<typeof num>>>),
  },
  { error: typeMessage('an object') },
);

/** Most ground stations in one scenario. */
export const MAX_GROUND_STATIONS = 1000;

/** Scenario format v1 (docs/scenario-format.md). `epoch` is optional here; validate.ts fills in the load time. */
export const scenarioSchema = z
  .strictObject(
    {
      version: z.literal(1, {
        error: (iss) =>
          iss.input === undefined ? 'is required (1)' : `must be 1, got ${describeValue(iss.input)}`,
      }),
      name: str(200, 1),
      description: z._default(str(5000), ''),
      epoch: z.optional(isoEpoch),
      sources: z._default(arr(sourceSchema, 50, 'sources'), []),
      shells: arr(shellSchema, MAX_SHELLS, 'shells').check(
        z.minLength(1, { error: 'must contain at least one shell' }),
      ),
      node: z.prefault(nodeSchema, {}),
      links: z.prefault(linksSchema, {}),
      groundStations: z._default(arr(groundStationSchema, MAX_GROUND_STATIONS, 'ground stations'), []),
      view: z.prefault(viewSchema, {}),
      tour: z._default(arr(tourStepSchema, 500, 'tour steps'), []),
      burden: z.optional(burdenSchema),
    },
    { error: typeMessage('a JSON object') },
  )
  .check(
    z.superRefine((s, ctx) => {
      let total = 0;
      if (!Array.isArray(s.shells)) return;
      for (const sh of s.shells) {
        if (!sh || typeof sh !== 'object') continue;
        if ((sh.kind === 'walker' || sh.kind === 'sso') && isCount(sh.planes) && isCount(sh.satsPerPlane))
          total += sh.planes * sh.satsPerPlane;
        else if (sh.kind === 'elements' && Array.isArray(sh.satellites)) total += sh.satellites.length;
        else if (sh.kind === 'cluster' && isCount(sh.count)) total += sh.count;
        else if (sh.kind === 'omm' && Array.isArray(sh.records)) total += sh.records.length;
      }
      if (total > MAX_SATELLITES) {
        ctx.addIssue({
          code: 'custom',
          path: ['shells'],
          message: `add up to ${total.toLocaleString('en-US')} satellites; the limit is ${MAX_SATELLITES.toLocaleString('en-US')} per scenario`,
        });
      }
    }),
  );

/** What a scenario author writes (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
type Parsed = z.output<typeof scenarioSchema>;
type ParsedShell = Parsed['shells'][number];
export type LinksConfig = z.output<typeof linksSchema>;
export type GroundStation = z.output<typeof groundStationSchema>;

type Named<T> = T extends unknown ? T & { name: string } : never;
export type WalkerShell = Named<Extract<ParsedShell, { kind: 'walker' }>>;
export type SsoShell = Named<Extract<ParsedShell, { kind: 'sso' }>> & { ltanSpanHours: number };
export type ElementsShell = Named<Extract<ParsedShell, { kind: 'elements' }>>;
export type TleShell = Named<Extract<ParsedShell, { kind: 'tle' }>>;
/** A cluster after validation: `ltanHours` set (default 6) for a sun-synchronous reference orbit, else `inclinationDeg` and `raanDeg` (default 0). */
export type ClusterShell = Named<Extract<ParsedShell, { kind: 'cluster' }>>;
/** An omm shell after validation: its records checked and normalised. */
export type OmmShell = Named<Omit<Extract<ParsedShell, { kind: 'omm' }>, 'records'>> & {
  records: OmmRecord[];
};
/** A catalog shell after validation: the bundled snapshot's records. */
export type CatalogShell = Named<Extract<ParsedShell, { kind: 'catalog' }>> & {
  records: readonly OmmRecord[];
};
export type Shell =
  WalkerShell | SsoShell | ClusterShell | ElementsShell | TleShell | OmmShell | CatalogShell;

/** A validated scenario with every default filled in. */
export type Scenario = Omit<Parsed, 'epoch' | 'shells'> & { epoch: string; shells: Shell[] };
