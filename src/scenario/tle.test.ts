import fc from 'fast-check';
import { sgp4 } from 'satellite.js';
import { describe, expect, it } from 'vitest';
import { decodeCatalogNumber, encodeCatalogNumber, parseTle, tleChecksum } from './tle';

// Vallado's test satellite 00005 and the ISS (checksums verified by hand and by tleChecksum).
const V1 = '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753';
const V2 = '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667';
const ISS1 = '1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927';
const ISS2 = '2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537';

/** Replaces the checksum digit so the line is valid again after an edit. */
function fixChecksum(line: string): string {
  return line.slice(0, 68) + String(tleChecksum(line));
}
/** A copy of a pair with its catalogue number replaced (checksums recomputed). */
function withId(l1: string, l2: string, field: string): [string, string] {
  return [
    fixChecksum(l1.slice(0, 2) + field + l1.slice(7)),
    fixChecksum(l2.slice(0, 2) + field + l2.slice(7)),
  ];
}

describe('tleChecksum', () => {
  it('matches the published checksums', () => {
    expect(tleChecksum(V1)).toBe(3);
    expect(tleChecksum(V2)).toBe(7);
    expect(tleChecksum(ISS1)).toBe(7);
    expect(tleChecksum(ISS2)).toBe(7);
  });
});

