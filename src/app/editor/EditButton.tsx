/**
 * The header's "Edit" button. Its own module (strings in `common`), so the first view does not load
 * the editor, which comes with the panels after the first frame (src/app/deferred.tsx).
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';
import { useEditorUi } from './editorUi';

export function EditButton() {
  const open = useEditorUi((s) => s.open);
  const setOpen = useEditorUi((s) => s.setOpen);
  const ready = useApp((s) => s.scenario !== null);
  const { t } = useTranslation();
  return (
    <button
      className={`editor-open ${open ? 'on' : ''}`}
      data-testid="editor-open"
      aria-expanded={open}
      aria-controls="scenario-editor"
      disabled={!ready}
      onClick={() => {
        // On a phone the sheet and the expanded header would share the screen: fold the header.
        if (!open && window.matchMedia?.('(max-width: 700px)').matches) useApp.getState().setPanelOpen(false);
        setOpen(!open);
      }}
    >
      {t('header.edit')}
    </button>
  );
}
