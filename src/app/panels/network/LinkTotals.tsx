/**
 * The link network in the totals card (store.links, ≈ 4 Hz): inter-satellite links up of those
 * possible, the longest and mean length, capacity, ground links in view, what the scene draws of it
 * when the network is too large to draw whole, and the pattern's notes.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
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
  if (!links) {
    if (pattern === 'none' && stations.length === 0) {
      return (
        <div className="link-totals">
          <h4>Links</h4>
          <p className="small muted" data-testid="links-none">
            No inter-satellite links in this scenario.
          </p>
        </div>
      );
    }
    return (
      <div className="link-totals">
        <h4>Links</h4>
        <p className="small muted" role="status">
          Computing links…
        </p>
      </div>
    );
  }
  const note = pattern === 'none' ? null : drawNote(draw, showLinks);
  const pctUp = links.possible > 0 ? Math.round((links.up / links.possible) * 100) : null;
  return (
    <div className="link-totals" data-testid="link-totals">
      <h4>Links</h4>
      <dl className="budget-dl totals-dl">
        {pattern === 'none' ? (
          <DlRow
            label="Laser links"
            value="none"
            testId="links-up"
            sub="this scenario has no inter-satellite links"
          />
        ) : (
          <>
            <DlRow
              label="Laser links up"
              value={
                <>
                  <span data-testid="links-up">{fmtCount(links.up)}</span> of{' '}
                  <span data-testid="links-possible">{fmtCount(links.possible)}</span>
                </>
              }
              sub={
                pctUp !== null
                  ? `${pctUp} % of the possible links are in range and clear of the Earth`
                  : 'no candidate links'
              }
            />
            <DlRow
              label="Longest link"
              value={fmtLinkKm(links.longestKm)}
              testId="links-longest"
              sub={<>mean {fmtLinkKm(links.meanKm)}</>}
            />
            <DlRow
              label="Link capacity"
              value={links.capacityGbpsPerLink > 0 ? fmtCapacityGbps(links.capacityUpGbps) : 'not stated'}
              testId="links-capacity"
              sub={
                links.capacityGbpsPerLink > 0
                  ? `${fmtCount(links.up)} links up × ${fmtCapacityGbps(links.capacityGbpsPerLink)} each`
                  : 'capacity not stated in the scenario'
              }
            />
          </>
        )}
        <DlRow
          label="Ground links in view"
          value={fmtCount(links.groundInView)}
          testId="links-ground"
          sub={
            stations.length === 0
              ? 'no ground stations'
              : `station–satellite pairs above the stations’ minimum elevation (${fmtCount(stations.length)} station${stations.length === 1 ? '' : 's'})`
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
