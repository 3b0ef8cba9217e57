/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link PropagationCore}: one request in, one reply out, arrays
 * transferred. SGP4 keyframes run on satellite.js's single-thread WASM where it starts (measured
 * ~30 % faster than plain JS, src/sim/keyframesWasm.ts); plain JS otherwise. Requests that arrive
 * while the runtime starts wait for it.
 */
import { PropagationCore } from './core';
import { transferables, type WorkerEvent, type WorkerRequest } from './protocol';
import { createWasmKeyframer } from '../sim/keyframesWasm';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const coreReady: Promise<{ core: PropagationCore; runtime: 'js' | 'wasm' }> = createWasmKeyframer().then(
  (k) => ({ core: new PropagationCore(k), runtime: 'wasm' as const }),
  () => ({ core: new PropagationCore(null), runtime: 'js' as const }),
);

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  void coreReady.then(({ core }) => {
    const reply = core.handle(e.data);
    scope.postMessage(reply, transferables(reply));
  });
};

void coreReady.then(({ runtime }) => {
  const booted: WorkerEvent = { type: 'booted', runtime };
  scope.postMessage(booted);
});
