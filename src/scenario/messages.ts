/**
 * The catalogue of problem messages the pure layers produce (validation, TLE/OMM import, share links,
 * ground stations) and the engine's notices: one code per message, with its English template. The
 * English lines the validators return (what the CLI prints and the tests read) are these templates
 * filled in; {@link readMessage} turns such a line back into its code, values and JSON path, so the
 * app can show it in the language in use (src/i18n/problems.ts, docs/i18n.md) while this layer stays
 * free of i18n. Templates use i18next's `{{name}}` syntax; the English strings of the `errors`
 * namespace are this object.
 *
 * Value names with a meaning for the reader: `reason`, `problem`, `who`, `where` hold another
 * message (translated in turn); `what`, `got`, `field` may be a word of {@link WORDS} (translated
 * when they are one); numeric names ({@link NUMERIC}) match numbers only.
 */
import { ENGINE_MESSAGES, fill } from './engineMessages';

export { fill };

export const MESSAGES = {
  validation: {
    required: 'is required',
    requiredOne: 'is required (1)',
    requiredKind: 'is required (one of {{kinds}})',
    finite: 'must be a finite number, got {{got}}',
    mustBe: 'must be {{what}}, got {{got}}',
    between: 'must be between {{min}} and {{max}}, got {{got}}',
    betweenUnit: 'must be between {{min}} and {{max}} {{unit}}, got {{got}}',
    notEmpty: 'must not be empty',
    minChars: 'must be at least {{min}} characters',
    maxChars: 'must be at most {{max}} characters, got {{n}}',
    oneOf: 'must be one of {{options}}, got {{got}}',
    maxItems: 'at most {{max}} {{what}} are allowed, got {{n}}',
    tempOrder: 'must be below maxTempK ({{max}} K), got {{got}} K',
    phasing: 'must be between 0 and planes − 1 ({{max}}), got {{got}}',
    noSso: 'no sun-synchronous orbit exists at {{altitude}} km (the limit is about 5900 km)',
    noSsoCluster:
      'no sun-synchronous orbit exists at {{altitude}} km (the limit is about 5900 km); give inclinationDeg for a non-sun-synchronous reference orbit',
    needsAxis: 'needs semiMajorAxisKm or altitudeKm',
    axisBoth: 'give semiMajorAxisKm or altitudeKm, not both',
    noCommasSatellite: "must not contain commas (it is the satellite's id), got {{got}}",
    noCommasStation: 'must not contain commas (routes name stations as A,B), got {{got}}',
    perigee: 'puts the perigee at {{altitude}} km altitude; it must be at least {{min}} km',
    perigeeBelow: 'puts the perigee {{depth}} km below the surface',
    oneSatellite: 'must list at least one satellite',
    oneRecord: 'must list at least one record',
    oneShell: 'must contain at least one shell',
    duplicateName: 'duplicates satellites[{{k}}].name {{got}}; names are ids and must be unique',
    tleTextTooLong: 'is {{n}} characters; the limit is {{max}} (20 MB)',
    ltanOrInclination: 'give ltanHours (a sun-synchronous reference orbit) or inclinationDeg, not both',
    needsInclination:
      'needs inclinationDeg (a sun-synchronous reference orbit takes its node from ltanHours)',
    clusterRadius:
      'puts the farthest member {{radius}} km from the reference orbit; at most {{max}} km is allowed (members are placed with the linear Hill model)',
    moreInRecords: '… and {{n}} more problems in the records',
    moreInRecordsOne: '… and 1 more problem in the records',
    noCatalog: 'no bundled catalogue snapshot {{group}} of {{snapshot}}; bundled: {{bundled}}',
    shellTooBig: 'has {{n}} satellites; a scenario may have at most {{max}}',
    tooManySatellites: 'add up to {{n}} satellites; the limit is {{max}} per scenario',
    unknownKey: "unknown key '{{key}}'",
    kindNotSupported: 'shell kind {{kind}} is not supported yet; supported kinds: {{kinds}}',
    unknownKind: 'unknown shell kind {{kind}}; supported kinds: {{kinds}}',
    unreadable: 'could not be read ({{reason}})',
    cannotBeRead: 'cannot be read',
    couldNotBeRead: 'could not be read',
    mustBeList: 'must be a list',
    tooManyStations: '{{n}} stations; the limit is {{max}}',
    noElementSets: 'contains no element sets',
    notJson: 'not valid JSON ({{reason}})',
    mustBeJson: 'must be JSON text',
    textTooLong: 'text is {{n}} characters; the limit is {{max}} (32 MB)',
    controlCharacters: 'contains control characters',
    more: '… and {{n}} more problems',
    moreOne: '… and 1 more problem',
    sgp4: 'SGP4 cannot start from these elements ({{reason}})',
    sgp4Code: 'error {{code}}',
    sgp4Elements: 'mean elements out of range (eccentricity ≥ 1 or a < 0.95 Earth radii)',
    sgp4MeanMotion: 'mean motion below zero',
    sgp4Eccentricity: 'perturbed eccentricity out of range',
    sgp4SemiLatus: 'semi-latus rectum below zero',
    sgp4Decayed: 'satellite has decayed',
    catalogueShell: 'catalogue {{group}} {{snapshot}}',
  },
  tle: {
    nonAscii: 'non-ASCII or control character at column {{col}}',
    mustStart: 'must start with "{{which}}", got {{got}}',
    short: 'cut short: {{n}} characters, expected 69',
    long: 'too long: {{n}} characters, expected 69',
    blank: 'column {{col}} must be blank, got "{{got}}" (fields out of place?)',
    catalogueNumber: 'catalogue number must be 5 digits or Alpha-5, got "{{got}}"',
    checksumDigit: 'checksum must be a digit, got "{{got}}"',
    checksum: 'checksum is {{got}}, expected {{expected}}',
    classification: 'classification must be U, C or S, got "{{got}}"',
    epochYear: 'epoch year (columns 19–20) must be two digits, got "{{got}}"',
    epochDay: 'epoch day (columns 21–32) must be between 1 and 366.99999999, got "{{got}}"',
    meanMotionDot: 'first derivative of mean motion (columns 34–43) is not a number: "{{got}}"',
    meanMotionDdot: 'second derivative of mean motion (columns 45–52) is malformed: "{{got}}"',
    bstar: 'BSTAR (columns 54–61) is malformed: "{{got}}"',
    range: '{{field}} (columns {{from}}–{{to}}) must be between {{min}} and {{max}}, got "{{got}}"',
    eccentricity: 'eccentricity (columns 27–33) must be 7 digits, got "{{got}}"',
    meanMotion: 'mean motion (columns 53–63) must be between 0 and 20 rev/day, got "{{got}}"',
    revolution: 'revolution number (columns 64–68) must be digits, got "{{got}}"',
    notString: 'TLE text must be a string',
    tooLong: 'TLE text is {{n}} characters; the limit is {{max}} ({{mb}} MB)',
    line2First: 'satellite {{sat}} (text line {{line}}): line 2 without a line 1 before it',
    titleNonAscii:
      'title line of satellite {{sat}} (text line {{line}}): non-ASCII or control character at column {{col}}',
    titleLong: 'title line of satellite {{sat}} (text line {{line}}): {{n}} characters, the limit is {{max}}',
    expectedLine1:
      'satellite {{sat}} (text line {{line}}): expected line 1 after the title line, got {{got}}',
    line2Missing: 'line 2 of {{who}} (text line {{line}}): missing; got {{got}}',
    lineProblem: 'line {{n}} of {{who}} (text line {{line}}): {{problem}}',
    idsDiffer:
      '{{who}} (text lines {{from}}–{{to}}): catalogue numbers differ: {{id1}} on line 1, {{id2}} on line 2',
    sgp4: '{{who}} (text lines {{from}}–{{to}}): SGP4 cannot start from these elements ({{reason}})',
    whoNamed: 'satellite {{sat}} ({{name}})',
    who: 'satellite {{sat}}',
  },
  import: {
    readFailed: 'the file could not be read ({{reason}})',
    mustBeText: 'the file must be text',
    tooBig: 'the file is {{mb}} MB; the limit is 50 MB ({{chars}} characters) and {{max}} satellites',
    empty: 'the file is empty',
    duplicate:
      '{{where}}: catalogue number {{id}} appears again (first at {{first}}); only the first is kept',
    whereNamed: 'text line {{line}} ({{name}})',
    where: 'text line {{line}}',
    notRecognised: 'the format was not recognised: expected TLE text, or OMM as JSON, CSV or XML',
    noSets: 'no element sets found in the {{format}} text',
    stopped:
      'Stopped reading after {{n}} problems, {{percent}} of the way through the text (line {{line}}); the rest was not checked or imported.',
    firstOfAbout:
      'Read the first {{n}} satellites of about {{about}} (estimated from the size of the text); the rest were not imported: an import holds at most {{max}}.',
    first: 'Read the first {{n}} satellites; the rest were not imported: an import holds at most {{max}}.',
    notTle:
      'This is not TLE or OMM text: no line starts with “1 ” or “2 ” as the two lines of an element set do, and it is not OMM JSON, CSV or XML.',
    fileTooBig: 'The file is {{mb}} MB; the limit is 50 MB. Nothing was imported.',
    fileUnreadable: 'The file could not be read ({{reason}}).',
    workerFailed:
      'The import stopped: the worker reading the file failed ({{reason}}). Nothing was imported; try a smaller file.',
    workerFailedBare:
      'The import stopped: the worker reading the file failed. Nothing was imported; try a smaller file.',
    notObject: 'must be an object with OMM keys, got {{got}}',
  },
  link: {
    listTooLong: '{{path}} is a list of {{n}} items; a link may hold at most {{max}} per list.',
    forbiddenKey: '{{path}} has the key “{{key}}”, which a link may not use.',
    tooDeep: '{{what}} nests lists or objects more than {{max}} deep; it is not a scenario.',
    badJson: '{{what}} does not hold valid JSON ({{reason}}).',
    badCharacter:
      'The link is corrupted: it holds the character “{{char}}” at position {{n}}, which a share link never has (it may have been cut or changed when it was copied).',
    cutByte:
      'The link is cut short: its encoded data ends in the middle of a byte. Copy the whole link again.',
    tooBig:
      'The link’s data expands to more than {{max}} MB; a share link may hold at most that. It was refused.',
    tooBigAscii:
      "The link's data expands to more than {{max}} MB; a share link may hold at most that. It was refused.",
    cutCompressed: 'The link is cut short: its compressed data ends early. Copy the whole link again.',
    corruptCompressed: 'The link is corrupted: its compressed data cannot be read ({{reason}}).',
    corrupted: 'The link is corrupted: {{reason}}',
    noData: 'The link is cut short: it has no data after “#s=”. Copy the whole link again.',
    notScenario: "The link's data is {{got}}, not a shared scenario.",
    noVersion: 'The link has no format version (“v”); it was not made by this app.',
    badVersion: "The link's format version must be a whole number from 1, got {{got}}.",
    newer:
      'The link was made by a newer version of this app (link format {{v}}); this version reads formats up to {{max}}. Reload the page to get the newest version.',
    unknownKey: 'unknown key {{key}} in the link (ignored)',
    unknownBase: 'The link edits the built-in scenario {{id}}, which this version of the app does not have.',
    both: 'The link holds both a whole scenario and an edit of a built-in; it was not made by this app.',
    patchNotObject: 'The link’s edit (“patch”) must be an object, got {{got}}.',
    patchNotObjectAscii: "The link's edit (“patch”) must be an object, got {{got}}.",
    noScenario: 'The link holds no scenario (neither “scenario” nor “base”).',
    unknownBuiltin:
      'The link asks for the built-in scenario “{{id}}”, which does not exist (built-ins: {{all}}).',
    endParam: 'must be s:<station name> or n:<satellite id>, got {{got}}',
    number: 'must be a number, got {{got}}',
    flag: 'must be 1 or 0, got {{got}}',
    unknownParam: 'unknown parameter {{key}} (ignored)',
    time: 'must be a UTC ISO 8601 time such as 2026-03-20T00:00:00Z, got {{got}}',
    layers: 'must be shadow, links or stations joined by dots (or none), got {{got}}',
    hide: 'must be shell numbers joined by dots, got {{got}}',
    route: 'only route=none is meant; use from= and to= for ends, got {{got}}',
    fromMissing: 'missing (to= needs from=)',
    toMissing: 'missing (from= needs to=)',
    tooLong: 'The link is {{n}} characters long; share links longer than {{max}} are refused.',
    unreadable: 'The link cannot be read.',
    notShareLink: '“#{{hash}}” is not a share link: it must start with #scenario= or #s=.',
    openFailed: 'This share link could not be opened. {{reason}}',
    invalidScenario: 'Its scenario is not valid:',
    staysShown: 'The scenario shown stays.',
    showingInstead: 'Showing {{name}} instead.',
    partsLeftOut: "Parts of this share link's view were left out:",
    andMore: '… and {{n}} more',
    noBuiltin: 'There is no built-in scenario called “{{id}}”; showing {{name}}.',
    noBuiltinPick:
      'There is no built-in scenario called “{{id}}”. Showing {{name}} instead; choose another below.',
  },
  file: {
    tooBig: '{{file}} is {{size}} MB; the limit for a scenario file is 32 MB.',
    tooLong: '{{file}} is {{n}} characters; the limit for a scenario file is 32 MB.',
    unreadable: '{{file}} could not be read: {{reason}}',
    notJson: '{{file}} is not valid JSON: {{reason}}',
  },
  station: {
    nameEmpty: 'Name: enter a name for the station.',
    nameLong: 'Name: at most {{max}} characters, got {{n}}.',
    nameCommas: 'Name: must not contain commas (routes name stations as A,B).',
    nameControl: 'Name: must not contain control characters.',
    exists: 'Name: a station called {{name}} exists already.',
    existsCase: 'Name: a station called {{name}} exists already (names are compared ignoring case).',
    notNumber: '{{field}}: must be a number from {{min}} to {{max}}°, got {{got}}.',
    outOfRange: '{{field}}: must be from {{min}} to {{max}}°, got {{got}}°.',
    tooMany: 'A scenario holds at most {{max}} stations; remove one first.',
  },
  engine: ENGINE_MESSAGES,
} as const;

