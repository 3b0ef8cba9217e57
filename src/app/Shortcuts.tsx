/**
 * The keyboard shortcuts dialog: `?` anywhere outside a text field opens it (src/app/App.tsx), and so
 * does the "?" button at the end of the header's hint. It lists every key the app answers to.
 */
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { Modal } from './Modal';

/** Whether the shortcuts dialog is open (its own small store: the app's store knows nothing of it). */
export const useShortcuts = create<{ open: boolean; setOpen(open: boolean): void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

type KeyRow = readonly [keys: readonly string[], what: string];

export function ShortcutsDialog() {
  const { t } = useTranslation('common');
  const setOpen = useShortcuts((s) => s.setOpen);
  const anywhere: KeyRow[] = [
    [[t('keys.spaceKey')], t('keys.space')],
    [['?'], t('keys.help')],
    [['P'], t('keys.present')],
    [['H'], t('keys.hidePanels')],
    [['Esc'], t('keys.escape')],
    [['←', '→'], t('keys.leftRight')],
    [['↑', '↓'], t('keys.upDown')],
    [['Tab', '⇧ Tab'], t('keys.tab')],
  ];
  const presenter: KeyRow[] = [
    [['→', t('keys.spaceKey'), 'PgDn'], t('keys.nextStep')],
    [['←', 'PgUp'], t('keys.prevStep')],
    [['B', '.'], t('keys.blackout')],
    [['Esc'], t('keys.exitPresenter')],
  ];
  const table = (rows: KeyRow[]) => (
    <dl className="keys-list">
      {rows.map(([keys, what]) => (
        <div key={what}>
          <dt>
            {keys.map((k) => (
              <kbd key={k}>{k}</kbd>
            ))}
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <Modal
      title={t('keys.title')}
      testId="shortcuts-dialog"
      closeTestId="shortcuts-close"
      onClose={() => setOpen(false)}
      className="shortcuts"
    >
      <h3 className="small muted">{t('keys.anywhere')}</h3>
      {table(anywhere)}
      <h3 className="small muted">{t('keys.presenter')}</h3>
      {table(presenter)}
      <p className="small muted">{t('keys.searchTip')}</p>
    </Modal>
  );
}

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
