/**
 * The Share dialog: a link that restores what the viewer sees now (scenario with its edits, time,
 * warp, play state, camera, selection, colour mode, layers, route; src/scenario/shareLink.ts) in the
 * language chosen for it (the one in use to start with), its length, a Copy button (the clipboard API, else the browser's copy command on the selected field),
 * and a QR code for slides (its code loaded on first use). A scenario too big for a link
 * ({@link MAX_SHARE_LINK_CHARS} characters) is offered as a file instead. Everything shown is text.
 */
import { copyText, type CopyOutcome } from '../clipboard';
import { useEffect, useMemo, useRef, useState } from 'react';
import { LanguageOptions } from '../LanguageMenu';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { Modal } from '../Modal';
import { useApp } from '../../state/store';
import {
  encodeShareHash,
  MAX_SHARE_LINK_CHARS,
  MAX_SHARE_SOURCE_CHARS,
  type ShareForm,
} from '../../scenario/shareLink';
import { downloadScenario } from '../editor/fileIO';
import type { Engine } from '../../engine/engine';
import type { Lang, ViewState } from '../../scenario/viewState';
import './share.css';

/** A link to `scenario` seen with `view`, on the page at `pageUrl` (its query and hash dropped). */
export function shareUrl(
  pageUrl: string,
  scenario: unknown,
  view: ViewState,
): { url: string; form: ShareForm } {
  const u = new URL(pageUrl);
  const { hash, form } = encodeShareHash(scenario, view);
  return { url: `${u.origin}${u.pathname}#${hash}`, form };
}

type QrState = { size: number; d: string } | { error: () => string } | null;

function QrCode({ text }: { text: string }) {
  const { t } = useTranslation('share');
  const [qr, setQr] = useState<QrState>(null);
  useEffect(() => {
    let live = true;
    import('./qr')
      .then(
        (m) =>
          live &&
          setQr(
            text.length <= m.MAX_QR_CHARS
              ? m.qrPath(text)
              : { error: () => t('qr.tooLong', { n: text.length, max: m.MAX_QR_CHARS }) },
          ),
      )
      .catch(
        (e: unknown) =>
          live && setQr({ error: () => t('qr.failed', { why: e instanceof Error ? e.message : String(e) }) }),
      );
    return () => {
      live = false;
    };
  }, [text, t]);
  if (!qr) return <div className="share-qr muted small">{t('qr.making')}</div>;
  if ('error' in qr)
    return (
      <p className="share-qr-note muted small" data-testid="share-qr-note">
        {qr.error()}
      </p>
    );
  return (
    <svg
      className="share-qr"
      data-testid="share-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={t('qr.label')}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}

export function ShareDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
  const { t } = useTranslation(['share', 'common']);
  const scenario = useApp((s) => s.scenario);
  // The view at the moment the dialog opened: time keeps running behind it.
  const [moment] = useState<ViewState>(() => engine.getView());
  // The link's language: the one in use unless the sharer picks the reader's.
  const [lang, setLang] = useState<Lang>(() => currentLanguage());
  const view = useMemo<ViewState>(() => ({ ...moment, lang }), [moment, lang]);
  const { url, form } = useMemo(() => {
    // A scenario this large cannot compress into a link; skip the (seconds-long) deflate of megabytes.
    const jsonChars = JSON.stringify(scenario)?.length ?? 0;
    if (jsonChars > MAX_SHARE_SOURCE_CHARS) return { url: null, form: 'full' as const };
    return shareUrl(window.location.href, scenario, view);
  }, [scenario, view]);
  const tooLong = url === null || url.length > MAX_SHARE_LINK_CHARS;
  const link = url ?? '';
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyOutcome | null>(null);

  const copyLink = async () => setCopy(await copyText(link, field.current, 'link'));

  return (
    <Modal
      title={t('dialog.title')}
      testId="share-dialog"
      closeTestId="share-close"
      onClose={onClose}
      className="share-dialog"
    >
      <div className="share-body">
        {tooLong ? (
          <div className="share-too-big" data-testid="share-too-big">
            <p>
              {url === null
                ? t('dialog.tooBigFar', { max: MAX_SHARE_LINK_CHARS })
                : t('dialog.tooBig', { n: url.length, max: MAX_SHARE_LINK_CHARS })}
            </p>
            <button data-testid="share-download" data-autofocus onClick={() => downloadScenario(scenario)}>
              {t('dialog.download')}
            </button>
          </div>
        ) : (
          <>
            <p className="muted small share-intro">{t('dialog.intro')}</p>
            <div className="share-row">
              <input
                ref={field}
                className="share-link"
                data-testid="share-link"
                readOnly
                value={link}
                aria-label={t('dialog.linkLabel')}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button data-testid="share-copy" data-autofocus onClick={() => void copyLink()}>
                {t('copy.button')}
              </button>
            </div>
            <label className="small share-lang">
              {t('dialog.language')}{' '}
              <select
                data-testid="share-lang"
                value={lang}
                onChange={(e) => setLang(e.currentTarget.value as Lang)}
              >
                <LanguageOptions />
              </select>
            </label>
            <p className="small share-meta">
              <span data-testid="share-length">{t('characters', { count: link.length })}</span>
              <span className="muted"> · {t(`dialog.form.${form}`)}</span>
              {copy && (
                <span
                  className={copy.ok ? 'share-copied' : 'share-copy-failed'}
                  data-testid="share-copy-status"
                  role="status"
                >
                  {' '}
                  {copy.text()}
                </span>
              )}
            </p>
            <QrCode text={link} />
          </>
        )}
      </div>
    </Modal>
  );
}
