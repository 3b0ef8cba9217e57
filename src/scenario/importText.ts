/**
 * Importing element-set files (docs/scenario-format.md, "Importing element sets"; input that cannot
 * be trusted): detects TLE text and OMM as JSON, CSV or XML, checks every satellite, and returns
 * the good ones with a list of the rejected ones by line or record. The readers go one satellite
 * at a time and stop at the limits (100,000 satellites kept, 1,000 problems listed) instead of
 * reading on; `cut` says what was left out. Never throws; time is linear in the text read; the
 * limits (50 MB of text, 100,000 satellites) are named in the messages. Runs in the import worker
 * (src/worker/import.worker.ts) or, without workers, on the main thread. `toShell` turns the result
 * into a `tle` or `omm` shell to add to a scenario.
 */
import type { ScenarioInput } from './schema';
import {
  checkOmmRecord,
  ommEpochMs,
  ommSatrec,
  scanOmmCsv,
  scanOmmXml,
  type OmmRecord,
  type RawOmm,
} from './omm';
import { scanOmmJson } from './ommJson';
import { lineOfOffset } from './textScan';
import { scanTle } from './tle';
import { msg } from './messages';

/** Largest file accepted, characters (ASCII, so bytes). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** Most satellites one import may hold. */
export const MAX_IMPORT_SATELLITES = 100_000;
/** Most problems listed; the rest are counted. */
export const MAX_IMPORT_ERRORS = 1000;

export type ImportFormat = 'tle' | 'omm-json' | 'omm-csv' | 'omm-xml' | 'unknown';

/** One satellite that passed every check (SGP4 initialised from it). */
export interface ImportedEntry {
  name: string;
  /** Catalogue number in decimal digits. */
  noradId: string;
  epochMs: number;
  /** Where it was in the file ("text line 4", "record 2", "line 3", "omm 1 (line 5)"). */
  where: string;
  /** The two data lines (TLE input). */
  line1?: string;
  line2?: string;
  /** The checked record (OMM input). */
  record?: OmmRecord;
}

export interface ImportResult {
  format: ImportFormat;
  entries: ImportedEntry[];
  /** Every rejected satellite and every problem of the file, by line or record (at most {@link MAX_IMPORT_ERRORS}). */
  errors: string[];
  /** One sentence about the text as a whole, shown before the list ("This is not TLE or OMM text…"), or null. */
  headline: string | null;
  /** What was not read because a limit was reached ("Read the first 100,000 satellites of about 250,000…"), or null. */
  cut: string | null;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  tle: 'TLE',
  'omm-json': 'OMM JSON',
  'omm-csv': 'OMM CSV',
  'omm-xml': 'OMM XML',
  unknown: 'unknown',
};

/** Readable name of a format ("OMM CSV"). */
export function formatName(f: ImportFormat): string {
  return FORMAT_NAMES[f];
}

/** Guesses the format from the file name's extension, else from the first characters of the text. */
export function detectFormat(text: string, filename?: string): ImportFormat {
  const ext =
    typeof filename === 'string' ? /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() : undefined;
  if (ext === 'json') return 'omm-json';
  if (ext === 'csv') return 'omm-csv';
  if (ext === 'xml') return 'omm-xml';
  if (ext === 'tle' || ext === '3le' || ext === '2le') return 'tle';
  let k = 0;
  const n = Math.min(text.length, 4096);
  while (k < n && (text.charCodeAt(k) <= 32 || text.charCodeAt(k) === 0xfeff)) k++;
  const c = text[k];
  if (c === '[' || c === '{') return 'omm-json';
  if (c === '<') return 'omm-xml';
  const nl = text.indexOf('\n', k);
  const first = text
    .slice(k, nl < 0 ? Math.min(text.length, k + 4096) : Math.min(nl, k + 4096))
    .toUpperCase();
  if (
    first.includes(',') &&
    (first.includes('NORAD_CAT_ID') || first.includes('OBJECT_NAME') || first.includes('MEAN_MOTION'))
  )
    return 'omm-csv';
  if (k >= text.length) return 'unknown';
  return 'tle';
}

/**
 * Reads element sets from a file's text. `filename` (optional) helps detect the format. Every
 * satellite is checked (fields, checksums, SGP4 initialisation) and duplicates of a catalogue
 * number are rejected after the first. Reading stops as soon as {@link MAX_IMPORT_SATELLITES}
 * satellites are kept or {@link MAX_IMPORT_ERRORS} problems are listed, and `cut` says what was
 * left unread. Never throws.
 */
export function importElementSets(text: unknown, filename?: string): ImportResult {
  try {
    return importUnsafe(text, filename);
  } catch (err) {
    // A bug, not bad input: still no throw across the boundary.
    return fail(
      'unknown',
      msg('import.readFailed', { reason: err instanceof Error ? err.message : String(err) }),
    );
  }
}

const count = (n: number) => n.toLocaleString('en-US');
const fail = (format: ImportFormat, error: string): ImportResult => ({
  format,
  entries: [],
  errors: [error],
  headline: null,
  cut: null,
});

/** `n` to two significant figures (253,117 → 250,000), for estimates. */
function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const p = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

