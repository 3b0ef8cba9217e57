import { describe, expect, it, vi } from 'vitest';
import { importElementSets } from '../../scenario/importText';
import { starlink20200507 } from '../../scenario/catalogs/starlink-2020-05-07';
import {
  buildCatalogUrl,
  catalogFileName,
  catalogShellName,
  CATALOG_GROUPS,
  checkCatalogText,
  fetchCatalog,
  MAX_NAME_QUERY_CHARS,
} from './liveCatalog';
import { loadLanguage } from '../../i18n/i18n';

const GP = 'https://celestrak.org/NORAD/elements/gp.php';

function response(
  body: string,
  init: { status?: number; statusText?: string; headers?: Record<string, string> } = {},
) {
  const status = init.status ?? 200;
  const headers = new Map(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: init.statusText ?? '',
    headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null },
    text: () => Promise.resolve(body),
  };
}

/** A response whose body is a stream and whose text() must not be called. */
function streamed(stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return {
    ...response('', { headers }),
    body: stream,
    text: () => Promise.reject(new Error('text() buffers the whole body')),
  };
}

/** An endless stream of 1 MB chunks of JSON-looking bytes, counting pulls and noting a cancel. */
function endless() {
  let pulls = 0;
  let cancelled = false;
  const chunk = new TextEncoder().encode(`[${'{"OBJECT_NAME":"X"},'.repeat(52428)}`.padEnd(1048576, ' '));
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        pulls++;
        c.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulls, cancelled: () => cancelled };
}

