import { ISS_OMM } from './testOmm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandScenario } from './expand';
import {
  detectFormat,
  importElementSets,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_SATELLITES,
  toShell,
} from './importText';
import { encodeCatalogNumber, tleChecksum } from './tle';
import { parseScenario } from './validate';

// Test fixture: an ISS element set of 2018-12-08 (line 2's last fields filled in; checksums computed).
const ISS_L1 = withChecksum('1 25544U 98067A   18342.69352573  .00002284  00000-0  41838-4 0  9990');
const ISS_L2 = withChecksum('2 25544  51.6407 229.0798 0005166 124.8707   5.7766 15.54007808144340');
const V5_L1 = '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753';
const V5_L2 = '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667';
const TLE = `ISS (ZARYA)\n${ISS_L1}\n${ISS_L2}\n${V5_L1}\n${V5_L2}\n`;

const ISS = ISS_OMM;
const BIG = { ...ISS, OBJECT_NAME: 'ANALYST OBJECT', OBJECT_ID: '', NORAD_CAT_ID: 270001 };
const CSV_HEADER =
  'OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,EPHEMERIS_TYPE,CLASSIFICATION_TYPE,NORAD_CAT_ID,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT';
const csvRow = (r: typeof ISS) =>
  [
    r.OBJECT_NAME,
    r.OBJECT_ID,
    r.EPOCH,
    r.MEAN_MOTION,
    r.ECCENTRICITY,
    r.INCLINATION,
    r.RA_OF_ASC_NODE,
    r.ARG_OF_PERICENTER,
    r.MEAN_ANOMALY,
    r.EPHEMERIS_TYPE,
    r.CLASSIFICATION_TYPE,
    r.NORAD_CAT_ID,
    r.ELEMENT_SET_NO,
    r.REV_AT_EPOCH,
    r.BSTAR,
    r.MEAN_MOTION_DOT,
    r.MEAN_MOTION_DDOT,
  ].join(',');
const CSV = `${CSV_HEADER}\n${csvRow(ISS)}\n${csvRow(BIG)}\n`;
const xmlOmm = (
  r: typeof ISS,
) => `<omm id="CCSDS_OMM_VERS" version="2.0"><header><CREATION_DATE/><ORIGINATOR/></header><body><segment>
<metadata><OBJECT_NAME>${r.OBJECT_NAME}</OBJECT_NAME><OBJECT_ID>${r.OBJECT_ID}</OBJECT_ID><CENTER_NAME>EARTH</CENTER_NAME><REF_FRAME>TEME</REF_FRAME><TIME_SYSTEM>UTC</TIME_SYSTEM><MEAN_ELEMENT_THEORY>SGP4</MEAN_ELEMENT_THEORY></metadata>
<data><meanElements><EPOCH>${r.EPOCH}</EPOCH><MEAN_MOTION>${r.MEAN_MOTION}</MEAN_MOTION><ECCENTRICITY>${r.ECCENTRICITY}</ECCENTRICITY><INCLINATION>${r.INCLINATION}</INCLINATION><RA_OF_ASC_NODE>${r.RA_OF_ASC_NODE}</RA_OF_ASC_NODE><ARG_OF_PERICENTER>${r.ARG_OF_PERICENTER}</ARG_OF_PERICENTER><MEAN_ANOMALY>${r.MEAN_ANOMALY}</MEAN_ANOMALY></meanElements>
<tleParameters><EPHEMERIS_TYPE>0</EPHEMERIS_TYPE><CLASSIFICATION_TYPE>U</CLASSIFICATION_TYPE><NORAD_CAT_ID>${r.NORAD_CAT_ID}</NORAD_CAT_ID><ELEMENT_SET_NO>999</ELEMENT_SET_NO><REV_AT_EPOCH>${r.REV_AT_EPOCH}</REV_AT_EPOCH><BSTAR>${r.BSTAR}</BSTAR><MEAN_MOTION_DOT>${r.MEAN_MOTION_DOT}</MEAN_MOTION_DOT><MEAN_MOTION_DDOT>0</MEAN_MOTION_DDOT></tleParameters></data></segment></body></omm>`;
const XML = `<?xml version="1.0" encoding="UTF-8"?>\n<ndm xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${xmlOmm(ISS)}\n${xmlOmm(BIG)}\n</ndm>\n`;

