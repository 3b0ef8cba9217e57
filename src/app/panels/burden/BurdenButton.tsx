/**
 * The header's "Burden" button: opens and closes the Earth-burden panel (loaded on first open, so
 * its code is not part of the first download). The open flag lives in the store because the engine
 * asks the budget worker for the year's energy only while the panel is open.
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { isPhone } from '../../media';

export function BurdenButton() {
  const open = useApp((s) => s.burdenOpen);
  const ready = useApp((s) => s.scenario !== null);
  const { t } = useTranslation();
  return (
    <button
      className={`editor-open burden-open ${open ? 'on' : ''}`}
      data-testid="burden-open"
      aria-expanded={open}
      aria-controls="burden-panel"
      disabled={!ready}
      title={t('header.burdenTitle')}
      style={{ marginLeft: 0 }}
      onClick={() => {
        const st = useApp.getState();
        // On a phone the sheet and the expanded header would share the screen: fold the header.
        if (!open && isPhone()) st.setPanelOpen(false);
        st.setBurdenOpen(!open);
      }}
    >
      {t('header.burden')}
    </button>
  );
}