/**
 * Words that appear as values inside messages (`what`, `got`, `field`), translated when a value is
 * exactly one of them: id → English.
 */
export const WORDS = {
  aNumber: 'a number',
  aWholeNumber: 'a whole number',
  aString: 'a string',
  anArray: 'an array',
  anObject: 'an object',
  trueOrFalse: 'true or false',
  nothing: 'nothing',
  endOfText: 'the end of the text',
  under1Percent: 'under 1 %',
  httpUrl: 'an http(s) URL',
  date: 'a date YYYY-MM-DD',
  isoTime: 'a UTC ISO 8601 time such as "2025-06-01T00:00:00Z"',
  tleText: 'a string of two- or three-line element sets',
  satelliteIdOrNull: 'a satellite id or null',
  text: 'text',
  textOrNumber: 'text or a number',
  shells: 'shells',
  groundStations: 'ground stations',
  satellites: 'satellites',
  records: 'records',
  steps: 'steps',
  inclination: 'inclination',
  raan: 'right ascension of the node',
  argPerigee: 'argument of perigee',
  meanAnomaly: 'mean anomaly',
  latitude: 'Latitude',
  longitude: 'Longitude',
  minElevation: 'Minimum elevation',
  subjectOrContext: '"subject" or "context"',
  tourTime: 'an offset "+HH:MM:SS" from the epoch or a UTC ISO 8601 time',
  routeEnd: '{ "station": name } or { "node": satellite id }',
  cameraPreset: 'a camera preset ("earth", "fit", "selected") or { latDeg, lonDeg, distanceRe }',
  cameraPresetShort: 'a camera preset or { latDeg, lonDeg, distanceRe }',
  ommTime: 'a UTC time such as "2025-11-03T12:00:00.000000"',
  uCOrS: 'U, C or S',
  aFiniteNumber: 'a finite number',
  theFile: 'The file',
  propagation: 'propagation',
  budget: 'budget',
  link: 'link',
  core: 'core',
} as const;
export type Word = keyof typeof WORDS;

