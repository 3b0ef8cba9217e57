/**
 * What the import worker does with one request, kept apart from the worker shell so the
 * main-thread fallback and the tests run exactly this: read the file's text (refusing one over the
 * size limit before reading it) and hand it to `importElementSets`. Never rejects.
 */
import { importElementSets, MAX_IMPORT_CHARS } from '../scenario/importText';
import type { ImportReply, ImportRequest } from './importProtocol';
import { msg } from '../scenario/messages';

/** Runs one import request and returns its reply. */
export async function runImport(req: ImportRequest): Promise<ImportReply> {
  const t0 = performance.now();
  try {
    let text: string;
    if ('file' in req.source) {
      const file = req.source.file;
      if (file.size > MAX_IMPORT_CHARS) {
        return {
          type: 'error',
          seq: req.seq,
          message: msg('import.fileTooBig', { mb: (file.size / 1048576).toFixed(1) }),
        };
      }
      text = await file.text();
    } else {
      text = req.source.text;
    }
    const result = importElementSets(text, req.filename);
    return { type: 'imported', seq: req.seq, result, computeMs: performance.now() - t0 };
  } catch (err) {
    return {
      type: 'error',
      seq: req.seq,
      message: msg('import.fileUnreadable', { reason: err instanceof Error ? err.message : String(err) }),
    };
  }
}
