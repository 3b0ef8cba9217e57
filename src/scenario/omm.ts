/**
 * CCSDS Orbit Mean-elements Messages (OMM) as CelesTrak serves them (docs/scenario-format.md, docs/architecture.md): checking one
 * record field by field, reading JSON, CSV and XML files, converting TLEs to OMM records, and
 * building satellite.js satrecs (`json2satrec`). Input that cannot be trusted: nothing here throws
 * on bad input, every problem names its record and field, and every reader runs in time linear in
 * the size of its input (no backtracking regular expressions over whole files).
 *
 * Formats (CelesTrak, "A New Way to Obtain GP Data", https://celestrak.org/NORAD/documentation/gp-data-formats.php):
 * - JSON: an array of objects (or one object) with the keys of {@link OMM_CELESTRAK_FIELDS};
 *   numbers as JSON numbers (CelesTrak) or strings (Space-Track).
 * - CSV: a header line naming the same keys, then one record per line.
 * - XML: `<ndm><omm><header/><body><segment><metadata>…</metadata><data><meanElements>…
 *   </meanElements><tleParameters>…</tleParameters></data></segment></body></omm>…</ndm>`; every
 *   leaf element is named like the JSON key.
 */
import { json2satrec, type SatRec } from 'satellite.js';
import { decodeCatalogNumber, type TleEntry } from './tle';
import { scanOmmJson } from './ommJson';
import { LineCursor, type ReadSink, type ScanEnd } from './textScan';

/** An OMM record after checking: every number a finite number, every default filled in. */
export interface OmmRecord {
  OBJECT_NAME: string;
  OBJECT_ID: string;
  /** UTC, ISO 8601 without zone as CelesTrak writes it ("2025-11-03T12:00:00.000000"). */
  EPOCH: string;
  /** Revolutions per day (Kozai mean motion, as in a TLE). */
  MEAN_MOTION: number;
  ECCENTRICITY: number;
  /** Degrees. */
  INCLINATION: number;
  RA_OF_ASC_NODE: number;
  ARG_OF_PERICENTER: number;
  MEAN_ANOMALY: number;
  EPHEMERIS_TYPE: number;
  CLASSIFICATION_TYPE: string;
  /** Catalogue number; numbers above 99,999 are allowed (OMM has no five-digit limit). */
  NORAD_CAT_ID: number;
  ELEMENT_SET_NO: number;
  REV_AT_EPOCH: number;
  /** Drag term, 1/Earth radii. */
  BSTAR: number;
  /** rev/day² (half the first derivative, as in a TLE); SGP4 does not use it. */
  MEAN_MOTION_DOT: number;
  /** rev/day³ (a sixth of the second derivative); SGP4 does not use it. */
  MEAN_MOTION_DDOT: number;
}

/** The keys CelesTrak writes, in its CSV column order. */
export const OMM_CELESTRAK_FIELDS = [
  'OBJECT_NAME',
  'OBJECT_ID',
  'EPOCH',
  'MEAN_MOTION',
  'ECCENTRICITY',
  'INCLINATION',
  'RA_OF_ASC_NODE',
  'ARG_OF_PERICENTER',
  'MEAN_ANOMALY',
  'EPHEMERIS_TYPE',
  'CLASSIFICATION_TYPE',
  'NORAD_CAT_ID',
  'ELEMENT_SET_NO',
  'REV_AT_EPOCH',
  'BSTAR',
  'MEAN_MOTION_DOT',
  'MEAN_MOTION_DDOT',
] as const;

/** Fields without which SGP4 cannot run; a record missing one is rejected. */
export const OMM_REQUIRED_FIELDS = [
  'EPOCH',
  'MEAN_MOTION',
  'ECCENTRICITY',
  'INCLINATION',
  'RA_OF_ASC_NODE',
  'ARG_OF_PERICENTER',
  'MEAN_ANOMALY',
  'NORAD_CAT_ID',
  'BSTAR',
] as const;

