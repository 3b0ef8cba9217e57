/**
 * The polite live region (issue 13): says when the selected satellite enters or leaves Earth's
 * shadow and when the shown route breaks or comes back (the rules: ./announce.ts). Always mounted,
 * so screen readers know the region before its first message.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useApp, type RouteEvent } from '../../state/store';
import type { Engine } from '../../engine/engine';
import {
  routeAnnouncement,
  sunlightAnnouncement,
  type Announcement,
  type SelectedSunlight,
} from './announce';
import { useSelectedSunlight } from './useSelectedSunlight';

/** The text of `m` in the language in use. */
function spoken(t: TFunction<'a11y'>, m: Announcement): string {
  switch (m.key) {
    case 'live.eclipseIn':
      return t('live.eclipseIn', { name: m.values.name });
    case 'live.eclipseOut':
      return t('live.eclipseOut', { name: m.values.name });
    case 'live.routeBroken':
      return t('live.routeBroken');
    case 'live.routeRestored':
      return t('live.routeRestored');
  }
}

export function LiveAnnouncer({ engine }: { engine: Engine }) {
  const { t } = useTranslation('a11y');
  const sel = useSelectedSunlight(engine);
  const [message, setMessage] = useState<Announcement | null>(null);
  const prevSel = useRef<SelectedSunlight | null>(null);

  useEffect(() => {
    const said = sunlightAnnouncement(prevSel.current, sel);
    prevSel.current = sel;
    if (said) setMessage(said);
  }, [sel]);

  useEffect(() => {
    let newest: RouteEvent | undefined = useApp.getState().routeEvents.at(-1);
    return useApp.subscribe((s) => {
      const next = s.routeEvents.at(-1);
      const said = routeAnnouncement(newest, next);
      newest = next;
      if (said) setMessage(said);
    });
  }, []);

  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message ? spoken(t, message) : ''}
    </div>
  );
}
