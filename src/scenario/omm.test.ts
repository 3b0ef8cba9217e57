import { ISS_OMM } from './testOmm';
import { sgp4, twoline2satrec } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { satrecEpochMs } from '../sim/keyframes';
import { VALLADO_00005_LINES } from './catalogs/test-2000-06-27';
import {
  checkOmmRecord,
  formatOmmEpoch,
  ommEpochMs,
  ommSatrec,
  readOmmCsv,
  readOmmJson,
  readOmmXml,
  tleToOmm,
  type OmmRecord,
} from './omm';
import { parseTle } from './tle';

describe('checkOmmRecord', () => {
  it('accepts a CelesTrak record and fills defaults for optional fields', () => {
    const c = checkOmmRecord(ISS_OMM);
    expect(c.problems).toEqual([]);
    expect(c.record?.NORAD_CAT_ID).toBe(25544);
    const { OBJECT_NAME: _n, MEAN_MOTION_DOT: _d, ELEMENT_SET_NO: _e, ...minimal } = ISS_OMM;
    const m = checkOmmRecord(minimal);
    expect(m.record?.OBJECT_NAME).toBe('');
    expect(m.record?.MEAN_MOTION_DOT).toBe(0);
    expect(m.record?.ELEMENT_SET_NO).toBe(999);
  });

  it('reads numbers given as strings (Space-Track) and catalogue numbers above 99,999', () => {
    const strings = Object.fromEntries(Object.entries(ISS_OMM).map(([k, v]) => [k, String(v)]));
    const c = checkOmmRecord({ ...strings, NORAD_CAT_ID: '270001' });
    expect(c.problems).toEqual([]);
    expect(c.record?.MEAN_MOTION).toBe(15.54007808);
    expect(c.record?.NORAD_CAT_ID).toBe(270001);
    const s = ommSatrec(c.record as OmmRecord);
    expect('satrec' in s && s.satrec.satnum).toBe('270001');
  });

  it('names every missing field and every bad value', () => {
    const { MEAN_MOTION: _mm, BSTAR: _b, ...rest } = ISS_OMM;
    expect(checkOmmRecord(rest).problems).toEqual([
      { field: 'MEAN_MOTION', message: 'required' },
      { field: 'BSTAR', message: 'required' },
    ]);
    const bad = checkOmmRecord({
      ...ISS_OMM,
      ECCENTRICITY: 1.2,
      INCLINATION: NaN,
      RA_OF_ASC_NODE: Infinity,
      MEAN_ANOMALY: 1e308,
      NORAD_CAT_ID: 12.5,
      EPOCH: '2018-02-30T00:00:00',
      MEAN_MOTION: '15.5x',
      OBJECT_NAME: { a: 1 },
    });
    expect(bad.record).toBeNull();
    expect(bad.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'OBJECT_NAME: must be text, got an object',
      'EPOCH: must be a UTC time such as "2025-11-03T12:00:00.000000", got "2018-02-30T00:00:00"',
      'MEAN_MOTION: must be a finite number, got "15.5x"',
      'ECCENTRICITY: must be between 0 and below 1, got 1.2',
      'INCLINATION: must be a finite number, got NaN',
      'RA_OF_ASC_NODE: must be a finite number, got Infinity',
      'MEAN_ANOMALY: must be between -360 and 360 °, got 1e+308',
      'NORAD_CAT_ID: must be a whole number, got 12.5',
    ]);
  });

  it('rejects non-objects, unknown keys (strict), control characters and perigees below ground', () => {
    expect(checkOmmRecord(null).problems[0].message).toMatch(/must be an object/);
    expect(checkOmmRecord([1]).problems[0].message).toMatch(/must be an object/);
    expect(checkOmmRecord({ ...ISS_OMM, HACK: 1 }, { strictKeys: true }).problems).toEqual([
      { field: null, message: "unknown key 'HACK'" },
    ]);
    expect(checkOmmRecord({ ...ISS_OMM, HACK: 1 }).problems).toEqual([]);
    expect(
      checkOmmRecord({ ...ISS_OMM, OBJECT_TYPE: 'PAYLOAD', RCS_SIZE: 'LARGE' }, { strictKeys: true })
        .problems,
    ).toEqual([]);
    expect(checkOmmRecord({ ...ISS_OMM, OBJECT_NAME: 'A\u0000B' }).problems).toEqual([
      { field: 'OBJECT_NAME', message: 'contains control characters' },
    ]);
    expect(checkOmmRecord({ ...ISS_OMM, ECCENTRICITY: 0.5 }).problems[0]).toMatchObject({
      field: 'ECCENTRICITY',
    });
  });

  it('reads calendar and day-of-year epochs to the microsecond', () => {
    expect(ommEpochMs('2018-12-08T16:38:40.623072')).toBeCloseTo(
      Date.UTC(2018, 11, 8, 16, 38, 40, 623) + 0.072,
      2,
    );
    expect(ommEpochMs('2018-342T16:38:40.623072Z')).toBeCloseTo(
      Date.UTC(2018, 11, 8, 16, 38, 40, 623) + 0.072,
      2,
    );
    expect(ommEpochMs('2018-12-08')).toBeNull();
    expect(formatOmmEpoch(Date.UTC(2020, 4, 7, 10, 0, 0, 999) + 0.936)).toBe('2020-05-07T10:00:00.999936');
  });
});

