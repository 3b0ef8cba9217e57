/**
 * The live catalogue (docs/architecture.md: a remote catalogue is hostile until checked, and nothing is
 * fetched without the user's consent): builds a CelesTrak GP query URL from a group, a name or a
 * catalogue number, and fetches it only when asked. Every failure (network, HTTP status, a body
 * that is not JSON, an empty answer, a size limit) comes back as a plain sentence. The body is
 * streamed with a byte cap (50 MB), so a missing or false `Content-Length` cannot make it buffer
 * more. The text of a good answer goes through the import worker like any file.
 */
import { MAX_IMPORT_CHARS } from '../../scenario/importText';
import { t } from '../../i18n/i18n';
import { fmtNumber } from '../format';

/**
 * A message kept as its key and values and translated when called (docs/i18n.md: messages that stay
 * on screen follow a change of language). Call it at render time.
 */
export type Msg = () => string;

/** CelesTrak's GP (general perturbations) query endpoint; the app's CSP allows only this host. */
export const CELESTRAK_GP_ENDPOINT = 'https://celestrak.org/NORAD/elements/gp.php';

/** Common CelesTrak groups, for a select; `label` is called at render (company names stay as they are). */
export const CATALOG_GROUPS: readonly { id: string; label: Msg }[] = [
  { id: 'stations', label: () => t('library:catalog.groups.stations') },
  { id: 'starlink', label: () => 'Starlink' },
  { id: 'oneweb', label: () => 'OneWeb' },
  { id: 'kuiper', label: () => t('library:catalog.groups.kuiper') },
  { id: 'planet', label: () => 'Planet' },
  { id: 'spire', label: () => 'Spire' },
  { id: 'iridium-NEXT', label: () => t('library:catalog.groups.iridium') },
  { id: 'gps-ops', label: () => t('library:catalog.groups.gps') },
  { id: 'galileo', label: () => t('library:catalog.groups.galileo') },
  { id: 'weather', label: () => t('library:catalog.groups.weather') },
  { id: 'visual', label: () => t('library:catalog.groups.visual') },
  { id: 'last-30-days', label: () => t('library:catalog.groups.recent') },
  { id: 'active', label: () => t('library:catalog.groups.active') },
];

/** Longest name query accepted, characters. */
export const MAX_NAME_QUERY_CHARS = 64;
/** Highest catalogue number CelesTrak's CATNR accepts (nine digits). */
export const MAX_CATNR = 999_999_999;
/** How long a fetch may take before it is abandoned, ms. */
export const FETCH_TIMEOUT_MS = 60_000;

export type CatalogQuery =
  { kind: 'group'; group: string } | { kind: 'name'; name: string } | { kind: 'catnr'; catnr: string };

export type UrlResult = { ok: true; url: string } | { ok: false; error: Msg };

/** The GP query URL for `q` (JSON format), or why the query is not valid. */
export function buildCatalogUrl(q: CatalogQuery): UrlResult {
  const u = (param: string, value: string) =>
    `${CELESTRAK_GP_ENDPOINT}?${param}=${encodeURIComponent(value)}&FORMAT=json`;
  switch (q.kind) {
    case 'group': {
      const g = q.group.trim();
      if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(g))
        return { ok: false, error: () => t('library:catalog.badGroup') };
      return { ok: true, url: u('GROUP', g) };
    }
    case 'name': {
      const n = q.name.trim();
      if (n.length === 0) return { ok: false, error: () => t('library:catalog.emptyName') };
      if (n.length > MAX_NAME_QUERY_CHARS)
        return {
          ok: false,
          error: () => t('library:catalog.longName', { max: MAX_NAME_QUERY_CHARS, n: n.length }),
        };
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(n))
        return { ok: false, error: () => t('library:catalog.controlChars') };
      return { ok: true, url: u('NAME', n) };
    }
    case 'catnr': {
      const c = q.catnr.trim();
      if (!/^\d{1,9}$/.test(c))
        return {
          ok: false,
          error: () => t('library:catalog.badCatnr', { max: MAX_CATNR }),
        };
      const v = Number(c);
      if (v < 1 || v > MAX_CATNR)
        return {
          ok: false,
          error: () => t('library:catalog.catnrRange', { max: MAX_CATNR, got: c }),
        };
      return { ok: true, url: u('CATNR', String(v)) };
    }
  }
}

/** A file name for the answer (helps format detection and names the shell): "celestrak-starlink.json". */
export function catalogFileName(q: CatalogQuery): string {
  const raw = q.kind === 'group' ? q.group : q.kind === 'name' ? `name-${q.name}` : `catnr-${q.catnr}`;
  const safe = raw
    .trim()
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `celestrak-${safe || 'query'}.json`;
}

/** A default shell name for the answer: "CelesTrak starlink", "CelesTrak “ISS”", "CelesTrak #25544". */
export function catalogShellName(q: CatalogQuery): string {
  if (q.kind === 'group') return `CelesTrak ${q.group.trim()}`;
  if (q.kind === 'name') return `CelesTrak “${q.name.trim().slice(0, MAX_NAME_QUERY_CHARS)}”`;
  return `CelesTrak #${q.catnr.trim()}`;
}

