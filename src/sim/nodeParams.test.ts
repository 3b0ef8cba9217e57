import { describe, expect, it } from 'vitest';
// The test (not the module) compares against the schema; src/sim itself never imports src/scenario.
// eslint-disable-next-line no-restricted-imports
import { NODE_DEFAULTS } from '../scenario/schema';
import {
  NODE_PARAM_DEFAULTS,
  P_BATTERY_WH,
  P_FLOOR_WH,
  P_PANEL_EFF_AREA,
  P_POINTING,
  P_RAD_K,
  PARAM_STRIDE,
  packParams,
  withDefaults,
} from './nodeParams';
import { STEFAN_BOLTZMANN } from './constants';

describe('nodeParams', () => {
  it('NODE_PARAM_DEFAULTS equal the scenario schema defaults (same names, same values)', () => {
    expect({ ...NODE_PARAM_DEFAULTS }).toEqual({ ...NODE_DEFAULTS });
  });
  it('packParams writes one row per set, raw and derived columns', () => {
    const packed = packParams([
      NODE_PARAM_DEFAULTS,
      withDefaults({ pointing: 'nadir', batteryWh: 1000, depthOfDischargeMax: 0.5 }),
    ]);
    expect(packed.length).toBe(2 * PARAM_STRIDE);
    expect(packed[P_POINTING]).toBe(0);
    expect(packed[P_BATTERY_WH]).toBe(20000);
    expect(packed[P_FLOOR_WH]).toBeCloseTo(14000, 9);
    expect(packed[P_PANEL_EFF_AREA]).toBeCloseTo(18, 12);
    expect(packed[P_RAD_K]).toBeCloseTo(0.9 * STEFAN_BOLTZMANN * 40, 18);
    expect(packed[PARAM_STRIDE + P_POINTING]).toBe(1);
    expect(packed[PARAM_STRIDE + P_FLOOR_WH]).toBeCloseTo(500, 9);
  });
});
