/**
 * The Export dialog (header "Export…"): a PNG of the view at up to 3840 × 2160, drawn at that size
 * (src/scene/snapshot.ts), with an optional caption and credit line; the selected node's budget series
 * and the constellation's state now as CSV with the command line's columns and units
 * (src/app/present/exportFiles.ts). Loaded on first use.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useState } from 'react';
import { Modal } from '../library/ScenarioPicker';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import { requestSnapshot } from '../../scene/snapshot';
import { parseIsoUtc } from '../../scenario/time';
import { satelliteIdentity } from '../../scenario/identity';
import { isoUtc } from '../../sim/time';
import { stepCount } from '../../cli/budgetRows';
import { RecordSection } from './RecordSection';
import { composePng, download, MAX_PNG_SIDE, nodeSeriesCsv, PNG_SIZES, slug, stateCsv } from './exportFiles';
import './present.css';

/** Most rows one node's CSV may have. */
const MAX_CSV_ROWS = 200_000;

type Status = { kind: 'busy' | 'ok' | 'error'; text: string; ms?: number } | null;

function StatusLine({ status, testId }: { status: Status; testId: string }) {
  if (!status) return null;
  return (
    <p
      className={`export-status ${status.kind === 'error' ? 'export-error' : 'muted'}`}
      data-testid={testId}
      data-kind={status.kind}
      data-ms={status.ms}
    >
      {status.text}
    </p>
  );
}

const wait = () => new Promise((r) => setTimeout(r, 30));

