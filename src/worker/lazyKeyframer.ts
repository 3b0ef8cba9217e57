/**
 * The SGP4 keyframer the workers inject into their core: satellite.js's single-thread WASM
 * (measured ~30 % faster than plain JS, src/sim/keyframesWasm.ts), started on the first keyframe
 * request only. satellite.js imports the WASM module itself on demand (a chunk of its own), so a
 * worker whose scenario has no element sets never downloads or compiles it. This glue is imported
 * statically: splitting it off would cost the worker a second round trip before it boots.
 */
import type { Keyframer } from './propagationCore';
import { createWasmKeyframer, type WasmKeyframer } from '../sim/keyframesWasm';

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
