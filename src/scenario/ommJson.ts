/**
 * OMM JSON read one record at a time (docs/scenario-format.md, "Importing element sets"): the
 * top-level array is walked with a small scanner that finds each element's extent (strings and
 * nesting, nothing else) and `JSON.parse`s that element alone, so a 50 MB array of 25 million tiny
 * entries is never turned into 25 million objects, and the reader can be stopped after any record.
 * Time linear in the text read; nothing here throws on bad input.
 */
import type { RawOmm } from './omm';
import { lineOfOffset, type ReadSink, type ScanEnd } from './textScan';

/** Largest JSON text of one record, characters (a CelesTrak record is about 500). */
export const MAX_OMM_RECORD_CHARS = 100_000;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(t: string, k: number): number {
  while (k < t.length && isSpace(t.charCodeAt(k))) k++;
  return k;
}

/** Offset just past the string opening at `k` (a `"`), or -1 when it is not closed. */
function stringEnd(t: string, k: number): number {
  let q = k + 1;
  for (;;) {
    q = t.indexOf('"', q);
    if (q < 0) return -1;
    let b = q - 1;
    while (t.charCodeAt(b) === 92) b--; // backslashes before the quote
    if ((q - 1 - b) % 2 === 0) return q + 1;
    q++;
  }
}

/**
 * Offset just past the JSON value starting at `k` (an object, array, string or bare scalar), found
 * from strings and bracket depth only; -1 when the text ends first. Whether the value is valid JSON
 * is left to `JSON.parse`.
 */
function valueEnd(t: string, k: number): number {
  const n = t.length;
  const c0 = t.charCodeAt(k);
  if (c0 === 34) return stringEnd(t, k);
  if (c0 === 91 || c0 === 123) {
    let depth = 0;
    for (let i = k; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        const e = stringEnd(t, i);
        if (e < 0) return -1;
        i = e - 1;
      } else if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  let i = k;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 93 || c === 125 || isSpace(c)) break;
    i++;
  }
  return i;
}

/** Short text of a piece of the input for a message. */
function quote(t: string, k: number): string {
  const s = t.slice(k, k + 20);
  return JSON.stringify(t.length > k + 20 ? `${s}…` : s);
}

function parseValue(slice: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(slice) };
  } catch (err) {
    return { error: err instanceof Error ? err.message.slice(0, 120) : String(err) };
  }
}

/**
 * Reads OMM JSON — an array of records, or one record — handing each element to `sink.item` as
 * "record N". A record over {@link MAX_OMM_RECORD_CHARS} or one that is not valid JSON is a problem
 * of its own; a broken array (text ending inside it, a missing comma) ends the reading with a
 * problem that starts "not valid JSON". `sink.full()` is asked before each record.
 */
export function scanOmmJson(text: string, sink: ReadSink<RawOmm>): ScanEnd & { read: number } {
  const n = text.length;
  let k = skipSpace(text, 0);
  const c0 = text.charCodeAt(k);
  const where = (at: number) =>
    text.lastIndexOf('\n', at) >= 0 ? `line ${lineOfOffset(text, at)}` : `character ${at + 1}`;

  const one = (at: number, label: string): number => {
    const end = valueEnd(text, at);
    if (end < 0) {
      sink.error(`${label}: not valid JSON (it is not closed before the end of the text)`);
      return -1;
    }
    if (end === at) {
      sink.error(`not valid JSON: expected a record at ${where(at)}, got ${quote(text, at)}`);
      return -1;
    }
    if (end - at > MAX_OMM_RECORD_CHARS) {
      sink.error(
        `${label}: ${(end - at).toLocaleString('en-US')} characters of JSON; one OMM record may have at most ${MAX_OMM_RECORD_CHARS.toLocaleString('en-US')}`,
      );
      return end;
    }
    const v = parseValue(text.slice(at, end));
    if ('error' in v) sink.error(`${label}: not valid JSON (${v.error})`);
    else sink.item({ where: label, value: v.value });
    return end;
  };

  if (c0 !== 91) {
    if (c0 === 123) {
      const end = one(k, 'record 1');
      if (end >= 0 && skipSpace(text, end) < n)
        sink.error(`not valid JSON: text after the record at ${where(skipSpace(text, end))}`);
      return { stoppedAt: null, read: 1 };
    }
    // Not an array or an object: say what it is when that is cheap to find out.
    const v = n <= MAX_OMM_RECORD_CHARS ? parseValue(text) : { error: 'it must start with [ or {' };
    if ('error' in v) sink.error(`not valid JSON (${v.error})`);
    else sink.error(`JSON must be an array of OMM records or one record, got ${describe(v.value)}`);
    return { stoppedAt: null, read: 0 };
  }

  let index = 0;
  k = skipSpace(text, k + 1);
  if (text.charCodeAt(k) === 93) return finish(text, sink, k + 1, 0);
  for (;;) {
    if (k >= n) {
      sink.error(`not valid JSON: the text ends inside the array${index ? ` (after record ${index})` : ''}`);
      return { stoppedAt: null, read: index };
    }
    if (sink.full()) return { stoppedAt: k, read: index };
    index++;
    const end = one(k, `record ${index}`);
    if (end < 0) return { stoppedAt: null, read: index };
    k = skipSpace(text, end);
    const c = text.charCodeAt(k);
    if (c === 93) return finish(text, sink, k + 1, index);
    if (c !== 44) {
      if (k >= n) continue; // reported at the top of the loop
      sink.error(
        `not valid JSON: expected , or ] after record ${index} at ${where(k)}, got ${quote(text, k)}`,
      );
      return { stoppedAt: null, read: index };
    }
    k = skipSpace(text, k + 1);
    if (text.charCodeAt(k) === 93) {
      sink.error(`not valid JSON: a comma after the last record (${where(k)})`);
      return { stoppedAt: null, read: index };
    }
  }
}

/** Checks that only white space follows the array's `]`. */
function finish(
  text: string,
  sink: ReadSink<RawOmm>,
  after: number,
  read: number,
): ScanEnd & { read: number } {
  const k = skipSpace(text, after);
  if (k < text.length) sink.error(`not valid JSON: text after the end of the array, got ${quote(text, k)}`);
  return { stoppedAt: null, read };
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v);
  return v === null ? 'null' : String(v);
}
