/**
 * Display formatting for numbers with units (UI edge: degrees, °C, thousands separators), with `Intl`
 * for the language in use (docs/i18n.md). English output is "1,584", "550.0 km", "2025-06-01 12:34:56 UTC";
 * units and the UTC label stay as they are in every language.
 */
import { currentLanguage, t } from '../i18n/i18n';

/** The `Intl` locale of the language in use ('en' → en-US, whose output the tests and docs show). */
export const intlLocale = (): string => (currentLanguage() === 'en' ? 'en-US' : currentLanguage());

/** `v` with exactly `digits` decimals and the language's digit grouping ("1,234.5"). */
export const fmtNumber = (v: number, digits = 0) =>
  v.toLocaleString(intlLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const fmtKm = (v: number, digits = 1) => `${fmtNumber(v, digits)} km`;
export const fmtKmS = (v: number) => `${fmtNumber(v, 2)} km/s`;
export const fmtDeg = (v: number, digits = 2) => `${fmtNumber(v, digits)}°`;
export const fmtMin = (v: number) => `${fmtNumber(v, 2)} min`;
export const fmtCount = (n: number) => n.toLocaleString(intlLocale());

/** Latitude as 39.90° N / 12.00° S. */
export const fmtLat = (deg: number) =>
  t(deg >= 0 ? 'common:geo.north' : 'common:geo.south', { deg: fmtNumber(Math.abs(deg), 2) });
/** Longitude as 116.40° E / 75.00° W. */
export const fmtLon = (deg: number) =>
  t(deg >= 0 ? 'common:geo.east' : 'common:geo.west', { deg: fmtNumber(Math.abs(deg), 2) });

const utcFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * UTC date-time: "2025-06-01 12:34:56 UTC" in English (ISO order), the language's own `Intl` date
 * order otherwise ("2025/06/01 12:34:56 UTC" in Chinese); always 24-hour and always labelled UTC.
 */
export function fmtUtc(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const locale = intlLocale();
  if (locale === 'en-US')
    return new Date(ms)
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC');
  let f = utcFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    utcFormats.set(locale, f);
  }
  return `${f.format(ms)} UTC`;
}

/** Warp as "60×" or "−600×". */
export const fmtWarp = (w: number) => `${w < 0 ? '−' : ''}${Math.abs(w).toLocaleString(intlLocale())}×`;