describe('tleToOmm', () => {
  it('gives the same SGP4 orbit as the TLE (Vallado 00005 and a Starlink)', () => {
    const text = `VANGUARD 1\n${VALLADO_00005_LINES}\nSTARLINK-1007\n1 44713U 19074A   20128.16667824  .00035308  00000-0  24310-2 0  9994\n2 44713  52.9994  39.8846 0001896  69.1654  80.9718 15.05568798 27525\n`;
    const r = parseTle(text, { satrecs: false });
    expect(r.errors).toEqual([]);
    for (const e of r.entries) {
      const omm = tleToOmm(e);
      expect(checkOmmRecord(omm).problems).toEqual([]);
      const a = twoline2satrec(e.line1, e.line2);
      const s = ommSatrec(omm);
      if (!('satrec' in s)) throw new Error(s.error);
      const b = s.satrec;
      expect(Math.abs(satrecEpochMs(a) - satrecEpochMs(b))).toBeLessThan(1);
      for (const min of [0, 360, 1440]) {
        const pa = sgp4(a, min);
        const pb = sgp4(b, min + (satrecEpochMs(a) - satrecEpochMs(b)) / 60000);
        if (!pa || !pb) throw new Error('sgp4 failed');
        expect(
          Math.hypot(
            pa.position.x - pb.position.x,
            pa.position.y - pb.position.y,
            pa.position.z - pb.position.z,
          ),
        ).toBeLessThan(0.01);
      }
    }
    const v = tleToOmm(r.entries[0]);
    expect(v).toMatchObject({
      OBJECT_NAME: 'VANGUARD 1',
      OBJECT_ID: '1958-002B',
      NORAD_CAT_ID: 5,
      ECCENTRICITY: 0.1859667,
      BSTAR: 2.8098e-5,
      REV_AT_EPOCH: 41366,
      ELEMENT_SET_NO: 475,
    });
  });

  it('V17: the OMM of Vallado 00005 gives the reference TEME position at its epoch', () => {
    const r = parseTle(`${VALLADO_00005_LINES}\n`, { satrecs: false });
    const s = ommSatrec(tleToOmm(r.entries[0]));
    if (!('satrec' in s)) throw new Error(s.error);
    const pv = sgp4(s.satrec, 0);
    if (!pv) throw new Error('sgp4 failed');
    // OMM epochs are whole milliseconds in json2satrec: ≤ 0.5 ms × 7.5 km/s ≈ 4 m.
    expect(
      Math.hypot(pv.position.x - 7022.46529266, pv.position.y + 1400.08296755, pv.position.z - 0.03995155),
    ).toBeLessThan(0.005);
  });
});

