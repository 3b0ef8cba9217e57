/**
 * Messages between the import dialog and the import worker (src/worker/import.worker.ts). As in
 * the propagation protocol (src/worker/protocol.ts), every request carries a sequence number `seq`
 * and its reply the same one, so a reply to a superseded request is recognised and dropped.
 */
import type { ImportResult } from '../scenario/importText';

/** What to read: pasted or fetched text, or a file (read inside the worker, so its text never has to exist on the main thread). */
export type ImportSource = { text: string } | { file: Blob };

/** main → worker: read element sets from `source`; `filename` helps detect the format. */
export interface ImportRequest {
  type: 'import';
  seq: number;
  source: ImportSource;
  filename?: string;
}

/** worker → main: what was read (`computeMs`: time spent reading and checking), or why nothing could be. */
export type ImportReply =
  | { type: 'imported'; seq: number; result: ImportResult; computeMs: number }
  | { type: 'error'; seq: number; message: string };
