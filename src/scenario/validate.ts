/**
 * The one entry point for untrusted scenarios (docs/scenario-format.md, docs/architecture.md): validates with the v1 schema,
 * parses TLE text, checks the satellite limit, fills in the defaults that depend on context,
 * and reports every problem with its JSON path ("shells[1].altitudeKm: must be between 160 and
 * 50000 km, got -3"): the first 20, then how many more; keys from the input are quoted to 40
 * characters. Never throws.
 */
import type * as z from 'zod/mini';
import type { SatRec } from 'satellite.js';
import type { OmmRecord } from './omm';
import { elementSets } from './elementSets';
import {
  burdenSchema,
  groundStationSchema,
  MAX_GROUND_STATIONS,
  MAX_SATELLITES,
  MAX_TLE_TEXT_CHARS,
  scenarioSchema,
  type GroundStation,
  type CatalogShell,
  type OmmShell,
  type Scenario,
  type Shell,
} from './schema';
import type { TleParseResult } from './tle';
import { msg } from './messages';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[] };

export interface ParseOptions {
  /** Unix ms used for a missing `epoch` (default: Date.now()), injectable for determinism. */
  nowMs?: number;
}

/** Longest scenario JSON text accepted, characters. */
export const MAX_SCENARIO_TEXT_CHARS = 32 * 1024 * 1024;
/** Most TLE problems listed per shell before the rest are counted. */
const MAX_TLE_ISSUES_PER_SHELL = 100;

/**
 * TLE parse results of validated shells, so expandScenario need not parse (and build satrecs)
 * twice. Keyed by the validated shell object; a scenario that travelled (structured clone) is
 * simply parsed again.
 */
const tleCache = new WeakMap<object, TleParseResult>();

/** TLE entries of a validated `tle` shell, from the cache or parsed now. */
export function tleEntriesOf(shell: Extract<Shell, { kind: 'tle' }>): TleParseResult {
  const hit = tleCache.get(shell);
  if (hit) return hit;
  const r = elementSets().parseTle(shell.text);
  tleCache.set(shell, r);
  return r;
}

/** One SGP4 satellite of an element-set shell (tle, omm or catalog). */
export interface ElementSetEntry {
  name: string;
  /** Catalogue number in decimal digits. */
  noradId: string;
  epochMs: number;
  satrec?: SatRec;
}

export interface ElementSetResult {
  entries: ElementSetEntry[];
  /** Problems, each prefixed with the record's path inside the shell ("records[3] (NAME): …"). */
  errors: string[];
}

const ommCache = new WeakMap<object, ElementSetResult>();

/** SGP4 entries of checked OMM records (satrecs built with json2satrec). */
export function ommEntries(records: readonly OmmRecord[]): ElementSetResult {
  const entries: ElementSetEntry[] = [];
  const errors: string[] = [];
  records.forEach((rec, k) => {
    const s = elementSets().ommSatrec(rec);
    if ('error' in s) {
      errors.push(`records[${k}]${rec.OBJECT_NAME ? ` (${rec.OBJECT_NAME.slice(0, 40)})` : ''}: ${s.error}`);
      return;
    }
    entries.push({
      name: rec.OBJECT_NAME,
      noradId: String(rec.NORAD_CAT_ID),
      epochMs: elementSets().ommRecordEpochMs(rec),
      satrec: s.satrec,
    });
  });
  return { entries, errors };
}

/** SGP4 entries of a validated `tle`, `omm` or `catalog` shell, from the cache or built now. */
export function elementSetEntriesOf(
  shell: Extract<Shell, { kind: 'tle' | 'omm' | 'catalog' }>,
): ElementSetResult {
  if (shell.kind === 'tle') return tleEntriesOf(shell);
  const hit = ommCache.get(shell);
  if (hit) return hit;
  const r = ommEntries(shell.records);
  ommCache.set(shell, r);
  return r;
}

/** Most characters of a key (from the input) quoted in a message; longer ones end in "…". */
export const MAX_QUOTED_KEY_CHARS = 40;
/** Most problems listed; the rest are counted in one last line "… and N more problems". */
export const MAX_LISTED_ISSUES = 20;

/** A key from the input as a message may quote it: at most {@link MAX_QUOTED_KEY_CHARS} characters, control characters as "?". */
export function quoteKey(key: string): string {
  const k = key.length > MAX_QUOTED_KEY_CHARS ? `${key.slice(0, MAX_QUOTED_KEY_CHARS)}…` : key;
  // eslint-disable-next-line no-control-regex
  return k.replace(/[\u0000-\u001f\u007f]/g, '?');
}

