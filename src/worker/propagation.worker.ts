/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link PropagationCore}, the worker fetched before the first frame: it
 * answers `load`, `keyframes` and `track` only (any other request gets an `error` reply), so its
 * download holds no budgets, links or burden — those run in src/worker/core.worker.ts. One request
 * in, one reply out, arrays transferred. SGP4 keyframes run on WASM once it has started
 * (src/worker/lazyKeyframer.ts); until then, and if it cannot start, plain JS computes the same bytes.
 */
import { PropagationCore } from './propagationCore';
import { lazyWasmKeyframer } from './lazyKeyframer';
import { transferables, type WorkerEvent, type WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const core = new PropagationCore(lazyWasmKeyframer());

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const reply = core.handle(e.data);
  scope.postMessage(reply, transferables(reply));
};

const booted: WorkerEvent = { type: 'booted', runtime: 'js' };
scope.postMessage(booted);
