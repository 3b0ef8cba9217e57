import { describe, expect, it } from 'vitest';
import { sameArray } from './arrays';

describe('sameArray', () => {
  it('compares length and every element, across array types', () => {
    expect(sameArray(Uint32Array.of(1, 2, 3), [1, 2, 3])).toBe(true);
    expect(sameArray(Uint32Array.of(1, 2, 3), Uint32Array.of(1, 2, 4))).toBe(false);
    expect(sameArray(Uint32Array.of(1, 2), Uint32Array.of(1, 2, 3))).toBe(false);
    expect(sameArray(null, null)).toBe(true);
    expect(sameArray(null, [])).toBe(false);
    expect(sameArray(new Float32Array([NaN]), new Float32Array([NaN]))).toBe(false);
  });
});