export default function ExportDialog({ engine }: { engine: Engine }) {
  const meta = useApp((s) => s.meta);
  const selected = useApp((s) => s.selected);
  const scenario = useApp((s) => s.scenario);
  const close = () => useApp.getState().setExportOpen(false);
  const [size, setSize] = useState(3);
  const [custom, setCustom] = useState({ width: '3840', height: '2160' });
  const [captionOn, setCaptionOn] = useState(false);
  const [caption, setCaption] = useState(() => {
    const st = useApp.getState();
    return st.tourStep >= 0 ? (st.meta?.tour[st.tourStep]?.caption ?? '') : (st.meta?.name ?? '');
  });
  const [creditOn, setCreditOn] = useState(true);
  const [credit, setCredit] = useState(
    () => `Compute Constellations · ${meta?.name ?? ''} · ${isoUtc(engine.clock.now())}`,
  );
  const [png, setPng] = useState<Status>(null);
  const [from, setFrom] = useState(() => isoUtc(Math.floor(engine.clock.now() / 60000) * 60000));
  const [hours, setHours] = useState('1.5');
  const [stepS, setStepS] = useState('60');
  const [csv, setCsv] = useState<Status>(null);
  const nodeId = meta && selected !== null ? satelliteIdentity(meta.shells, selected).id : null;

  const dims =
    size < PNG_SIZES.length
      ? PNG_SIZES[size]
      : { width: Math.round(Number(custom.width)), height: Math.round(Number(custom.height)) };
  const dimsOk =
    Number.isInteger(dims.width) &&
    Number.isInteger(dims.height) &&
    dims.width >= 16 &&
    dims.height >= 16 &&
    dims.width <= MAX_PNG_SIDE &&
    dims.height <= MAX_PNG_SIDE;

  const savePng = async () => {
    if (!dimsOk || !meta) return;
    setPng({ kind: 'busy', text: `Drawing ${dims.width} × ${dims.height}…` });
    const t0 = performance.now();
    try {
      const px = await requestSnapshot(dims.width, dims.height);
      const blob = await composePng(px, captionOn ? caption : '', creditOn ? credit : '');
      const ms = Math.round(performance.now() - t0);
      download(
        blob,
        `${slug(meta.name)}-${isoUtc(engine.clock.now()).replace(/:/g, '')}-${dims.width}x${dims.height}.png`,
      );
      setPng({
        kind: 'ok',
        text: `Saved a ${dims.width} × ${dims.height} PNG (${(blob.size / 1e6).toFixed(1)} MB) in ${ms} ms.`,
        ms,
      });
    } catch (e) {
      setPng({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const saveNodeCsv = async () => {
    if (!meta || selected === null || !nodeId) return;
    const fromMs = parseIsoUtc(from.trim());
    const h = Number(hours),
      s = Number(stepS);
    if (fromMs === null)
      return setCsv({ kind: 'error', text: 'From must be a UTC ISO 8601 time, e.g. 2025-06-01T00:00:00Z.' });
    if (!(h >= 0 && h <= 24 * 366))
      return setCsv({ kind: 'error', text: 'Hours must be a number from 0 to 8,784.' });
    if (!(s >= 1 && s <= 86400)) return setCsv({ kind: 'error', text: 'The step must be 1 to 86,400 s.' });
    if (stepCount(h, s) > MAX_CSV_ROWS)
      return setCsv({
        kind: 'error',
        text: `That is ${stepCount(h, s).toLocaleString('en-US')} rows; at most ${MAX_CSV_ROWS.toLocaleString('en-US')}. Use fewer hours or a longer step.`,
      });
    setCsv({ kind: 'busy', text: 'Computing the budget…' });
    await wait();
    const t0 = performance.now();
    try {
      const text = nodeSeriesCsv(scenario, meta.epochMs, selected, fromMs, h, s);
      const ms = Math.round(performance.now() - t0);
      download(
        new Blob([text], { type: 'text/csv' }),
        `${slug(meta.name)}-${slug(nodeId)}-${from.trim().replace(/:/g, '')}.csv`,
      );
      setCsv({
        kind: 'ok',
        text: `Saved ${stepCount(h, s).toLocaleString('en-US')} rows of ${nodeId} in ${ms} ms. The same rows: npm run sim -- <scenario> --nodes ${nodeId} --from ${from.trim()} --hours ${h} --step-s ${s}`,
        ms,
      });
    } catch (e) {
      setCsv({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const saveStateCsv = async () => {
    if (!meta) return;
    setCsv({ kind: 'busy', text: 'Computing every node’s budget…' });
    await wait();
    const t = Math.floor(engine.clock.now() / 1000) * 1000;
    const t0 = performance.now();
    try {
      const r = stateCsv(scenario, meta.epochMs, t);
      const ms = Math.round(performance.now() - t0);
      download(
        new Blob([r.csv], { type: 'text/csv' }),
        `${slug(meta.name)}-state-${isoUtc(t).replace(/:/g, '')}.csv`,
      );
      const n = Math.ceil(r.total / r.stride);
      setCsv({
        kind: 'ok',
        text: `Saved the state of ${n.toLocaleString('en-US')} nodes at ${isoUtc(t)}${r.stride > 1 ? ` (every ${r.stride}th of ${r.total.toLocaleString('en-US')})` : ''} in ${ms} ms.`,
        ms,
      });
    } catch (e) {
      setCsv({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Modal
      title="Export"
      testId="export-dialog"
      closeTestId="export-close"
      onClose={close}
      className="export-dialog"
    >
      <div className="export-body">
        <section className="export-section" aria-label="Picture">
          <h3>Picture (PNG)</h3>
          <p className="muted small">
            The view drawn at the size chosen, not enlarged from the screen; the centre of the view when the
            shapes differ.
          </p>
          <div className="export-row">
            <label>
              Size{' '}
              <select
                data-testid="export-size"
                value={size}
                onChange={(e) => setSize(Number(e.target.value))}
              >
                {PNG_SIZES.map((s, i) => (
                  <option key={s.label} value={i}>
                    {s.label}
                  </option>
                ))}
                <option value={PNG_SIZES.length}>Other…</option>
              </select>
            </label>
            {size === PNG_SIZES.length && (
              <>
                <input
                  data-testid="export-width"
                  aria-label="Width, px"
                  inputMode="numeric"
                  size={5}
                  value={custom.width}
                  onChange={(e) => setCustom({ ...custom, width: e.target.value })}
                />
                ×
                <input
                  data-testid="export-height"
                  aria-label="Height, px"
                  inputMode="numeric"
                  size={5}
                  value={custom.height}
                  onChange={(e) => setCustom({ ...custom, height: e.target.value })}
                />
                px
              </>
            )}
          </div>
          {!dimsOk && (
            <p className="export-error small">
              Width and height must be whole numbers from 16 to {MAX_PNG_SIDE} px.
            </p>
          )}
          <label className="export-row">
            <input
              type="checkbox"
              data-testid="export-caption-on"
              checked={captionOn}
              onChange={(e) => setCaptionOn(e.target.checked)}
            />{' '}
            Caption
            <input
              className="export-text"
              data-testid="export-caption"
              value={caption}
              disabled={!captionOn}
              maxLength={300}
              onChange={(e) => setCaption(e.target.value)}
            />
          </label>
          <label className="export-row">
            <input
              type="checkbox"
              data-testid="export-credit-on"
              checked={creditOn}
              onChange={(e) => setCreditOn(e.target.checked)}
            />{' '}
            Credit line
            <input
              className="export-text"
              data-testid="export-credit"
              value={credit}
              disabled={!creditOn}
              maxLength={200}
              onChange={(e) => setCredit(e.target.value)}
            />
          </label>
          <button
            data-testid="export-png"
            data-autofocus
            disabled={!dimsOk || png?.kind === 'busy'}
            onClick={() => void savePng()}
          >
            Save PNG
          </button>
          <StatusLine status={png} testId="export-png-status" />
        </section>

        <section className="export-section" aria-label="Numbers">
          <h3>Numbers (CSV)</h3>
          <p className="muted small">
            The command line’s columns and units: time_utc, node_id, lat_deg, lon_deg, alt_km,
            shadow_fraction, power_gen_w, power_load_w, battery_wh, temp_k, compute_available.
          </p>
          <div className="export-row">
            <label>
              From (UTC){' '}
              <input
                data-testid="export-csv-from"
                size={22}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            </label>
            <label>
              Hours{' '}
              <input
                data-testid="export-csv-hours"
                size={5}
                inputMode="decimal"
                value={hours}
                onChange={(e) => setHours(e.target.value)}
              />
            </label>
            <label>
              Step, s{' '}
              <input
                data-testid="export-csv-step"
                size={5}
                inputMode="numeric"
                value={stepS}
                onChange={(e) => setStepS(e.target.value)}
              />
            </label>
          </div>
          <div className="export-row">
            <button
              data-testid="export-csv-node"
              disabled={!nodeId || csv?.kind === 'busy'}
              title={nodeId ? '' : 'Select a satellite first'}
              onClick={() => void saveNodeCsv()}
            >
              {nodeId ? `Budget of ${nodeId}` : 'Budget of the selected node (select one)'}
            </button>
            <button
              data-testid="export-csv-state"
              disabled={csv?.kind === 'busy'}
              onClick={() => void saveStateCsv()}
            >
              Constellation state now
            </button>
          </div>
          <StatusLine status={csv} testId="export-csv-status" />
        </section>
        <RecordSection engine={engine} />
      </div>
    </Modal>
  );
}
