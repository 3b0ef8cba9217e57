/**
 * Importing satellites into the current scenario (docs/architecture.md: pasted text, files and remote
 * catalogues are hostile until checked). Three sources — pasted text, a file (chosen or dropped on
 * the dialog), CelesTrak's live catalogue (fetched only when the user presses Fetch) — all go
 * through `importElementSets`, in the import worker (src/worker/importClient.ts; files are read
 * there too). Every satellite that passes becomes one new shell of the current
 * scenario, applied through `engine.apply` (time and selection kept, one undo step); with some
 * rejected the user sees every problem and chooses whether to import the rest; with none valid
 * nothing changes. Text from input is rendered as text only.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t as tr } from '../../i18n/i18n';
import { translateProblem, translateText } from '../../i18n/problems';
import { useApp } from '../../state/store';
import {
  formatName,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_SATELLITES,
  toShell,
  type ImportResult,
} from '../../scenario/importText';
import { createImportRunner, ImportSuperseded, type ImportRunner } from '../../worker/importClient';
import type { ImportSource } from '../../worker/importProtocol';
import { fmtNumber } from '../format';
import type { Engine } from '../../engine/engine';
import { Modal } from '../Modal';
import {
  buildCatalogUrl,
  catalogFileName,
  catalogShellName,
  CATALOG_GROUPS,
  fetchCatalog,
  type CatalogQuery,
  type Msg,
} from './liveCatalog';

type Tab = 'paste' | 'file' | 'live';

const TABS: readonly Tab[] = ['paste', 'file', 'live'];
const QUERY_KINDS: readonly CatalogQuery['kind'][] = ['group', 'name', 'catnr'];

/** File types offered by the file chooser. */
const ACCEPT = '.tle,.txt,.json,.csv,.xml';

interface Pending {
  result: ImportResult;
  /** Shell name used when the name field is empty. */
  defaultName: string;
  /** Where it came from, for messages ("the pasted text", "“x.tle”", "CelesTrak"). */
  source: Msg;
}

/** What the dialog says now; `text` is translated when drawn, so a change of language changes it too. */
type Status = { kind: 'info' | 'error' | 'busy'; text: Msg } | null;

/** Rejected satellites and file problems, counting the "… and N more problems" line as N. */
export function problemCount(errors: readonly string[]): number {
  const last = errors[errors.length - 1];
  const m = last ? /^… and ([\d,]+) more problem/.exec(last) : null;
  return m ? errors.length - 1 + Number(m[1].replace(/,/g, '')) : errors.length;
}

function baseName(file: string): string {
  return file.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 120) || tr('library:import.defaultImported');
}

