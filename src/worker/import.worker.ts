/// <reference lib="webworker" />
/**
 * Thin worker shell around {@link runImport}: element-set files are read and checked here, off the
 * page's thread, so a 50 MB file of hostile text never freezes the page (src/worker/importClient.ts
 * starts it, and falls back to the same code on the main thread without workers).
 */
import { runImport } from './importCore';
import type { ImportRequest } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<ImportRequest>) => {
  void runImport(e.data).then((reply) => scope.postMessage(reply));
};