/**
 * Other keys of the CCSDS OMM standard and of Space-Track's GP class: accepted in a record and
 * ignored (a scenario rejects keys outside both lists, docs/scenario-format.md).
 */
export const OMM_OTHER_FIELDS = [
  'CCSDS_OMM_VERS',
  'COMMENT',
  'CREATION_DATE',
  'ORIGINATOR',
  'CENTER_NAME',
  'REF_FRAME',
  'REF_FRAME_EPOCH',
  'TIME_SYSTEM',
  'MEAN_ELEMENT_THEORY',
  'CLASSIFICATION',
  'SEMIMAJOR_AXIS',
  'PERIOD',
  'APOAPSIS',
  'PERIAPSIS',
  'OBJECT_TYPE',
  'RCS_SIZE',
  'COUNTRY_CODE',
  'LAUNCH_DATE',
  'SITE',
  'DECAY_DATE',
  'FILE',
  'GP_ID',
  'TLE_LINE0',
  'TLE_LINE1',
  'TLE_LINE2',
  'DECAYED',
  'USER_DEFINED',
] as const;

const KNOWN_FIELDS = new Set<string>([...OMM_CELESTRAK_FIELDS, ...OMM_OTHER_FIELDS]);
/** Longest string accepted in any field, characters. */
const MAX_FIELD_CHARS = 2000;
/** Longest OBJECT_NAME / OBJECT_ID kept, characters. */
const MAX_NAME_CHARS = 100;

/** One problem with a record: the field (null for the record as a whole) and what is wrong. */
export interface OmmProblem {
  field: string | null;
  message: string;
}

export interface OmmCheck {
  /** The checked record, or null when it has problems. */
  record: OmmRecord | null;
  problems: OmmProblem[];
}

/** Short text of a value for messages; never the whole of a huge string. */
function show(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number from a JSON number or a decimal string; NaN when it is neither. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.length > 40 || !DECIMAL.test(t)) return NaN;
    return Number(t);
  }
  return NaN;
}

/** Unix ms of an OMM epoch (ISO calendar or CCSDS day-of-year form, UTC, optional Z), or null. */
export function ommEpochMs(text: string): number | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const t = text.trim().replace(/Z$/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/.exec(t);
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
    if (
      mo < 1 ||
      mo > 12 ||
      d < 1 ||
      d > new Date(Date.UTC(y, mo, 0)).getUTCDate() ||
      h > 23 ||
      mi > 59 ||
      s > 60
    )
      return null;
    return Date.UTC(y, mo - 1, d, h, mi, s) + (m[7] ? Number(m[7]) * 1000 : 0);
  }
  m = /^(\d{4})-(\d{3})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/.exec(t);
  if (m) {
    const [y, doy, h, mi, s] = m.slice(1, 6).map(Number);
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    if (doy < 1 || doy > (leap ? 366 : 365) || h > 23 || mi > 59 || s > 60) return null;
    return Date.UTC(y, 0, doy, h, mi, s) + (m[6] ? Number(m[6]) * 1000 : 0);
  }
  return null;
}

/** ISO text CelesTrak-style ("2020-05-07T10:00:00.999936", microseconds, no zone) of Unix ms. */
export function formatOmmEpoch(ms: number): string {
  const whole = Math.floor(ms);
  let micro = Math.round((ms - whole) * 1000);
  let base = whole;
  if (micro >= 1000) {
    base += 1;
    micro -= 1000;
  }
  const iso = new Date(base).toISOString(); // 2020-05-07T10:00:00.999Z
  return `${iso.slice(0, 23)}${String(micro).padStart(3, '0')}`;
}

/** Earliest and latest epochs accepted (as for scenario epochs). */
const MIN_EPOCH_MS = Date.UTC(1957, 0, 1);
const MAX_EPOCH_MS = Date.UTC(2100, 0, 1);

interface NumSpec {
  lo: number;
  hi: number;
  /** Upper bound excluded. */
  hiOpen?: boolean;
  /** Lower bound excluded. */
  loOpen?: boolean;
  int?: boolean;
  unit?: string;
}

