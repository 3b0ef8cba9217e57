/**
 * Two- and three-line element set parser (docs/architecture.md: input that cannot be trusted). Checks every
 * line's columns, line numbers, checksums and catalogue numbers and names the line and satellite
 * of each problem. Never throws, and runs in time linear in the size of the text (no backtracking
 * regular expressions over whole lines, no split of the whole text); `scanTle` reads one satellite
 * at a time and can be stopped.
 *
 * Format (CelesTrak, "NORAD two-line element set format"; columns 1-based):
 *   line 1: 1 NNNNNC IIIIIIII YYDDD.DDDDDDDD ±.NNNNNNNN ±NNNNN±N ±NNNNN±N N NNNNC
 *   line 2: 2 NNNNN III.IIII RRR.RRRR EEEEEEE AAA.AAAA MMM.MMMM NN.NNNNNNNNRRRRRC
 * Catalogue numbers above 99999 use Alpha-5: a letter (I and O skipped) for the first digit pair,
 * A0001 = 100001 … Z9999 = 339999.
 */
import { twoline2satrec, type SatRec } from 'satellite.js';
import { LineCursor, type ReadSink, type ScanEnd } from './textScan';

export interface TleEntry {
  /** Name from the title line ("" when the set had only two lines). */
  name: string;
  /** Catalogue number in decimal digits (Alpha-5 decoded: "A0001" → "100001"). */
  noradId: string;
  line1: string;
  line2: string;
  /** Unix ms of the element set's epoch. */
  epochMs: number;
  /** 1-based line of the text that holds line 1. */
  textLine: number;
  /** satellite.js record, when requested and SGP4 initialised without error. */
  satrec?: SatRec;
}

export interface TleParseResult {
  entries: TleEntry[];
  /** One line per problem: "line 2 of satellite 3 (ISS (ZARYA)): checksum is 7, expected 4". */
  errors: string[];
}

export interface TleParseOptions {
  /** Build satellite.js satrecs (default true). */
  satrecs?: boolean;
  /** Stop recording messages after this many (the count of the rest is still reported). Default 1000. */
  maxErrors?: number;
  /** Longest text accepted, characters (default {@link TLE_MAX_CHARS}); file imports allow more. */
  maxChars?: number;
}

/** Longest TLE text accepted, characters. */
export const TLE_MAX_CHARS = 20 * 1024 * 1024;
/** Longest title line accepted, characters. */
const MAX_NAME_CHARS = 100;

const ALPHA5_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // I and O are skipped

/**
 * Catalogue number of a five-character TLE field: digits (leading blanks read as zeros) or
 * Alpha-5 ("A0001" → 100001). Returns null when the field is neither.
 */
export function decodeCatalogNumber(field: string): string | null {
  if (field.length !== 5) return null;
  const first = field[0];
  const rest = field.slice(1);
  if (!/^[0-9]{4}$/.test(rest.replace(/^ +/, (m) => '0'.repeat(m.length)))) return null;
  const restDigits = rest.replace(/ /g, '0');
  if (first >= '0' && first <= '9') return String(Number(first + restDigits));
  if (first === ' ') return String(Number(restDigits));
  const k = ALPHA5_LETTERS.indexOf(first);
  if (k < 0) return null;
  return String((10 + k) * 10000 + Number(restDigits));
}

/** Alpha-5 text of a catalogue number (100001 → "A0001"; below 100000 zero-padded digits). */
export function encodeCatalogNumber(id: number): string {
  if (id < 100000) return String(id).padStart(5, '0');
  const hi = Math.floor(id / 10000) - 10;
  return ALPHA5_LETTERS[hi] + String(id % 10000).padStart(4, '0');
}

/** TLE checksum of columns 1–68: sum of digits plus one per minus sign, modulo 10. */
export function tleChecksum(line: string): number {
  let sum = 0;
  const n = Math.min(68, line.length);
  for (let k = 0; k < n; k++) {
    const c = line.charCodeAt(k);
    if (c >= 48 && c <= 57) sum += c - 48;
    else if (c === 45) sum += 1;
  }
  return sum % 10;
}

/** Columns (1-based) that must be blank. */
const BLANKS_1 = [2, 9, 18, 33, 44, 53, 62, 64];
const BLANKS_2 = [2, 8, 17, 26, 34, 43, 52];

const col = (line: string, from: number, to: number) => line.slice(from - 1, to);

function decimal(field: string): number {
  const t = field.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return NaN;
  return Number(t);
}

/** "±NNNNN±N" assumed-decimal exponent fields (nddot, bstar). */
function expField(field: string): boolean {
  return /^[ +-][ 0-9]{5}[ +-][0-9]$/.test(field);
}

function firstNonAscii(line: string): number {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c < 32 || c > 126) return k;
  }
  return -1;
}

function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (c === 32 || c === 9) e--;
    else break;
  }
  return e === s.length ? s : s.slice(0, e);
}

function epochMsOf(yy: number, day: number): number {
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, 0, 1) + (day - 1) * 86400000;
}

