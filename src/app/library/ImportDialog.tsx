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
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useApp } from '../../state/store';
import { formatName, MAX_IMPORT_CHARS, toShell, type ImportResult } from '../../scenario/importText';
import { createImportRunner, ImportSuperseded, type ImportRunner } from '../../worker/importClient';
import type { ImportSource } from '../../worker/importProtocol';
import { fmtCount } from '../format';
import type { Engine } from '../../engine/engine';
import { Modal } from './ScenarioPicker';
import {
  buildCatalogUrl,
  catalogFileName,
  catalogShellName,
  CATALOG_GROUPS,
  fetchCatalog,
  type CatalogQuery,
} from './liveCatalog';

type Tab = 'paste' | 'file' | 'live';

const TABS: { id: Tab; label: string }[] = [
  { id: 'paste', label: 'Paste' },
  { id: 'file', label: 'File' },
  { id: 'live', label: 'Live catalogue' },
];

/** File types offered by the file chooser. */
const ACCEPT = '.tle,.txt,.json,.csv,.xml';

interface Pending {
  result: ImportResult;
  /** Shell name used when the name field is empty. */
  defaultName: string;
  /** Where it came from, for messages ("the pasted text", "“x.tle”", "CelesTrak"). */
  source: string;
}

type Status = { kind: 'info' | 'error' | 'busy'; text: string } | null;

const plural = (n: number, one: string, many = `${one}s`) => `${fmtCount(n)} ${n === 1 ? one : many}`;

/** Rejected satellites and file problems, counting the "… and N more problems" line as N. */
export function problemCount(errors: readonly string[]): number {
  const last = errors[errors.length - 1];
  const m = last ? /^… and ([\d,]+) more problem/.exec(last) : null;
  return m ? errors.length - 1 + Number(m[1].replace(/,/g, '')) : errors.length;
}

function baseName(file: string): string {
  return file.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 120) || 'Imported satellites';
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
/** Size in words for a message ("12 KB", "3.4 MB"). */
const size = (bytes: number) => (bytes < 1048576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : mb(bytes));

