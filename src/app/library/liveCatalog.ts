/**
 * The live catalogue (DESIGN §9: a remote catalogue is hostile until checked, and nothing is
 * fetched without the user's consent): builds a CelesTrak GP query URL from a group, a name or a
 * catalogue number, and fetches it only when asked. Every failure (network, HTTP status, a body
 * that is not JSON, an empty answer, a size limit) comes back as a plain sentence; the text of a
 * good answer goes through `importElementSets` like any file.
 */
import { MAX_IMPORT_CHARS } from '../../scenario/importText';

/** CelesTrak's GP (general perturbations) query endpoint; the app's CSP allows only this host. */
export const CELESTRAK_GP_ENDPOINT = 'https://celestrak.org/NORAD/elements/gp.php';

/** Common CelesTrak groups, for a select. */
export const CATALOG_GROUPS: readonly { id: string; label: string }[] = [
  { id: 'stations', label: 'Space stations' },
  { id: 'starlink', label: 'Starlink' },
  { id: 'oneweb', label: 'OneWeb' },
  { id: 'kuiper', label: 'Amazon Kuiper' },
  { id: 'planet', label: 'Planet' },
  { id: 'spire', label: 'Spire' },
  { id: 'iridium-NEXT', label: 'Iridium NEXT' },
  { id: 'gps-ops', label: 'GPS (operational)' },
  { id: 'galileo', label: 'Galileo' },
  { id: 'weather', label: 'Weather' },
  { id: 'visual', label: '100 brightest' },
  { id: 'last-30-days', label: 'Launched in the last 30 days' },
  { id: 'active', label: 'All active satellites (large)' },
];

/** Longest name query accepted, characters. */
export const MAX_NAME_QUERY_CHARS = 64;
/** Highest catalogue number CelesTrak's CATNR accepts (nine digits). */
export const MAX_CATNR = 999_999_999;
/** How long a fetch may take before it is abandoned, ms. */
export const FETCH_TIMEOUT_MS = 60_000;

export type CatalogQuery =
  | { kind: 'group'; group: string }
  | { kind: 'name'; name: string }
  | { kind: 'catnr'; catnr: string };

export type UrlResult = { ok: true; url: string } | { ok: false; error: string };

/** The GP query URL for `q` (JSON format), or why the query is not valid. */
export function buildCatalogUrl(q: CatalogQuery): UrlResult {
  const u = (param: string, value: string) => `${CELESTRAK_GP_ENDPOINT}?${param}=${encodeURIComponent(value)}&FORMAT=json`;
  switch (q.kind) {
    case 'group': {
      const g = q.group.trim();
      if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(g)) return { ok: false, error: 'Choose a group (letters, digits and dashes).' };
      return { ok: true, url: u('GROUP', g) };
    }
    case 'name': {
      const n = q.name.trim();
      if (n.length === 0) return { ok: false, error: 'Type part of a satellite name (for example ISS or STARLINK-1007).' };
      if (n.length > MAX_NAME_QUERY_CHARS) return { ok: false, error: `A name query may be at most ${MAX_NAME_QUERY_CHARS} characters; this one is ${n.length}.` };
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(n)) return { ok: false, error: 'A name query cannot contain control characters.' };
      return { ok: true, url: u('NAME', n) };
    }
    case 'catnr': {
      const c = q.catnr.trim();
      if (!/^\d{1,9}$/.test(c)) return { ok: false, error: `A catalogue number is a whole number from 1 to ${MAX_CATNR.toLocaleString('en-US')} (digits only).` };
      const v = Number(c);
      if (v < 1 || v > MAX_CATNR) return { ok: false, error: `A catalogue number is a whole number from 1 to ${MAX_CATNR.toLocaleString('en-US')}; got ${c}.` };
      return { ok: true, url: u('CATNR', String(v)) };
    }
  }
}