/** Value names that only ever hold a number (so "between 160 and 50000 km" splits where it should). */
const NUMERIC = new Set(['min', 'max', 'n', 'k', 'col', 'line', 'from', 'to', 'sat', 'mb', 'chars', 'v']);
/** Value names that never hold ": " (so a path in front is not taken for one). */
const NO_COLON = new Set(['field', 'what', 'who', 'unit', 'file', 'kind']);
/** Value names that hold another message, recognised in turn. */
export const NESTED = new Set(['reason', 'problem', 'who', 'where']);
/** Value names that may hold a {@link WORDS} word. */
export const WORDY = new Set(['what', 'got', 'field', 'percent', 'file']);

type Tree = { readonly [k: string]: string | Tree };
/** A message code: `group.name` of {@link MESSAGES}, e.g. `validation.betweenUnit`. */
export type MessageCode = {
  [G in keyof typeof MESSAGES]: `${G & string}.${keyof (typeof MESSAGES)[G] & string}`;
}[keyof typeof MESSAGES];

/** A problem as data: its code, the values filled in, and the JSON path it concerns (ids, never translated). */
export interface Message {
  code: MessageCode;
  values: Record<string, string>;
  path?: string;
}

/** Every code of {@link MESSAGES} with its English template. */
export function messageCodes(): [MessageCode, string][] {
  const out: [MessageCode, string][] = [];
  for (const [g, group] of Object.entries(MESSAGES as Tree))
    for (const [k, tpl] of Object.entries(group as Tree))
      out.push([`${g}.${k}` as MessageCode, tpl as string]);
  return out;
}