export function ImportDialog({ engine, onClose }: { engine: Engine; onClose: () => void }) {
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

  const defaultNameFor = (t: Tab): string => {
    if (pending) return pending.defaultName;
    if (t === 'live') return catalogShellName(query);
    if (t === 'file') return fileLabel ? baseName(fileLabel) : 'Imported satellites';
    return 'Pasted satellites';
  };

  /** Adds the valid entries of `result` as a new shell; closes the dialog when the scene has it. */
  const importResult = async (result: ImportResult, defaultName: string) => {
    const cur = useApp.getState().scenario as { shells?: unknown } | null;
    if (!cur || typeof cur !== 'object' || !Array.isArray(cur.shells)) {
      setStatus({
        kind: 'error',
        text: 'No scenario is loaded yet: wait until the scene is ready, then import again.',
      });
      return;
    }
    const shellName = name.trim() || defaultName;
    const shell = toShell(result, shellName);
    const n = result.entries.length;
    setStatus({ kind: 'busy', text: `Adding ${plural(n, 'satellite')}…` });
    try {
      await engine.apply({ ...cur, shells: [...cur.shells, shell] });
    } catch (err) {
      if (!alive.current) return;
      const why = (err instanceof Error ? err.message : String(err)).trim();
      setStatus({ kind: 'error', text: `Nothing was imported; the current scenario is unchanged. ${why}` });
      return;
    }
    useApp
      .getState()
      .notify(
        'info',
        `Imported ${plural(n, 'satellite')} (${formatName(result.format)}) as the shell “${shell.name ?? shellName}”. Ctrl+Z undoes it.`,
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
    source: string,
  ) => {
    setPending(null);
    setStatus({ kind: 'busy', text: `Checking ${source}…` });
    runner.current ??= createImportRunner({
      useWorker: new URLSearchParams(window.location.search).get('worker') !== '0',
    });
    let result: ImportResult;
    try {
      result = await runner.current.run(input, filename);
    } catch (err) {
      if (err instanceof ImportSuperseded || !alive.current) return;
      setStatus({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
      return;
    }
    if (!alive.current) return;
    const n = result.entries.length;
    const m = problemCount(result.errors);
    const fmt = result.format === 'unknown' ? '' : ` (${formatName(result.format)})`;
    const cut = result.cut ? ` ${result.cut}` : '';
    if (n === 0) {
      setPending({ result, defaultName, source });
      setStatus({
        kind: 'error',
        text: `Nothing imported from ${source}${fmt}: no valid satellites, ${plural(m, 'problem')}.${cut}`,
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
    setStatus({ kind: 'info', text: `${fmtCount(n)} valid, ${fmtCount(m)} rejected${fmt}.${cut}` });
  };

  const readFile = async (file: File) => {
    setFileLabel(file.name);
    setPending(null);
    if (file.size > MAX_IMPORT_CHARS) {
      setStatus({
        kind: 'error',
        text: `“${file.name}” is ${mb(file.size)}; the limit is 50 MB. Nothing was imported.`,
      });
      return;
    }
    // The worker reads the file itself: its text never has to exist on the page's thread.
    await analyse({ file }, file.name, baseName(file.name), `“${file.name}”`);
  };

  const onFetch = async () => {
    if (!url.ok) return;
    const q = query;
    const ctrl = new AbortController();
    fetchCtrl.current?.abort();
    fetchCtrl.current = ctrl;
    setPending(null);
    setStatus({ kind: 'busy', text: `Fetching ${url.url} …` });
    const r = await fetchCatalog(url.url, { signal: ctrl.signal });
    if (!alive.current || ctrl.signal.aborted) return;
    if (!r.ok) {
      setStatus({ kind: 'error', text: `${r.error} Nothing was imported.` });
      return;
    }
    await analyse(
      { text: r.text },
      catalogFileName(q),
      catalogShellName(q),
      `CelesTrak’s answer (${size(r.bytes)})`,
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
      title="Import satellites"
      testId="import-dialog"
      closeTestId="import-close"
      onClose={onClose}
      className={`lib-import ${dragging ? 'dragging' : ''}`}
      frameProps={frameProps}
    >
      <p className="lib-intro muted small">
        Two- or three-line element sets (TLE) or OMM as JSON, CSV or XML. The satellites become a new shell of
        the current scenario; every one is checked first. Limits: 50 MB, {fmtCount(100_000)} satellites per
        import.
      </p>
      <div className="imp-tabs" role="tablist" aria-label="Source">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`imp-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`imp-panel-${t.id}`}
            className={tab === t.id ? 'on' : ''}
            data-testid={`import-tab-${t.id}`}
            onClick={() => {
              if (t.id === tab) return;
              setTab(t.id);
              // What was found in one source is not offered on another's tab.
              if (!busy) {
                setPending(null);
                setStatus(null);
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div className="imp-body">
        {tab === 'paste' && (
          <div role="tabpanel" id="imp-panel-paste" aria-labelledby="imp-tab-paste" className="imp-panel">
            <label className="imp-label" htmlFor="imp-text">
              Element sets
            </label>
            <textarea
              id="imp-text"
              data-testid="import-text"
              data-autofocus=""
              spellCheck={false}
              autoComplete="off"
              rows={7}
              value={text}
              placeholder={'ISS (ZARYA)\n1 25544U 98067A   …\n2 25544  51.6…\n\nor OMM as JSON, CSV or XML'}
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
                Choose a file…
              </button>
              <span className="muted small">
                or drop one on this dialog ({ACCEPT.replace(/,/g, ' ')}; up to 50 MB)
              </span>
              {fileLabel && <span className="imp-file-name small">Last file: {fileLabel}</span>}
            </div>
          </div>
        )}
        {tab === 'live' && (
          <div role="tabpanel" id="imp-panel-live" aria-labelledby="imp-tab-live" className="imp-panel">
            <div className="imp-live-row">
              <label className="imp-label" htmlFor="imp-qkind">
                Query
              </label>
              <select
                id="imp-qkind"
                data-testid="catalog-kind"
                data-autofocus=""
                value={queryKind}
                onChange={(e) => setQueryKind(e.target.value as CatalogQuery['kind'])}
              >
                <option value="group">Group</option>
                <option value="name">Name contains</option>
                <option value="catnr">Catalogue number</option>
              </select>
              {queryKind === 'group' && (
                <select
                  aria-label="Group"
                  data-testid="catalog-group"
                  value={group}
                  onChange={(e) => setGroup(e.target.value)}
                >
                  {CATALOG_GROUPS.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label} ({g.id})
                    </option>
                  ))}
                </select>
              )}
              {queryKind === 'name' && (
                <input
                  aria-label="Name contains"
                  data-testid="catalog-name"
                  value={nameQuery}
                  placeholder="ISS"
                  maxLength={200}
                  onChange={(e) => setNameQuery(e.target.value)}
                />
              )}
              {queryKind === 'catnr' && (
                <input
                  aria-label="Catalogue number"
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
                Will fetch: <code data-testid="catalog-url">{url.url}</code>
              </p>
            ) : (
              <p className="imp-url bad small" data-testid="catalog-url-error">
                {url.error}
              </p>
            )}
            <p className="muted small imp-consent">
              Nothing is fetched until you press Fetch, and only from celestrak.org. CelesTrak asks that the
              same data be downloaded at most once every few hours.
            </p>
          </div>
        )}

        <div className="imp-name-row">
          <label className="imp-label" htmlFor="imp-name">
            Shell name
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
            {status.text}
          </p>
        )}

        {pending && errors.length > 0 && (
          <div
            className="imp-errors"
            data-testid="import-errors"
            tabIndex={0}
            role="region"
            aria-label={valid > 0 ? 'Rejected satellites' : 'Problems'}
          >
            {pending.result.headline && (
              <p className="imp-headline" data-testid="import-headline">
                {pending.result.headline}
              </p>
            )}
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{e}</li>
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
              Import the {fmtCount(valid)} valid
            </button>
            <button
              data-testid="import-discard"
              disabled={busy}
              onClick={() => (setPending(null), setStatus(null))}
            >
              Discard
            </button>
          </>
        )}
        {tab === 'paste' && !(pending && valid > 0) && (
          <button
            className="on"
            data-testid="import-submit"
            disabled={busy || text.trim() === '' || !hasScenario}
            onClick={() => void analyse({ text }, undefined, 'Pasted satellites', 'the pasted text')}
          >
            Import
          </button>
        )}
        {tab === 'live' && !(pending && valid > 0) && (
          <button
            className="on"
            data-testid="catalog-fetch"
            disabled={busy || !url.ok || !hasScenario}
            onClick={() => void onFetch()}
          >
            Fetch
          </button>
        )}
        <button data-testid="import-cancel" onClick={onClose}>
          {busy ? 'Close' : 'Cancel'}
        </button>
      </footer>
    </Modal>
  );
}