/** JSON path as people write it: shells[1].altitudeKm; the document itself is "scenario". Keys are shortened as by {@link quoteKey}. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${quoteKey(String(p))}` : quoteKey(String(p));
  }
  return out || 'scenario';
}

const MORE = /^(?:.*: )?… and ([\d,]+) more problems?\b/;

/**
 * The first {@link MAX_LISTED_ISSUES} problems, then one line "… and N more problems" counting the
 * rest (a left-out line that itself counts problems, "… and 2600 more problems in the records",
 * adds its count).
 */
export function capIssues(issues: readonly string[], max = MAX_LISTED_ISSUES): string[] {
  if (issues.length <= max) return [...issues];
  let more = 0;
  for (let k = max; k < issues.length; k++) {
    const m = MORE.exec(issues[k]);
    more += m ? Number(m[1].replace(/,/g, '')) : 1;
  }
  return [
    ...issues.slice(0, max),
    more === 1 ? msg('validation.moreOne') : msg('validation.more', { n: more.toLocaleString('en-US') }),
  ];
}

/** Problems a (capped) list stands for: its lines, the last "… and N more problems" counting N. */
export function issueCount(issues: readonly string[]): number {
  const m = issues.length ? MORE.exec(issues[issues.length - 1]) : null;
  return m ? issues.length - 1 + Number(m[1].replace(/,/g, '')) : issues.length;
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  for (const iss of issues) {
    const path = formatPath(iss.path);
    if (iss.code === 'unrecognized_keys') {
      for (const k of iss.keys) out.push(`${path}: ${msg('validation.unknownKey', { key: quoteKey(k) })}`);
    } else {
      out.push(`${path}: ${iss.message}`);
    }
  }
  return out;
}

/**
 * Validates a scenario's `burden` object alone (an edit of the Earth-burden assumptions, which the
 * engine applies without reloading the satellites): every problem with its path ("burden.pue: …");
 * none for `undefined` (no object: the defaults apply). Never throws.
 */
export function parseBurden(input: unknown): string[] {
  if (input === undefined) return [];
  try {
    const r = burdenSchema.safeParse(input);
    return r.success
      ? []
      : capIssues(formatIssues(r.error.issues.map((iss) => ({ ...iss, path: ['burden', ...iss.path] }))));
  } catch (err) {
    return [
      `burden: ${msg('validation.unreadable', { reason: err instanceof Error ? err.message : String(err) })}`,
    ];
  }
}

/**
 * Validates a list of ground stations (the scenario's `groundStations`, or the user's edits) with the
 * scenario schema's rules; every problem with its path ("groundStations[2].latDeg: …"). Never throws.
 */
export function parseGroundStations(
  input: unknown,
): { ok: true; stations: GroundStation[] } | { ok: false; issues: string[] } {
  if (!Array.isArray(input))
    return { ok: false, issues: [`groundStations: ${msg('validation.mustBeList')}`] };
  if (input.length > MAX_GROUND_STATIONS)
    return {
      ok: false,
      issues: [
        `groundStations: ${msg('validation.tooManyStations', { n: input.length, max: MAX_GROUND_STATIONS })}`,
      ],
    };
  const stations: GroundStation[] = [];
  const issues: string[] = [];
  input.forEach((st, k) => {
    let r: ReturnType<typeof groundStationSchema.safeParse>;
    try {
      r = groundStationSchema.safeParse(st);
    } catch {
      issues.push(`groundStations[${k}]: ${msg('validation.cannotBeRead')}`);
      return;
    }
    if (r.success) stations.push(r.data);
    else
      issues.push(
        ...formatIssues(r.error.issues).map(
          (m) => `groundStations[${k}]${m.startsWith('scenario') ? m.slice('scenario'.length) : `.${m}`}`,
        ),
      );
  });
  return issues.length ? { ok: false, issues: capIssues(issues) } : { ok: true, stations };
}

/** TLE problems of the raw input's tle shells, so they are listed even when other keys are wrong. */
function rawTleIssues(input: unknown): string[] {
  const out: string[] = [];
  try {
    const shells = (input as { shells?: unknown })?.shells;
    if (!Array.isArray(shells) || shells.length > 1000) return out;
    shells.forEach((s: unknown, index) => {
      const sh = s as { kind?: unknown; text?: unknown } | null;
      if (
        !sh ||
        typeof sh !== 'object' ||
        sh.kind !== 'tle' ||
        typeof sh.text !== 'string' ||
        sh.text.length === 0
      )
        return;
      if (sh.text.length > MAX_TLE_TEXT_CHARS) return; // the schema already says so
      const r = elementSets().parseTle(sh.text, { satrecs: false, maxErrors: MAX_TLE_ISSUES_PER_SHELL });
      for (const e of r.errors) out.push(`shells[${index}].text: ${e}`);
    });
  } catch {
    // hostile getters: the schema's issues are enough
  }
  return out;
}

