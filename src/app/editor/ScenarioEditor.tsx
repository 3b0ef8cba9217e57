/**
 * The scenario editor: a drawer over the left column (a sheet above the time bar on phones) that
 * edits a copy of the scenario JSON. Every change is validated at once (the validator is loaded
 * lazily, so zod stays out of the initial bundle) and its problems shown next to the field; a valid
 * edit is applied after 400 ms through engine.apply, which keeps time, warp, play state and the
 * selection and records one undo step. An invalid edit is never applied: the scene keeps running
 * the last valid scenario.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import type { Engine } from '../../engine/engine';
import {
  ADDABLE_KINDS,
  addShell,
  asScenario,
  canRemoveShell,
  hiddenAfterRemove,
  removeShell,
  setNodeField,
  setShellField,
  shellCount,
  sortIssues,
  valueFromInput,
  type AddableKind,
  type FieldSpec,
} from './edit';
import { downloadScenario, openScenarioFile } from './fileIO';
import { NodeFields } from './NodeFields';
import { Problems, ShellFields, useKindName } from './ShellFields';
import { TourFields } from './TourFields';
import { useEditorUi } from './editorUi';
import './editor.css';

/** Delay between the last valid edit and applying it, ms. */
const APPLY_DELAY_MS = 400;

function typingIn(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return (
    !!t &&
    (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)
  );
}

function errorLines(err: unknown): string[] {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n').filter((l) => l.trim() !== '');
}

