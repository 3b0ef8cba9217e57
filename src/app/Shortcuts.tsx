/**
 * The keyboard shortcuts dialog: `?` anywhere outside a text field opens it (src/app/App.tsx), and so
 * does the "?" button at the end of the header's hint (src/app/ShortcutsButton.tsx). It lists every
 * key the app answers to. Loaded when first opened.
 */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useShortcuts } from './ShortcutsButton';

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
