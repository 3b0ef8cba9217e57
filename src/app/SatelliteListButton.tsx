/** The header's "Satellite list" button; the list (src/app/SatelliteList.tsx) loads when first opened. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engine } from '../engine/engine';

const SatelliteListDialog = lazy(() =>
  import('./SatelliteList').then((m) => ({ default: m.SatelliteListDialog })),
);

export function SatelliteListButton({ engine }: { engine: Engine }) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="sl-open" data-testid="satellite-list-open" onClick={() => setOpen(true)}>
        {t('list.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SatelliteListDialog engine={engine} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
