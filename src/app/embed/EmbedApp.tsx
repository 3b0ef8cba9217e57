/**
 * The embedded view (`?embed=1`, docs/embed.md): the scene, the scenario's name, a minimal control
 * bar (play/pause, time, warp, colour mode; `controls=0` hides it) and a small "Open full view"
 * link to the app at the same state. No editor, import, chart or dialog code: this module and what
 * it imports are the embed's whole first load besides the engine.
 */
import { SubjectLabel } from '../SubjectLabel';
import { PlayToggle } from '../PlayToggle';
import { SceneBoundary } from '../SceneBoundary';
import { viewSentence } from '../viewSentence';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type ColorMode } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { SceneView } from '../SceneView';
import { HoverLabel, LoadingOverlay, WebGLError } from '../Overlays';
import { fmtUtc, fmtWarp } from '../format';
import { COLOR_SCALES } from '../../scene/colorModes';
import { fullViewUrl } from './embedOptions';
import { useEmbed } from './startEmbed';
import { problemText } from '../../i18n/problemText';
import { scenarioName } from '../scenarioText';
import './embed.css';

const WARPS = [1, 10, 60, 600, 3600, 86400];
const MODES = Object.keys(COLOR_SCALES) as ColorMode[];

export default function EmbedApp({ engine }: { engine: Engine }) {
  const { t } = useTranslation(['share', 'common']);
  const fatal = useApp((s) => s.fatal);
  const status = useApp((s) => s.status);
  const meta = useApp((s) => s.meta);
  const colorMode = useApp((s) => s.colorMode);
  const controls = useEmbed((s) => s.options.controls);

  useEffect(() => {
    document.documentElement.dataset.status = status;
  }, [status]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        t &&
        (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'BUTTON' || t.tagName === 'A')
      )
        return;
      if (e.code === 'Space') {
        e.preventDefault();
        if (engine.clock.playing) engine.pause();
        else engine.play();
      } else if (e.key === 'Escape') engine.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [engine]);

  if (fatal) return <WebGLError message={fatal} />;
  return (
    <div className={`embed ${controls ? '' : 'embed-bare'}`} data-testid="embed">
      <div className="scene">
        <SceneBoundary>
          <SceneView engine={engine} />
        </SceneBoundary>
        <HoverLabel />
        <SubjectLabel />
      </div>
      <div className="embed-top">
        {meta && (
          <div className="embed-title" data-testid="embed-title" title={viewSentence(meta, colorMode)}>
            {scenarioName(meta.name)}{' '}
            <span className="muted">· {t('common:satellites', { count: meta.total })}</span>
          </div>
        )}
        <OpenFullView engine={engine} />
      </div>
      {controls && <EmbedBar engine={engine} />}
      <EmbedNotice />
      <LoadingOverlay />
    </div>
  );
}

/**
 * Notices as one line over the top edge (the full text on hover and as its title), so that a long
 * message never covers the globe of a small frame; an error a host's message caused also goes
 * back to the host as an `error` reply or event.
 */
function EmbedNotice() {
  const { t } = useTranslation('share');
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);
  if (!notice) return null;
  // Catalogue lines (src/scenario/messages.ts) in the language in use, now and after a switch.
  const text = problemText(notice.text);
  return (
    <div
      className={`embed-notice embed-notice-${notice.kind}`}
      data-testid="notice"
      role={notice.kind === 'error' ? 'alert' : 'status'}
      title={text}
    >
      <span className="embed-notice-text">{text.split('\n').join(' · ')}</span>
      <button className="icon" aria-label={t('bar.dismiss')} title={t('bar.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

/** Play/pause, the UTC clock, warp and colour mode. */
function EmbedBar({ engine }: { engine: Engine }) {
  const { t } = useTranslation(['share', 'budget']);
  const warp = useApp((s) => s.warp);
  const colorMode = useApp((s) => s.colorMode);
  const setColorMode = useApp((s) => s.setColorMode);
  const utcRef = useRef<HTMLSpanElement>(null);

  // The clock text follows sim time at 4 Hz by ref (no React render per tick), and at once on every clock change.
  useEffect(() => {
    const update = () => {
      if (utcRef.current) utcRef.current.textContent = fmtUtc(engine.clock.now());
    };
    update();
    const id = setInterval(update, 250);
    const off = engine.clock.subscribe(update);
    return () => {
      clearInterval(id);
      off();
    };
  }, [engine]);

  const warps = WARPS.includes(Math.abs(warp)) ? WARPS : [...WARPS, Math.abs(warp)].sort((a, b) => a - b);
  return (
    <div className="embed-bar" role="toolbar" aria-label={t('bar.label')}>
      <PlayToggle engine={engine} className="eb-play" />
      <span ref={utcRef} className="eb-utc" data-testid="time-utc">
        —
      </span>
      <label className="eb-field">
        <span className="sr-only">{t('bar.warp')}</span>
        <select
          data-testid="embed-warp"
          value={Math.abs(warp)}
          title={t('bar.warpTitle')}
          onChange={(e) => engine.setWarp((warp < 0 ? -1 : 1) * Number(e.currentTarget.value))}
        >
          {warps.map((w) => (
            <option key={w} value={w}>
              {fmtWarp((warp < 0 ? -1 : 1) * w)}
            </option>
          ))}
        </select>
      </label>
      <label className="eb-field">
        <span className="sr-only">{t('bar.colourBy')}</span>
        <select
          data-testid="embed-color"
          value={colorMode}
          title={t('bar.colourBy')}
          onChange={(e) => setColorMode(e.currentTarget.value as ColorMode)}
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`budget:legend.modes.${m}.label`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/**
 * "Open full view ↗": the app in a new tab at the state shown now. The href is written when the
 * pointer or focus reaches the link (and again on press), as a share link (src/scenario/shareLink.ts,
 * loaded then) with the scenario, time, warp, camera, selection and colour mode; until that module
 * has loaded, the readable `?scenario=<id>#scenario=<id>&t=…` form of a built-in.
 */
function OpenFullView({ engine }: { engine: Engine }) {
  const { t } = useTranslation('share');
  const scenarioId = useEmbed((s) => s.scenarioId);
  const lang = useEmbed((s) => s.options.lang);
  const ref = useRef<HTMLAnchorElement>(null);
  const codec = useRef<typeof import('../../scenario/shareLink') | null>(null);

  const hrefNow = (): string => {
    const appUrl = `${location.origin}${location.pathname}`;
    const scenario = useApp.getState().scenario;
    if (codec.current && scenario) {
      try {
        const view = { ...engine.getView(), ...(lang ? { lang } : {}) };
        return `${appUrl}#${codec.current.encodeShareHash(scenario, view).hash}`;
      } catch (e) {
        console.error('The full-view link could not be written', e);
      }
    }
    if (!scenarioId) return appUrl;
    const s = engine.getState();
    return fullViewUrl(appUrl, {
      scenario: scenarioId,
      timeMs: s.simMs,
      warp: s.warp,
      playing: s.playing,
      selected: s.selected,
      colorMode: s.colorMode,
      lang,
    });
  };
  const refresh = () => {
    if (!codec.current) void import('../../scenario/shareLink').then((m) => (codec.current = m));
    if (ref.current) ref.current.href = hrefNow();
  };
  return (
    <a
      ref={ref}
      className="embed-open"
      data-testid="embed-open"
      href={hrefNow()}
      target="_blank"
      rel="noopener"
      onPointerEnter={refresh}
      onFocus={refresh}
      onPointerDown={refresh}
      onClick={refresh}
      title={t('bar.openFullTitle')}
    >
      {t('bar.openFull')}
    </a>
  );
}