function withChecksum(line: string): string {
  return line.slice(0, 68) + tleChecksum(line);
}

/** Replaces columns from..to (1-based) of a line and fixes its checksum. */
function patch(line: string, from: number, text: string, fixChecksum = true): string {
  const l = line.slice(0, from - 1) + text + line.slice(from - 1 + text.length);
  return fixChecksum ? l.slice(0, 68) + tleChecksum(l) : l;
}

describe('importElementSets: formats', () => {
  it('detects each format from the text or the file name', () => {
    expect(detectFormat(TLE)).toBe('tle');
    expect(detectFormat(JSON.stringify([ISS]))).toBe('omm-json');
    expect(detectFormat(`\uFEFF  ${JSON.stringify(ISS)}`)).toBe('omm-json');
    expect(detectFormat(CSV)).toBe('omm-csv');
    expect(detectFormat(XML)).toBe('omm-xml');
    expect(detectFormat('anything', 'gp.csv')).toBe('omm-csv');
    expect(detectFormat('anything', 'starlink.TLE')).toBe('tle');
  });

  it('TLE: two- and three-line sets', () => {
    const r = importElementSets(TLE, 'stations.txt');
    expect(r.format).toBe('tle');
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.noradId, e.name, e.where])).toEqual([
      ['25544', 'ISS (ZARYA)', 'text line 2 (ISS (ZARYA))'],
      ['5', '', 'text line 4'],
    ]);
  });

  it('OMM JSON (array and single record), CSV and XML give the same satellites', () => {
    for (const [text, format] of [
      [JSON.stringify([ISS, BIG]), 'omm-json'],
      [CSV, 'omm-csv'],
      [XML, 'omm-xml'],
    ] as const) {
      const r = importElementSets(text);
      expect(r.format).toBe(format);
      expect(r.errors).toEqual([]);
      expect(r.entries.map((e) => e.noradId)).toEqual(['25544', '270001']);
      expect(r.entries[0].record?.MEAN_MOTION).toBe(15.54007808);
      expect(r.entries[0].epochMs).toBeCloseTo(Date.UTC(2018, 11, 8, 16, 38, 40, 623), -1);
    }
    expect(importElementSets(JSON.stringify(ISS)).entries).toHaveLength(1);
  });
});