function importUnsafe(text: unknown, filename?: string): ImportResult {
  if (typeof text !== 'string') return fail('unknown', msg('import.mustBeText'));
  if (text.length > MAX_IMPORT_CHARS) {
    return fail(
      'unknown',
      `the file is ${(text.length / 1048576).toFixed(1)} MB; the limit is 50 MB (${count(MAX_IMPORT_CHARS)} characters) and ${count(MAX_IMPORT_SATELLITES)} satellites`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('unknown', msg('import.empty'));
  const format = detectFormat(body, filename);
  const errors: string[] = [];
  const entries: ImportedEntry[] = [];
  const seen = new Map<string, string>();
  const report = (m: string) => {
    if (errors.length < MAX_IMPORT_ERRORS) errors.push(m);
  };
  const accept = (e: ImportedEntry) => {
    const first = seen.get(e.noradId);
    if (first !== undefined) {
      report(msg('import.duplicate', { where: e.where, id: e.noradId, first }));
      return;
    }
    seen.set(e.noradId, e.where);
    entries.push(e);
  };
  const full = () => entries.length >= MAX_IMPORT_SATELLITES || errors.length >= MAX_IMPORT_ERRORS;

  let end: { stoppedAt: number | null; read: number } = { stoppedAt: null, read: 0 };
  if (format === 'tle') {
    end = scanTle(body, {
      item: (e) => {
        accept({
          name: e.name,
          noradId: e.noradId,
          epochMs: e.epochMs,
          where: e.name
            ? msg('import.whereNamed', { line: e.textLine, name: e.name.slice(0, 40) })
            : msg('import.where', { line: e.textLine }),
          line1: e.line1,
          line2: e.line2,
        });
      },
      error: report,
      full,
    });
  } else if (format === 'omm-json' || format === 'omm-csv' || format === 'omm-xml') {
    const sink = { item: (raw: RawOmm) => importOmm(raw, report, accept), error: report, full };
    end =
      format === 'omm-json'
        ? scanOmmJson(body, sink)
        : format === 'omm-csv'
          ? scanOmmCsv(body, sink)
          : scanOmmXml(body, sink);
  } else {
    report(msg('import.notRecognised'));
  }
  if (entries.length === 0 && errors.length === 0)
    errors.push(msg('import.noSets', { format: FORMAT_NAMES[format] }));
  return {
    format,
    entries,
    errors,
    headline: headlineOf(body, format, entries.length),
    cut: cutText(body, end, entries.length, errors.length),
  };
}

/** What a stopped reading left out, in words; null when everything was read. */
function cutText(
  body: string,
  end: { stoppedAt: number | null; read: number },
  kept: number,
  problems: number,
): string | null {
  if (end.stoppedAt === null) return null;
  const share = end.stoppedAt / body.length;
  const percent = share < 0.01 ? 'under 1 %' : `${Math.round(share * 100)} %`;
  if (kept >= MAX_IMPORT_SATELLITES) {
    const about = roughly((end.read * body.length) / Math.max(1, end.stoppedAt));
    const max = count(MAX_IMPORT_SATELLITES);
    return about > kept
      ? msg('import.firstOfAbout', { n: count(kept), about: count(about), max })
      : msg('import.first', { n: count(kept), max });
  }
  return msg('import.stopped', {
    n: count(problems),
    percent,
    line: count(lineOfOffset(body, end.stoppedAt)),
  });
}

/**
 * One sentence for text that was taken for TLE (the fallback) but has no TLE data line at all: the
 * problems listed for each of its lines would not say that the whole thing is something else.
 */
function headlineOf(body: string, format: ImportFormat, kept: number): string | null {
  if (format !== 'tle' || kept > 0) return null;
  if (/(?:^|[\r\n])[ \t]*[12] /.test(body)) return null;
  return msg('import.notTle');
}

function importOmm(raw: RawOmm, report: (m: string) => void, accept: (e: ImportedEntry) => void): void {
  const c = checkOmmRecord(raw.value);
  if (!c.record) {
    const name = objectName(raw.value);
    const label = `${raw.where}${name ? ` (${name})` : ''}`;
    report(
      `${label}: ${c.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ')}`,
    );
    return;
  }
  const rec = c.record;
  const s = ommSatrec(rec);
  if ('error' in s) {
    report(`${raw.where}${rec.OBJECT_NAME ? ` (${rec.OBJECT_NAME.slice(0, 40)})` : ''}: ${s.error}`);
    return;
  }
  accept({
    name: rec.OBJECT_NAME,
    noradId: String(rec.NORAD_CAT_ID),
    epochMs: ommEpochMs(rec.EPOCH) as number,
    where: raw.where,
    record: rec,
  });
}

function objectName(v: unknown): string {
  try {
    const n = (v as { OBJECT_NAME?: unknown } | null)?.OBJECT_NAME;
    return typeof n === 'string' ? n.slice(0, 40) : '';
  } catch {
    return '';
  }
}

type ShellInput = ScenarioInput['shells'][number];

/**
 * A `tle` shell (TLE input, text rebuilt from the accepted sets) or an `omm` shell (OMM input,
 * the checked records) holding the accepted satellites of an import, named `name`.
 */
export function toShell(result: ImportResult, name: string): ShellInput {
  const shellName = (name.trim() || 'Imported satellites').slice(0, 200);
  if (
    result.format === 'tle' ||
    result.entries.every((e) => e.line1 !== undefined && e.line2 !== undefined && !e.record)
  ) {
    const text = result.entries.map((e) => `${e.name ? `${e.name}\n` : ''}${e.line1}\n${e.line2}\n`).join('');
    return { kind: 'tle', name: shellName, text };
  }
  return {
    kind: 'omm',
    name: shellName,
    records: result.entries.filter((e) => e.record).map((e) => ({ ...(e.record as OmmRecord) })),
  };
}
