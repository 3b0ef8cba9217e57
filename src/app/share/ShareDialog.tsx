/**
 * The Share dialog: a link that restores what the viewer sees now (scenario with its edits, time,
 * warp, play state, camera, selection, colour mode, layers, route, language; src/scenario/shareLink.ts),
 * its length, a Copy button (the clipboard API, else the browser's copy command on the selected field),
 * and a QR code for slides (its code loaded on first use). A scenario too big for a link
 * ({@link MAX_SHARE_LINK_CHARS} characters) is offered as a file instead. Everything shown is text.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { copyText, type CopyOutcome } from '../clipboard';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Modal } from '../library/ScenarioPicker';
import { useApp } from '../../state/store';
import {
  encodeShareHash,
  MAX_SHARE_LINK_CHARS,
  MAX_SHARE_SOURCE_CHARS,
  type ShareForm,
} from '../../scenario/shareLink';
import { downloadScenario } from '../editor/fileIO';
import type { Engine } from '../../engine/engine';
import type { ViewState } from '../../scenario/viewState';
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

const FORM_TEXT: Record<ShareForm, string> = {
  readable: 'a built-in scenario, readable',
  patch: 'your edits of a built-in scenario, compressed',
  full: 'the whole scenario, compressed',
};

function QrCode({ text }: { text: string }) {
  const [qr, setQr] = useState<{ size: number; d: string } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    import('./qr')
      .then(
        (m) =>
          live &&
          setQr(
            text.length <= m.MAX_QR_CHARS
              ? m.qrPath(text)
              : {
                  error: `This link is too long for a QR code (${text.length.toLocaleString('en-US')} characters; a code holds about ${m.MAX_QR_CHARS.toLocaleString('en-US')}).`,
                },
          ),
      )
      .catch(
        (e: unknown) =>
          live &&
          setQr({ error: `The QR code could not be made (${e instanceof Error ? e.message : String(e)}).` }),
      );
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr) return <div className="share-qr muted small">Making the QR code…</div>;
  if ('error' in qr)
    return (
      <p className="share-qr-note muted small" data-testid="share-qr-note">
        {qr.error}
      </p>
    );
  return (
    <svg
      className="share-qr"
      data-testid="share-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label="QR code of the link"
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}

export function ShareDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
  const scenario = useApp((s) => s.scenario);
  // The view at the moment the dialog opened: time keeps running behind it.
  const [view] = useState<ViewState>(() => {
    const v = engine.getView();
    return document.documentElement.lang === 'zh-CN' ? { ...v, lang: 'zh-CN' } : v;
  });
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
      title="Share this view"
      testId="share-dialog"
      closeTestId="share-close"
      onClose={onClose}
      className="share-dialog"
    >
      <div className="share-body">
        {tooLong ? (
          <div className="share-too-big" data-testid="share-too-big">
            <p>
              This scenario is too big for a link: it would be{' '}
              {url === null ? 'far more than that' : `${url.length.toLocaleString('en-US')} characters long`},
              and a share link holds at most {MAX_SHARE_LINK_CHARS.toLocaleString('en-US')} characters.
              Download it as a file and share the file instead; it opens with the editor’s Open button.
            </p>
            <button data-testid="share-download" data-autofocus onClick={() => downloadScenario(scenario)}>
              Download the scenario file
            </button>
          </div>
        ) : (
          <>
            <p className="muted small share-intro">
              The link opens this scenario at this moment, with the same camera, selection, colours, layers
              and route.
            </p>
            <div className="share-row">
              <input
                ref={field}
                className="share-link"
                data-testid="share-link"
                readOnly
                value={link}
                aria-label="Share link"
                onFocus={(e) => e.currentTarget.select()}
              />
              <button data-testid="share-copy" data-autofocus onClick={() => void copyLink()}>
                Copy
              </button>
            </div>
            <p className="small share-meta">
              <span data-testid="share-length">{link.length.toLocaleString('en-US')} characters</span>
              <span className="muted"> · {FORM_TEXT[form]}</span>
              {copy && (
                <span
                  className={copy.ok ? 'share-copied' : 'share-copy-failed'}
                  data-testid="share-copy-status"
                  role="status"
                >
                  {' '}
                  {copy.text}
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