/** A good answer: its text (trimmed) and its size in bytes as received. */
export type FetchResult = { ok: true; text: string; bytes: number } | { ok: false; error: Msg };

/** The parts of a fetch Response read here; `body` is streamed when present, else `text()` is used. */
export interface FetchLikeResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string>; credentials?: RequestCredentials },
) => Promise<FetchLikeResponse>;

/** `bytes` in megabytes with one decimal, for the language in use ("60.0 MB"). */
const mb = (bytes: number) => `${fmtNumber(bytes / 1048576, 1)} MB`;
const overLimit =
  (bytes: number): Msg =>
  () =>
    t('library:catalog.overLimit', { size: mb(bytes) });

/**
 * Reads a response body as UTF-8 text, at most `maxBytes` bytes: the stream is cancelled as soon as
 * more arrive, whatever `Content-Length` said (it may be missing or wrong). Without a stream (old
 * browsers, test doubles) the text is read whole and then measured.
 */
export async function readBodyCapped(
  res: FetchLikeResponse,
  maxBytes: number,
): Promise<{ ok: true; text: string; bytes: number } | { ok: false; bytes: number }> {
  if (!res.body || typeof res.body.getReader !== 'function') {
    const text = await res.text();
    const bytes = new TextEncoder().encode(text).length;
    return bytes > maxBytes ? { ok: false, bytes } : { ok: true, text, bytes };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel('over the size limit').catch(() => undefined);
      return { ok: false, bytes };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join(''), bytes };
}

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
  if (!url.startsWith(`${CELESTRAK_GP_ENDPOINT}?`))
    return {
      ok: false,
      error: () => t('library:catalog.onlyCelestrak', { endpoint: CELESTRAK_GP_ENDPOINT }),
    };
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
      res = await fetchImpl(url, {
        signal: ctrl.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
    } catch (err) {
      if (opts.signal?.aborted) return { ok: false, error: () => t('library:catalog.cancelled') };
      if (timedOut) return { ok: false, error: () => t('library:catalog.timeout', { s: secs(timeoutMs) }) };
      const why = err instanceof Error && err.message ? shortText(err.message, 80) : '';
      return {
        ok: false,
        error: () => (why ? t('library:catalog.unreachableWhy', { why }) : t('library:catalog.unreachable')),
      };
    }
    if (!res.ok) {
      const limited = res.status === 403 || res.status === 429;
      const status = res.status;
      const text = res.statusText ? shortText(res.statusText, 60) : '';
      return {
        ok: false,
        error: () => {
          const http = text
            ? t('library:catalog.httpText', { status, text })
            : t('library:catalog.http', { status });
          return limited ? `${http} ${t('library:catalog.rateLimited')}` : http;
        },
      };
    }
    // A declared size over the limit is refused before reading; a missing or false one is caught while reading.
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > MAX_IMPORT_CHARS)
      return { ok: false, error: overLimit(declared) };
    let read: Awaited<ReturnType<typeof readBodyCapped>>;
    try {
      read = await readBodyCapped(res, MAX_IMPORT_CHARS);
    } catch (err) {
      if (opts.signal?.aborted) return { ok: false, error: () => t('library:catalog.cancelled') };
      if (timedOut) return { ok: false, error: () => t('library:catalog.slowBody', { s: secs(timeoutMs) }) };
      const why = err instanceof Error ? shortText(err.message, 80) : null;
      return {
        ok: false,
        error: () => t('library:catalog.unreadable', { why: why ?? t('library:catalog.unknownError') }),
      };
    }
    if (!read.ok) {
      const stoppedAt = read.bytes;
      return { ok: false, error: () => t('library:catalog.overLimitRead', { size: mb(stoppedAt) }) };
    }
    return checkCatalogText(read.text, read.bytes);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Checks a GP answer's text cheaply, without parsing it (the import worker does that): within the
 * size limit, not empty, starting as a JSON list and not an empty one. `bytes` defaults to the
 * text's length.
 */
export function checkCatalogText(text: string, bytes = text.length): FetchResult {
  if (bytes > MAX_IMPORT_CHARS || text.length > MAX_IMPORT_CHARS)
    return { ok: false, error: overLimit(Math.max(bytes, text.length)) };
  const body = text.trim();
  if (body === '') return { ok: false, error: () => t('library:catalog.empty') };
  // CelesTrak answers an unknown name or number with plain text ("No GP data found").
  if (body[0] === '{') return { ok: false, error: () => t('library:catalog.notList') };
  if (body[0] !== '[') {
    const start = shortText(body.slice(0, 400));
    return { ok: false, error: () => t('library:catalog.notJson', { start }) };
  }
  if (/^\[\s*\]$/.test(body.slice(0, 64))) return { ok: false, error: () => t('library:catalog.noMatch') };
  return { ok: true, text: body, bytes };
}