describe('parseTle', () => {
  it('reads two-line sets', () => {
    const r = parseTle(`${V1}\n${V2}\n`);
    expect(r.errors).toEqual([]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0].noradId).toBe('5');
    expect(r.entries[0].name).toBe('');
    expect(new Date(r.entries[0].epochMs).toISOString()).toBe('2000-06-27T18:50:19.733Z');
    // V17: SGP4 at t = 0 gives Vallado's TEME position.
    const pv = sgp4(r.entries[0].satrec!, 0);
    expect(pv).toBeTruthy();
    if (!pv) return;
    expect(pv.position.x).toBeCloseTo(7022.46529266, 5);
    expect(pv.position.y).toBeCloseTo(-1400.08296755, 5);
    expect(pv.position.z).toBeCloseTo(0.03995155, 5);
  });

  it('reads three-line sets, with or without "0 " and CRLF, mixed with two-line ones', () => {
    const r = parseTle(`ISS (ZARYA)\r\n${ISS1}\r\n${ISS2}\r\n\r\n${V1}\n${V2}\n0 VANGUARD 1\n${V1}\n${V2}`);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.name, e.noradId])).toEqual([
      ['ISS (ZARYA)', '25544'],
      ['', '5'],
      ['VANGUARD 1', '5'],
    ]);
  });

  it('reports a bad checksum with line and satellite', () => {
    const bad2 = V2.slice(0, 68) + '4';
    const r = parseTle(`ISS\n${ISS1}\n${ISS2}\nVANGUARD\n${V1}\n${bad2}`);
    expect(r.entries).toHaveLength(1);
    expect(r.errors).toEqual(['line 2 of satellite 2 (VANGUARD) (text line 6): checksum is 4, expected 7']);
  });

  it('reports fields out of place', () => {
    const shifted = fixChecksum(`${ISS2.slice(0, 16)}${ISS2.slice(17, 26)} ${ISS2.slice(26, 68)}`);
    const r = parseTle(`${ISS1}\n${shifted}`);
    expect(r.entries).toHaveLength(0);
    expect(r.errors[0]).toMatch(/^line 2 of satellite 1 \(text line 2\): column 17 must be blank/);
  });

  it('reports lines cut short and too long', () => {
    const r = parseTle(`A\n${ISS1.slice(0, 50)}\n${ISS2}\nB\n${ISS1}\n${ISS2}  7`);
    expect(r.entries).toHaveLength(0);
    expect(r.errors).toEqual([
      'line 1 of satellite 1 (A) (text line 2): cut short: 50 characters, expected 69',
      'line 2 of satellite 2 (B) (text line 6): too long: 72 characters, expected 69',
    ]);
  });

  it('reports non-ASCII characters in data and title lines', () => {
    const r = parseTle(`${ISS1.slice(0, 20)}é${ISS1.slice(21)}\n${ISS2}\nSATÉLITE\n${V1}\n${V2}`);
    expect(r.errors).toEqual([
      'line 1 of satellite 1 (text line 1): non-ASCII or control character at column 21',
      'title line of satellite 2 (text line 3): non-ASCII or control character at column 4',
    ]);
    expect(r.entries).toHaveLength(0);
  });

  it('decodes Alpha-5 catalogue numbers and still builds a satrec', () => {
    expect(decodeCatalogNumber('A0001')).toBe('100001');
    expect(decodeCatalogNumber('H9999')).toBe('179999');
    expect(decodeCatalogNumber('J0000')).toBe('180000'); // I is skipped
    expect(decodeCatalogNumber('P0000')).toBe('230000'); // O is skipped
    expect(decodeCatalogNumber('Z9999')).toBe('339999');
    expect(decodeCatalogNumber('I0001')).toBeNull();
    expect(decodeCatalogNumber('O0001')).toBeNull();
    expect(decodeCatalogNumber('    5')).toBe('5');
    expect(encodeCatalogNumber(100001)).toBe('A0001');
    expect(encodeCatalogNumber(270001)).toBe('T0001');
    expect(decodeCatalogNumber(encodeCatalogNumber(270001))).toBe('270001');
    const [a1, a2] = withId(ISS1, ISS2, 'T0001');
    const r = parseTle(`NEW SAT\n${a1}\n${a2}`);
    expect(r.errors).toEqual([]);
    expect(r.entries[0].noradId).toBe('270001');
    const pv = sgp4(r.entries[0].satrec!, 10);
    expect(pv && Math.hypot(pv.position.x, pv.position.y, pv.position.z)).toBeGreaterThan(6600);
  });

  it('reports mismatched catalogue numbers', () => {
    const [, other2] = withId(ISS1, ISS2, '25545');
    const r = parseTle(`ISS\n${ISS1}\n${other2}`);
    expect(r.errors).toEqual([
      'satellite 1 (ISS) (text lines 2–3): catalogue numbers differ: 25544 on line 1, 25545 on line 2',
    ]);
  });

  it('reports wrong line numbers, missing lines and orphans', () => {
    const r = parseTle(`${ISS2}\nLONELY\n${ISS1}\nX\nY`);
    expect(r.errors).toEqual([
      'satellite 1 (text line 1): line 2 without a line 1 before it',
      'line 2 of satellite 2 (LONELY) (text line 4): missing; got "X"',
      'satellite 3 (text line 4): expected line 1 after the title line, got "Y"',
      'satellite 4 (text line 5): expected line 1 after the title line, got the end of the text',
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(parseTle('')).toEqual({ entries: [], errors: [] });
    expect(parseTle('\n  \n\r\n')).toEqual({ entries: [], errors: [] });
  });

  it('reports elements SGP4 cannot start from', () => {
    // 16 rev/day with e = 0.5 at perigee (M = 0): valid columns, an orbit inside the Earth.
    const l2 = fixChecksum(`${V2.slice(0, 26)}5000000${V2.slice(33, 43)}  0.0000 16.00000000${V2.slice(63)}`);
    const r = parseTle(`${V1}\n${l2}`);
    expect(r.entries).toHaveLength(0);
    expect(r.errors[0]).toMatch(/SGP4 cannot start/);
  });

  it('caps the number of messages and counts the rest', () => {
    const r = parseTle(`${ISS2}\n`.repeat(50), { maxErrors: 10 });
    expect(r.errors).toHaveLength(11);
    expect(r.errors[10]).toBe('… and 40 more problems');
  });

  it('never throws, whatever the input (property)', () => {
    const tleish = fc.string({
      unit: fc.constantFrom('1', '2', ' ', '\n', '\r', '0', '5', '.', '-', '+', 'A', 'é', '\t'),
      maxLength: 400,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), tleish, fc.constant(`${V1}\n${V2}`)), (text) => {
        const r = parseTle(text);
        expect(Array.isArray(r.entries) && Array.isArray(r.errors)).toBe(true);
        for (const e of r.entries) expect(e.noradId).toMatch(/^\d+$/);
      }),
      { numRuns: 500 },
    );
  });

  it('mutating any character of a valid set gives a result or errors, never a throw', () => {
    const text = `ISS\n${ISS1}\n${ISS2}`;
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ minLength: 0, maxLength: 2 }), (at, s) => {
        const r = parseTle(text.slice(0, at) + s + text.slice(at + 1));
        expect(r.entries.length + r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is linear in the input size (no pathological slow-down)', () => {
    const time = (text: string) => {
      const t0 = performance.now();
      parseTle(text, { satrecs: false });
      return performance.now() - t0;
    };
    const oneLong = '1 ' + ' '.repeat(4_000_000);
    const manyShort = '1 \n'.repeat(1_000_000);
    const many = `ISS\n${ISS1}\n${ISS2}\n`.repeat(20_000);
    for (const text of [oneLong, manyShort, many]) expect(time(text)).toBeLessThan(3000);
  });
});
