/**
 * Per-node physical parameters (docs/scenario-format.md "node", docs/physics.md) and their packed, typed-array form for the
 * batch budget stepper (budget.ts). Field names and units match the scenario schema's node object
 * (src/scenario/schema.ts NODE_DEFAULTS); src/sim may not import src/scenario, so the type is
 * defined here and a test checks that the defaults agree.
 */
import { STEFAN_BOLTZMANN } from './constants';
import { BATTERY_DISCHARGE_EFFICIENCY, pointingCode, type Pointing } from './power';
import { EARTH_AREA_FRACTION, EARTH_ALBEDO, OLR_W_M2, SUN_AREA_FRACTION } from './thermal';

/** A node's power and thermal parameters. */
export interface NodeParams {
  panelAreaM2: number;
  cellEfficiency: number;
  pointing: Pointing;
  batteryWh: number;
  depthOfDischargeMax: number;
  chargeEfficiency: number;
  computeLoadW: number;
  busLoadW: number;
  computeTops: number;
  radiatorAreaM2: number;
  emissivity: number;
  absorptivity: number;
  heatCapacityJPerK: number;
  maxTempK: number;
  minTempK: number;
}

/** docs/scenario-format.md node defaults (equal to the schema's NODE_DEFAULTS). */
export const NODE_PARAM_DEFAULTS: Readonly<NodeParams> = Object.freeze({
  panelAreaM2: 60,
  cellEfficiency: 0.3,
  pointing: 'sun-tracking',
  batteryWh: 20000,
  depthOfDischargeMax: 0.3,
  chargeEfficiency: 0.95,
  computeLoadW: 10000,
  busLoadW: 1500,
  computeTops: 744,
  radiatorAreaM2: 40,
  emissivity: 0.9,
  absorptivity: 0.2,
  heatCapacityJPerK: 500000,
  maxTempK: 333,
  minTempK: 253,
});

/** Numbers per parameter row in {@link packParams}'s output. */
export const PARAM_STRIDE = 24;
// Raw fields (same units as NodeParams).
export const P_PANEL_AREA_M2 = 0;
export const P_CELL_EFF = 1;
/** 0 sun-tracking, 1 nadir (power.ts POINTING_*). */
export const P_POINTING = 2;
export const P_BATTERY_WH = 3;
export const P_DOD_MAX = 4;
export const P_CHARGE_EFF = 5;
export const P_COMPUTE_W = 6;
export const P_BUS_W = 7;
export const P_COMPUTE_TOPS = 8;
export const P_RADIATOR_M2 = 9;
export const P_EMISSIVITY = 10;
export const P_ABSORPTIVITY = 11;
export const P_HEAT_CAP = 12;
export const P_MAX_TEMP_K = 13;
export const P_MIN_TEMP_K = 14;
// Derived columns, precomputed once per row so the per-node loop does no repeated arithmetic.
/** panelAreaM2 · cellEfficiency, m². */
export const P_PANEL_EFF_AREA = 15;
/** Battery floor (1 − depthOfDischargeMax) · batteryWh, Wh. */
export const P_FLOOR_WH = 16;
/** ε σ A_rad, W/K⁴. */
export const P_RAD_K = 17;
/** α · A_sun, m² (direct solar absorption per W/m² of flux). */
export const P_SUN_ABS_M2 = 18;
/** α · albedo · A_e, m² (albedo absorption per W/m² of flux, times F cos ζ). */
export const P_ALBEDO_ABS_M2 = 19;
/** ε · OLR · A_e, W (Earth IR absorbed, times F). */
export const P_EARTH_IR_W = 20;
/** Battery discharge efficiency η_d (power.ts BATTERY_DISCHARGE_EFFICIENCY; not a scenario field). */
export const P_DISCHARGE_EFF = 21;

/**
 * Packs parameter sets into one Float64Array, {@link PARAM_STRIDE} numbers per set (one row per
 * shell / parameter set; nodes point at rows through a Uint16Array index). Derived columns are
 * filled from the raw fields and the thermal assumptions of thermal.ts.
 */
export function packParams(params: readonly NodeParams[]): Float64Array {
  const out = new Float64Array(params.length * PARAM_STRIDE);
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const o = i * PARAM_STRIDE;
    out[o + P_PANEL_AREA_M2] = p.panelAreaM2;
    out[o + P_CELL_EFF] = p.cellEfficiency;
    out[o + P_POINTING] = pointingCode(p.pointing);
    out[o + P_BATTERY_WH] = p.batteryWh;
    out[o + P_DOD_MAX] = p.depthOfDischargeMax;
    out[o + P_CHARGE_EFF] = p.chargeEfficiency;
    out[o + P_COMPUTE_W] = p.computeLoadW;
    out[o + P_BUS_W] = p.busLoadW;
    out[o + P_COMPUTE_TOPS] = p.computeTops;
    out[o + P_RADIATOR_M2] = p.radiatorAreaM2;
    out[o + P_EMISSIVITY] = p.emissivity;
    out[o + P_ABSORPTIVITY] = p.absorptivity;
    out[o + P_HEAT_CAP] = p.heatCapacityJPerK;
    out[o + P_MAX_TEMP_K] = p.maxTempK;
    out[o + P_MIN_TEMP_K] = p.minTempK;
    out[o + P_PANEL_EFF_AREA] = p.panelAreaM2 * p.cellEfficiency;
    out[o + P_FLOOR_WH] = (1 - p.depthOfDischargeMax) * p.batteryWh;
    out[o + P_RAD_K] = p.emissivity * STEFAN_BOLTZMANN * p.radiatorAreaM2;
    out[o + P_SUN_ABS_M2] = p.absorptivity * SUN_AREA_FRACTION * p.radiatorAreaM2;
    out[o + P_ALBEDO_ABS_M2] = p.absorptivity * EARTH_ALBEDO * EARTH_AREA_FRACTION * p.radiatorAreaM2;
    out[o + P_EARTH_IR_W] = p.emissivity * OLR_W_M2 * EARTH_AREA_FRACTION * p.radiatorAreaM2;
    out[o + P_DISCHARGE_EFF] = BATTERY_DISCHARGE_EFFICIENCY;
  }
  return out;
}

/** Fills in defaults for a partial parameter set (a shell's node overrides). */
export function withDefaults(partial: Partial<NodeParams> | undefined): NodeParams {
  return { ...NODE_PARAM_DEFAULTS, ...(partial ?? {}) };
}
