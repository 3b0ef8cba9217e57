/**
 * Batch power and thermal budget of many nodes (docs/physics.md): one pass over typed arrays per time
 * step, no allocation, no per-node objects; what the worker runs for 100,000+ nodes.
 * Units: W, Wh, K, s; positions ECI (TEME) km.
 *
 * Per node and step (parameters from nodeParams.ts, model from power.ts, shadow.ts, thermal.ts):
 * 1. shadow = conical shadow fraction (shadow.ts); S = 1361 (AU/|r☉ − r|)²; cos θ = 1 (sun-tracking)
 *    or max(0, r̂·ŝ) (nadir bus, zenith-facing panels); P_gen = S A η cos θ (1 − shadow).
 * 2. Thermal limit, from the temperature at the start of the step: f_T = 1 up to maxTempK, falling
 *    linearly to 0 at maxTempK + 10 K.
 * 3. Battery limit: compute may not take the battery below the floor (1 − DoDmax)·capacity.
 *    Above the floor the battery can give the bus (E − floor)·η_d/dt; below it the reserve must be
 *    refilled first, which takes (floor − E)/(η_c dt) of surplus (nothing when η_c = 0: it cannot be):
 *    f_B = clamp((P_gen + P_batt − P_bus) / P_compute, 0, 1) with P_batt those two terms (at the
 *    floor f_B = (P_gen − P_bus)/P_compute). computeAvailable = min(f_T, f_B); limitedBy = 0 none,
 *    1 battery floor, 2 temperature.
 * 4. Load = P_bus + f P_compute. A surplus P_gen − load charges the battery at chargeEfficiency η_c
 *    (the lost (1 − η_c) is battery heat); what does not fit below capacity, and all of it when
 *    η_c = 0, is curtailed: the array is backed off its maximum-power point (or shunted at the
 *    array), so curtailed power never reaches the bus and does NOT heat the spacecraft body.
 *    A deficit is drawn from the battery at discharge efficiency η_d (power.ts
 *    BATTERY_DISCHARGE_EFFICIENCY): delivering D W takes D/η_d W from storage, and D(1/η_d − 1) is
 *    battery heat, the same η_d the sizing formula E = P t/(DoD η_d) assumes. The bus load stays on
 *    below the floor and draws the reserve down to empty; only an empty battery leaves the bus
 *    under-powered, and loadW then reports what was delivered. So per step exactly:
 *      P_gen dt = load dt + ΔE + batteryLoss dt + curtailed dt.
 * 5. Heat: Q = environment (thermal.ts, with F = (R⊕/|r|)²) + load + batteryLoss; the temperature
 *    advances by thermal.ts's exponential-Euler step (unconditionally stable, no sub-steps).
 * The minimum temperature (minTempK) is reported by the caller, not acted on (no heater model).
 */
import { AU_KM, EARTH_RADIUS_KM, SOLAR_CONSTANT_W_M2 } from './constants';
import {
  P_ALBEDO_ABS_M2,
  P_BATTERY_WH,
  P_BUS_W,
  P_CHARGE_EFF,
  P_COMPUTE_W,
  P_DISCHARGE_EFF,
  P_EARTH_IR_W,
  P_FLOOR_WH,
  P_HEAT_CAP,
  P_MAX_TEMP_K,
  P_PANEL_EFF_AREA,
  P_POINTING,
  P_RAD_K,
  P_SUN_ABS_M2,
  PARAM_STRIDE,
} from './nodeParams';
import { POINTING_NADIR } from './power';
import { shadowFraction } from './shadow';
import { THROTTLE_SPAN_K } from './thermal';

/** Integrated state of every node. */
export interface BudgetState {
  n: number;
  /** Stored energy, Wh. */
  batteryWh: Float64Array;
  /** Node temperature, K. */
  tempK: Float64Array;
}