/** A file name for the answer (helps format detection and names the shell): "celestrak-starlink.json". */
export function catalogFileName(q: CatalogQuery): string {
  const raw = q.kind === 'group' ? q.group : q.kind === 'name' ? `name-${q.name}` : `catnr-${q.catnr}`;
  const safe = raw.trim().replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `celestrak-${safe || 'query'}.json`;
}

/** A default shell name for the answer: "CelesTrak starlink", "CelesTrak “ISS”", "CelesTrak #25544". */
export function catalogShellName(q: CatalogQuery): string {
  if (q.kind === 'group') return `CelesTrak ${q.group.trim()}`;
  if (q.kind === 'name') return `CelesTrak “${q.name.trim().slice(0, MAX_NAME_QUERY_CHARS)}”`;
  return `CelesTrak #${q.catnr.trim()}`;
}

export type FetchResult = { ok: true; text: string; records: number } | { ok: false; error: string };

type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string>; credentials?: RequestCredentials }) => Promise<{
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

const secs = (ms: number) => String(Number((ms / 1000).toFixed(2)));

function shortText(s: string, n = 120): string {
  // eslint-disable-next-line no-control-regex
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

/**
 * Fetches a GP query URL (only https://celestrak.org) and checks the answer is a non-empty JSON
 * array within the import size limit. Never throws. `fetchImpl` is for tests.
 */
export async function fetchCatalog(
  url: string,
  opts: { fetchImpl?: FetchLike; signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<FetchResult> {
  if (!url.startsWith(`${CELESTRAK_GP_ENDPOINT}?`)) return { ok: false, error: `Only CelesTrak GP queries (${CELESTRAK_GP_ENDPOINT}) are fetched.` };
  const fetchImpl: FetchLike = opts.fetchImpl ?? ((u, init) => fetch(u, init));
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort);
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  try {
    let res: Awaited<ReturnType<FetchLike>>;
    try {
      res = await fetchImpl(url, { signal: ctrl.signal, credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (err) {
      if (opts.signal?.aborted) return { ok: false, error: 'The request was cancelled.' };
      if (timedOut) return { ok: false, error: `CelesTrak did not answer within ${secs(timeoutMs)} s.` };
      const why = err instanceof Error && err.message ? ` (${shortText(err.message, 80)})` : '';
      return { ok: false, error: `CelesTrak could not be reached${why}: offline, blocked, or the site is down.` };
    }
    if (!res.ok) {
      const hint = res.status === 403 || res.status === 429 ? ' CelesTrak limits how often the same data may be downloaded; try again in a few hours.' : '';
      return { ok: false, error: `CelesTrak answered HTTP ${res.status}${res.statusText ? ` ${shortText(res.statusText, 60)}` : ''}.${hint}` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > MAX_IMPORT_CHARS) {
      return { ok: false, error: `The answer is ${(declared / 1048576).toFixed(1)} MB; the limit is 50 MB.` };
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      if (timedOut) return { ok: false, error: `CelesTrak did not finish answering within ${secs(timeoutMs)} s.` };
      return { ok: false, error: `The answer could not be read (${err instanceof Error ? shortText(err.message, 80) : 'unknown error'}).` };
    }
    return checkCatalogText(text);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Checks a GP answer's text: within the size limit, JSON, an array, not empty. */
export function checkCatalogText(text: string): FetchResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `The answer is ${(text.length / 1048576).toFixed(1)} MB; the limit is 50 MB.` };
  const body = text.trim();
  if (body === '') return { ok: false, error: 'CelesTrak sent an empty answer.' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // CelesTrak answers an unknown name or number with plain text ("No GP data found").
    return { ok: false, error: `The answer is not JSON: “${shortText(body)}”.` };
  }
  if (!Array.isArray(value)) return { ok: false, error: 'The answer is JSON but not a list of element sets.' };
  if (value.length === 0) return { ok: false, error: 'No element sets matched the query (CelesTrak sent an empty list).' };
  return { ok: true, text: body, records: value.length };
}