/**
 * Checks one data line (`which` 1 or 2). Returns its problems (without the "line N of …" prefix).
 */
function checkLine(line: string, which: 1 | 2): string[] {
  const out: string[] = [];
  const bad = firstNonAscii(line);
  if (bad >= 0) {
    out.push(`non-ASCII or control character at column ${bad + 1}`);
    return out;
  }
  if (line[0] !== String(which)) {
    out.push(`must start with "${which}", got ${JSON.stringify(line.slice(0, 10))}`);
    return out;
  }
  if (line.length < 69) {
    out.push(`cut short: ${line.length} characters, expected 69`);
    return out;
  }
  if (line.length > 69) {
    out.push(`too long: ${line.length} characters, expected 69`);
    return out;
  }
  for (const c of which === 1 ? BLANKS_1 : BLANKS_2) {
    if (line[c - 1] !== ' ')
      out.push(`column ${c} must be blank, got "${line[c - 1]}" (fields out of place?)`);
  }
  if (out.length) return out;
  if (decodeCatalogNumber(col(line, 3, 7)) === null)
    out.push(`catalogue number must be 5 digits or Alpha-5, got "${col(line, 3, 7)}"`);
  const given = line[68];
  if (given < '0' || given > '9') out.push(`checksum must be a digit, got "${given}"`);
  else {
    const expected = tleChecksum(line);
    if (Number(given) !== expected) out.push(`checksum is ${given}, expected ${expected}`);
  }
  if (which === 1) {
    if (!/^[UCS ]$/.test(line[7])) out.push(`classification must be U, C or S, got "${line[7]}"`);
    const yy = col(line, 19, 20);
    const day = decimal(col(line, 21, 32));
    if (!/^\d\d$/.test(yy)) out.push(`epoch year (columns 19–20) must be two digits, got "${yy}"`);
    if (!(day >= 1 && day < 367))
      out.push(`epoch day (columns 21–32) must be between 1 and 366.99999999, got "${col(line, 21, 32)}"`);
    if (!Number.isFinite(decimal(col(line, 34, 43))))
      out.push(`first derivative of mean motion (columns 34–43) is not a number: "${col(line, 34, 43)}"`);
    if (!expField(col(line, 45, 52)))
      out.push(`second derivative of mean motion (columns 45–52) is malformed: "${col(line, 45, 52)}"`);
    if (!expField(col(line, 54, 61))) out.push(`BSTAR (columns 54–61) is malformed: "${col(line, 54, 61)}"`);
  } else {
    const range = (from: number, to: number, what: string, lo: number, hi: number) => {
      const v = decimal(col(line, from, to));
      if (!(v >= lo && v <= hi))
        out.push(
          `${what} (columns ${from}–${to}) must be between ${lo} and ${hi}, got "${col(line, from, to).trim()}"`,
        );
    };
    range(9, 16, 'inclination', 0, 180);
    range(18, 25, 'right ascension of the node', 0, 360);
    if (!/^[ 0-9]{7}$/.test(col(line, 27, 33)))
      out.push(`eccentricity (columns 27–33) must be 7 digits, got "${col(line, 27, 33)}"`);
    range(35, 42, 'argument of perigee', 0, 360);
    range(44, 51, 'mean anomaly', 0, 360);
    const n = decimal(col(line, 53, 63));
    if (!(n > 0 && n < 20))
      out.push(
        `mean motion (columns 53–63) must be between 0 and 20 rev/day, got "${col(line, 53, 63).trim()}"`,
      );
    if (!/^[ 0-9]{5}$/.test(col(line, 64, 68)))
      out.push(`revolution number (columns 64–68) must be digits, got "${col(line, 64, 68)}"`);
  }
  return out;
}

function startsData(line: string | undefined, which: '1' | '2'): boolean {
  return line !== undefined && line[0] === which && (line.length === 1 || line[1] === ' ');
}

/** satellite.js error codes after initialisation. */
const SGP4_ERRORS: Record<number, string> = {
  1: 'mean elements out of range (eccentricity ≥ 1 or a < 0.95 Earth radii)',
  2: 'mean motion below zero',
  3: 'perturbed eccentricity out of range',
  4: 'semi-latus rectum below zero',
  6: 'satellite has decayed',
};

/**
 * Parses TLE text: three-line sets (title line, optionally "0 "-prefixed, then lines 1 and 2) and
 * two-line sets may be mixed; blank lines are ignored. Each satellite with a problem is left out
 * and its problems listed in `errors`.
 */
export function parseTle(text: string, options: TleParseOptions = {}): TleParseResult {
  const entries: TleEntry[] = [];
  const errors: string[] = [];
  const maxErrors = options.maxErrors ?? 1000;
  let dropped = 0;
  if (typeof text !== 'string') return { entries, errors: ['TLE text must be a string'] };
  const maxChars = options.maxChars ?? TLE_MAX_CHARS;
  if (text.length > maxChars) {
    return {
      entries,
      errors: [
        `TLE text is ${text.length} characters; the limit is ${maxChars} (${Math.round(maxChars / 1048576)} MB)`,
      ],
    };
  }
  scanTle(
    text,
    {
      item: (e) => entries.push(e),
      error: (msg) => {
        if (errors.length < maxErrors) errors.push(msg);
        else dropped++;
      },
      full: () => false,
    },
    options,
  );
  if (dropped > 0) errors.push(`… and ${dropped} more problem${dropped === 1 ? '' : 's'}`);
  return { entries, errors };
}

