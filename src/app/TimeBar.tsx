/** Time controls: play/pause, warp presets and reverse, a ±3-day scrubber, "Now", the UTC clock. */
import { PlayToggle } from './PlayToggle';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/store';
import { fmtUtc, fmtWarp } from './format';
import type { Engine } from '../engine/engine';

const WARPS = [1, 10, 60, 600, 3600];
const DAY_MS = 86400000;
const RANGE_MS = 3 * DAY_MS;

export function TimeBar({ engine }: { engine: Engine }) {
  const playing = useApp((s) => s.playing);
  const warp = useApp((s) => s.warp);
  const epochMs = useApp((s) => s.meta?.epochMs ?? NaN);
  const [center, setCenter] = useState(epochMs);
  const utcRef = useRef<HTMLSpanElement>(null);
  const scrubRef = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);
  const { t, i18n } = useTranslation('common');

  useEffect(() => setCenter(epochMs), [epochMs]);

  // The clock text and scrubber follow sim time at 10 Hz, by ref (no React render per tick).
  // Also at once on every clock change, so a pause or seek never shows a stale time.
  useEffect(() => {
    const update = () => {
      const t = engine.clock.now();
      if (utcRef.current) utcRef.current.textContent = fmtUtc(t);
      if (scrubRef.current && !dragging.current) {
        if (Number.isFinite(center) && Math.abs(t - center) > RANGE_MS) setCenter(t);
        scrubRef.current.value = String(Math.round((t - center) / 1000));
      }
    };
    update();
    const id = setInterval(update, 100);
    const unsubscribe = engine.clock.subscribe(update);
    return () => {
      clearInterval(id);
      unsubscribe();
    };
  }, [engine, center, i18n.language]);

  const sign = warp < 0 ? -1 : 1;
  return (
    <div className="timebar" role="toolbar" aria-label={t('time.toolbar')}>
      <PlayToggle engine={engine} className="tb-play" />
      <div className="tb-warps" role="group" aria-label={t('time.warps')}>
        <button
          data-testid="warp-reverse"
          className={sign < 0 ? 'on' : ''}
          aria-pressed={sign < 0}
          aria-label={t('time.reverse')}
          title={t('time.reverseTitle')}
          onClick={() => engine.setWarp(-warp)}
        >
          <span aria-hidden>◀◀</span>
        </button>
        {WARPS.map((w) => (
          <button
            key={w}
            data-testid={`warp-${w}`}
            className={Math.abs(warp) === w ? 'on' : ''}
            aria-pressed={Math.abs(warp) === w}
            aria-label={t('time.warp', { warp: fmtWarp(w) })}
            onClick={() => engine.setWarp(sign * w)}
          >
            {fmtWarp(w)}
          </button>
        ))}
      </div>
      <input
        ref={scrubRef}
        className="tb-scrub"
        data-testid="scrubber"
        type="range"
        aria-label={t('time.scrubber')}
        min={-RANGE_MS / 1000}
        max={RANGE_MS / 1000}
        step={60}
        defaultValue={0}
        onPointerDown={() => (dragging.current = true)}
        onPointerUp={() => (dragging.current = false)}
        onChange={(e) => engine.seek(center + Number(e.currentTarget.value) * 1000)}
      />
      <button
        className="tb-now"
        data-testid="now-button"
        title={t('time.nowTitle')}
        onClick={() => engine.seek(Date.now())}
      >
        {t('time.now')}
      </button>
      <div className="tb-time">
        <span ref={utcRef} data-testid="time-utc" className="tb-utc">
          —
        </span>
        <span className="tb-warp-label">{playing ? fmtWarp(warp) : t('time.paused')}</span>
      </div>
    </div>
  );
}
