/**
 * Importing element-set files (DESIGN §9: input that cannot be trusted): detects TLE text and OMM
 * as JSON, CSV or XML, checks every satellite, and returns the good ones with a list of every
 * rejected one by line or record. Never throws; time is linear in the size of the text; the limits
 * (50 MB of text, 100,000 satellites) are named in the messages. `toShell` turns the result into a
 * `tle` or `omm` shell to add to a scenario.
 */
import type { ScenarioInput } from './schema';
import { checkOmmRecord, ommEpochMs, ommSatrec, readOmmCsv, readOmmJson, readOmmXml, type OmmRecord, type RawOmm } from './omm';
import { parseTle } from './tle';

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
  /** Every rejected satellite and every problem of the file, by line or record. */
  errors: string[];
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
  const ext = typeof filename === 'string' ? /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1]?.toLowerCase() : undefined;
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
  const first = text.slice(k, nl < 0 ? Math.min(text.length, k + 4096) : Math.min(nl, k + 4096)).toUpperCase();
  if (first.includes(',') && (first.includes('NORAD_CAT_ID') || first.includes('OBJECT_NAME') || first.includes('MEAN_MOTION'))) return 'omm-csv';
  if (k >= text.length) return 'unknown';
  return 'tle';
}

/**
 * Reads element sets from a file's text. `filename` (optional) helps detect the format. Every
 * satellite is checked (fields, checksums, SGP4 initialisation) and duplicates of a catalogue
 * number are rejected after the first. Never throws.
 */
export function importElementSets(text: unknown, filename?: string): ImportResult {
  try {
    return importUnsafe(text, filename);
  } catch (err) {
    // A bug, not bad input: still no throw across the boundary.
    return { format: 'unknown', entries: [], errors: [`the file could not be read (${err instanceof Error ? err.message : String(err)})`] };
  }
}

function importUnsafe(text: unknown, filename?: string): ImportResult {
  if (typeof text !== 'string') return { format: 'unknown', entries: [], errors: ['the file must be text'] };
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      format: 'unknown',
      entries: [],
      errors: [`the file is ${(text.length / 1048576).toFixed(1)} MB; the limit is 50 MB (${MAX_IMPORT_CHARS.toLocaleString('en-US')} characters) and ${MAX_IMPORT_SATELLITES.toLocaleString('en-US')} satellites`],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { format: 'unknown', entries: [], errors: ['the file is empty'] };
  const format = detectFormat(body, filename);
  const errors: string[] = [];
  let dropped = 0;
  const report = (m: string) => {
    if (errors.length < MAX_IMPORT_ERRORS) errors.push(m);
    else dropped++;
  };
  const entries: ImportedEntry[] = [];
  const seen = new Map<string, string>();
  let overLimit = 0;
  const accept = (e: ImportedEntry) => {
    const first = seen.get(e.noradId);
    if (first !== undefined) {
      report(`${e.where}: catalogue number ${e.noradId} appears again (first at ${first}); only the first is kept`);
      return;
    }
    if (entries.length >= MAX_IMPORT_SATELLITES) {
      overLimit++;
      return;
    }
    seen.set(e.noradId, e.where);
    entries.push(e);
  };

  if (format === 'tle') {
    const r = parseTle(body, { maxChars: MAX_IMPORT_CHARS, maxErrors: MAX_IMPORT_ERRORS });
    for (const e of r.errors) report(e);
    // parseTle does not say where an entry was; find the text line of each line 1 as we go.
    const lines = body.split(/\r\n|\n|\r/);
    let li = 0;
    for (const e of r.entries) {
      while (li < lines.length && lines[li].trimEnd() !== e.line1) li++;
      const where = li < lines.length ? `text line ${li + 1}${e.name ? ` (${e.name.slice(0, 40)})` : ''}` : `catalogue number ${e.noradId}`;
      accept({ name: e.name, noradId: e.noradId, epochMs: e.epochMs, where, line1: e.line1, line2: e.line2 });
      if (li < lines.length) li++;
    }
  } else if (format === 'omm-json' || format === 'omm-csv' || format === 'omm-xml') {
    const read = format === 'omm-json' ? readOmmJson(body) : format === 'omm-csv' ? readOmmCsv(body) : readOmmXml(body);
    for (const e of read.errors) report(e);
    importOmm(read.records, report, accept);
  } else {
    report('the format was not recognised: expected TLE text, or OMM as JSON, CSV or XML');
  }
  if (overLimit) report(`${overLimit.toLocaleString('en-US')} more satellites were left out: an import may hold at most ${MAX_IMPORT_SATELLITES.toLocaleString('en-US')} satellites`);
  if (dropped) errors.push(`… and ${dropped.toLocaleString('en-US')} more problem${dropped === 1 ? '' : 's'}`);
  if (entries.length === 0 && errors.length === 0) errors.push(`no element sets found in the ${FORMAT_NAMES[format]} text`);
  return { format, entries, errors };
}

function importOmm(records: RawOmm[], report: (m: string) => void, accept: (e: ImportedEntry) => void): void {
  for (const raw of records) {
    const c = checkOmmRecord(raw.value);
    if (!c.record) {
      const name = objectName(raw.value);
      const label = `${raw.where}${name ? ` (${name})` : ''}`;
      report(`${label}: ${c.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ')}`);
      continue;
    }
    const rec = c.record;
    const s = ommSatrec(rec);
    if ('error' in s) {
      report(`${raw.where}${rec.OBJECT_NAME ? ` (${rec.OBJECT_NAME.slice(0, 40)})` : ''}: ${s.error}`);
      continue;
    }
    accept({ name: rec.OBJECT_NAME, noradId: String(rec.NORAD_CAT_ID), epochMs: ommEpochMs(rec.EPOCH) as number, where: raw.where, record: rec });
  }
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
  if (result.format === 'tle' || result.entries.every((e) => e.line1 !== undefined && e.line2 !== undefined && !e.record)) {
    const text = result.entries.map((e) => `${e.name ? `${e.name}\n` : ''}${e.line1}\n${e.line2}\n`).join('');
    return { kind: 'tle', name: shellName, text };
  }
  return { kind: 'omm', name: shellName, records: result.entries.filter((e) => e.record).map((e) => ({ ...(e.record as OmmRecord) })) };
}