/** Validates a scenario object (already parsed from JSON). Lists every problem; never throws. */
export function parseScenario(input: unknown, options: ParseOptions = {}): ParseResult {
  let parsed: ReturnType<typeof scenarioSchema.safeParse>;
  try {
    parsed = scenarioSchema.safeParse(input);
  } catch (err) {
    // Getters that throw, cyclic oddities: hostile objects are reported, not propagated.
    return {
      ok: false,
      issues: [
        `scenario: ${msg('validation.unreadable', { reason: err instanceof Error ? err.message : String(err) })}`,
      ],
    };
  }
  if (!parsed.success)
    return { ok: false, issues: capIssues([...formatIssues(parsed.error.issues), ...rawTleIssues(input)]) };
  const data = parsed.data;
  const issues: string[] = [];
  let total = 0;
  const shells: Shell[] = data.shells.map((s, index) => {
    const name = s.name ?? `${s.kind} ${index + 1}`;
    switch (s.kind) {
      case 'walker':
        total += s.planes * s.satsPerPlane;
        return { ...s, name };
      case 'sso':
        total += s.planes * s.satsPerPlane;
        return { ...s, name, ltanSpanHours: s.ltanSpanHours ?? (s.planes === 1 ? 0 : 24) };
      case 'elements':
        total += s.satellites.length;
        return { ...s, name };
      case 'cluster': {
        total += s.count;
        const sso = s.inclinationDeg === undefined;
        return {
          ...s,
          name,
          ltanHours: sso ? (s.ltanHours ?? 6) : undefined,
          raanDeg: sso ? undefined : (s.raanDeg ?? 0),
        };
      }
      case 'omm': {
        // The schema checked every record; normalise them (numbers from strings, defaults).
        const records = s.records.map((rec) => elementSets().checkOmmRecord(rec).record as OmmRecord);
        const shell: OmmShell = { ...s, name, records };
        const r = ommEntries(records);
        for (const e of r.errors) issues.push(`shells[${index}].${e}`);
        ommCache.set(shell, r);
        total += r.entries.length;
        return shell;
      }
      case 'catalog': {
        const snap = elementSets().findCatalog(s.group, s.snapshot);
        const records = snap ? snap.records : [];
        const shell: CatalogShell = { ...s, name: s.name ?? `${s.group} ${s.snapshot}`, records };
        const r = ommEntries(records);
        const where = msg('validation.catalogueShell', { group: s.group, snapshot: s.snapshot });
        for (const e of r.errors) issues.push(`shells[${index}] (${where}): ${e}`);
        ommCache.set(shell, r);
        total += r.entries.length;
        return shell;
      }
      case 'tle': {
        const shell = { ...s, name };
        const r = elementSets().parseTle(s.text, { maxErrors: MAX_TLE_ISSUES_PER_SHELL });
        for (const e of r.errors) issues.push(`shells[${index}].text: ${e}`);
        if (r.errors.length === 0 && r.entries.length === 0)
          issues.push(`shells[${index}].text: ${msg('validation.noElementSets')}`);
        tleCache.set(shell, r);
        total += r.entries.length;
        return shell;
      }
    }
  });
  if (total > MAX_SATELLITES) {
    issues.push(
      `shells: ${msg('validation.tooManySatellites', { n: total.toLocaleString('en-US'), max: MAX_SATELLITES.toLocaleString('en-US') })}`,
    );
  }
  if (issues.length) return { ok: false, issues: capIssues(issues) };
  const nowMs = options.nowMs ?? Date.now();
  const epoch = data.epoch ?? new Date(Math.floor(nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  return { ok: true, scenario: { ...data, epoch, shells } };
}

/** Parses JSON text and validates it; JSON syntax errors and size limits become issues. */
export function parseScenarioText(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, issues: [`scenario: ${msg('validation.mustBeJson')}`] };
  if (text.length > MAX_SCENARIO_TEXT_CHARS) {
    return {
      ok: false,
      issues: [
        `scenario: ${msg('validation.textTooLong', { n: text.length, max: MAX_SCENARIO_TEXT_CHARS })}`,
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      issues: [
        `scenario: ${msg('validation.notJson', { reason: err instanceof Error ? err.message : String(err) })}`,
      ],
    };
  }
  return parseScenario(value, options);
}
