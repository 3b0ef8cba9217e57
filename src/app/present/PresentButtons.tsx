/**
 * The header's presenter buttons: presenter mode, hide panels, export. Their own module (strings in
 * `common`), so the first view does not load the presenter, which comes with the panels after the
 * first frame (src/app/deferred.tsx).
 */
import { useTranslation } from 'react-i18next';
import { useApp } from '../../state/store';

/** Header buttons: presenter mode, hide panels, export. */
export function PresentButtons() {
  const { t } = useTranslation();
  const ready = useApp((s) => s.meta !== null);
  const st = useApp.getState;
  return (
    <div className="present-buttons">
      <button
        data-testid="present-open"
        disabled={!ready}
        title={t('header.presentTitle')}
        onClick={() => st().setPresenting(true, st().meta?.tour.length ? 0 : -1)}
      >
        {t('header.present')}
      </button>
      <button
        data-testid="panels-hide"
        title={t('header.hidePanelsTitle')}
        onClick={() => st().setPanelsHidden(true)}
      >
        {t('header.hidePanels')}
      </button>
      <button
        data-testid="export-open"
        disabled={!ready}
        title={t('header.exportTitle')}
        onClick={() => st().setExportOpen(true)}
      >
        {t('header.export')}
      </button>
    </div>
  );
}