describe('OMM readers', () => {
  it('JSON: an array or one record; bad JSON and non-objects reported', () => {
    expect(readOmmJson(JSON.stringify([ISS_OMM, ISS_OMM])).records).toHaveLength(2);
    expect(readOmmJson(JSON.stringify(ISS_OMM)).records.map((r) => r.where)).toEqual(['record 1']);
    expect(readOmmJson('[1,').errors[0]).toMatch(/^not valid JSON/);
    expect(readOmmJson('42').errors[0]).toMatch(/must be an array of OMM records/);
  });

  it("CSV: CelesTrak's header, quoted fields, wrong field counts by line", () => {
    const header =
      'OBJECT_NAME,OBJECT_ID,EPOCH,MEAN_MOTION,ECCENTRICITY,INCLINATION,RA_OF_ASC_NODE,ARG_OF_PERICENTER,MEAN_ANOMALY,EPHEMERIS_TYPE,CLASSIFICATION_TYPE,NORAD_CAT_ID,ELEMENT_SET_NO,REV_AT_EPOCH,BSTAR,MEAN_MOTION_DOT,MEAN_MOTION_DDOT';
    const row =
      '"ISS (ZARYA), ""core""",1998-067A,2018-12-08T16:38:40.623072,15.54007808,.0005166,51.6407,229.0798,124.8707,5.7766,0,U,25544,999,14434,.41838E-4,.2284E-4,0';
    const r = readOmmCsv(`${header}\r\n${row}\r\n\r\n${row},extra\n"open,1\n`);
    expect(r.records).toHaveLength(1);
    expect((r.records[0].value as Record<string, string>).OBJECT_NAME).toBe('ISS (ZARYA), "core"');
    expect(r.records[0].where).toBe('line 2');
    expect(r.errors).toEqual([
      'line 4: 18 fields, expected 17 (as in the header)',
      'line 5: a quoted field is not closed',
    ]);
    expect(checkOmmRecord(r.records[0].value).problems).toEqual([]);
    expect(readOmmCsv('a,b,c\n1,2,3').errors[0]).toMatch(/CSV header/);
    expect(readOmmCsv('NORAD_CAT_ID,EPOCH\n1,2').errors[0]).toMatch(
      /lacks the columns MEAN_MOTION, ECCENTRICITY/,
    );
  });

  it('XML: CCSDS NDM/OMM as CelesTrak serves it, with comments, entities and prefixes', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ndm xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://sanaregistry.org/r/ndmxml_unqualified/ndmxml-3.0.0-master-3.0.xsd">
<omm id="CCSDS_OMM_VERS" version="3.0">
<header><CREATION_DATE/><ORIGINATOR/></header>
<body><segment>
<metadata><OBJECT_NAME>ISS &amp; (ZARYA)</OBJECT_NAME><OBJECT_ID>1998-067A</OBJECT_ID><CENTER_NAME>EARTH</CENTER_NAME><REF_FRAME>TEME</REF_FRAME><TIME_SYSTEM>UTC</TIME_SYSTEM><MEAN_ELEMENT_THEORY>SGP4</MEAN_ELEMENT_THEORY></metadata>
<data><!-- mean elements -->
<meanElements><EPOCH>2018-12-08T16:38:40.623072</EPOCH><MEAN_MOTION>15.54007808</MEAN_MOTION><ECCENTRICITY>.0005166</ECCENTRICITY><INCLINATION>51.6407</INCLINATION><RA_OF_ASC_NODE>229.0798</RA_OF_ASC_NODE><ARG_OF_PERICENTER>124.8707</ARG_OF_PERICENTER><MEAN_ANOMALY>5.7766</MEAN_ANOMALY></meanElements>
<tleParameters><EPHEMERIS_TYPE>0</EPHEMERIS_TYPE><CLASSIFICATION_TYPE>U</CLASSIFICATION_TYPE><NORAD_CAT_ID>25544</NORAD_CAT_ID><ELEMENT_SET_NO>999</ELEMENT_SET_NO><REV_AT_EPOCH>14434</REV_AT_EPOCH><BSTAR>.41838E-4</BSTAR><MEAN_MOTION_DOT>.2284E-4</MEAN_MOTION_DOT><MEAN_MOTION_DDOT>0</MEAN_MOTION_DDOT></tleParameters>
</data></segment></body></omm>
<ndm:omm><body><segment><metadata><OBJECT_NAME><![CDATA[X&Y]]></OBJECT_NAME></metadata><data><meanElements><EPOCH>2018-12-08T16:38:40</EPOCH></meanElements></data></segment></body></ndm:omm>
</ndm>`;
    const r = readOmmXml(xml);
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(2);
    expect(r.records[0].where).toBe('omm 1 (line 3)');
    const c = checkOmmRecord(r.records[0].value);
    expect(c.problems).toEqual([]);
    expect(c.record?.OBJECT_NAME).toBe('ISS & (ZARYA)');
    expect(c.record?.NORAD_CAT_ID).toBe(25544);
    expect((r.records[1].value as Record<string, string>).OBJECT_NAME).toBe('X&Y');
    expect(checkOmmRecord(r.records[1].value).problems.map((p) => p.field)).toEqual([
      'MEAN_MOTION',
      'ECCENTRICITY',
      'INCLINATION',
      'RA_OF_ASC_NODE',
      'ARG_OF_PERICENTER',
      'MEAN_ANOMALY',
      'NORAD_CAT_ID',
      'BSTAR',
    ]);
  });

  it('XML: malformed input is reported with its line, never thrown', () => {
    expect(readOmmXml('<ndm><omm><body>').errors).toEqual([
      'omm 1 (line 1): not closed before the end of the text',
    ]);
    expect(readOmmXml('<ndm>\n<omm><a>1</b></omm></ndm>').errors).toEqual([
      'line 2: </b> does not close <a>',
    ]);
    expect(readOmmXml('<ndm><!-- x').errors).toEqual(['line 1: a comment is not closed']);
    expect(readOmmXml('<ndm></ndm>').errors).toEqual(['no <omm> elements found']);
    expect(readOmmXml('<'.repeat(1000)).records).toEqual([]);
    const deep = `${'<a>'.repeat(100)}`;
    expect(readOmmXml(deep).errors).toEqual(['line 1: elements nested deeper than 64 levels']);
  });
});
