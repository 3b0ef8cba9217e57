/** The header's "?" button and the open flag of the shortcuts dialog (src/app/Shortcuts.tsx, loaded when first opened). */
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

/** Whether the shortcuts dialog is open (its own small store: the app's store knows nothing of it). */
export const useShortcuts = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** The "?" button that opens the shortcuts dialog. */
export function ShortcutsButton() {
  const { t } = useTranslation('common');
  const setOpen = useShortcuts((s) => s.setOpen);
  return (
    <button
      className="keys-open"
      data-testid="shortcuts-open"
      aria-label={t('header.shortcuts')}
      title={t('header.shortcuts')}
      onClick={() => setOpen(true)}
    >
      ?
    </button>
  );
}
