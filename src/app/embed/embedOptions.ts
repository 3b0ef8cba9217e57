/**
 * The embed's options in its address (docs/embed.md): `?embed=1&scenario=<id>&t=<ISO UTC>&warp=<n>
 * &color=<mode>&sel=<satellite id>&lang=<en|zh-CN>&autoplay=0|1&controls=0|1`. The same keys may
 * also come in the readable share-link hash (`#scenario=…&t=…`); the query wins. Pure: no DOM.
 * Every value is checked; a bad one is left out and named in `problems` (in the language in use),
 * the rest still applies.
 */
import { COLOR_MODES, isLang, MAX_VIEW_WARP, type ColorMode, type Lang } from '../../scenario/viewState';
import { parseIsoUtc } from '../../scenario/time';
import { isoUtc } from '../../sim/time';
import { t } from '../../i18n/i18n';

/** What an embed was asked to show. */
export interface EmbedOptions {
  /** Built-in scenario id (null: the default). */
  scenario: string | null;
  /** Start time, Unix ms (null: the scenario's own). */
  startMs: number | null;
  /** Warp, simulated s per wall s (null: the scenario's own). */
  warp: number | null;
  colorMode: ColorMode | null;
  /** Satellite id to select (null: the scenario's own selection). */
  selected: string | null;
  lang: Lang | null;
  /** Start playing (default true; a reader who prefers reduced motion still starts paused). */
  autoplay: boolean;
  /** Show the control bar (default true). */
  controls: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  scenario: null,
  startMs: null,
  warp: null,
  colorMode: null,
  selected: null,
  lang: null,
  autoplay: true,
  controls: true,
};

/** Longest id or value read from the address. */
const MAX_VALUE_CHARS = 200;

/** True when the address asks for the embedded view (`?embed=1`). */
export const isEmbedSearch = (search: string): boolean => new URLSearchParams(search).get('embed') === '1';

const quote = (v: string) => `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;

/** Reads the options from a query string and (optionally) a readable share hash. */
export function parseEmbedOptions(search: string, hash = ''): { options: EmbedOptions; problems: string[] } {
  const q = new URLSearchParams(search);
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (k: string): string | null => q.get(k) ?? h.get(k);
  const problems: string[] = [];
  const o: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  const text = (k: string): string | null => {
    const v = get(k);
    if (v === null || v === '') return null;
    if (v.length > MAX_VALUE_CHARS) {
      problems.push(t('share:bar.problem.long', { key: k, max: MAX_VALUE_CHARS }));
      return null;
    }
    return v;
  };
  const flag = (k: string, dflt: boolean): boolean => {
    const v = text(k);
    if (v === null) return dflt;
    if (v === '1' || v === 'true') return true;
    if (v === '0' || v === 'false') return false;
    problems.push(t('share:bar.problem.flag', { key: k, got: quote(v) }));
    return dflt;
  };
  o.scenario = text('scenario');
  const time = text('t');
  if (time !== null) {
    const ms = parseIsoUtc(time);
    if (ms === null) problems.push(t('share:bar.problem.time', { got: quote(time) }));
    else o.startMs = ms;
  }
  const w = text('warp');
  if (w !== null) {
    const n = Number(w);
    if (!/^[+-]?\d+(\.\d+)?$/.test(w) || Math.abs(n) > MAX_VIEW_WARP)
      problems.push(t('share:bar.problem.warp', { max: MAX_VIEW_WARP, got: quote(w) }));
    else o.warp = n;
  }
  const c = text('color');
  if (c !== null) {
    if ((COLOR_MODES as readonly string[]).includes(c)) o.colorMode = c as ColorMode;
    else problems.push(t('share:bar.problem.color', { modes: COLOR_MODES.join(', '), got: quote(c) }));
  }
  o.selected = text('sel');
  const l = text('lang');
  if (l !== null) {
    if (isLang(l)) o.lang = l;
    else problems.push(t('share:bar.problem.lang', { got: quote(l) }));
  }
  o.autoplay = flag('autoplay', true);
  o.controls = flag('controls', true);
  return { options: o, problems };
}

/**
 * The embed's address for these options (only what differs from the defaults), e.g.
 * `https://app.example/?embed=1&scenario=suncatcher&t=2026-06-21T12%3A00%3A00Z&warp=600`.
 * `appUrl` is the app's address without query or hash.
 */
export function embedUrl(appUrl: string, o: Partial<EmbedOptions>): string {
  const p = new URLSearchParams({ embed: '1' });
  if (o.scenario) p.set('scenario', o.scenario);
  if (o.startMs !== null && o.startMs !== undefined) p.set('t', isoUtc(o.startMs));
  if (o.warp !== null && o.warp !== undefined) p.set('warp', String(o.warp));
  if (o.colorMode) p.set('color', o.colorMode);
  if (o.selected) p.set('sel', o.selected);
  if (o.lang) p.set('lang', o.lang);
  if (o.autoplay === false) p.set('autoplay', '0');
  if (o.controls === false) p.set('controls', '0');
  return `${appUrl}?${p.toString()}`;
}

/** What the "open full view" link carries. */
export interface FullViewState {
  scenario: string;
  timeMs: number;
  warp: number;
  playing: boolean;
  selected: string | null;
  colorMode: ColorMode;
  lang: Lang | null;
}

/**
 * The full app at the same state, in the readable share-link form (docs/embed.md):
 * `<app>?scenario=<id>#scenario=<id>&t=<ISO UTC>&warp=<n>&play=0|1&sel=<id>&color=<mode>&lang=<lang>`.
 * The query names the scenario too, so the app opens it even where the hash is not read.
 */
export function fullViewUrl(appUrl: string, s: FullViewState): string {
  const h = new URLSearchParams({
    scenario: s.scenario,
    t: isoUtc(s.timeMs),
    warp: String(s.warp),
    play: s.playing ? '1' : '0',
  });
  if (s.selected) h.set('sel', s.selected);
  h.set('color', s.colorMode);
  if (s.lang) h.set('lang', s.lang);
  return `${appUrl}?${new URLSearchParams({ scenario: s.scenario }).toString()}#${h.toString()}`;
}

/** The `<iframe>` snippet an article pastes (title for screen readers; no scrolling, no border). */
export function iframeSnippet(src: string, heightPx: number, title: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const h = Math.round(Math.min(2000, Math.max(200, heightPx)));
  return `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${h}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
