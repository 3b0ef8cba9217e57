/**
 * The Export dialog (header "Export…"): a PNG of the view at up to 3840 × 2160, drawn at that size
 * (src/scene/snapshot.ts), with an optional caption and credit line; the selected node's budget series
 * and the constellation's state now as CSV with the command line's columns and units
 * (src/app/present/exportFiles.ts). Loaded on first use.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtCount, fmtNumber } from '../format';
import { scenarioName, tourCaption } from '../scenarioText';
import { Modal } from '../Modal';
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

/** Symbol and unit between and after the custom size fields (the same in every language). */
const TIMES = '×';
const PX = 'px';

/** The CSV columns, as the command line writes them (machine-stable English in every language). */
const CSV_COLUMNS =
  'time_utc, node_id, lat_deg, lon_deg, alt_km, shadow_fraction, power_gen_w, power_load_w, battery_wh, temp_k, compute_available';

export default function ExportDialog({ engine }: { engine: Engine }) {
  const { t } = useTranslation(['present', 'common']);
  const meta = useApp((s) => s.meta);
  const selected = useApp((s) => s.selected);
  const scenario = useApp((s) => s.scenario);
  const close = () => useApp.getState().setExportOpen(false);
  const [size, setSize] = useState(3);
  const [custom, setCustom] = useState({ width: '3840', height: '2160' });
  const [captionOn, setCaptionOn] = useState(false);
  const [caption, setCaption] = useState(() => {
    const st = useApp.getState();
    const m = st.meta;
    if (!m) return '';
    const step = m.tour[st.tourStep];
    return st.tourStep >= 0 && step ? tourCaption(m.name, st.tourStep, step.caption) : scenarioName(m.name);
  });
  const [creditOn, setCreditOn] = useState(true);
  const [credit, setCredit] = useState<string>(() =>
    t('export.credit', {
      app: t('common:appName'),
      name: meta ? scenarioName(meta.name) : '',
      time: isoUtc(engine.clock.now()),
    }),
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
    setPng({ kind: 'busy', text: t('export.picture.drawing', { width: dims.width, height: dims.height }) });
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
        text: t('export.picture.saved', {
          width: dims.width,
          height: dims.height,
          mb: fmtNumber(blob.size / 1e6, 1),
          ms: fmtCount(ms),
        }),
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
    if (fromMs === null) return setCsv({ kind: 'error', text: t('export.numbers.badFrom') });
    if (!(h >= 0 && h <= 24 * 366))
      return setCsv({ kind: 'error', text: t('export.numbers.badHours', { max: fmtCount(24 * 366) }) });
    if (!(s >= 1 && s <= 86400))
      return setCsv({ kind: 'error', text: t('export.numbers.badStep', { max: fmtCount(86400) }) });
    if (stepCount(h, s) > MAX_CSV_ROWS)
      return setCsv({
        kind: 'error',
        text: t('export.numbers.tooManyRows', {
          rows: fmtCount(stepCount(h, s)),
          max: fmtCount(MAX_CSV_ROWS),
        }),
      });
    setCsv({ kind: 'busy', text: t('export.numbers.computingNode') });
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
        text: t('export.numbers.savedNode', {
          rows: fmtCount(stepCount(h, s)),
          id: nodeId,
          ms: fmtCount(ms),
          command: `npm run sim -- <scenario> --nodes ${nodeId} --from ${from.trim()} --hours ${h} --step-s ${s}`,
        }),
        ms,
      });
    } catch (e) {
      setCsv({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const saveStateCsv = async () => {
    if (!meta) return;
    setCsv({ kind: 'busy', text: t('export.numbers.computingState') });
    await wait();
    const at = Math.floor(engine.clock.now() / 1000) * 1000;
    const t0 = performance.now();
    try {
      const r = stateCsv(scenario, meta.epochMs, at);
      const ms = Math.round(performance.now() - t0);
      download(
        new Blob([r.csv], { type: 'text/csv' }),
        `${slug(meta.name)}-state-${isoUtc(at).replace(/:/g, '')}.csv`,
      );
      const n = Math.ceil(r.total / r.stride);
      setCsv({
        kind: 'ok',
        text: t(r.stride > 1 ? 'export.numbers.savedStateThinned' : 'export.numbers.savedState', {
          nodes: fmtCount(n),
          time: isoUtc(at),
          stride: r.stride,
          total: fmtCount(r.total),
          ms: fmtCount(ms),
        }),
        ms,
      });
    } catch (e) {
      setCsv({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Modal
      title={t('export.title')}
      testId="export-dialog"
      closeTestId="export-close"
      onClose={close}
      className="export-dialog"
    >
      <div className="export-body">
        <section className="export-section" aria-label={t('export.picture.section')}>
          <h3>{t('export.picture.heading')}</h3>
          <p className="muted small">{t('export.picture.intro')}</p>
          <div className="export-row">
            <label>
              {t('export.picture.size')}{' '}
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
                <option value={PNG_SIZES.length}>{t('export.picture.other')}</option>
              </select>
            </label>
            {size === PNG_SIZES.length && (
              <>
                <input
                  data-testid="export-width"
                  aria-label={t('export.picture.width')}
                  inputMode="numeric"
                  size={5}
                  value={custom.width}
                  onChange={(e) => setCustom({ ...custom, width: e.target.value })}
                />
                {TIMES}
                <input
                  data-testid="export-height"
                  aria-label={t('export.picture.height')}
                  inputMode="numeric"
                  size={5}
                  value={custom.height}
                  onChange={(e) => setCustom({ ...custom, height: e.target.value })}
                />
                {PX}
              </>
            )}
          </div>
          {!dimsOk && (
            <p className="export-error small">{t('export.picture.badSize', { max: MAX_PNG_SIDE })}</p>
          )}
          <OptionalText
            testId="export-caption"
            label={t('export.picture.caption')}
            textLabel={t('export.picture.captionText')}
            on={captionOn}
            setOn={setCaptionOn}
            text={caption}
            setText={setCaption}
            maxLength={300}
          />
          <OptionalText
            testId="export-credit"
            label={t('export.picture.credit')}
            textLabel={t('export.picture.creditText')}
            on={creditOn}
            setOn={setCreditOn}
            text={credit}
            setText={setCredit}
            maxLength={200}
          />
          <button
            data-testid="export-png"
            data-autofocus
            disabled={!dimsOk || png?.kind === 'busy'}
            onClick={() => void savePng()}
          >
            {t('export.picture.save')}
          </button>
          <StatusLine status={png} testId="export-png-status" />
        </section>

        <section className="export-section" aria-label={t('export.numbers.section')}>
          <h3>{t('export.numbers.heading')}</h3>
          <p className="muted small">
            {t('export.numbers.intro', { columns: CSV_COLUMNS })} {t('export.numbers.englishColumns')}
          </p>
          <div className="export-row">
            <label>
              {t('export.numbers.from')}{' '}
              <input
                data-testid="export-csv-from"
                size={22}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            </label>
            <label>
              {t('export.numbers.hours')}{' '}
              <input
                data-testid="export-csv-hours"
                size={5}
                inputMode="decimal"
                value={hours}
                onChange={(e) => setHours(e.target.value)}
              />
            </label>
            <label>
              {t('export.numbers.step')}{' '}
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
              title={nodeId ? '' : t('export.numbers.selectFirst')}
              onClick={() => void saveNodeCsv()}
            >
              {nodeId ? t('export.numbers.nodeBudget', { id: nodeId }) : t('export.numbers.nodeBudgetNone')}
            </button>
            <button
              data-testid="export-csv-state"
              disabled={csv?.kind === 'busy'}
              onClick={() => void saveStateCsv()}
            >
              {t('export.numbers.stateNow')}
            </button>
          </div>
          <StatusLine status={csv} testId="export-csv-status" />
        </section>
        <RecordSection engine={engine} />
      </div>
    </Modal>
  );
}

/** A line of text drawn on the picture when its box is ticked (the caption and the credit line). */
function OptionalText(p: {
  testId: string;
  label: string;
  textLabel: string;
  on: boolean;
  setOn: (on: boolean) => void;
  text: string;
  setText: (text: string) => void;
  maxLength: number;
}) {
  return (
    <label className="export-row">
      <input
        type="checkbox"
        data-testid={`${p.testId}-on`}
        checked={p.on}
        onChange={(e) => p.setOn(e.target.checked)}
      />{' '}
      {p.label}
      <input
        className="export-text"
        aria-label={p.textLabel}
        data-testid={p.testId}
        value={p.text}
        disabled={!p.on}
        maxLength={p.maxLength}
        onChange={(e) => p.setText(e.target.value)}
      />
    </label>
  );
}