describe('importElementSets: hostile and broken input', () => {
  it('bad checksums, wrong column positions, lines cut short and non-ASCII are rejected by line', () => {
    const badSum = ISS_L1.slice(0, 68) + String((Number(ISS_L1[68]) + 1) % 10);
    // Inclination moved one column right (a blank dropped after it): fields out of place.
    const shifted = withChecksum(`${ISS_L2.slice(0, 8)} ${ISS_L2.slice(8, 16)}${ISS_L2.slice(17)}`);
    const cut = ISS_L2.slice(0, 50);
    const nonAscii = `${ISS_L1.slice(0, 20)}é${ISS_L1.slice(21)}`;
    const r = importElementSets(
      [
        `A\n${badSum}\n${ISS_L2}`,
        `B\n${ISS_L1}\n${shifted}`,
        `C\n${ISS_L1}\n${cut}`,
        `D\n${nonAscii}\n${ISS_L2}`,
        `${V5_L1}\n${V5_L2}`,
      ].join('\n'),
    );
    expect(r.entries.map((e) => e.noradId)).toEqual(['5']);
    expect(r.errors).toEqual([
      'line 1 of satellite 1 (A) (text line 2): checksum is 3, expected 2',
      'line 2 of satellite 2 (B) (text line 6): column 17 must be blank, got "7" (fields out of place?)',
      'line 2 of satellite 3 (C) (text line 9): cut short: 50 characters, expected 69',
      'line 1 of satellite 4 (D) (text line 11): non-ASCII or control character at column 21',
    ]);
  });

  it('OMM: missing fields, NaN, Infinity and huge numbers are named per record', () => {
    const { MEAN_MOTION: _m, ...noMotion } = ISS;
    const text = JSON.stringify([
      noMotion,
      { ...ISS, NORAD_CAT_ID: 1, INCLINATION: 'NaN' },
      { ...ISS, NORAD_CAT_ID: 2, BSTAR: 'Infinity' },
      { ...ISS, NORAD_CAT_ID: 3 },
      7,
    ]).replace('"NORAD_CAT_ID":3', '"NORAD_CAT_ID":3e400');
    const r = importElementSets(text);
    expect(r.entries).toEqual([]);
    expect(r.errors).toEqual([
      'record 1 (ISS (ZARYA)): MEAN_MOTION: required',
      'record 2 (ISS (ZARYA)): INCLINATION: must be a finite number, got "NaN"',
      'record 3 (ISS (ZARYA)): BSTAR: must be a finite number, got "Infinity"',
      'record 4 (ISS (ZARYA)): NORAD_CAT_ID: must be a finite number, got Infinity',
      'record 5: must be an object with OMM keys, got 7',
    ]);
  });

  it('reports duplicated catalogue numbers and keeps the first', () => {
    const r = importElementSets(`${TLE}ISS AGAIN\n${ISS_L1}\n${ISS_L2}\n`);
    expect(r.entries.map((e) => e.noradId)).toEqual(['25544', '5']);
    expect(r.errors).toEqual([
      'text line 7 (ISS AGAIN): catalogue number 25544 appears again (first at text line 2 (ISS (ZARYA))); only the first is kept',
    ]);
    const j = importElementSets(JSON.stringify([ISS, ISS]));
    expect(j.errors).toEqual([
      'record 2: catalogue number 25544 appears again (first at record 1); only the first is kept',
    ]);
  });

  it('empty input, non-text and unrecognised text', () => {
    expect(importElementSets('')).toEqual({
      format: 'unknown',
      entries: [],
      errors: ['the file is empty'],
      headline: null,
      cut: null,
    });
    expect(importElementSets(' \n\t\n').errors).toEqual(['the file is empty']);
    expect(importElementSets(42 as unknown as string).errors).toEqual(['the file must be text']);
    expect(importElementSets('hello world').errors[0]).toMatch(/expected line 1 after the title line/);
    expect(importElementSets('[]').errors).toEqual(['no element sets found in the OMM JSON text']);
  });

  it('rejects a 50 MB file at once, naming the limits', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024 + 1);
    const t0 = performance.now();
    const r = importElementSets(huge);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(r.entries).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/the limit is 50 MB/);
    expect(r.errors[0]).toMatch(/100,000 satellites/);
  });

  it(`keeps the first ${MAX_IMPORT_SATELLITES.toLocaleString('en-US')} satellites, reads no further and says how many it left`, () => {
    const n = MAX_IMPORT_SATELLITES + 50_000;
    const parts: string[] = [];
    for (let k = 1; k <= n; k++) {
      const id = encodeCatalogNumber(k);
      parts.push(patch(ISS_L1, 3, id), patch(ISS_L2, 3, id));
    }
    // A broken set after the limit: it is never read, so it is not reported.
    parts.push('1 BROKEN', '2 BROKEN');
    const t0 = performance.now();
    const r = importElementSets(parts.join('\n'));
    console.log(
      `TLE, ${n.toLocaleString('en-US')} sets: ${(performance.now() - t0).toFixed(0)} ms to keep ${r.entries.length.toLocaleString('en-US')}`,
    );
    expect(r.entries).toHaveLength(MAX_IMPORT_SATELLITES);
    expect(r.entries[MAX_IMPORT_SATELLITES - 1].noradId).toBe('100000');
    expect(r.errors).toEqual([]);
    expect(r.cut).toBe(
      'Read the first 100,000 satellites of about 150,000 (estimated from the size of the text); the rest were not imported: an import holds at most 100,000.',
    );
  }, 60000);
});

