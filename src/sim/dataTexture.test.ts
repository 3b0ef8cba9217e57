import { describe, expect, it } from 'vitest';
import { DATA_TEXTURE_WIDTH, dataTextureRows } from './dataTexture';

describe('dataTextureRows', () => {
  it('rounds up to whole rows and never returns 0', () => {
    expect(dataTextureRows(0)).toBe(1);
    expect(dataTextureRows(1)).toBe(1);
    expect(dataTextureRows(DATA_TEXTURE_WIDTH)).toBe(1);
    expect(dataTextureRows(DATA_TEXTURE_WIDTH + 1)).toBe(2);
    expect(dataTextureRows(3 * DATA_TEXTURE_WIDTH)).toBe(3);
  });
});
