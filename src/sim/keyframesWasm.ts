/**
 * SGP4 keyframes through satellite.js's single-thread WASM BulkPropagator (docs/performance.md): the same
 * {@link KeyframeWindow} layout as {@link computeKeyframes}, positions equal to plain JS to ~1e-9 km.
 *
 * Measured in Node 20 on 2 cores, 10,000 LEO satellites × 30 keyframes: plain JS 0.59 µs per
 * satellite-state, WASM 0.40 µs (run + copy out). Loading the satrecs into WASM memory costs another
 * ~12 µs per satellite (0.39 µs per state at 30 keyframes), so the keyframer keeps them loaded and
 * reloads only when it is given a different satrec array: pass a new array when the set changes.
 *
 * Exact times: the WASM takes instants as Julian-date doubles (~2.46e6, resolution 40 µs, about
 * 0.3 m of track), where plain JS uses minutes since epoch. To keep both equal, each satrec copy gets
 * its epoch re-expressed on a shifted Julian scale whose dates lie near JD 0 (year −4712), where a
 * double resolves nanoseconds: tsince = (jd(date) − jdsatepoch′)·1440 is then exact to ~1e-12 min.
 */
import {
  BulkPropagator,
  EciBaseCalculator,
  createSingleThreadRuntime,
  jday,
  type SatRec,
} from 'satellite.js';
import { DATA_TEXTURE_WIDTH } from './dataTexture';
import { KF_STRIDE, keyframeTextureRows, satrecEpochMs, type KeyframeWindow } from './keyframes';

/** WASM memory caps at 2 GiB and over-allocation fails silently (address 0): stay well below. */
export const WASM_MEMORY_CAP_BYTES = 1024 * 1024 * 1024;

/** WASM bytes BulkPropagator needs for this many satellites and dates (docs/performance.md). */
export function wasmBytesFor(satCount: number, dateCount: number): number {
  return satCount * (992 + 57 * dateCount);
}

/** A Unix-ms instant in year −4712 whose Julian date (as satellite.js `jday` computes it) is ~0. */
const SHIFTED_BASE_MS = Date.UTC(-4712, 0, 14, 12);
const SHIFTED_BASE_JD = jday(new Date(SHIFTED_BASE_MS));
/** Reload satrecs (re-anchor the shifted scale) when a window starts further than this from the anchor. */
const MAX_ANCHOR_SPAN_MS = 10 * 365 * 86400000;

export interface WasmKeyframer {
  /** Same contract and layout as {@link computeKeyframes}. Throws RangeError above {@link WASM_MEMORY_CAP_BYTES}. */
  compute(satrecs: readonly SatRec[], startMs: number, stepS: number, count: number): KeyframeWindow;
  /** Frees WASM memory and exits the runtime. */
  dispose(): void;
}

function isExitStatus(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'ExitStatus';
}

/** Creates a single-thread WASM keyframer. Fall back to plain JS {@link computeKeyframes} if this rejects. */
export async function createWasmKeyframer(): Promise<WasmKeyframer> {
  const runtime = await createSingleThreadRuntime();
  const propagator = new BulkPropagator({
    runtime,
    calculators: [new EciBaseCalculator()] as const,
    satRecsCount: 1,
    datesCount: 1,
  });
  let loaded: readonly SatRec[] | null = null;
  let loadedFirst: SatRec | undefined;
  let loadedLast: SatRec | undefined;
  let anchorMs = 0;
  let disposed = false;

  function load(satrecs: readonly SatRec[], startMs: number): void {
    anchorMs = startMs;
    const copies = new Array<SatRec>(satrecs.length);
    for (let i = 0; i < satrecs.length; i++) {
      const rec = satrecs[i];
      // Epoch on the shifted scale: the anchor instant maps to SHIFTED_BASE_JD.
      copies[i] = { ...rec, jdsatepoch: SHIFTED_BASE_JD - (anchorMs - satrecEpochMs(rec)) / 86400000 };
    }
    propagator.setSatRecs(copies);
    loaded = satrecs;
    loadedFirst = satrecs[0];
    loadedLast = satrecs[satrecs.length - 1];
  }

  return {
    compute(satrecs, startMs, stepS, count) {
      if (disposed) throw new Error('WASM keyframer is disposed');
      const n = satrecs.length;
      const rows = keyframeTextureRows(count, n);
      const data = new Float32Array(rows * DATA_TEXTURE_WIDTH * 4);
      const status = new Uint8Array(n);
      if (n === 0 || count === 0) return { startMs, stepS, count, satCount: n, data, status };
      const bytes = wasmBytesFor(n, count);
      if (bytes > WASM_MEMORY_CAP_BYTES) {
        throw new RangeError(
          `${n} satellites × ${count} keyframes need ${(bytes / 2 ** 20).toFixed(0)} MiB of WASM memory; cap is ${WASM_MEMORY_CAP_BYTES / 2 ** 20} MiB`,
        );
      }
      const stepMs = stepS * 1000;
      const reanchor =
        loaded !== satrecs ||
        loadedFirst !== satrecs[0] ||
        loadedLast !== satrecs[n - 1] ||
        !Number.isInteger(startMs - anchorMs) ||
        !Number.isInteger(stepMs) ||
        Math.abs(startMs - anchorMs) > MAX_ANCHOR_SPAN_MS;
      if (reanchor) load(satrecs, startMs);
      const dates = new Array<Date>(count);
      for (let k = 0; k < count; k++)
        dates[k] = new Date(SHIFTED_BASE_MS + (startMs - anchorMs) + k * stepMs);
      propagator.setDates(dates);
      propagator.run();
      // Views into WASM memory, taken after the run (memory may have grown): copy out now.
      const { position, velocity, error } = propagator.getRawOutput().eci;
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < count; k++) {
          const s = i * count + k;
          const p = s * 3;
          const x = position[p],
            y = position[p + 1],
            z = position[p + 2];
          if (error[s] !== 0 || !Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
            status[i] = error[s] || 255; // invalid from here on, as computeKeyframes does
            break;
          }
          const o = (k * n + i) * KF_STRIDE;
          data[o] = x;
          data[o + 1] = y;
          data[o + 2] = z;
          data[o + 3] = 1;
          data[o + 4] = velocity[p];
          data[o + 5] = velocity[p + 1];
          data[o + 6] = velocity[p + 2];
        }
      }
      return { startMs, stepS, count, satCount: n, data, status };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      loaded = null;
      propagator.dispose();
      try {
        runtime.dispose();
      } catch (e) {
        if (!isExitStatus(e)) throw e; // the Emscripten runtime exits by throwing ExitStatus
      }
    },
  };
}