/**
 * The reader behind {@link parseTle}, one satellite at a time: each good set goes to `sink.item`,
 * each problem to `sink.error`; before each satellite `sink.full()` may stop it (the result says
 * where, and how many satellites were read). Walks the lines with a cursor, never splitting the whole text. No size limit of its own.
 */
export function scanTle(
  text: string,
  sink: ReadSink<TleEntry>,
  options: Pick<TleParseOptions, 'satrecs'> = {},
): ScanEnd & { read: number } {
  const wantSatrecs = options.satrecs !== false;
  const report = (msg: string) => sink.error(msg);
  const cur = new LineCursor(text);
  let sat = 0;
  while (!cur.done) {
    const raw = trimEnd(cur.peek(0) as string);
    if (raw.trim() === '') {
      cur.advance();
      continue;
    }
    if (sink.full()) return { stoppedAt: cur.offset, read: sat };
    const textLine = cur.lineNo;
    sat++;
    let name = '';
    let l1: string | undefined;
    let l2: string | undefined;
    let l1Text = textLine;
    const next = cur.peek(1);
    if (startsData(raw, '1') && (raw.length >= 60 || !startsData(next, '1'))) {
      l1 = raw;
      l2 = next === undefined ? undefined : trimEnd(next);
      cur.advance(1);
    } else if (startsData(raw, '2')) {
      report(`satellite ${sat} (text line ${textLine}): line 2 without a line 1 before it`);
      cur.advance(1);
      continue;
    } else {
      const nameText = raw.startsWith('0 ') ? raw.slice(2).trim() : raw.trim();
      const label = `satellite ${sat} (text line ${textLine})`;
      const nonAscii = firstNonAscii(nameText);
      let nameOk = true;
      if (nonAscii >= 0) {
        report(`title line of ${label}: non-ASCII or control character at column ${nonAscii + 1}`);
        nameOk = false;
      } else if (nameText.length > MAX_NAME_CHARS) {
        report(`title line of ${label}: ${nameText.length} characters, the limit is ${MAX_NAME_CHARS}`);
        nameOk = false;
      }
      name = nameText;
      if (!startsData(next, '1')) {
        report(
          `${label}: expected line 1 after the title line, got ${next === undefined ? 'the end of the text' : JSON.stringify(trimEnd(next).slice(0, 20))}`,
        );
        cur.advance(1);
        continue;
      }
      l1 = trimEnd(next as string);
      const after = cur.peek(2);
      l2 = after === undefined ? undefined : trimEnd(after);
      l1Text = textLine + 1;
      cur.advance(2);
      if (!nameOk) {
        if (startsData(l2, '2')) cur.advance(1);
        continue;
      }
    }
    const who = `satellite ${sat}${name ? ` (${name.slice(0, 40)})` : ''}`;
    if (!startsData(l2, '2')) {
      report(
        `line 2 of ${who} (text line ${l1Text + 1}): missing; got ${l2 === undefined ? 'the end of the text' : JSON.stringify(l2.slice(0, 20))}`,
      );
      continue; // resynchronise on the line that was not line 2
    }
    cur.advance(1); // consume line 2
    const p1 = checkLine(l1, 1);
    const p2 = checkLine(l2 as string, 2);
    for (const p of p1) report(`line 1 of ${who} (text line ${l1Text}): ${p}`);
    for (const p of p2) report(`line 2 of ${who} (text line ${l1Text + 1}): ${p}`);
    if (p1.length || p2.length) continue;
    const line2 = l2 as string;
    const id1 = decodeCatalogNumber(col(l1, 3, 7)) as string;
    const id2 = decodeCatalogNumber(col(line2, 3, 7)) as string;
    if (id1 !== id2) {
      report(
        `${who} (text lines ${l1Text}–${l1Text + 1}): catalogue numbers differ: ${id1} on line 1, ${id2} on line 2`,
      );
      continue;
    }
    const epochMs = epochMsOf(Number(col(l1, 19, 20)), Number(col(l1, 21, 32)));
    const entry: TleEntry = { name, noradId: id1, line1: l1, line2, epochMs, textLine: l1Text };
    if (wantSatrecs) {
      let rec: SatRec | null = null;
      try {
        rec = twoline2satrec(l1, line2);
      } catch {
        rec = null;
      }
      if (!rec || rec.error) {
        const code = rec ? rec.error : -1;
        report(
          `${who} (text lines ${l1Text}–${l1Text + 1}): SGP4 cannot start from these elements (${SGP4_ERRORS[code] ?? `error ${code}`})`,
        );
        continue;
      }
      entry.satrec = rec;
    }
    sink.item(entry);
  }
  return { stoppedAt: null, read: sat };
}
