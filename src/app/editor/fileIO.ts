/**
 * Saving the current scenario as a JSON file and opening one (docs/architecture.md: a file is untrusted — size
 * limit named in the error, JSON errors reported with their message, the current scenario kept on
 * any failure).
 */

/** Largest scenario file accepted, bytes (the same 32 MB as MAX_SCENARIO_TEXT_CHARS in validate.ts). */
export const MAX_SCENARIO_FILE_BYTES = 32 * 1024 * 1024;

/** A file name from a scenario name: letters, digits, dot, dash and underscore only, ending in .json. */
export function safeFileName(name: unknown): string {
  const base = (typeof name === 'string' ? name : '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return `${base || 'scenario'}.json`;
}

/** The scenario as pretty JSON text. */
export function scenarioToJson(scenario: unknown): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export interface DownloadDeps {
  document: Pick<Document, 'createElement' | 'body'>;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  /** Runs the URL's revocation once the download has started. */
  later: (fn: () => void) => void;
}

const browserDeps = (): DownloadDeps => ({ document, url: URL, later: (fn) => setTimeout(fn, 1000) });

/** Starts a download of the scenario as `<safe name>.json`; returns the file name. */
export function downloadScenario(scenario: unknown, deps: DownloadDeps = browserDeps()): string {
  const name = safeFileName((scenario as { name?: unknown } | null)?.name);
  const blob = new Blob([scenarioToJson(scenario)], { type: 'application/json' });
  const href = deps.url.createObjectURL(blob);
  const a = deps.document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  deps.document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    deps.later(() => deps.url.revokeObjectURL(href));
  }
  return name;
}

export type ReadResult = { ok: true; json: unknown } | { ok: false; error: string };

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a scenario file as JSON: size limit first, then the text, then JSON.parse. Never throws. */
export async function readScenarioFile(
  file: Pick<Blob, 'size' | 'text'> & { name?: string },
): Promise<ReadResult> {
  const label = file.name ? `“${file.name}”` : 'The file';
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, error: `${label} is ${mb(file.size)}; the limit for a scenario file is 32 MB.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return {
      ok: false,
      error: `${label} could not be read: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  if (text.length > MAX_SCENARIO_FILE_BYTES) {
    return {
      ok: false,
      error: `${label} is ${text.length} characters; the limit for a scenario file is 32 MB.`,
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (err) {
    return {
      ok: false,
      error: `${label} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** What opening a file needs: a loader that validates and shows its own problems, and a place for ours. */
export interface OpenTarget {
  load(json: unknown): Promise<unknown>;
  notify(text: string): void;
}

/**
 * Reads the file and loads it as a new scenario from its epoch. On any failure the current scenario
 * stays; read/JSON errors go to `notify`, validation problems are shown by the loader itself.
 * Returns null on success, else the problem text.
 */
export async function openScenarioFile(
  file: Pick<Blob, 'size' | 'text'> & { name?: string },
  target: OpenTarget,
): Promise<string | null> {
  const r = await readScenarioFile(file);
  if (!r.ok) {
    target.notify(r.error);
    return r.error;
  }
  try {
    await target.load(r.json);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
