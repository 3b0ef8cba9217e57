/**
 * The link network in the totals card (store.links, ≈ 4 Hz): inter-satellite links up of those
 * possible, the longest and mean length, capacity, ground links in view, what the scene draws of it
 * when the network is too large to draw whole, and the pattern's notes.
 */
import { Trans, useTranslation } from 'react-i18next';
import { useApp } from '../../../state/store';
import { fmtCount } from '../../format';
import { drawNote, fmtCapacityGbps, fmtLinkKm } from './network';
import { useLinkPattern } from './linkPattern';
import { DlRow } from '../../cardParts';
import './network.css';

export function LinkTotals() {
  const links = useApp((s) => s.links);
  const draw = useApp((s) => s.linkDraw);
  const showLinks = useApp((s) => s.showLinks);
  const stations = useApp((s) => s.stations);
  const pattern = useLinkPattern();
  const { t } = useTranslation('network');
  if (!links) {
    if (pattern === 'none' && stations.length === 0) {
      return (
        <div className="link-totals">
          <h4>{t('totals.title')}</h4>
          <p className="small muted" data-testid="links-none">
            {t('totals.noIsl')}
          </p>
        </div>
      );
    }
    return (
      <div className="link-totals">
        <h4>{t('totals.title')}</h4>
        <p className="small muted" role="status">
          {t('totals.computing')}
        </p>
      </div>
    );
  }
  const note = pattern === 'none' ? null : drawNote(draw, showLinks);
  const pctUp = links.possible > 0 ? Math.round((links.up / links.possible) * 100) : null;
  return (
    <div className="link-totals" data-testid="link-totals">
      <h4>{t('totals.title')}</h4>
      <dl className="budget-dl totals-dl">
        {pattern === 'none' ? (
          <DlRow
            label={t('totals.laserLinks')}
            value={t('totals.none')}
            testId="links-up"
            sub={t('totals.noIslSub')}
          />
        ) : (
          <>
            <DlRow
              label={t('totals.up')}
              value={
                <Trans
                  t={t}
                  i18nKey="totals.upOf"
                  values={{ up: fmtCount(links.up), possible: fmtCount(links.possible) }}
                  components={[<span data-testid="links-up" />, <span data-testid="links-possible" />]}
                />
              }
              sub={pctUp !== null ? t('totals.upShare', { pct: pctUp }) : t('totals.noCandidates')}
            />
            <DlRow
              label={t('totals.longest')}
              value={fmtLinkKm(links.longestKm)}
              testId="links-longest"
              sub={t('totals.mean', { km: fmtLinkKm(links.meanKm) })}
            />
            <DlRow
              label={t('totals.capacity')}
              value={
                links.capacityGbpsPerLink > 0 ? fmtCapacityGbps(links.capacityUpGbps) : t('totals.notStated')
              }
              testId="links-capacity"
              sub={
                links.capacityGbpsPerLink > 0
                  ? t('totals.capacityEach', {
                      count: links.up,
                      each: fmtCapacityGbps(links.capacityGbpsPerLink),
                    })
                  : t('totals.capacityNotStated')
              }
            />
          </>
        )}
        <DlRow
          label={t('totals.ground')}
          value={fmtCount(links.groundInView)}
          testId="links-ground"
          sub={
            stations.length === 0 ? t('totals.noStations') : t('totals.groundSub', { count: stations.length })
          }
        />
      </dl>
      {note && (
        <p className="small link-note" data-testid="links-draw-note">
          {note}
        </p>
      )}
      {links.notes.length > 0 && (
        <ul className="small muted link-notes" data-testid="links-notes">
          {links.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
