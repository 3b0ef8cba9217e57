/**
 * One-node (lumped) thermal model of a compute satellite (docs/physics.md). Temperatures K, power W,
 * areas m², heat capacity J/K, time s.
 *
 *   C dT/dt = α S A_sun (1 − shadow)                       direct sunlight on the bus
 *           + α a S A_e F max(0, cos ζ)                    Earth albedo (ζ: Sun zenith angle at the sub-satellite point)
 *           + ε OLR A_e F                                  Earth infrared
 *           + Q_gen                                        electrical power consumed + battery charge/discharge losses
 *           − ε σ A_rad T⁴                                 radiator
 *
 * Assumptions (stated in the UI's "how is this computed" note too):
 * - The absorbing area facing the Sun is A_sun = 0.25 · radiatorAreaM2 (the bus cross-section; the
 *   radiator is kept edge-on to the Sun).
 * - The Earth-facing area is A_e = 0.5 · radiatorAreaM2 (half the radiator sees the Earth), with
 *   view factor F = (R⊕ / (R⊕ + h))² (nadir-facing plate; Gilmore, Spacecraft Thermal Control
 *   Handbook, ch. 2) and absorptivity α for albedo, emissivity ε for Earth IR (Kirchhoff).
 * - OLR = 237 W/m², Bond albedo a = 0.30 (orbit-average Earth values, Gilmore ch. 2).
 * - Solar panels are thermally isolated from the bus: they reject their own heat, so panel
 *   absorption and curtailed power (the array backed off its maximum-power point, or shunted at
 *   the array) never reach the bus.
 * - Heat generated in the bus = electrical power actually consumed (compute + bus) + battery
 *   charge and discharge losses (budget.ts).
 * - The radiator emits from area radiatorAreaM2 at the single node temperature.
 */
import { EARTH_RADIUS_KM, SOLAR_CONSTANT_W_M2, STEFAN_BOLTZMANN } from './constants';

/** Earth's outgoing long-wave radiation, W/m² (global mean). */
export const OLR_W_M2 = 237;
/** Earth's Bond albedo. */
export const EARTH_ALBEDO = 0.3;
/** Sun-facing absorbing area as a fraction of the radiator area. */
export const SUN_AREA_FRACTION = 0.25;
/** Earth-facing area as a fraction of the radiator area. */
export const EARTH_AREA_FRACTION = 0.5;
/** Above maxTempK, compute throttles linearly from 100 % to 0 over this many kelvin. */
export const THROTTLE_SPAN_K = 10;

/**
 * View factor from a nadir-facing plate to the Earth at `altitudeKm`: F = (R⊕ / (R⊕ + h))²
 * (Gilmore, Spacecraft Thermal Control Handbook, 2nd ed., ch. 2). Validation V14.
 */
export function earthViewFactor(altitudeKm: number): number {
  const q = EARTH_RADIUS_KM / (EARTH_RADIUS_KM + altitudeKm);
  return q * q;
}

/** Radiated flux from one side of a grey surface, W/m²: ε σ T⁴ (Stefan–Boltzmann). Validation V12. */
export function radiatorEmissionWm2(tempK: number, emissivity: number): number {
  const t2 = tempK * tempK;
  return emissivity * STEFAN_BOLTZMANN * t2 * t2;
}

/**
 * Equilibrium temperature, K, of an isothermal black sphere in sunlight: absorbs S π r², emits
 * σ T⁴ 4π r², so T = (S / 4σ)^¼. Default S = 1361 W/m² (1 AU). Validation V13: 278.3 K.
 */
export function blackSphereEquilibriumK(fluxWm2 = SOLAR_CONSTANT_W_M2): number {
  return Math.pow(fluxWm2 / (4 * STEFAN_BOLTZMANN), 0.25);
}

/** The thermal parameters of a node (same names as the scenario's node object). */
export interface ThermalParams {
  radiatorAreaM2: number;
  emissivity: number;
  absorptivity: number;
}

/**
 * Environmental heat absorbed by the bus, W (sum of the first three terms of the model above):
 * α S A_sun (1 − shadow) + α a S A_e F max(0, cos ζ) + ε OLR A_e F.
 * `fluxWm2` the solar flux, `viewFactor` F, `cosSunZenith` = r̂·ŝ at the sub-satellite point.
 */