export function ScenarioEditor({ engine }: { engine: Engine }) {
  const open = useEditorUi((s) => s.open);
  const setOpen = useEditorUi((s) => s.setOpen);
  const scenario = useApp((s) => s.scenario);
  const history = useApp((s) => s.history);
  const meta = useApp((s) => s.meta);
  const { t } = useTranslation('editor');
  const kindName = useKindName();

  /** The edited copy (may be invalid) and the problems of the last validation. */
  const [draft, setDraft] = useState<unknown>(scenario);
  const [issues, setIssues] = useState<string[]>([]);
  const [addKind, setAddKind] = useState<AddableKind>('walker');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const draftRef = useRef<unknown>(scenario);
  /** The last draft that validated, waiting to be applied (null when the draft is invalid). */
  const validRef = useRef<unknown>(null);
  /** Drafts this editor applied: the store showing one of them is not an outside change. */
  const applied = useRef(new WeakSet<object>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const validateSeq = useRef(0);
  const applying = useRef(false);
  const again = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  /** Back to the scenario shown, dropping edits not applied yet. */
  const discard = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    validateSeq.current++;
    validRef.current = null;
    const current = useApp.getState().scenario;
    draftRef.current = current;
    setDraft(current);
    setIssues([]);
  }, []);

  // Undo, redo, another file or an API load changed the scenario: the draft follows it.
  useEffect(() => {
    if (scenario && typeof scenario === 'object' && applied.current.has(scenario)) return;
    discard();
  }, [scenario, discard]);

  /** Applies the latest valid draft; one apply at a time, later edits wait for the one in flight. */
  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (applying.current) {
      again.current = true;
      return;
    }
    applying.current = true;
    try {
      do {
        again.current = false;
        const next = validRef.current;
        if (next === null || typeof next !== 'object' || next === useApp.getState().scenario) break;
        applied.current.add(next);
        try {
          await engine.apply(next);
          if (validRef.current === next) validRef.current = null;
        } catch (err) {
          if (draftRef.current === next) setIssues(errorLines(err));
          break;
        }
      } while (again.current);
    } finally {
      applying.current = false;
    }
  }, [engine]);

  /** A new draft: validate it, show its problems, and apply it (after a pause when typing). */
  const commit = useCallback(
    async (next: unknown, opts: { delay: boolean }) => {
      draftRef.current = next;
      setDraft(next);
      setFileNote(null);
      const seq = ++validateSeq.current;
      const [{ parseScenario }] = await Promise.all([
        import('../../scenario/validate'),
        import('../../scenario/elementSetSupport'),
      ]);
      if (seq !== validateSeq.current) return;
      const r = parseScenario(next);
      if (!r.ok) {
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = null;
        validRef.current = null;
        setIssues(r.issues);
        return;
      }
      setIssues([]);
      validRef.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      if (opts.delay) timer.current = setTimeout(() => void flush(), APPLY_DELAY_MS);
      else void flush();
    },
    [flush],
  );

  const dirty = draft !== scenario;
  const canUndo = dirty || history.past.length > 0;
  const canRedo = history.future.length > 0;

  const undo = useCallback(async () => {
    if (draftRef.current !== useApp.getState().scenario && !applying.current) {
      discard();
      return;
    }
    await engine.undo().catch(() => undefined);
    // The scenario undone to may be one this editor applied before: show it.
    discard();
  }, [engine, discard]);

  const redo = useCallback(async () => {
    if (useApp.getState().history.future.length === 0) return;
    discard();
    await engine.redo().catch(() => undefined);
    discard();
  }, [engine, discard]);

  // Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y; not while typing (the input has its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingIn(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((k === 'z' && e.shiftKey) || (k === 'y' && e.ctrlKey && !e.shiftKey)) {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const close = () => {
    if (validRef.current !== null) void flush();
    else discard();
    setOpen(false);
  };

  // No timer outlives the editor.
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const doc = asScenario(draft);
  const sorted = useMemo(() => sortIssues(issues, doc), [issues, doc]);

  if (!open) return null;

  const onShellField = (i: number, spec: FieldSpec, text: string) => {
    const d = asScenario(draftRef.current);
    if (d) void commit(setShellField(d, i, spec.key, valueFromInput(spec, text)), { delay: true });
  };
  const onNodeField = (spec: FieldSpec, text: string) => {
    const d = asScenario(draftRef.current);
    if (d) void commit(setNodeField(d, spec.key, valueFromInput(spec, text)), { delay: true });
  };
  const onAdd = () => {
    const d = asScenario(draftRef.current);
    if (d) void commit(addShell(d, addKind), { delay: false });
  };
  const onRemove = (i: number) => {
    const d = asScenario(draftRef.current);
    if (!d || !canRemoveShell(d, i)) return;
    const st = useApp.getState();
    if (st.hiddenShells.length) st.setHiddenShells(hiddenAfterRemove(st.hiddenShells, i));
    void commit(removeShell(d, i), { delay: false });
  };
  const onSave = () => {
    const current = validRef.current ?? useApp.getState().scenario;
    if (current === null) return;
    const name = downloadScenario(current);
    setFileNote(t('saved', { name }));
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileNote(t('opening', { name: file.name }));
    const problem = await openScenarioFile(file, {
      load: (json) => engine.load(json),
      notify: (text) => useApp.getState().notify('error', text),
    });
    setFileNote(problem === null ? t('opened', { name: file.name }) : null);
    if (problem !== null) setIssues(errorLines(problem));
  };

  return (
    <aside className="card editor" id="scenario-editor" data-testid="editor" aria-label={t('title')}>
      <header className="ed-head">
        <h3>{t('title')}</h3>
        <div className="ed-actions">
          <button
            data-testid="editor-undo"
            disabled={!canUndo}
            onClick={() => void undo()}
            title={t('undoTitle')}
          >
            {t('undo')}
          </button>
          <button
            data-testid="editor-redo"
            disabled={!canRedo}
            onClick={() => void redo()}
            title={t('redoTitle')}
          >
            {t('redo')}
          </button>
          <button className="icon" data-testid="editor-close" aria-label={t('close')} onClick={close}>
            ×
          </button>
        </div>
      </header>
      <div className="ed-body">
        <div className="ed-file">
          <button data-testid="editor-save" onClick={onSave} disabled={scenario === null}>
            {t('save')}
          </button>
          <button data-testid="editor-open-file" onClick={() => fileInput.current?.click()}>
            {t('openFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="editor-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              void onFile(f);
            }}
          />
          <span className="muted small ed-file-note" role="status" data-testid="editor-file-note">
            {fileNote ?? (dirty && issues.length === 0 ? t('applying') : '')}
          </span>
        </div>
        <Problems list={sorted.general} />
        {!doc ? (
          <p className="muted">{t('noScenario')}</p>
        ) : (
          <>
            <h4>{t('shells')}</h4>
            {doc.shells.map((sh, i) => {
              const m = meta?.shells[i];
              const count = shellCount(sh ?? {}) ?? (m && m.kind === sh?.kind ? m.count : null);
              return (
                <ShellFields
                  key={i}
                  index={i}
                  shell={sh ?? {}}
                  count={count}
                  fieldProblems={(key) => sorted.fields.get(`${i}.${key}`)}
                  shellProblems={sorted.shells.get(i)}
                  canRemove={canRemoveShell(doc, i)}
                  onField={(spec, text) => onShellField(i, spec, text)}
                  onRemove={() => onRemove(i)}
                />
              );
            })}
            <div className="ed-add">
              <label className="muted small" htmlFor="ed-add-kind">
                {t('newShell')}
              </label>
              <select
                id="ed-add-kind"
                data-testid="editor-add-kind"
                value={addKind}
                onChange={(e) => setAddKind(e.target.value as AddableKind)}
              >
                {ADDABLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindName(k)}
                  </option>
                ))}
              </select>
              <button data-testid="editor-add-shell" onClick={onAdd}>
                {t('addShell')}
              </button>
            </div>
            <NodeFields node={doc.node} problems={(key) => sorted.node.get(key)} onField={onNodeField} />
            <TourFields
              tour={(doc as { tour?: unknown }).tour}
              engine={engine}
              onChange={(tour, typing) => {
                const d = asScenario(draftRef.current);
                if (d) void commit({ ...d, tour }, { delay: typing });
              }}
            />
          </>
        )}
      </div>
    </aside>
  );
}
