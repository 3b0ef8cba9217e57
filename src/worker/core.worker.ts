/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link WorkerCore}, the full core: the budget and link workers run it
 * (the propagation worker is src/worker/propagation.worker.ts). One request in, one reply out,
 * arrays transferred. Keyframes, should it be asked for them, use the same lazily started WASM as
 * the propagation worker (src/worker/lazyKeyframer.ts): never downloaded unless asked.
 */
import { WorkerCore } from './core';
import { lazyWasmKeyframer } from './lazyKeyframer';
import { transferables, type WorkerEvent, type WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const core = new WorkerCore(lazyWasmKeyframer());

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const reply = core.handle(e.data);
  scope.postMessage(reply, transferables(reply));
};

const booted: WorkerEvent = { type: 'booted', runtime: 'js' };
scope.postMessage(booted);