const NUMERIC: Record<string, NumSpec> = {
  MEAN_MOTION: { lo: 0, hi: 20, loOpen: true, unit: 'rev/day' },
  ECCENTRICITY: { lo: 0, hi: 1, hiOpen: true },
  INCLINATION: { lo: 0, hi: 180, unit: '°' },
  RA_OF_ASC_NODE: { lo: -360, hi: 360, unit: '°' },
  ARG_OF_PERICENTER: { lo: -360, hi: 360, unit: '°' },
  MEAN_ANOMALY: { lo: -360, hi: 360, unit: '°' },
  NORAD_CAT_ID: { lo: 1, hi: 999_999_999, int: true },
  BSTAR: { lo: -10, hi: 10, unit: '1/Earth radii' },
  MEAN_MOTION_DOT: { lo: -100, hi: 100, unit: 'rev/day²' },
  MEAN_MOTION_DDOT: { lo: -100, hi: 100, unit: 'rev/day³' },
  EPHEMERIS_TYPE: { lo: 0, hi: 0, int: true },
  ELEMENT_SET_NO: { lo: 0, hi: 999_999_999, int: true },
  REV_AT_EPOCH: { lo: 0, hi: 999_999_999, int: true },
};

const DEFAULTS: Partial<Record<keyof OmmRecord, number | string>> = {
  OBJECT_NAME: '',
  OBJECT_ID: '',
  EPHEMERIS_TYPE: 0,
  CLASSIFICATION_TYPE: 'U',
  ELEMENT_SET_NO: 999,
  REV_AT_EPOCH: 0,
  MEAN_MOTION_DOT: 0,
  MEAN_MOTION_DDOT: 0,
};

function isPrintable(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 32 || c === 127) return false;
  }
  return true;
}

/**
 * Checks one OMM record (from JSON, CSV or XML: numbers may be strings). Lists every missing or
 * invalid field. With `strictKeys`, keys outside the OMM standard and Space-Track's GP class are
 * problems too (a scenario rejects unknown keys); otherwise they are ignored.
 */
