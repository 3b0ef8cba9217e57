/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link PropagationCore}, the worker fetched before the first frame: it
 * answers `load`, `keyframes` and `track` only (any other request gets an `error` reply), so its
 * download holds no budgets, links or burden — those run in src/worker/core.worker.ts. One request
 * in, one reply out, arrays transferred. SGP4 keyframes run on WASM once it has started
 * (src/worker/lazyKeyframer.ts); until then, and if it cannot start, plain JS computes the same bytes.
 * TLE, OMM and catalogue support is loaded when a scenario needs it (src/worker/elementSetLoader.ts).
 */
import { PropagationCore } from './propagationCore';
import { lazyWasmKeyframer } from './lazyKeyframer';
import { transferables, type WorkerEvent, type WorkerRequest } from './protocol';
import { elementSetLoader } from './elementSetLoader';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const core = new PropagationCore(lazyWasmKeyframer());

const elementSetsReadyFor = elementSetLoader();

const answer = (req: WorkerRequest) => {
  const reply = core.handle(req);
  scope.postMessage(reply, transferables(reply));
};

/** Requests are answered in order: one waiting for element-set support holds back those after it. */
let queue: Promise<void> = Promise.resolve();
let waiting = 0;

scope.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const ready = elementSetsReadyFor(req);
  if (!ready && waiting === 0) return answer(req);
  waiting++;
  queue = queue
    .then(() => ready)
    .then(() => {
      waiting--;
      answer(req);
    });
};

const booted: WorkerEvent = { type: 'booted', runtime: 'js' };
scope.postMessage(booted);
