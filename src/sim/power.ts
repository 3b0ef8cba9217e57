/**
 * Electrical power of a node (docs/physics.md): solar flux, panel pointing, generated power, battery
 * sizing. Power W, energy Wh, areas m², distances km, positions ECI (TEME) km.
 */
import { AU_KM, SOLAR_CONSTANT_W_M2 } from './constants';

/** Panel pointing modes; numeric codes used in packed parameters (nodeParams.ts). */
export type Pointing = 'sun-tracking' | 'nadir';
export const POINTING_SUN_TRACKING = 0;
export const POINTING_NADIR = 1;

/** Numeric code of a pointing mode. */
export function pointingCode(p: Pointing): number {
  return p === 'nadir' ? POINTING_NADIR : POINTING_SUN_TRACKING;
}

/**
 * Solar flux at distance `sunDistanceKm` from the Sun, W/m²: S = 1361 · (1 AU / r)²
 * (solar constant, Kopp & Lean 2011; inverse square law). Validation V9.
 */
export function solarFluxWm2(sunDistanceKm: number): number {
  const q = AU_KM / sunDistanceKm;
  return SOLAR_CONSTANT_W_M2 * q * q;
}

/** A 3-vector (ECI km, or a direction). */
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

/**
 * Cosine of the Sun's incidence on the panels. Sun-tracking: 1. Nadir-pointing bus with panels on
 * the anti-nadir (zenith) face: max(0, r̂·ŝ), r̂ the satellite's geocentric direction, ŝ the Sun
 * direction (neither needs to be unit length). A flat-plate model (docs/physics.md).
 */
export function panelCosine(pointing: Pointing | number, satPos: Vec3, sunDir: Vec3): number {
  if (pointing !== 'nadir' && pointing !== POINTING_NADIR) return 1;
  return panelCosineNadir(satPos.x, satPos.y, satPos.z, sunDir.x, sunDir.y, sunDir.z);
}

/** Scalar form of {@link panelCosine} for zenith-facing panels: max(0, r̂·ŝ). No allocation. */
export function panelCosineNadir(
  rx: number,
  ry: number,
  rz: number,
  sx: number,
  sy: number,
  sz: number,
): number {
  const d =
    (rx * sx + ry * sy + rz * sz) / Math.sqrt((rx * rx + ry * ry + rz * rz) * (sx * sx + sy * sy + sz * sz));
  return d > 0 ? d : 0;
}

/**
 * Generated electrical power, W: P = S · A · η · cos θ · (1 − shadowFraction) (docs/physics.md).
 * Validation V10: 1 m², η = 0.3, 1 AU, sun-tracking → 408.3 W.
 */
export function generatedPowerW(
  fluxWm2: number,
  areaM2: number,
  efficiency: number,
  cosTheta: number,
  shadowFraction: number,
): number {
  return fluxWm2 * areaM2 * efficiency * cosTheta * (1 - shadowFraction);
}

/**
 * Energy delivered to the bus per unit of stored energy taken out of the battery (cell and
 * battery-to-bus conversion losses). An assumption, not a scenario parameter: with the default
 * charge efficiency 0.95 the round trip is 0.95 × 0.95 ≈ 0.90, typical of Li-ion with its
 * regulators. The batch stepper (budget.ts) draws P·dt / η_d from storage to deliver P·dt, so a
 * battery sized by {@link batteryForEclipseWh} with this η reaches its floor exactly at the end of
 * the eclipse it was sized for (budget.test.ts).
 */
export const BATTERY_DISCHARGE_EFFICIENCY = 0.95;

/**
 * Battery capacity, Wh, that carries `loadW` through an eclipse of `eclipseMin` minutes using at
 * most a fraction `depthOfDischarge` of the capacity, at discharge efficiency `dischargeEfficiency`
 * (default the stepper's {@link BATTERY_DISCHARGE_EFFICIENCY}): E = P · t / (DoD · η) (standard
 * sizing, Wertz & Larson, SMAD §11.4). Validation V11: 22.29 kWh.
 */
export function batteryForEclipseWh(
  loadW: number,
  eclipseMin: number,
  depthOfDischarge: number,
  dischargeEfficiency = BATTERY_DISCHARGE_EFFICIENCY,
): number {
  return (loadW * (eclipseMin / 60)) / (depthOfDischarge * dischargeEfficiency);
}
