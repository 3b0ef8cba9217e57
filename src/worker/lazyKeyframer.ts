/**
 * The SGP4 keyframer the workers inject into their core: satellite.js's single-thread WASM
 * (measured ~30 % faster than plain JS, src/sim/keyframesWasm.ts), started on the first keyframe
 * request only. The glue (src/sim/keyframesWasm.ts and satellite.js's bulk propagator, ≈ 7 KB gzip)
 * and the WASM module are chunks imported then, so a worker whose scenario has no element sets never
 * downloads them: the propagation worker is fetched before the first frame. While they load, the
 * core computes the same bytes in plain JS, so the import adds no wait.
 */
import type { Keyframer } from './propagationCore';
import type { WasmKeyframer } from '../sim/keyframesWasm';

/** Loads the WASM keyframer's chunk and starts it. */
const createWasmKeyframer = (): Promise<WasmKeyframer> =>
  import('../sim/keyframesWasm').then((m) => m.createWasmKeyframer());

/** Where the WASM keyframer is: not asked for yet, loading, running, or unable to start. */
export type WasmState = 'idle' | 'starting' | 'ready' | 'failed';

/** A keyframer that is the WASM one once it runs, and until then starts it and throws, so the core uses plain JS this time. */
export interface LazyKeyframer extends Keyframer {
  readonly state: WasmState;
}

/** `load`: how the WASM keyframer is made (tests inject a failing one). */
export function lazyWasmKeyframer(load: () => Promise<WasmKeyframer> = createWasmKeyframer): LazyKeyframer {
  let wasm: WasmKeyframer | null = null;
  let state: WasmState = 'idle';
  return {
    get state() {
      return state;
    },
    compute(satrecs, startMs, stepS, count) {
      if (wasm) return wasm.compute(satrecs, startMs, stepS, count);
      if (state === 'idle') {
        state = 'starting';
        load().then(
          (k) => {
            wasm = k;
            state = 'ready';
          },
          () => {
            state = 'failed';
          },
        );
      }
      throw new Error(`WASM keyframer ${state}`);
    },
  };
}
