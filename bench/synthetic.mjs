/**
 * Synthetic two-line element sets for the benchmark: a Walker-like pattern written as real TLE text
 * (columns and checksums as in the Space-Track format), so the app's TLE path can be loaded at scale.
 */

/** TLE checksum: sum of the digits of the first 68 columns, minus signs count 1, modulo 10. */
function checksum(line) {
  let sum = 0;
  for (const ch of line.slice(0, 68)) {
    if (ch >= '0' && ch <= '9') sum += ch.charCodeAt(0) - 48;
    else if (ch === '-') sum += 1;
  }
  return sum % 10;
}

const MU = 398600.4418;
const R_EARTH = 6378.137;

/**
 * `count` satellites at `altitudeKm`, `inclinationDeg`, spread over about √count planes, epoch
 * 2025-06-01T00:00:00Z (2025 day 152), catalogue numbers from 10000. Returns the TLE text.
 */
export function walkerTleText(count, altitudeKm = 550, inclinationDeg = 53) {
  if (count > 89_999) throw new Error('at most 89,999 synthetic TLEs (five-digit catalogue numbers)');
  const a = R_EARTH + altitudeKm;
  const revPerDay = (Math.sqrt(MU / a ** 3) * 86400) / (2 * Math.PI);
  const planes = Math.max(1, Math.round(Math.sqrt(count)));
  const perPlane = Math.ceil(count / planes);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const p = Math.floor(i / perPlane);
    const s = i % perPlane;
    const id = String(10000 + i);
    const raan = (360 * p) / planes;
    const ma = ((360 * s) / perPlane + (360 * p) / (planes * perPlane)) % 360;
    const l1 = `1 ${id}U 25001A   25152.00000000  .00000000  00000-0  10000-3 0  999`;
    const l2 =
      `2 ${id} ${inclinationDeg.toFixed(4).padStart(8)} ${raan.toFixed(4).padStart(8)} 0001000 ` +
      `${(0).toFixed(4).padStart(8)} ${ma.toFixed(4).padStart(8)} ${revPerDay.toFixed(8).padStart(11)}${'1'.padStart(5)}`;
    if (l1.length !== 68 || l2.length !== 68)
      throw new Error(`bad synthetic TLE length ${l1.length}/${l2.length}`);
    lines.push(`BENCH ${id}`, `${l1}${checksum(l1)}`, `${l2}${checksum(l2)}`);
  }
  return `${lines.join('\n')}\n`;
}
