/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link WorkerCore}: one request in, one reply out, arrays
 * transferred. SGP4 keyframes run on satellite.js's single-thread WASM (measured ~30 % faster than
 * plain JS, src/sim/keyframesWasm.ts), started on the first keyframe request — scenarios without
 * element sets, and the budget worker, never download or compile it. Until it is ready, and if it
 * cannot start, the core computes the same bytes in plain JS.
 */
import { WorkerCore, type Keyframer } from './core';
import { transferables, type WorkerEvent, type WorkerRequest } from './protocol';
import { createWasmKeyframer, type WasmKeyframer } from '../sim/keyframesWasm';

const scope = self as unknown as DedicatedWorkerGlobalScope;

let wasm: WasmKeyframer | null = null;
let wasmState: 'idle' | 'starting' | 'ready' | 'failed' = 'idle';

/** WASM when it is running; otherwise starts it and throws, so the core uses plain JS this time. */
const lazyWasm: Keyframer = {
  compute(satrecs, startMs, stepS, count) {
    if (wasm) return wasm.compute(satrecs, startMs, stepS, count);
    if (wasmState === 'idle') {
      wasmState = 'starting';
      createWasmKeyframer().then(
        (k) => {
          wasm = k;
          wasmState = 'ready';
        },
        () => {
          wasmState = 'failed';
        },
      );
    }
    throw new Error(`WASM keyframer ${wasmState}`);
  },
};

const core = new WorkerCore(lazyWasm);

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const reply = core.handle(e.data);
  scope.postMessage(reply, transferables(reply));
};

const booted: WorkerEvent = { type: 'booted', runtime: 'js' };
scope.postMessage(booted);