describe('importElementSets: limits while reading', () => {
  /** Imports and logs the time taken (a figure for docs/performance.md, never asserted). */
  const timed = (label: string, text: string, filename?: string) => {
    const t0 = performance.now();
    const r = importElementSets(text, filename);
    console.log(
      `${label} (${(text.length / 1048576).toFixed(1)} MB): ${(performance.now() - t0).toFixed(0)} ms`,
    );
    return r;
  };
  const stoppedEarly =
    /^Stopped reading after 1,000 problems, under 1 % of the way through the text \(line [\d,]+\); the rest was not checked or imported\.$/;

  it('an OMM JSON array of 25,000,000 tiny entries stops at 1,000 problems without parsing the rest', () => {
    const text = `[${'0,'.repeat(25_000_000 - 1)}0]`;
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
    const r = timed('OMM JSON, 25,000,000 entries', text);
    expect(r.format).toBe('omm-json');
    expect(r.entries).toEqual([]);
    expect(r.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(r.errors[0]).toBe('record 1: must be an object with OMM keys, got 0');
    expect(r.errors[MAX_IMPORT_ERRORS - 1]).toBe('record 1000: must be an object with OMM keys, got 0');
    expect(r.cut).toMatch(stoppedEarly);
  });

  it('an OMM JSON array of empty records, an XML file of empty or broken elements and a CSV file of bad rows stop the same way', () => {
    const cases: [string, string, string][] = [
      [
        'OMM JSON, 16,000,000 {}',
        `[${'{},'.repeat(16_000_000)}{}]`,
        'record 1: EPOCH: required; MEAN_MOTION: required',
      ],
      [
        'OMM XML, 4,000,000 empty <omm>',
        `<ndm>${'<omm></omm>'.repeat(4_000_000)}</ndm>`,
        'omm 1 (line 1): EPOCH: required',
      ],
      [
        'OMM XML, 10,000,000 stray close tags',
        `<ndm>${'</a>'.repeat(10_000_000)}</ndm>`,
        'line 1: </a> does not close <ndm>',
      ],
      [
        'OMM CSV, 20,000,000 short rows',
        `${CSV_HEADER}\n${'x\n'.repeat(20_000_000)}`,
        'line 2: 1 fields, expected 17 (as in the header)',
      ],
    ];
    for (const [label, text, first] of cases) {
      const r = timed(label, text);
      expect(r.entries, label).toEqual([]);
      expect(r.errors, label).toHaveLength(MAX_IMPORT_ERRORS);
      expect(r.errors[0].startsWith(first), `${label}: ${r.errors[0]}`).toBe(true);
      expect(r.cut, label).toMatch(stoppedEarly);
    }
  });

  it('TLE text of garbage lines stops at 1,000 problems and gets one headline first', () => {
    const r = timed('TLE, 4,000,000 garbage lines', 'hello there\n'.repeat(4_000_000));
    expect(r.format).toBe('tle');
    expect(r.headline).toMatch(/^This is not TLE or OMM text/);
    expect(r.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(r.errors[0]).toBe(
      'satellite 1 (text line 1): expected line 1 after the title line, got "hello there"',
    );
    expect(r.cut).toMatch(stoppedEarly);
    // Text with TLE data lines gets no headline: its problems are about the lines.
    expect(importElementSets(`${ISS_L1.slice(0, 60)}\n${ISS_L2}`).headline).toBeNull();
    expect(importElementSets('hello world').headline).toMatch(/^This is not TLE or OMM text/);
    expect(importElementSets(TLE).headline).toBeNull();
  });

  it('valid OMM JSON records past the limit are neither checked nor counted as problems', () => {
    const rec = (k: number) => ({
      EPOCH: ISS.EPOCH,
      MEAN_MOTION: ISS.MEAN_MOTION,
      ECCENTRICITY: ISS.ECCENTRICITY,
      INCLINATION: ISS.INCLINATION,
      RA_OF_ASC_NODE: ISS.RA_OF_ASC_NODE,
      ARG_OF_PERICENTER: ISS.ARG_OF_PERICENTER,
      MEAN_ANOMALY: ISS.MEAN_ANOMALY,
      NORAD_CAT_ID: k,
      BSTAR: ISS.BSTAR,
    });
    const records: unknown[] = Array.from({ length: MAX_IMPORT_SATELLITES }, (_, k) => rec(k + 1));
    records.push(rec(1), 'not a record');
    const r = timed('OMM JSON, 100,002 records', JSON.stringify(records));
    expect(r.entries).toHaveLength(MAX_IMPORT_SATELLITES);
    expect(r.errors).toEqual([]);
    expect(r.cut).toMatch(/^Read the first 100,000 satellites; the rest were not imported/);
  }, 60000);

  it('a broken JSON array keeps the records before the break and names it', () => {
    const r = importElementSets(`[${JSON.stringify(ISS)}, ${JSON.stringify(BIG)}, {"EPOCH": `);
    expect(r.entries.map((e) => e.noradId)).toEqual(['25544', '270001']);
    expect(r.errors).toEqual(['record 3: not valid JSON (it is not closed before the end of the text)']);
    const huge = JSON.stringify({ ...ISS, COMMENT: 'x'.repeat(200_000) });
    const big = importElementSets(`[${huge}, ${JSON.stringify(BIG)}]`);
    expect(big.entries.map((e) => e.noradId)).toEqual(['270001']);
    expect(big.errors).toEqual([
      `record 1: ${huge.length.toLocaleString('en-US')} characters of JSON; one OMM record may have at most 100,000`,
    ]);
  });
});

describe('toShell', () => {
  it('TLE import → tle shell that validates and expands', () => {
    const shell = toShell(importElementSets(TLE), 'Stations');
    expect(shell.kind).toBe('tle');
    const r = parseScenario({ version: 1, name: 'x', epoch: '2018-12-08T00:00:00Z', shells: [shell] });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    const ex = expandScenario(r.scenario);
    expect(ex.total).toBe(2);
    expect(ex.shells[0].ids).toEqual(['25544', '5']);
  });

  it('OMM import (with extra CelesTrak/Space-Track keys) → omm shell that validates and expands', () => {
    const shell = toShell(
      importElementSets(JSON.stringify([{ ...ISS, OBJECT_TYPE: 'PAYLOAD', WHATEVER: 1 }, BIG])),
      'Imported',
    );
    expect(shell.kind).toBe('omm');
    const r = parseScenario({ version: 1, name: 'x', epoch: '2018-12-08T00:00:00Z', shells: [shell] });
    if (!r.ok) throw new Error(r.issues.join('\n'));
    const ex = expandScenario(r.scenario);
    expect(ex.shells[0].kind).toBe('omm');
    expect(ex.shells[0].ids).toEqual(['25544', '270001']);
    expect(ex.shells[0].names).toEqual(['ISS (ZARYA)', 'ANALYST OBJECT']);
    expect(ex.warnings).toEqual([]);
  });
});

describe('importElementSets: fuzz', () => {
  const fixtures = [TLE, JSON.stringify([ISS, BIG]), CSV, XML];
  const check = (text: string) => {
    const t0 = performance.now();
    const r = importElementSets(text);
    const ms = performance.now() - t0;
    expect(Array.isArray(r.entries) && Array.isArray(r.errors)).toBe(true);
    expect(['tle', 'omm-json', 'omm-csv', 'omm-xml', 'unknown']).toContain(r.format);
    expect(r.entries.length + r.errors.length).toBeGreaterThan(0);
    expect(r.errors.length).toBeLessThanOrEqual(1001);
    for (const e of r.entries) expect(Number.isFinite(e.epochMs)).toBe(true);
    expect(ms).toBeLessThan(500);
  };

  it('any string gives a result, never a throw, in bounded time', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), check), { numRuns: 200 });
  });

  it('mutated valid files give a result, never a throw, in bounded time', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), ins: fc.string({ maxLength: 4 }) });
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { maxLength: 8 }), (base, edits) => {
        let t = base;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.ins + t.slice(at + e.del);
        }
        check(t);
      }),
      { numRuns: 400 },
    );
  });
});
