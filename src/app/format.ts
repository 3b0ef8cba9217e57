/** Display formatting for numbers with units (UI edge: degrees, °C, thousands separators). */

export const fmtKm = (v: number, digits = 1) =>
  `${v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km`;
export const fmtKmS = (v: number) => `${v.toFixed(2)} km/s`;
export const fmtDeg = (v: number, digits = 2) => `${v.toFixed(digits)}°`;
export const fmtMin = (v: number) => `${v.toFixed(2)} min`;
export const fmtCount = (n: number) => n.toLocaleString('en-US');

/** Latitude as 39.90° N / 12.00° S. */
export const fmtLat = (deg: number) => `${Math.abs(deg).toFixed(2)}° ${deg >= 0 ? 'N' : 'S'}`;
/** Longitude as 116.40° E / 75.00° W. */
export const fmtLon = (deg: number) => `${Math.abs(deg).toFixed(2)}° ${deg >= 0 ? 'E' : 'W'}`;

/** UTC date-time as "2025-06-01 12:34:56 UTC". */
export function fmtUtc(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
}

/** Warp as "60×" or "−600×". */
export const fmtWarp = (w: number) => `${w < 0 ? '−' : ''}${Math.abs(w).toLocaleString('en-US')}×`;