export function checkOmmRecord(raw: unknown, options: { strictKeys?: boolean } = {}): OmmCheck {
  const problems: OmmProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      record: null,
      problems: [{ field: null, message: `must be an object with OMM keys, got ${show(raw)}` }],
    };
  }
  const r = raw as Record<string, unknown>;
  let keys: string[];
  try {
    keys = Object.keys(r);
  } catch {
    return { record: null, problems: [{ field: null, message: 'could not be read' }] };
  }
  if (options.strictKeys) {
    for (const k of keys)
      if (!KNOWN_FIELDS.has(k))
        problems.push({ field: null, message: `unknown key '${k.length > 40 ? `${k.slice(0, 40)}…` : k}'` });
  }
  const out: Record<string, number | string> = {};
  const get = (k: string): unknown => {
    try {
      return r[k];
    } catch {
      return undefined;
    }
  };
  for (const k of OMM_CELESTRAK_FIELDS) {
    const v = get(k);
    const missing = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
    if (missing) {
      if ((OMM_REQUIRED_FIELDS as readonly string[]).includes(k))
        problems.push({ field: k, message: 'required' });
      else out[k] = DEFAULTS[k as keyof OmmRecord] as number | string;
      continue;
    }
    if (k === 'OBJECT_NAME' || k === 'OBJECT_ID' || k === 'CLASSIFICATION_TYPE') {
      if (typeof v !== 'string' && typeof v !== 'number') {
        problems.push({ field: k, message: `must be text, got ${show(v)}` });
        continue;
      }
      const s = String(v).trim();
      if (!isPrintable(s)) problems.push({ field: k, message: 'contains control characters' });
      else if (s.length > MAX_NAME_CHARS)
        problems.push({ field: k, message: `must be at most ${MAX_NAME_CHARS} characters, got ${s.length}` });
      else if (k === 'CLASSIFICATION_TYPE' && !/^[UCS]$/.test(s))
        problems.push({ field: k, message: `must be U, C or S, got ${show(v)}` });
      else out[k] = s;
      continue;
    }
    if (k === 'EPOCH') {
      const ms = typeof v === 'string' ? ommEpochMs(v) : null;
      if (ms === null)
        problems.push({
          field: k,
          message: `must be a UTC time such as "2025-11-03T12:00:00.000000", got ${show(v)}`,
        });
      else if (ms < MIN_EPOCH_MS || ms >= MAX_EPOCH_MS)
        problems.push({ field: k, message: `must be between 1957 and 2099, got ${show(v)}` });
      else out[k] = formatOmmEpoch(ms);
      continue;
    }
    const spec = NUMERIC[k];
    const n = toNumber(v);
    if (typeof v !== 'number' && typeof v !== 'string') {
      problems.push({ field: k, message: `must be a number, got ${show(v)}` });
    } else if (!Number.isFinite(n)) {
      problems.push({ field: k, message: `must be a finite number, got ${show(v)}` });
    } else if (n < spec.lo || n > spec.hi || (spec.hiOpen && n >= spec.hi) || (spec.loOpen && n <= spec.lo)) {
      const range =
        spec.lo === spec.hi
          ? `${spec.lo} (SGP4)`
          : `${spec.loOpen ? 'above' : 'between'} ${spec.lo} and ${spec.hiOpen ? 'below ' : ''}${spec.hi}${spec.unit ? ` ${spec.unit}` : ''}`;
      problems.push({ field: k, message: `must be ${range}, got ${show(v)}` });
    } else if (spec.int && !Number.isInteger(n)) {
      problems.push({ field: k, message: `must be a whole number, got ${show(v)}` });
    } else {
      out[k] = n;
    }
  }
  for (const k of keys) {
    if ((OMM_CELESTRAK_FIELDS as readonly string[]).includes(k) || !KNOWN_FIELDS.has(k)) continue;
    const v = get(k);
    if (typeof v === 'string' && v.length > MAX_FIELD_CHARS)
      problems.push({ field: k, message: `must be at most ${MAX_FIELD_CHARS} characters, got ${v.length}` });
    else if (v !== null && v !== undefined && typeof v === 'object')
      problems.push({ field: k, message: `must be text or a number, got ${show(v)}` });
  }
  if (problems.length) return { record: null, problems };
  const rec = out as unknown as OmmRecord;
  const perigeeKm = semiMajorAxisKmOf(rec.MEAN_MOTION) * (1 - rec.ECCENTRICITY) - 6378.137;
  if (perigeeKm < 0)
    problems.push({
      field: 'ECCENTRICITY',
      message: `puts the perigee ${(-perigeeKm).toFixed(0)} km below the surface`,
    });
  return problems.length ? { record: null, problems } : { record: rec, problems };
}

/** Keplerian semi-major axis (km) for a mean motion in rev/day. */
export function semiMajorAxisKmOf(meanMotionRevDay: number): number {
  const n = (meanMotionRevDay * 2 * Math.PI) / 86400;
  return Math.cbrt(398600.4418 / (n * n));
}

/** satellite.js error codes after initialisation. */
const SGP4_ERRORS: Record<number, string> = {
  1: 'mean elements out of range (eccentricity ≥ 1 or a < 0.95 Earth radii)',
  2: 'mean motion below zero',
  3: 'perturbed eccentricity out of range',
  4: 'semi-latus rectum below zero',
  6: 'satellite has decayed',
};

