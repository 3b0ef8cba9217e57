/**
 * A QR code of a link as one SVG path (uqr: byte mode, error correction L, a 4-module quiet zone).
 * Loaded lazily by the Share dialog. Links longer than {@link MAX_QR_CHARS} do not fit a QR code.
 */
import { encode } from 'uqr';

/** Most characters of a link a QR code holds here (version 40, level L: 2,953 bytes; a margin kept). */
export const MAX_QR_CHARS = 2900;

/** The dark modules of `text`'s QR code as an SVG path in module units, and the side in modules (quiet zone included). */
export function qrPath(text: string): { size: number; d: string } {
  const qr = encode(text, { ecc: 'L', border: 4 });
  let d = '';
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: qr.size, d };
}
