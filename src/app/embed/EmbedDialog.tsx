/**
 * The Embed dialog (docs/embed.md): options for the embedded view — autoplay, warp, controls on/off,
 * start time, colour mode, language, height — an `<iframe>` snippet to paste into an article (with
 * a Copy button) and a live preview of exactly that snippet. The embed shows the scenario shown now,
 * edits included, through a share link in its hash (src/scenario/shareLink.ts), with the camera,
 * selection and layers of this moment.
 */
import { copyText, type CopyOutcome } from '../clipboard';
import { useEffect, useMemo, useRef, useState } from 'react';
import { LanguageOptions } from '../LanguageMenu';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { Modal } from '../Modal';
import { useApp, type ColorMode } from '../../state/store';
import { encodeShareHash } from '../../scenario/shareLink';
import { MAX_VIEW_WARP, type Lang, type ViewState } from '../../scenario/viewState';
import { parseIsoUtc } from '../../scenario/time';
import { isoUtc } from '../../sim/time';
import { COLOR_SCALES } from '../../scene/colorModes';
import type { Engine } from '../../engine/engine';
import { iframeSnippet } from './embedOptions';
import { scenarioName } from '../scenarioText';
import './embedDialog.css';

const MODES = Object.keys(COLOR_SCALES) as ColorMode[];
/** The preview follows the options after this pause in typing, ms (each change reloads the frame). */
const PREVIEW_DELAY_MS = 600;

/** The embed's address for the scenario shown now with these options. */
export function embedSrc(
  pageUrl: string,
  scenario: unknown,
  view: ViewState,
  o: { autoplay: boolean; controls: boolean },
): string {
  const u = new URL(pageUrl);
  const q = new URLSearchParams({ embed: '1' });
  if (!o.autoplay) q.set('autoplay', '0');
  if (!o.controls) q.set('controls', '0');
  return `${u.origin}${u.pathname}?${q.toString()}#${encodeShareHash(scenario, view).hash}`;
}

export function EmbedDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
  const { t } = useTranslation(['share', 'common', 'budget']);
  const scenario = useApp((s) => s.scenario);
  const meta = useApp((s) => s.meta);
  // The view when the dialog opened (camera, selection, layers); the options below replace parts of it.
  const [base] = useState<ViewState>(() => engine.getView());
  const [autoplay, setAutoplay] = useState(true);
  const [controls, setControls] = useState(true);
  const [warpText, setWarpText] = useState(() => String(engine.clock.warp));
  const [timeText, setTimeText] = useState(() => isoUtc(engine.clock.now()));
  const [colorMode, setColorMode] = useState<ColorMode>(() => useApp.getState().colorMode);
  const [lang, setLang] = useState<Lang>(() => currentLanguage());
  const [heightText, setHeightText] = useState('420');

  const warp = Number(warpText);
  const warpOk = warpText.trim() !== '' && Number.isFinite(warp) && Math.abs(warp) <= MAX_VIEW_WARP;
  const timeMs = timeText.trim() === '' ? null : parseIsoUtc(timeText.trim());
  const timeOk = timeText.trim() === '' || timeMs !== null;
  const height = Number(heightText);
  const heightOk = Number.isInteger(height) && height >= 200 && height <= 2000;

  const src = useMemo(() => {
    const view: ViewState = { ...base, colorMode, playing: autoplay, lang };
    if (warpOk) view.warp = warp;
    if (timeMs !== null) view.timeMs = timeMs;
    else delete view.timeMs;
    return embedSrc(window.location.href, scenario, view, { autoplay, controls });
  }, [base, scenario, colorMode, autoplay, lang, warpOk, warp, timeMs, controls]);
  // The iframe's title, for screen readers of the host page: in the embed's language.
  const title = meta
    ? t('embed.frameTitle', { name: scenarioName(meta.name), lng: lang })
    : t('embed.frameTitleNoName', { lng: lang });
  const snippet = iframeSnippet(src, heightOk ? height : 420, title);

  // The preview reloads only once the options have been still for a moment.
  const [previewSrc, setPreviewSrc] = useState(src);
  useEffect(() => {
    const timer = setTimeout(() => setPreviewSrc(src), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [src]);

  const field = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyOutcome | null>(null);
  const copySnippet = async () => setCopy(await copyText(snippet, field.current, 'snippet'));

  return (
    <Modal
      title={t('embed.title')}
      testId="embed-dialog"
      closeTestId="embed-close"
      onClose={onClose}
      className="embed-dialog"
    >
      <div className="embed-body">
        <p className="muted small embed-intro">{t('embed.intro')}</p>
        <fieldset className="embed-options">
          <legend className="sr-only">{t('embed.options')}</legend>
          <label>
            <input
              type="checkbox"
              data-testid="embed-opt-autoplay"
              checked={autoplay}
              onChange={(e) => setAutoplay(e.currentTarget.checked)}
            />{' '}
            {t('embed.autoplay')}
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="embed-opt-controls"
              checked={controls}
              onChange={(e) => setControls(e.currentTarget.checked)}
            />{' '}
            {t('embed.controls')}
          </label>
          <label>
            {t('embed.warp')}
            <input
              data-testid="embed-opt-warp"
              inputMode="decimal"
              value={warpText}
              aria-invalid={!warpOk}
              onChange={(e) => setWarpText(e.currentTarget.value)}
            />
          </label>
          <label className="wide">
            {t('embed.startTime')}
            <input
              data-testid="embed-opt-time"
              value={timeText}
              aria-invalid={!timeOk}
              onChange={(e) => setTimeText(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('embed.colourBy')}
            <select
              data-testid="embed-opt-color"
              value={colorMode}
              onChange={(e) => setColorMode(e.currentTarget.value as ColorMode)}
            >
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`budget:legend.modes.${m}.label`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('embed.language')}
            <select
              data-testid="embed-opt-lang"
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value as Lang)}
            >
              <LanguageOptions />
            </select>
          </label>
          <label>
            {t('embed.height')}
            <input
              data-testid="embed-opt-height"
              inputMode="numeric"
              value={heightText}
              aria-invalid={!heightOk}
              onChange={(e) => setHeightText(e.currentTarget.value)}
            />
          </label>
        </fieldset>
        {(!warpOk || !timeOk || !heightOk) && (
          <p className="embed-problem small" role="alert" data-testid="embed-problem">
            {[
              !warpOk && t('embed.badWarp', { max: MAX_VIEW_WARP }),
              !timeOk && t('embed.badTime'),
              !heightOk && t('embed.badHeight'),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
        <div className="embed-snippet-row">
          <textarea
            ref={field}
            className="embed-snippet"
            data-testid="embed-snippet"
            readOnly
            value={snippet}
            aria-label={t('embed.snippet')}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button data-testid="embed-copy" data-autofocus onClick={() => void copySnippet()}>
            {t('copy.button')}
          </button>
        </div>
        <p className="small embed-meta">
          <span className="muted">{t('characters', { count: snippet.length })}</span>
          {copy && (
            <span
              className={copy.ok ? 'embed-copied' : 'embed-copy-failed'}
              data-testid="embed-copy-status"
              role="status"
            >
              {' '}
              {copy.text()}
            </span>
          )}
        </p>
        <div className="embed-preview-label small muted">{t('embed.preview')}</div>
        <iframe
          className="embed-preview"
          data-testid="embed-preview"
          title={t('embed.previewTitle', { title })}
          src={previewSrc}
          style={{ height: `${heightOk ? height : 420}px` }}
        />
      </div>
    </Modal>
  );
}
