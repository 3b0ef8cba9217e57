import { describe, expect, it } from 'vitest';
import { MAX_QR_CHARS, qrPath } from './qr';

describe('qrPath', () => {
  it('draws a square code with its three finder patterns', () => {
    const { size, d } = qrPath('https://example.org/#scenario=suncatcher&t=2026-03-20T00:00:00Z');
    expect(size).toBeGreaterThanOrEqual(21 + 8);
    // The top-left finder's first row: seven dark modules starting inside the 4-module quiet zone.
    expect(d.startsWith('M4 4h7v1h-7z')).toBe(true);
  });
  it('fits a link of the largest length the dialog offers a code for', () => {
    const { size } = qrPath(`https://example.org/#s=${'A'.repeat(MAX_QR_CHARS - 23)}`);
    expect(size).toBeLessThanOrEqual(177 + 8);
  });
});
