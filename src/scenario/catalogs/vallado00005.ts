/**
 * Satellite 00005 (Vanguard 1) of the SGP4 verification set in Vallado, Crawford, Hujsak & Kelso,
 * "Revisiting Spacetrack Report #3" (AIAA 2006-6753), file SGP4-VER.TLE, exactly as published
 * (checksums included). Its own module so the built-ins can quote it without loading the TLE
 * parser that the "test" catalogue snapshot (test-2000-06-27.ts) runs when imported.
 */
export const VALLADO_00005_LINES =
  '1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753\n' +
  '2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667';
