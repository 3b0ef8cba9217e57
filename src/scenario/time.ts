/** UTC times in scenarios, links and messages, parsed without a schema library (kept out of the first download). */

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** UTC ISO 8601 instant, e.g. 2025-06-01T00:00:00Z (or with a ±hh:mm offset); parses to Unix ms or null. */
export function parseIsoUtc(text: string): number | null {
  if (!ISO_UTC.test(text)) return null;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return null;
  // Reject dates that Date.parse rolls over (2025-02-30).
  const [y, mo, d] = text.slice(0, 10).split('-').map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return ms;
}