/** satellite.js satrec of a checked record, or the reason SGP4 cannot start from it. */
export function ommSatrec(rec: OmmRecord): { satrec: SatRec } | { error: string } {
  let s: SatRec | null = null;
  try {
    s = json2satrec({ ...rec, EPOCH: rec.EPOCH, EPHEMERIS_TYPE: 0 } as never);
  } catch (err) {
    return {
      error: `SGP4 cannot start from these elements (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  if (!s || s.error || !Number.isFinite(s.no)) {
    const code = s ? s.error : -1;
    return { error: `SGP4 cannot start from these elements (${SGP4_ERRORS[code] ?? `error ${code}`})` };
  }
  return { satrec: s };
}

/** Unix ms of a checked record's epoch. */
export function ommRecordEpochMs(rec: OmmRecord): number {
  return ommEpochMs(rec.EPOCH) as number;
}

// ---------------------------------------------------------------------------------------------
// TLE → OMM

/** "±NNNNN±N" assumed-decimal exponent field (BSTAR, nddot) as a number. */
function expFieldValue(field: string): number {
  const f = field.trim();
  const m = /^([+-]?)(\d{1,5})([+-]\d)$/.exec(f);
  if (!m) return 0;
  // Parsed as one decimal literal ("0.28098e-4") so the value is the nearest double to the text.
  const v = Number(`0.${m[2].padStart(5, '0')}e${m[3]}`);
  return m[1] === '-' ? -v : v;
}

/** International designator "19074A  " → "2019-074A" ("" when blank). */
function objectIdOf(field: string): string {
  const f = field.trim();
  const m = /^(\d\d)(\d{3})(\w{0,3})$/.exec(f);
  if (!m) return f;
  const yy = Number(m[1]);
  return `${yy < 57 ? 2000 + yy : 1900 + yy}-${m[2]}${m[3]}`;
}

/**
 * OMM record of a checked TLE (from parseTle): the same mean elements, so SGP4 gives the same
 * orbit (the epoch to the microsecond instead of TLE's 0.86 ms steps).
 */
export function tleToOmm(e: TleEntry): OmmRecord {
  const l1 = e.line1;
  const l2 = e.line2;
  const col = (line: string, from: number, to: number) => line.slice(from - 1, to);
  const yy = Number(col(l1, 19, 20));
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  const day = Number(col(l1, 21, 32));
  const epochMs = Date.UTC(year, 0, 1) + (day - 1) * 86400000;
  return {
    OBJECT_NAME: e.name,
    OBJECT_ID: objectIdOf(col(l1, 10, 17)),
    EPOCH: formatOmmEpoch(epochMs),
    MEAN_MOTION: Number(col(l2, 53, 63)),
    ECCENTRICITY: Number(`0.${col(l2, 27, 33).replace(/ /g, '0')}`),
    INCLINATION: Number(col(l2, 9, 16)),
    RA_OF_ASC_NODE: Number(col(l2, 18, 25)),
    ARG_OF_PERICENTER: Number(col(l2, 35, 42)),
    MEAN_ANOMALY: Number(col(l2, 44, 51)),
    EPHEMERIS_TYPE: 0,
    CLASSIFICATION_TYPE: l1[7] === ' ' ? 'U' : l1[7],
    NORAD_CAT_ID: Number(decodeCatalogNumber(col(l1, 3, 7))),
    ELEMENT_SET_NO: Number(col(l1, 65, 68).trim() || '0'),
    REV_AT_EPOCH: Number(col(l2, 64, 68).trim() || '0'),
    BSTAR: expFieldValue(col(l1, 54, 61)),
    MEAN_MOTION_DOT: Number(col(l1, 34, 43).trim()),
    MEAN_MOTION_DDOT: expFieldValue(col(l1, 45, 52)),
  };
}

// ---------------------------------------------------------------------------------------------
// Readers: text → raw records with a location, problems of the file itself

/** A record as read from a file, before checking, with where it came from ("record 3", "line 7"). */
export interface RawOmm {
  where: string;
  value: unknown;
}

export interface OmmReadResult {
  records: RawOmm[];
  /** Problems of the file itself (not of single records), with their location. */
  errors: string[];
}

/** Reads OMM JSON: an array of records or one record (every record; {@link scanOmmJson} reads one at a time). */
export function readOmmJson(text: string): OmmReadResult {
  return collect((sink) => scanOmmJson(text, sink));
}

/** Runs a streaming reader to the end, collecting what it finds. */
function collect(scan: (sink: ReadSink<RawOmm>) => unknown): OmmReadResult {
  const records: RawOmm[] = [];
  const errors: string[] = [];
  scan({ item: (r) => records.push(r), error: (m) => errors.push(m), full: () => false });
  return { records, errors };
}

/** Splits one CSV line into fields (RFC 4180 quotes, "" for a quote inside); null when a quote is left open. */
function splitCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let k = 0;
  const n = line.length;
  for (;;) {
    if (k < n && line[k] === '"') {
      let s = '';
      k++;
      for (;;) {
        const q = line.indexOf('"', k);
        if (q < 0) return null;
        s += line.slice(k, q);
        if (line[q + 1] === '"') {
          s += '"';
          k = q + 2;
        } else {
          k = q + 1;
          break;
        }
      }
      out.push(s);
      if (k < n && line[k] !== ',') return null;
    } else {
      const c = line.indexOf(',', k);
      out.push(line.slice(k, c < 0 ? n : c));
      k = c < 0 ? n : c;
    }
    if (k >= n) break;
    k++; // the comma
    if (k === n) {
      out.push('');
      break;
    }
  }
  return out;
}

/** Reads CelesTrak's OMM CSV: a header line naming the fields, one record per line. */
export function readOmmCsv(text: string): OmmReadResult {
  return collect((sink) => scanOmmCsv(text, sink));
}

/** {@link readOmmCsv} one line at a time: each record to `sink.item`, asking `sink.full()` before each line. */
export function scanOmmCsv(text: string, sink: ReadSink<RawOmm>): ScanEnd & { read: number } {
  const cur = new LineCursor(text);
  while (!cur.done && (cur.peek(0) as string).trim() === '') cur.advance();
  if (cur.done) {
    sink.error('the CSV text is empty');
    return { stoppedAt: null, read: 0 };
  }
  const h = cur.lineNo;
  const first = cur.peek(0) as string;
  const header = splitCsvLine(first.replace(/^\uFEFF/, ''))?.map((s) => s.trim().toUpperCase());
  if (!header || !header.includes('NORAD_CAT_ID')) {
    sink.error(
      `line ${h}: the first line must be CelesTrak's CSV header (OBJECT_NAME,OBJECT_ID,EPOCH,…), got ${show(first)}`,
    );
    return { stoppedAt: null, read: 0 };
  }
  const missing = OMM_REQUIRED_FIELDS.filter((f) => !header.includes(f));
  if (missing.length) {
    sink.error(
      `line ${h}: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
    );
    return { stoppedAt: null, read: 0 };
  }
  let read = 0;
  for (cur.advance(); !cur.done; cur.advance()) {
    const line = cur.peek(0) as string;
    if (line.trim() === '') continue;
    if (sink.full()) return { stoppedAt: cur.offset, read };
    read++;
    const i = cur.lineNo;
    const fields = splitCsvLine(line);
    if (!fields) {
      sink.error(`line ${i}: a quoted field is not closed`);
      continue;
    }
    if (fields.length !== header.length) {
      sink.error(`line ${i}: ${fields.length} fields, expected ${header.length} (as in the header)`);
      continue;
    }
    const rec: Record<string, string> = {};
    header.forEach((name, k) => {
      if (name) rec[name] = fields[k];
    });
    sink.item({ where: `line ${i}`, value: rec });
  }
  return { stoppedAt: null, read };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/**
 * Line numbers of increasing offsets of one text. The next line break is remembered, so a text
 * with few line breaks is not searched to its end again for every offset asked about.
 */
function lineCounter(text: string): (at: number) => number {
  let line = 1;
  let nextNl = text.indexOf('\n');
  return (at) => {
    while (nextNl >= 0 && nextNl < at) {
      line++;
      nextNl = text.indexOf('\n', nextNl + 1);
    }
    return line;
  };
}

/**
 * Reads CCSDS NDM/OMM XML as CelesTrak serves it with a small, tolerant scanner (no DOM, no
 * dependencies): every `<omm>` element becomes one record whose keys are the names of its leaf
 * elements (OBJECT_NAME, EPOCH, MEAN_MOTION, NORAD_CAT_ID, …). Comments, processing
 * instructions, DOCTYPE and CDATA are handled; namespaces prefixes are dropped.
 */
export function readOmmXml(text: string): OmmReadResult {
  return collect((sink) => scanOmmXml(text, sink));
}

/** {@link readOmmXml} one element at a time: each `<omm>` to `sink.item` as it closes, asking `sink.full()` before each tag. */
export function scanOmmXml(text: string, sink: ReadSink<RawOmm>): ScanEnd & { read: number } {
  let read = 0;
  let found = false;
  const report = (m: string) => {
    found = true;
    sink.error(m);
  };
  const stack: string[] = [];
  let current: Record<string, string> | null = null;
  let currentLine = 0;
  let leafText = '';
  let leafOpen: string | null = null;
  let k = 0;
  const n = text.length;
  const where = lineCounter(text);
  while (k < n) {
    if (sink.full()) return { stoppedAt: k, read };
    const lt = text.indexOf('<', k);
    if (lt < 0) {
      if (leafOpen !== null) leafText += text.slice(k);
      break;
    }
    if (leafOpen !== null) leafText += text.slice(k, lt);
    if (text.startsWith('<!--', lt)) {
      const e = text.indexOf('-->', lt + 4);
      if (e < 0) {
        report(`line ${where(lt)}: a comment is not closed`);
        break;
      }
      k = e + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const e = text.indexOf(']]>', lt + 9);
      if (e < 0) {
        report(`line ${where(lt)}: a CDATA section is not closed`);
        break;
      }
      if (leafOpen !== null) leafText += text.slice(lt + 9, e).replace(/&/g, '&amp;');
      k = e + 3;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) {
      report(`line ${where(lt)}: a tag is not closed`);
      break;
    }
    k = gt + 1;
    const inner = text.slice(lt + 1, gt);
    if (inner[0] === '?' || inner[0] === '!') continue; // declaration, DOCTYPE
    if (inner[0] === '/') {
      const name = localName(inner.slice(1).trim());
      const top = stack.pop();
      if (top !== name) {
        report(`line ${where(lt)}: </${name.slice(0, 40)}> does not close <${(top ?? '').slice(0, 40)}>`);
        // Close up to a matching open element; a stray close tag is taken as closing the top one.
        if (top !== undefined && stack.includes(name)) while (stack.length && stack.pop() !== name);
      }
      if (leafOpen !== null && name === leafOpen && current) {
        if (!(name in current)) current[name] = decodeEntities(leafText).trim();
      }
      leafOpen = null;
      leafText = '';
      if (name === 'omm' && current) {
        found = true;
        sink.item({ where: `omm ${++read} (line ${currentLine})`, value: current });
        current = null;
      }
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const name = localName((selfClosing ? inner.slice(0, -1) : inner).trim().split(/[\s]/, 1)[0] ?? '');
    if (!name) {
      report(`line ${where(lt)}: a tag without a name`);
      continue;
    }
    if (selfClosing) continue;
    if (stack.length >= 64) {
      report(`line ${where(lt)}: elements nested deeper than 64 levels`);
      break;
    }
    stack.push(name);
    if (name === 'omm') {
      if (current) report(`line ${where(lt)}: <omm> inside another <omm>`);
      current = {};
      currentLine = where(lt);
    }
    leafOpen = current ? name : null;
    leafText = '';
  }
  if (current) report(`omm ${read + 1} (line ${currentLine}): not closed before the end of the text`);
  if (!found) sink.error('no <omm> elements found');
  return { stoppedAt: null, read };
}

/** Element name without a namespace prefix ("ndm:omm" → "omm"). */
function localName(qname: string): string {
  const c = qname.indexOf(':');
  return c >= 0 ? qname.slice(c + 1) : qname;
}