/** Per-node results of the last {@link stepBudgets} call (preallocate with {@link createBudgetOutputs}). */
export interface BudgetOutputs {
  /** Shadow fraction 0 (lit) … 1 (umbra). */
  shadow: Float32Array;
  /** Generated electrical power, W. */
  powerGenW: Float32Array;
  /** Electrical load actually consumed (bus + compute), W. */
  loadW: Float32Array;
  /** Battery energy at the end of the step, Wh. */
  batteryWh: Float32Array;
  /** batteryWh / capacity (0 when the capacity is 0). */
  socFraction: Float32Array;
  /** Temperature at the end of the step, K. */
  tempK: Float32Array;
  /** Fraction of the compute load that ran during the step, 0 … 1. */
  computeAvailable: Float32Array;
  /** 0 none, 1 battery floor, 2 temperature. */
  limitedBy: Uint8Array;
  /**
   * Array power neither used nor stored (battery full, or charge efficiency 0), W (mean over the
   * step): left on the panels by backing off the array, not heat in the spacecraft.
   */
  curtailedW: Float32Array;
  /** Battery charge or discharge loss, turned into heat in the spacecraft, W (mean over the step). */
  batteryLossW: Float32Array;
}

export const LIMITED_NONE = 0;
export const LIMITED_BATTERY = 1;
export const LIMITED_TEMPERATURE = 2;

/** Allocates outputs for `n` nodes. */
export function createBudgetOutputs(n: number): BudgetOutputs {
  return {
    shadow: new Float32Array(n),
    powerGenW: new Float32Array(n),
    loadW: new Float32Array(n),
    batteryWh: new Float32Array(n),
    socFraction: new Float32Array(n),
    tempK: new Float32Array(n),
    computeAvailable: new Float32Array(n),
    limitedBy: new Uint8Array(n),
    curtailedW: new Float32Array(n),
    batteryLossW: new Float32Array(n),
  };
}

const R_E = EARTH_RADIUS_KM;
/** Altitude assumed for the Earth terms when initBudgetState is given no positions, km. */
const INIT_DEFAULT_ALTITUDE_KM = 550;
/** Temperature used when a node cannot radiate (ε·A_rad = 0), K. */
const INIT_FALLBACK_K = 293.15;

/**
 * Initial state: full battery and the temperature at the node's sunlit equilibrium, K: radiator
 * balances direct sunlight (1 AU, no shadow) + Earth IR + albedo + bus and full compute load
 * (Q = k T⁴). With `posKm` and `sunEciKm`, Earth IR and albedo use the node's position (shadow
 * still taken as 0); without them, Earth IR at 550 km altitude and no albedo.
 * `paramIndexOf[i]` is node i's row in `packed` (nodeParams.ts packParams).
 */
export function initBudgetState(
  n: number,
  paramIndexOf: Uint16Array,
  packed: Float64Array,
  posKm?: Float32Array | Float64Array,
  sunEciKm?: { x: number; y: number; z: number },
): BudgetState {
  const state: BudgetState = { n, batteryWh: new Float64Array(n), tempK: new Float64Array(n) };
  resetBudgetState(state, paramIndexOf, packed, posKm, sunEciKm);
  return state;
}

/** Re-initialises an existing state in place (same rule as {@link initBudgetState}); no allocation. */
export function resetBudgetState(
  state: BudgetState,
  paramIndexOf: Uint16Array,
  packed: Float64Array,
  posKm?: Float32Array | Float64Array,
  sunEciKm?: { x: number; y: number; z: number },
): void {
  let flux = SOLAR_CONSTANT_W_M2;
  let sx = 0,
    sy = 0,
    sz = 0;
  if (sunEciKm) {
    const d = Math.sqrt(sunEciKm.x * sunEciKm.x + sunEciKm.y * sunEciKm.y + sunEciKm.z * sunEciKm.z);
    flux = SOLAR_CONSTANT_W_M2 * (AU_KM / d) * (AU_KM / d);
    sx = sunEciKm.x / d;
    sy = sunEciKm.y / d;
    sz = sunEciKm.z / d;
  }
  const fDefault = (R_E / (R_E + INIT_DEFAULT_ALTITUDE_KM)) ** 2;
  for (let i = 0; i < state.n; i++) {
    const o = paramIndexOf[i] * PARAM_STRIDE;
    state.batteryWh[i] = packed[o + P_BATTERY_WH];
    let F = fDefault;
    let cz = 0;
    if (posKm && sunEciKm) {
      const x = posKm[3 * i],
        y = posKm[3 * i + 1],
        z = posKm[3 * i + 2];
      const r = Math.sqrt(x * x + y * y + z * z);
      F = r > R_E ? (R_E / r) * (R_E / r) : 1;
      cz = (x * sx + y * sy + z * sz) / r;
      if (!(cz > 0)) cz = 0;
    }
    const q =
      packed[o + P_SUN_ABS_M2] * flux +
      packed[o + P_ALBEDO_ABS_M2] * flux * F * cz +
      packed[o + P_EARTH_IR_W] * F +
      packed[o + P_BUS_W] +
      packed[o + P_COMPUTE_W];
    const k = packed[o + P_RAD_K];
    state.tempK[i] = k > 0 ? Math.pow(q / k, 0.25) : INIT_FALLBACK_K;
  }
}

