import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS,
  embedUrl,
  fullViewUrl,
  iframeSnippet,
  isEmbedSearch,
  parseEmbedOptions,
} from './embedOptions';

describe('embed options in the address', () => {
  it('defaults, and every option read back from embedUrl', () => {
    expect(parseEmbedOptions('?embed=1')).toEqual({ options: DEFAULT_EMBED_OPTIONS, problems: [] });
    const o = {
      scenario: 'suncatcher',
      startMs: Date.UTC(2026, 5, 21, 12),
      warp: -600,
      colorMode: 'battery' as const,
      selected: 'S1-P1-06',
      lang: 'zh-CN' as const,
      autoplay: false,
      controls: false,
    };
    const url = embedUrl('https://app.example/', o);
    expect(url).toBe(
      'https://app.example/?embed=1&scenario=suncatcher&t=2026-06-21T12%3A00%3A00Z&warp=-600&color=battery&sel=S1-P1-06&lang=zh-CN&autoplay=0&controls=0',
    );
    expect(isEmbedSearch(new URL(url).search)).toBe(true);
    expect(parseEmbedOptions(new URL(url).search)).toEqual({ options: o, problems: [] });
  });

  it('reads the readable hash too; the query wins', () => {
    const { options } = parseEmbedOptions(
      '?embed=1&warp=10',
      '#scenario=three-body&t=2026-01-01T00:00:00Z&warp=600&color=sunlight',
    );
    expect(options).toMatchObject({
      scenario: 'three-body',
      startMs: Date.UTC(2026, 0, 1),
      warp: 10,
      colorMode: 'sunlight',
    });
  });

  it('leaves out and names bad values', () => {
    const { options, problems } = parseEmbedOptions(
      '?embed=1&t=tomorrow&warp=1e9&color=<b>&lang=fr&autoplay=maybe&warp=x&sel=' + 'x'.repeat(300),
    );
    expect(options).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(problems).toEqual([
      't: must be an ISO 8601 UTC time such as 2026-06-21T12:00:00Z, got “tomorrow”',
      'warp: must be a number from −1000000 to 1000000, got “1e9”',
      'color: must be one of shell, sunlight, battery, temperature, compute, margin, got “<b>”',
      'sel: longer than 200 characters',
      'lang: must be en or zh-CN, got “fr”',
      'autoplay: must be 1 or 0, got “maybe”',
    ]);
    expect(isEmbedSearch('?embed=0')).toBe(false);
  });

  it('full view link: the app (no embed) with the readable state', () => {
    const url = fullViewUrl('https://app.example/', {
      scenario: 'three-body',
      timeMs: Date.UTC(2026, 2, 20, 0, 0, 1, 400),
      warp: 60,
      playing: true,
      selected: 'TB-07',
      colorMode: 'shell',
      lang: null,
    });
    expect(url).toBe(
      'https://app.example/?scenario=three-body#scenario=three-body&t=2026-03-20T00%3A00%3A01Z&warp=60&play=1&sel=TB-07&color=shell',
    );
    expect(url).not.toContain('embed');
  });

  it('snippet escapes the address and title and clamps the height', () => {
    const s = iframeSnippet('https://a.example/?embed=1&x="><script>', 5000, 'A <b> title');
    expect(s).toBe(
      '<iframe src="https://a.example/?embed=1&amp;x=&quot;&gt;&lt;script&gt;" title="A &lt;b&gt; title" width="100%" height="2000" style="border:0;max-width:100%" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });
});
