/** Time scales. Simulation time everywhere is Unix milliseconds, UTC (docs/architecture.md). */
import { gstime } from 'satellite.js';

/** Julian date (UT1 ≈ UTC) of a Unix-ms instant. */
export function julianDate(ms: number): number {
  return ms / 86400000 + 2440587.5;
}

/** Greenwich mean sidereal time, rad, at Unix ms (IAU-82, via satellite.js `gstime`). */
export function gmstRad(ms: number): number {
  return gstime(julianDate(ms));
}

/** ISO 8601 UTC text for Unix ms, to the second: 2025-06-01T00:00:00Z. */
export function isoUtc(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