const mb = (bytes: number) => `${fmtNumber(bytes / 1048576, 1)} MB`;
/** Size for a message ("12 KB", "3.4 MB"), in the language's digits. */
const size = (bytes: number) =>
  bytes < 1048576 ? `${fmtNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : mb(bytes);

export function ImportDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
  const { t } = useTranslation('library');
  const [tab, setTab] = useState<Tab>('paste');
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [fileLabel, setFileLabel] = useState('');
  const [dragging, setDragging] = useState(false);
  const [queryKind, setQueryKind] = useState<CatalogQuery['kind']>('group');
  const [group, setGroup] = useState('stations');
  const [nameQuery, setNameQuery] = useState('');
  const [catnr, setCatnr] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const busy = status?.kind === 'busy';
  const hasScenario = useApp((s) => s.scenario !== null && typeof s.scenario === 'object');
  const alive = useRef(true);
  const fetchCtrl = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Reads and checks element sets off the page's thread (started on the first import, stopped with the dialog). */
  const runner = useRef<ImportRunner | null>(null);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      fetchCtrl.current?.abort();
      runner.current?.dispose();
      runner.current = null;
    };
  }, []);

  const query: CatalogQuery =
    queryKind === 'group'
      ? { kind: 'group', group }
      : queryKind === 'name'
        ? { kind: 'name', name: nameQuery }
        : { kind: 'catnr', catnr };
  const url = buildCatalogUrl(query);

  const defaultNameFor = (which: Tab): string => {
    if (pending) return pending.defaultName;
    if (which === 'live') return catalogShellName(query);
    if (which === 'file') return fileLabel ? baseName(fileLabel) : t('import.defaultImported');
    return t('import.defaultPasted');
  };

  /** Adds the valid entries of `result` as a new shell; closes the dialog when the scene has it. */
  const importResult = async (result: ImportResult, defaultName: string) => {
    const cur = useApp.getState().scenario as { shells?: unknown } | null;
    if (!cur || typeof cur !== 'object' || !Array.isArray(cur.shells)) {
      setStatus({ kind: 'error', text: () => tr('library:import.noScenario') });
      return;
    }
    const shellName = name.trim() || defaultName;
    const shell = toShell(result, shellName);
    const n = result.entries.length;
    setStatus({ kind: 'busy', text: () => tr('library:import.adding', { count: n }) });
    try {
      await engine.apply({ ...cur, shells: [...cur.shells, shell] });
    } catch (err) {
      if (!alive.current) return;
      const why = (err instanceof Error ? err.message : String(err)).trim();
      setStatus({ kind: 'error', text: () => tr('library:import.applyFailed', { why: translateText(why) }) });
      return;
    }
    useApp.getState().notify(
      'info',
      tr('library:import.imported', {
        count: n,
        format: formatName(result.format),
        name: shell.name ?? shellName,
      }),
    );
    if (alive.current) onClose();
  };

  /**
   * Checks text or a file from any source in the import worker; imports at once when every satellite
   * passed and nothing was cut, else shows the problems and what was left out.
   */
  const analyse = async (
    input: ImportSource,
    filename: string | undefined,
    defaultName: string,
    source: Msg,
  ) => {
    setPending(null);
    setStatus({ kind: 'busy', text: () => tr('library:import.checking', { source: source() }) });
    runner.current ??= createImportRunner({
      useWorker: new URLSearchParams(window.location.search).get('worker') !== '0',
    });
    let result: ImportResult;
    try {
      result = await runner.current.run(input, filename);
    } catch (err) {
      if (err instanceof ImportSuperseded || !alive.current) return;
      const why = err instanceof Error ? err.message : String(err);
      setStatus({ kind: 'error', text: () => translateProblem(why) });
      return;
    }
    if (!alive.current) return;
    const n = result.entries.length;
    const m = problemCount(result.errors);
    const format = result.format === 'unknown' ? null : formatName(result.format);
    // What a limit left out: a sentence of the reader's, after the dialog's own.
    const cut = (text: string) => (result.cut ? `${text} ${translateProblem(result.cut)}` : text);
    if (n === 0) {
      setPending({ result, defaultName, source });
      setStatus({
        kind: 'error',
        text: () =>
          cut(
            format === null
              ? tr('library:import.nothing', { source: source(), count: m })
              : tr('library:import.nothingAs', { source: source(), format, count: m }),
          ),
      });
      return;
    }
    // One pasted satellite with a title line: name the shell after it.
    const dn =
      filename === undefined && n === 1 && result.entries[0].name ? result.entries[0].name : defaultName;
    if (m === 0 && !result.cut) {
      await importResult(result, dn);
      return;
    }
    setPending({ result, defaultName: dn, source });
    setStatus({
      kind: 'info',
      text: () =>
        cut(
          format === null
            ? tr('library:import.partial', { valid: n, rejected: m })
            : tr('library:import.partialAs', { valid: n, rejected: m, format }),
        ),
    });
  };

  const readFile = async (file: File) => {
    setFileLabel(file.name);
    setPending(null);
    if (file.size > MAX_IMPORT_CHARS) {
      const bytes = file.size;
      setStatus({
        kind: 'error',
        text: () => tr('library:import.tooBig', { name: file.name, size: mb(bytes) }),
      });
      return;
    }
    // The worker reads the file itself: its text never has to exist on the page's thread.
    await analyse({ file }, file.name, baseName(file.name), () =>
      tr('library:import.source.file', { name: file.name }),
    );
  };

  const onFetch = async () => {
    if (!url.ok) return;
    const q = query;
    const ctrl = new AbortController();
    fetchCtrl.current?.abort();
    fetchCtrl.current = ctrl;
    setPending(null);
    const fetching = url.url;
    setStatus({ kind: 'busy', text: () => tr('library:import.fetching', { url: fetching }) });
    const r = await fetchCatalog(url.url, { signal: ctrl.signal });
    if (!alive.current || ctrl.signal.aborted) return;
    if (!r.ok) {
      const why = r.error;
      setStatus({ kind: 'error', text: () => tr('library:import.fetchFailed', { why: why() }) });
      return;
    }
    await analyse({ text: r.text }, catalogFileName(q), catalogShellName(q), () =>
      tr('library:import.source.celestrak', { size: size(r.bytes) }),
    );
  };

  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const frameProps = {
    onDragOver: (e: DragEvent<HTMLDivElement>) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      if (!dragging) setDragging(true);
    },
    onDragLeave: (e: DragEvent<HTMLDivElement>) => {
      if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
      setDragging(false);
    },
    onDrop: (e: DragEvent<HTMLDivElement>) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = e.dataTransfer.files;
      if (!files || files.length === 0 || busy) return;
      setTab('file');
      void readFile(files[0]);
    },
  };

  const errors = pending?.result.errors ?? [];
  const valid = pending?.result.entries.length ?? 0;

  return (
    <Modal
      title={t('import.title')}
      testId="import-dialog"
      closeTestId="import-close"
      onClose={onClose}
      className={`lib-import ${dragging ? 'dragging' : ''}`}
      frameProps={frameProps}
    >
      <p className="lib-intro muted small">{t('import.intro', { max: MAX_IMPORT_SATELLITES })}</p>
      <div className="imp-tabs" role="tablist" aria-label={t('import.tabs.label')}>
        {TABS.map((id) => (
          <button
            key={id}
            role="tab"
            id={`imp-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`imp-panel-${id}`}
            className={tab === id ? 'on' : ''}
            data-testid={`import-tab-${id}`}
            onClick={() => {
              if (id === tab) return;
              setTab(id);
              // What was found in one source is not offered on another's tab.
              if (!busy) {
                setPending(null);
                setStatus(null);
              }
            }}
          >
            {t(`import.tabs.${id}`)}
          </button>
        ))}
      </div>

      <div className="imp-body">
        {tab === 'paste' && (
          <div role="tabpanel" id="imp-panel-paste" aria-labelledby="imp-tab-paste" className="imp-panel">
            <label className="imp-label" htmlFor="imp-text">
              {t('import.elementSets')}
            </label>
            <textarea
              id="imp-text"
              data-testid="import-text"
              data-autofocus=""
              spellCheck={false}
              autoComplete="off"
              rows={7}
              value={text}
              placeholder={t('import.placeholder')}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        )}
        {tab === 'file' && (
          <div role="tabpanel" id="imp-panel-file" aria-labelledby="imp-tab-file" className="imp-panel">
            <div className="imp-drop">
              <input
                ref={fileInput}
                id="imp-file"
                type="file"
                accept={ACCEPT}
                data-testid="import-file"
                className="imp-file-input"
                disabled={busy}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f) void readFile(f);
                }}
              />
              <button data-autofocus="" disabled={busy} onClick={() => fileInput.current?.click()}>
                {t('import.chooseFile')}
              </button>
              <span className="muted small">
                {t('import.dropHint', { types: ACCEPT.replace(/,/g, ' ') })}
              </span>
              {fileLabel && (
                <span className="imp-file-name small">{t('import.lastFile', { name: fileLabel })}</span>
              )}
            </div>
          </div>
        )}
        {tab === 'live' && (
          <div role="tabpanel" id="imp-panel-live" aria-labelledby="imp-tab-live" className="imp-panel">
            <div className="imp-live-row">
              <label className="imp-label" htmlFor="imp-qkind">
                {t('import.query')}
              </label>
              <select
                id="imp-qkind"
                data-testid="catalog-kind"
                data-autofocus=""
                value={queryKind}
                onChange={(e) => setQueryKind(e.target.value as CatalogQuery['kind'])}
              >
                {QUERY_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`import.queryKind.${k}`)}
                  </option>
                ))}
              </select>
              {queryKind === 'group' && (
                <select
                  aria-label={t('import.queryKind.group')}
                  data-testid="catalog-group"
                  value={group}
                  onChange={(e) => setGroup(e.target.value)}
                >
                  {CATALOG_GROUPS.map((g) => (
                    <option key={g.id} value={g.id}>
                      {t('import.groupOption', { label: g.label(), id: g.id })}
                    </option>
                  ))}
                </select>
              )}
              {queryKind === 'name' && (
                <input
                  aria-label={t('import.queryKind.name')}
                  data-testid="catalog-name"
                  value={nameQuery}
                  placeholder="ISS"
                  maxLength={200}
                  onChange={(e) => setNameQuery(e.target.value)}
                />
              )}
              {queryKind === 'catnr' && (
                <input
                  aria-label={t('import.queryKind.catnr')}
                  data-testid="catalog-catnr"
                  inputMode="numeric"
                  value={catnr}
                  placeholder="25544"
                  maxLength={12}
                  onChange={(e) => setCatnr(e.target.value)}
                />
              )}
            </div>
            {url.ok ? (
              <p className="imp-url small">
                {t('import.willFetch')} <code data-testid="catalog-url">{url.url}</code>
              </p>
            ) : (
              <p className="imp-url bad small" data-testid="catalog-url-error">
                {url.error()}
              </p>
            )}
            <p className="muted small imp-consent">{t('import.consent')}</p>
          </div>
        )}

        <div className="imp-name-row">
          <label className="imp-label" htmlFor="imp-name">
            {t('import.shellName')}
          </label>
          <input
            id="imp-name"
            data-testid="import-name"
            value={name}
            maxLength={200}
            placeholder={defaultNameFor(tab)}
            onChange={(e) => setName(e.target.value)}
          />
        </div>

        {status && (
          <p
            className={`imp-status is-${status.kind}`}
            data-testid="import-status"
            role={status.kind === 'error' ? 'alert' : 'status'}
            aria-live="polite"
          >
            {status.kind === 'busy' && <span className="imp-spin" aria-hidden />}
            {status.text()}
          </p>
        )}

        {pending && errors.length > 0 && (
          <div
            className="imp-errors"
            data-testid="import-errors"
            tabIndex={0}
            role="region"
            aria-label={valid > 0 ? t('import.rejected') : t('import.problems')}
          >
            {/* The parser's one sentence about the whole text, before the per-line problems (a catalogue line). */}
            {pending.result.headline && (
              <p className="imp-headline" data-testid="import-headline">
                {translateProblem(pending.result.headline)}
              </p>
            )}
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{translateProblem(e)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <footer className="imp-actions">
        {pending && valid > 0 && (
          <>
            <button
              className="on"
              data-testid="import-valid"
              disabled={busy || !hasScenario}
              onClick={() => void importResult(pending.result, pending.defaultName)}
            >
              {t('import.importValid', { count: valid })}
            </button>
            <button
              data-testid="import-discard"
              disabled={busy}
              onClick={() => (setPending(null), setStatus(null))}
            >
              {t('import.discard')}
            </button>
          </>
        )}
        {tab === 'paste' && !(pending && valid > 0) && (
          <button
            className="on"
            data-testid="import-submit"
            disabled={busy || text.trim() === '' || !hasScenario}
            onClick={() =>
              void analyse({ text }, undefined, t('import.defaultPasted'), () =>
                tr('library:import.source.pasted'),
              )
            }
          >
            {t('import.submit')}
          </button>
        )}
        {tab === 'live' && !(pending && valid > 0) && (
          <button
            className="on"
            data-testid="catalog-fetch"
            disabled={busy || !url.ok || !hasScenario}
            onClick={() => void onFetch()}
          >
            {t('import.fetch')}
          </button>
        )}
        <button data-testid="import-cancel" onClick={onClose}>
          {busy ? t('import.close') : t('import.cancel')}
        </button>
      </footer>
    </Modal>
  );
}