export function environmentHeatW(
  p: ThermalParams,
  fluxWm2: number,
  shadowFraction: number,
  viewFactor: number,
  cosSunZenith: number,
): number {
  const aSun = SUN_AREA_FRACTION * p.radiatorAreaM2;
  const aE = EARTH_AREA_FRACTION * p.radiatorAreaM2;
  const cz = cosSunZenith > 0 ? cosSunZenith : 0;
  return (
    p.absorptivity * fluxWm2 * aSun * (1 - shadowFraction) +
    p.absorptivity * EARTH_ALBEDO * fluxWm2 * aE * viewFactor * cz +
    p.emissivity * OLR_W_M2 * aE * viewFactor
  );
}

/**
 * Steady-state temperature, K, where the radiator rejects `heatInW`: ε σ A T⁴ = Q, so
 * T = (Q / (ε σ A))^¼. Returns Infinity when nothing radiates (ε A = 0) and Q > 0.
 */
export function equilibriumTempK(heatInW: number, emissivity: number, radiatorAreaM2: number): number {
  const k = emissivity * STEFAN_BOLTZMANN * radiatorAreaM2;
  if (!(k > 0)) return heatInW > 0 ? Infinity : 0;
  return Math.pow(Math.max(0, heatInW) / k, 0.25);
}

/**
 * Advances the node temperature by `dtS` seconds with constant heat input `heatInW`, K.
 * Scheme: exponential Euler linearised about the current T (f = (Q − kT⁴)/C, J = −4kT³/C,
 * T' = T + f (1 − e^{J dt}) / (−J)), then clamped so it never crosses the equilibrium
 * (Q/k)^¼ — the true solution with constant Q approaches it monotonically. Unconditionally
 * stable: no sub-steps needed for any dt or heat capacity; for the default node (τ = C/(4kT³)
 * ≈ 40 min) it matches a 1 s explicit-Euler integration to ≪ 0.1 K at dt = 60 s (thermal.test.ts).
 * k = ε σ A_rad.
 */
export function thermalStepK(
  tempK: number,
  heatInW: number,
  emissivity: number,
  radiatorAreaM2: number,
  heatCapacityJPerK: number,
  dtS: number,
): number {
  return thermalStepCore(
    tempK,
    heatInW,
    emissivity * STEFAN_BOLTZMANN * radiatorAreaM2,
    heatCapacityJPerK,
    dtS,
  );
}

/** {@link thermalStepK} with k = ε σ A_rad precomputed (W/K⁴). */
export function thermalStepCore(
  tempK: number,
  heatInW: number,
  k: number,
  heatCapacityJPerK: number,
  dtS: number,
): number {
  const t = tempK;
  const t3 = t * t * t;
  const net = heatInW - k * t3 * t; // W
  const jdt = (4 * k * t3 * dtS) / heatCapacityJPerK; // −J·dt ≥ 0
  let next: number;
  if (jdt < 1e-6) next = t + (net * dtS) / heatCapacityJPerK;
  else next = t + ((net * dtS) / heatCapacityJPerK) * ((1 - Math.exp(-jdt)) / jdt);
  if (k > 0) {
    const n3 = next * next * next;
    const netNext = heatInW - k * n3 * next;
    // Crossed the equilibrium (sign change of the net heat): the exact solution stops there.
    if ((net > 0 && netNext < 0) || (net < 0 && netNext > 0)) next = Math.pow(Math.max(0, heatInW) / k, 0.25);
  }
  return next > 0 ? next : 0;
}

/**
 * Fraction of compute allowed at temperature `tempK`: 1 up to maxTempK, then linearly down to 0
 * at maxTempK + {@link THROTTLE_SPAN_K} (10 K). A modelling choice of this project.
 */
export function thermalThrottle(tempK: number, maxTempK: number): number {
  const f = 1 - (tempK - maxTempK) / THROTTLE_SPAN_K;
  return f >= 1 ? 1 : f > 0 ? f : 0;
}