/**
 * Advances every node by `dtS` seconds (docs/physics.md; the rules are in this file's header) and
 * writes per-node results into `out`. `posKm` holds 3 numbers per node (ECI km) at the step's
 * start; `sunEciKm` the Sun's geocentric ECI position (km) at the same instant. Positions that
 * are not finite (decayed satellites) are treated as in sunlight at 550 km, so no NaN spreads.
 * One pass, no allocation (pass `out`; omitted, it is allocated once per call).
 */
export function stepBudgets(
  packed: Float64Array,
  paramIndexOf: Uint16Array,
  posKm: Float32Array | Float64Array,
  sunEciKm: { x: number; y: number; z: number },
  dtS: number,
  state: BudgetState,
  out: BudgetOutputs = createBudgetOutputs(state.n),
): BudgetOutputs {
  const n = state.n;
  const bat = state.batteryWh;
  const temp = state.tempK;
  const oShadow = out.shadow,
    oGen = out.powerGenW,
    oLoad = out.loadW,
    oBat = out.batteryWh,
    oSoc = out.socFraction;
  const oTemp = out.tempK,
    oAvail = out.computeAvailable,
    oLim = out.limitedBy,
    oCurt = out.curtailedW,
    oLoss = out.batteryLossW;
  const SX = sunEciKm.x,
    SY = sunEciKm.y,
    SZ = sunEciKm.z;
  const sd = Math.sqrt(SX * SX + SY * SY + SZ * SZ);
  const ux = SX / sd,
    uy = SY / sd,
    uz = SZ / sd;
  const dtH = dtS / 3600;
  const invDtH = dtH > 0 ? 1 / dtH : 0;
  const fDefault = (R_E / (R_E + INIT_DEFAULT_ALTITUDE_KM)) ** 2;
  const flux1AU = SOLAR_CONSTANT_W_M2 * AU_KM * AU_KM;

  for (let i = 0; i < n; i++) {
    const o = paramIndexOf[i] * PARAM_STRIDE;
    const x = posKm[3 * i],
      y = posKm[3 * i + 1],
      z = posKm[3 * i + 2];
    const r2 = x * x + y * y + z * z;

    // --- geometry: shadow, flux, panel cosine, Earth view factor, Sun zenith at the sub-point
    let shadow = 0;
    let flux: number;
    let F: number;
    let cz: number; // r̂·ŝ
    if (r2 > 0 && r2 < Infinity) {
      const r = Math.sqrt(r2);
      const dx = SX - x,
        dy = SY - y,
        dz = SZ - z;
      const d2 = dx * dx + dy * dy + dz * dz;
      flux = flux1AU / d2;
      // Exact fast path: with r·(r☉ − r) ≥ 0 the Sun is above the satellite's horizontal plane,
      // and above R⊕ + 1 km the Earth's disc (b < 90° − a) cannot reach it.
      if (x * dx + y * dy + z * dz < 0 || r < R_E + 1) shadow = shadowFraction(x, y, z, SX, SY, SZ);
      F = r > R_E ? (R_E * R_E) / r2 : 1;
      cz = (x * ux + y * uy + z * uz) / r;
    } else {
      flux = flux1AU / (sd * sd);
      F = fDefault;
      cz = 0;
    }
    const czPos = cz > 0 ? cz : 0;
    const cosPanel = packed[o + P_POINTING] === POINTING_NADIR ? czPos : 1;
    const gen = flux * packed[o + P_PANEL_EFF_AREA] * cosPanel * (1 - shadow);

    // --- limits
    const compute = packed[o + P_COMPUTE_W];
    const bus = packed[o + P_BUS_W];
    const cap = packed[o + P_BATTERY_WH];
    const floor = packed[o + P_FLOOR_WH];
    const e0 = bat[i];
    const t0 = temp[i];
    let fT = 1 - (t0 - packed[o + P_MAX_TEMP_K]) / THROTTLE_SPAN_K;
    fT = fT >= 1 ? 1 : fT > 0 ? fT : 0;
    const etaC = packed[o + P_CHARGE_EFF];
    const etaD = packed[o + P_DISCHARGE_EFF];
    const aboveFloorWh = e0 - floor;
    // Power the battery may give (≥ 0) or must first take back (< 0) without ending below the floor.
    const batteryW =
      aboveFloorWh >= 0 ? aboveFloorWh * etaD * invDtH : etaC > 0 ? (aboveFloorWh * invDtH) / etaC : 0;
    const budgetW = gen + batteryW - bus; // power compute may use without breaching the floor
    let fB: number;
    if (compute > 0) {
      fB = budgetW / compute;
      fB = fB >= 1 ? 1 : fB > 0 ? fB : 0;
    } else fB = 1;
    let f: number;
    let lim: number;
    if (fB < fT) {
      f = fB;
      lim = LIMITED_BATTERY;
    } else {
      f = fT;
      lim = fT < 1 ? LIMITED_TEMPERATURE : LIMITED_NONE;
    }

    // --- battery
    let load = bus + f * compute;
    const net = gen - load; // W
    let e1: number;
    let lossW: number;
    let curtW = 0;
    if (net >= 0) {
      // Charge with what the battery can take; curtail the rest at the array.
      const room = cap - e0 > 0 ? cap - e0 : 0; // Wh
      let chargeW = etaC > 0 ? net : 0;
      if (etaC * chargeW * dtH > room) chargeW = (room * invDtH) / etaC;
      curtW = net - chargeW;
      e1 = e0 + etaC * chargeW * dtH;
      lossW = (1 - etaC) * chargeW;
    } else {
      // Discharge: delivering −net takes −net/η_d from storage.
      const drawWh = etaD > 0 ? (-net * dtH) / etaD : Infinity;
      if (drawWh <= e0) {
        e1 = e0 - drawWh;
        lossW = -net * (1 / etaD - 1);
      } else {
        // Empty: the battery gives what it holds; the bus is under-powered by the rest.
        const fromWh = etaD > 0 ? e0 : 0;
        load = gen + fromWh * etaD * invDtH;
        lossW = fromWh * (1 - etaD) * invDtH;
        e1 = e0 - fromWh;
      }
    }
    bat[i] = e1;

    // --- thermal (thermal.ts thermalStepCore, inlined)
    const q =
      packed[o + P_SUN_ABS_M2] * flux * (1 - shadow) +
      packed[o + P_ALBEDO_ABS_M2] * flux * F * czPos +
      packed[o + P_EARTH_IR_W] * F +
      load +
      lossW;
    const k = packed[o + P_RAD_K];
    const c = packed[o + P_HEAT_CAP];
    const t3 = t0 * t0 * t0;
    const netQ = q - k * t3 * t0;
    const jdt = (4 * k * t3 * dtS) / c;
    let t1 = jdt < 1e-6 ? t0 + (netQ * dtS) / c : t0 + ((netQ * dtS) / c) * ((1 - Math.exp(-jdt)) / jdt);
    if (k > 0) {
      const n3 = t1 * t1 * t1;
      const netNext = q - k * n3 * t1;
      if ((netQ > 0 && netNext < 0) || (netQ < 0 && netNext > 0)) t1 = Math.pow(q > 0 ? q / k : 0, 0.25);
    }
    if (!(t1 > 0)) t1 = 0;
    temp[i] = t1;

    oShadow[i] = shadow;
    oGen[i] = gen;
    oLoad[i] = load;
    oBat[i] = e1;
    oSoc[i] = cap > 0 ? e1 / cap : 0;
    oTemp[i] = t1;
    oAvail[i] = f;
    oLim[i] = lim;
    oCurt[i] = curtW;
    oLoss[i] = lossW;
  }
  return out;
}
