import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCursor, lineOfOffset } from './textScan';

function allLines(text: string): { lines: string[]; offsets: number[]; numbers: number[] } {
  const c = new LineCursor(text);
  const lines: string[] = [];
  const offsets: number[] = [];
  const numbers: number[] = [];
  while (!c.done) {
    offsets.push(c.offset);
    numbers.push(c.lineNo);
    lines.push(c.peek(0) as string);
    c.advance();
  }
  return { lines, offsets, numbers };
}

describe('LineCursor', () => {
  it('gives the lines split() gives, for every kind of line break', () => {
    for (const t of [
      '',
      'a',
      'a\n',
      'a\nb',
      'a\r\nb\r\n',
      'a\rb\rc',
      '\n\n',
      'x\r\n\ry\n\r',
      'one\r\r\ntwo',
    ]) {
      expect(allLines(t).lines, JSON.stringify(t)).toEqual(t.split(/\r\n|\n|\r/));
    }
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n')).map((a) => a.join('')),
        (t) => {
          expect(allLines(t).lines).toEqual(t.split(/\r\n|\n|\r/));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('looks ahead without moving, and numbers lines and offsets', () => {
    const c = new LineCursor('t\r\n1 x\n2 y');
    expect([c.peek(0), c.peek(1), c.peek(2), c.peek(3)]).toEqual(['t', '1 x', '2 y', undefined]);
    expect(c.lineNo).toBe(1);
    c.advance(2);
    expect([c.lineNo, c.offset, c.peek(0)]).toEqual([3, 7, '2 y']);
    c.advance(5);
    expect(c.done).toBe(true);
    expect(c.offset).toBe(10);
    expect(allLines('ab\ncd\r\nef').offsets).toEqual([0, 3, 7]);
  });

  it('walks two million empty lines', () => {
    const text = '\n'.repeat(2_000_000);
    const c = new LineCursor(text);
    let n = 0;
    while (!c.done) {
      n++;
      c.advance();
    }
    expect(n).toBe(2_000_001);
  });
});

describe('lineOfOffset', () => {
  it('counts the line breaks before an offset', () => {
    expect(lineOfOffset('a\nb\nc', 0)).toBe(1);
    expect(lineOfOffset('a\nb\nc', 2)).toBe(2);
    expect(lineOfOffset('a\nb\nc', 4)).toBe(3);
    expect(lineOfOffset('a\nb\nc', 99)).toBe(3);
  });
});