/** The English template of `code`. */
export function templateOf(code: MessageCode): string {
  const [g, k] = code.split('.');
  return (MESSAGES as Tree)[g] && ((MESSAGES as Tree)[g] as Tree)[k]
    ? (((MESSAGES as Tree)[g] as Tree)[k] as string)
    : code;
}

/** The English line of message `code` with `values` (what the pure layers write; the app translates it when drawn). */
export function msg(code: MessageCode, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(templateOf(code), values);
}

/** The English text of a message (with its path prefixed, as the validators write it). */
export function renderMessage(m: Message): string {
  const text = fill(templateOf(m.code), m.values);
  return m.path ? `${m.path}: ${text}` : text;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBER_RE = '[−-]?[\\d,]+(?:\\.\\d+)?(?:e[+-]?\\d+)?';

interface Compiled {
  code: MessageCode;
  re: RegExp;
  names: string[];
  literal: number;
}
let compiled: Compiled[] | null = null;
function patterns(): Compiled[] {
  if (compiled) return compiled;
  compiled = messageCodes().map(([code, tpl]) => {
    const names: string[] = [];
    let src = '';
    let literal = 0;
    let last = 0;
    for (const m of tpl.matchAll(/\{\{(\w+)\}\}/g)) {
      const lit = tpl.slice(last, m.index);
      src += escapeRe(lit);
      literal += lit.length;
      names.push(m[1]);
      src += NUMERIC.has(m[1]) ? `(${NUMBER_RE})` : NO_COLON.has(m[1]) ? '((?:(?!: ).)+?)' : '(.+?)';
      last = m.index + m[0].length;
    }
    src += escapeRe(tpl.slice(last));
    literal += tpl.length - last;
    return { code, re: new RegExp(`^${src}$`, 's'), names, literal };
  });
  // The most specific templates first: a generic "must be {{what}}, got {{got}}" is the last resort.
  compiled.sort((a, b) => b.literal - a.literal);
  return compiled;
}

/** A JSON path as validate.ts writes it ("shells[1].altitudeKm", "groundStations[0]", "records[3] (NAME)"). */
const PATH_RE =
  /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\[\d+\]|\.[^\s:.[\]]+)*(?: \((?:catalogue [^)]*|[^)]{0,60})\))?): (.+)$/s;

/**
 * The message a line of text is, or null when it is none of the catalogue's: first the whole line
 * against every template, then a leading JSON path ("shells[0].altitudeKm: …") split off and the
 * rest matched. Values are the text found in each slot (nested messages are read by the caller).
 */
export function readMessage(line: string): Message | null {
  const whole = matchTemplate(line);
  if (whole) return whole;
  const p = PATH_RE.exec(line);
  if (!p) return null;
  const inner = readMessage(p[2]);
  if (!inner) return null;
  return { ...inner, path: inner.path ? `${p[1]}: ${inner.path}` : p[1] };
}

function matchTemplate(line: string): Message | null {
  for (const c of patterns()) {
    const m = c.re.exec(line);
    if (!m) continue;
    const values: Record<string, string> = {};
    c.names.forEach((n, k) => (values[n] = m[k + 1]));
    return { code: c.code, values };
  }
  return null;
}
