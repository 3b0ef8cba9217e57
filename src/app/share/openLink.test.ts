import { describe, expect, it, vi } from 'vitest';
import { openShareLink, type LinkOpener } from './openLink';
import { encodePayload } from '../../scenario/shareLink';
import { BUILTIN_SCENARIOS } from '../../scenario/builtins';
import { loadLanguage } from '../../i18n/i18n';
import { translateText } from '../../i18n/problems';

function fakeEngine(reject?: string) {
  const notices: { kind: string; text: string }[] = [];
  const loads: { scenario: unknown; view: unknown }[] = [];
  const seeks: number[] = [];
  const io: LinkOpener = {
    load: vi.fn(async (scenario: unknown, opts?: { view?: unknown }) => {
      if (reject) throw new Error(reject);
      loads.push({ scenario, view: opts?.view });
    }),
    notify: (kind, text) => notices.push({ kind, text }),
    seek: (t) => seeks.push(t),
  };
  return { io, notices, loads, seeks };
}

describe('openShareLink', () => {
  it('loads a built-in link with its view and says nothing', async () => {
    const f = fakeEngine();
    expect(
      await openShareLink(f.io, '#scenario=suncatcher&color=sunlight&t=2026-03-20T00:00:00Z', null),
    ).toBe(true);
    expect(f.loads).toEqual([
      {
        scenario: BUILTIN_SCENARIOS.suncatcher.build(),
        view: { colorMode: 'sunlight', timeMs: Date.parse('2026-03-20T00:00:00Z') },
      },
    ]);
    expect(f.notices).toEqual([]);
    expect(f.seeks).toEqual([]); // time runs: the engine's own seek is the link's
  });

  it('a paused link is seeked again after the load, so it shows its exact instant', async () => {
    const f = fakeEngine();
    await openShareLink(f.io, '#scenario=suncatcher&t=2026-03-20T00:00:00.250Z&play=0', null);
    expect(f.seeks).toEqual([Date.parse('2026-03-20T00:00:00.250Z')]);
  });

  it('an unreadable link at start loads the fallback and names the problem and what is shown', async () => {
    const f = fakeEngine();
    const fallback = vi.fn(async () => 'Three-Body');
    expect(await openShareLink(f.io, '#s=AAAA*', fallback)).toBe(false);
    expect(fallback).toHaveBeenCalledOnce();
    expect(f.notices).toHaveLength(1);
    expect(f.notices[0].kind).toBe('error');
    expect(f.notices[0].text).toMatch(
      /^This share link could not be opened\. The link is corrupted: it holds the character “\*”.*\nShowing Three-Body instead\.$/s,
    );
  });

  it('the notice is catalogue lines, drawn in the language in use', async () => {
    const f = fakeEngine();
    await openShareLink(f.io, '#s=AAAA*', async () => 'Three-Body');
    await loadLanguage('zh-CN');
    try {
      const zh = translateText(f.notices[0].text).split('\n');
      expect(zh[0]).toMatch(/^无法打开此分享链接。/);
      expect(zh[0]).not.toMatch(/could not be opened|corrupted/);
      expect(zh[1]).toBe('改为显示 Three-Body。');
    } finally {
      await loadLanguage('en');
    }
  });

  it('a scenario the engine refuses: the fallback, and the engine’s problems in the notice', async () => {
    const f = fakeEngine('The scenario is not valid.\nsources[0].url: must be an http(s) URL');
    const link =
      '#s=' +
      encodePayload({
        v: 1,
        scenario: {
          version: 1,
          name: 'x',
          sources: [{ title: 't', url: 'javascript:alert(1)' }],
          shells: [],
        },
      });
    expect(await openShareLink(f.io, link, async () => 'Three-Body')).toBe(false);
    expect(f.notices[0].text).toMatch(
      /Its scenario is not valid:\nThe scenario is not valid\.\nsources\[0\]\.url.*\nShowing Three-Body instead\./s,
    );
  });

  it('on a later hashchange (no fallback) the scenario shown stays', async () => {
    const f = fakeEngine();
    expect(await openShareLink(f.io, '#s=' + encodePayload({ v: 9, scenario: {} }), null)).toBe(false);
    expect(f.loads).toEqual([]);
    expect(f.notices[0].text).toMatch(/link format 9.*\nThe scenario shown stays\./s);
  });

  it('view problems are listed as information after the scenario loads', async () => {
    const f = fakeEngine();
    expect(await openShareLink(f.io, '#scenario=suncatcher&color=rainbow&zoom=2', null)).toBe(true);
    expect(f.loads).toHaveLength(1);
    expect(f.notices).toEqual([
      {
        kind: 'info',
        text: expect.stringMatching(
          /left out:\nunknown parameter “zoom” \(ignored\)\nlink\.colorMode: must be one of/,
        ),
      },
    ]);
  });

  it('a load superseded by a newer one is not an error', async () => {
    const f = fakeEngine('superseded by a newer scenario');
    expect(await openShareLink(f.io, '#scenario=suncatcher', async () => 'X')).toBe(false);
    expect(f.notices).toEqual([]);
  });
});