describe('buildCatalogUrl', () => {
  it('builds a group query in JSON format', () => {
    expect(buildCatalogUrl({ kind: 'group', group: 'starlink' })).toEqual({
      ok: true,
      url: `${GP}?GROUP=starlink&FORMAT=json`,
    });
    expect(buildCatalogUrl({ kind: 'group', group: 'iridium-NEXT' })).toEqual({
      ok: true,
      url: `${GP}?GROUP=iridium-NEXT&FORMAT=json`,
    });
  });

  it('offers only groups that make valid URLs', () => {
    for (const g of CATALOG_GROUPS) expect(buildCatalogUrl({ kind: 'group', group: g.id }).ok).toBe(true);
    expect(CATALOG_GROUPS.map((g) => g.id)).toEqual(
      expect.arrayContaining(['stations', 'starlink', 'oneweb', 'active']),
    );
  });

  it('rejects a group that is empty or would change the query', () => {
    expect(buildCatalogUrl({ kind: 'group', group: '' }).ok).toBe(false);
    expect(buildCatalogUrl({ kind: 'group', group: 'starlink&FORMAT=tle' }).ok).toBe(false);
    expect(buildCatalogUrl({ kind: 'group', group: '../x' }).ok).toBe(false);
  });

  it('encodes a name with spaces and reserved characters', () => {
    expect(buildCatalogUrl({ kind: 'name', name: 'ISS (ZARYA)' })).toEqual({
      ok: true,
      url: `${GP}?NAME=ISS%20(ZARYA)&FORMAT=json`,
    });
    expect(buildCatalogUrl({ kind: 'name', name: '  starlink 1007 ' })).toEqual({
      ok: true,
      url: `${GP}?NAME=starlink%201007&FORMAT=json`,
    });
    const r = buildCatalogUrl({ kind: 'name', name: 'a&b=c#d' });
    expect(r).toEqual({ ok: true, url: `${GP}?NAME=a%26b%3Dc%23d&FORMAT=json` });
  });

  it('rejects an empty, too long or control-character name', () => {
    expect(buildCatalogUrl({ kind: 'name', name: '   ' }).ok).toBe(false);
    const long = buildCatalogUrl({ kind: 'name', name: 'x'.repeat(MAX_NAME_QUERY_CHARS + 1) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error()).toContain(String(MAX_NAME_QUERY_CHARS));
    expect(buildCatalogUrl({ kind: 'name', name: 'a\nb' }).ok).toBe(false);
  });

  it('validates a catalogue number from 1 to 999999999', () => {
    expect(buildCatalogUrl({ kind: 'catnr', catnr: '25544' })).toEqual({
      ok: true,
      url: `${GP}?CATNR=25544&FORMAT=json`,
    });
    expect(buildCatalogUrl({ kind: 'catnr', catnr: '1' })).toEqual({
      ok: true,
      url: `${GP}?CATNR=1&FORMAT=json`,
    });
    expect(buildCatalogUrl({ kind: 'catnr', catnr: '00005' })).toEqual({
      ok: true,
      url: `${GP}?CATNR=5&FORMAT=json`,
    });
    expect(buildCatalogUrl({ kind: 'catnr', catnr: '999999999' })).toEqual({
      ok: true,
      url: `${GP}?CATNR=999999999&FORMAT=json`,
    });
    for (const bad of ['0', '000', '1000000000', '-5', '12.5', '1e5', 'abc', '', ' ', '25544,25545']) {
      const r = buildCatalogUrl({ kind: 'catnr', catnr: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error()).toMatch(/1 to 999,999,999/);
    }
  });

  it('names the answer and the shell', () => {
    expect(catalogFileName({ kind: 'group', group: 'starlink' })).toBe('celestrak-starlink.json');
    expect(catalogFileName({ kind: 'name', name: 'ISS (ZARYA)' })).toBe('celestrak-name-ISS-ZARYA.json');
    expect(catalogShellName({ kind: 'catnr', catnr: '25544' })).toBe('CelesTrak #25544');
    expect(catalogShellName({ kind: 'group', group: 'oneweb' })).toBe('CelesTrak oneweb');
  });
});

describe('fetchCatalog', () => {
  const url = `${GP}?GROUP=starlink&FORMAT=json`;
  const records = starlink20200507.records.slice(0, 3);

  it('returns the text of a non-empty JSON array, which imports like a file', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(response(JSON.stringify(records))));
    const r = await fetchCatalog(url, { fetchImpl });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect((fetchImpl.mock.calls[0] as unknown[])[0]).toBe(url);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bytes).toBe(JSON.stringify(records).length);
    const imported = importElementSets(r.text, 'celestrak-starlink.json');
    expect(imported.format).toBe('omm-json');
    expect(imported.errors).toEqual([]);
    expect(imported.entries.map((e) => e.noradId)).toEqual(records.map((x) => String(x.NORAD_CAT_ID)));
  });

  it('reports an HTTP error with its status', async () => {
    const r = await fetchCatalog(url, {
      fetchImpl: () => Promise.resolve(response('Not here', { status: 404, statusText: 'Not Found' })),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toBe('CelesTrak answered HTTP 404 Not Found.');
    const limited = await fetchCatalog(url, {
      fetchImpl: () => Promise.resolve(response('', { status: 403 })),
    });
    expect(limited.ok).toBe(false);
    if (!limited.ok) expect(limited.error()).toMatch(/HTTP 403.*limits how often/);
  });

  it('reports a network failure', async () => {
    const r = await fetchCatalog(url, { fetchImpl: () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toMatch(/could not be reached \(Failed to fetch\)/);
  });

  it('reports an answer that is not JSON (CelesTrak’s plain-text “No GP data found”)', async () => {
    const r = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(response('No GP data found')) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toBe('The answer is not JSON: “No GP data found”.');
  });

  it('reports an empty array, an empty body and JSON that is not a list', async () => {
    const empty = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(response('[]')) });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error()).toMatch(/No element sets matched/);
    const blank = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(response('  ')) });
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.error()).toMatch(/empty answer/);
    expect(checkCatalogText('{"a":1}').ok).toBe(false);
  });

  it('refuses an answer over 50 MB by its declared length, before reading it', async () => {
    const text = vi.fn(() => Promise.resolve('[]'));
    const big = { ...response('[]', { headers: { 'Content-Length': String(60 * 1024 * 1024) } }), text };
    const r = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(big) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toMatch(/60\.0 MB; the limit is 50 MB/);
    expect(text).not.toHaveBeenCalled();
  });

  it('streams an answer without Content-Length and stops reading it past 50 MB', async () => {
    const s = endless();
    const r = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(streamed(s.stream)) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error()).toBe(
        'The answer is over 50 MB (reading stopped at 51.0 MB); the limit is 50 MB. Nothing was imported.',
      );
    // 1 MB chunks: the 51st goes over the limit; the stream is cancelled, not drained.
    expect(s.pulled()).toBeLessThanOrEqual(53);
    expect(s.cancelled()).toBe(true);
  });

  it('does not trust a Content-Length that lies', async () => {
    const s = endless();
    const r = await fetchCatalog(url, {
      fetchImpl: () => Promise.resolve(streamed(s.stream, { 'Content-Length': '120' })),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toMatch(/over 50 MB.*limit is 50 MB/);
    expect(s.cancelled()).toBe(true);
  });

  it('decodes a streamed answer whose UTF-8 characters are split across chunks', async () => {
    const text = JSON.stringify([{ ...records[0], OBJECT_NAME: 'ÉTOILE ★' }]);
    const bytes = new TextEncoder().encode(text);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('★'))).length + 1; // inside the 3-byte star
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, at));
        c.enqueue(bytes.slice(at));
        c.close();
      },
    });
    const r = await fetchCatalog(url, { fetchImpl: () => Promise.resolve(streamed(stream)) });
    expect(r).toEqual({ ok: true, text, bytes: bytes.length });
  });

  it('fetches nothing but CelesTrak GP queries', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(response('[]')));
    const r = await fetchCatalog('https://example.com/gp.php?GROUP=x', { fetchImpl });
    expect(r.ok).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('gives up after the timeout', async () => {
    const fetchImpl = (_u: string, init?: { signal?: AbortSignal }) =>
      new Promise<ReturnType<typeof response>>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const r = await fetchCatalog(url, { fetchImpl, timeoutMs: 20 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error()).toBe('CelesTrak did not answer within 0.02 s.');
  });
});

describe('messages follow the language in use', () => {
  it('an error made in English reads in Chinese once the language changes', async () => {
    const r = await fetchCatalog(`${GP}?GROUP=starlink&FORMAT=json`, {
      fetchImpl: () => Promise.resolve(response('', { status: 404, statusText: 'Not Found' })),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error()).toBe('CelesTrak answered HTTP 404 Not Found.');
    await loadLanguage('zh-CN');
    try {
      expect(r.error()).toBe('CelesTrak 返回 HTTP 404 Not Found。');
      expect(CATALOG_GROUPS.find((g) => g.id === 'stations')?.label()).toBe('空间站');
    } finally {
      await loadLanguage('en');
    }
    expect(r.error()).toBe('CelesTrak answered HTTP 404 Not Found.');
  });
});
