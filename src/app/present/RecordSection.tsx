/** The export dialog's "Recording (WebM)": start, span and warp, 30 or 60 fps, size estimate, progress and cancel (src/app/present/recorder.ts). */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtNumber } from '../format';
import type { Engine } from '../../engine/engine';
import { useApp } from '../../state/store';
import { parseIsoUtc } from '../../scenario/time';
import { isoUtc } from '../../sim/time';
import { browserRecordDeps, recordProblems, recordSizeBytes, recordWallS, ViewRecorder } from './recorder';
import { download, slug } from './exportFiles';

/** A frame rate as shown (a unit, the same in every language). */
const fpsLabel = (fps: number) => `${fps} fps`;

const sceneCanvas = () =>
  document.querySelector<HTMLCanvasElement>(
    'canvas[data-testid="scene-canvas"], [data-testid="scene-canvas"] canvas, .scene canvas',
  );

export function RecordSection({ engine }: { engine: Engine }) {
  const { t } = useTranslation('present');
  const meta = useApp((s) => s.meta);
  const [start, setStart] = useState(() => isoUtc(engine.clock.now()));
  const [spanMin, setSpanMin] = useState('95');
  const [warp, setWarp] = useState('600');
  const [fps, setFps] = useState<30 | 60>(30);
  const [, redraw] = useState(0);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string; bytes?: number } | null>(null);
  const recorder = useMemo(() => {
    const canvas = sceneCanvas();
    return canvas ? new ViewRecorder(engine, browserRecordDeps(canvas)) : null;
  }, [engine]);
  useEffect(() => recorder?.subscribe(() => redraw((n) => n + 1)), [recorder]);
  // Closing the dialog stops a recording.
  useEffect(() => () => recorder?.cancel(), [recorder]);

  const opts = {
    startMs: parseIsoUtc(start.trim()) ?? NaN,
    spanS: Number(spanMin) * 60,
    warp: Number(warp),
    fps,
  };
  const problems = recordProblems(opts);
  const busy = recorder?.state === 'recording';

  const go = async () => {
    if (!recorder || !meta || problems.length) return;
    setNote(null);
    const t0 = performance.now();
    try {
      const blob = await recorder.record(opts);
      if (!blob) return setNote({ kind: 'error', text: t('export.record.cancelled') });
      const s = fmtNumber((performance.now() - t0) / 1000, 1);
      download(blob, `${slug(meta.name)}-${start.trim().replace(/:/g, '')}-${fps}fps.webm`);
      setNote({
        kind: 'ok',
        text: t('export.record.saved', { seconds: s, mb: fmtNumber(blob.size / 1e6, 1) }),
        bytes: blob.size,
      });
    } catch (e) {
      setNote({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="export-section" aria-label={t('export.record.section')}>
      <h3>{t('export.record.heading')}</h3>
      <div className="export-row">
        <label>
          {t('export.record.from')}{' '}
          <input
            data-testid="record-start"
            size={22}
            value={start}
            disabled={busy}
            onChange={(e) => setStart(e.target.value)}
          />
        </label>
        <label>
          {t('export.record.span')}{' '}
          <input
            data-testid="record-span"
            size={5}
            inputMode="decimal"
            value={spanMin}
            disabled={busy}
            onChange={(e) => setSpanMin(e.target.value)}
          />
        </label>
        <label>
          {t('export.record.warp')}{' '}
          <input
            data-testid="record-warp"
            size={6}
            inputMode="decimal"
            value={warp}
            disabled={busy}
            onChange={(e) => setWarp(e.target.value)}
          />
        </label>
        <label>
          <select
            aria-label={t('export.record.fps')}
            data-testid="record-fps"
            value={fps}
            disabled={busy}
            onChange={(e) => setFps(Number(e.target.value) === 60 ? 60 : 30)}
          >
            <option value={30}>{fpsLabel(30)}</option>
            <option value={60}>{fpsLabel(60)}</option>
          </select>
        </label>
      </div>
      {problems.length > 0 ? (
        <p className="export-error small">{problems.join(' ')}</p>
      ) : (
        <p className="muted small" data-testid="record-estimate">
          {t('export.record.estimate', {
            seconds: fmtNumber(recordWallS(opts.spanS, opts.warp), 1),
            mb: fmtNumber(recordSizeBytes(opts) / 1e6, 1),
          })}
        </p>
      )}
      <div className="export-row">
        <button
          data-testid="record-start-button"
          disabled={!recorder || busy || problems.length > 0}
          onClick={() => void go()}
        >
          {t('export.record.start')}
        </button>
        <button
          data-testid="record-cancel"
          title={t('export.record.cancelTitle')}
          disabled={!busy}
          onClick={() => recorder?.cancel()}
        >
          {t('export.record.cancel')}
        </button>
        <progress
          aria-label={t('export.record.progress')}
          data-testid="record-progress"
          max={1}
          value={recorder?.progress ?? 0}
          data-state={recorder?.state ?? 'none'}
        />
      </div>
      {!recorder && <p className="export-error small">{t('export.record.noCanvas')}</p>}
      {note && (
        <p
          className={`export-status ${note.kind === 'error' ? 'export-error' : 'muted'}`}
          data-testid="record-status"
          data-kind={note.kind}
          data-bytes={note.bytes}
        >
          {note.text}
        </p>
      )}
    </section>
  );
}
