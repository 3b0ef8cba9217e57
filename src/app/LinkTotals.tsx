/**
 * The link network in the totals card (store.links, ≈ 4 Hz): inter-satellite links up of those
 * possible, the longest and mean length, capacity, ground links in view, what the scene draws of it
 * when the network is too large to draw whole, and the pattern's notes.
 */
import { useApp } from '../state/store';
import { fmtCount } from './format';
import { drawNote, fmtCapacityGbps, fmtLinkKm, scenarioLinkPattern } from './network';
import './network.css';

export function LinkTotals() {
  const links = useApp((s) => s.links);
  const draw = useApp((s) => s.linkDraw);
  const showLinks = useApp((s) => s.showLinks);
  const scenario = useApp((s) => s.scenario);
  const meta = useApp((s) => s.meta);
  const stations = useApp((s) => s.stations);
  const pattern = links?.pattern ?? meta?.links?.pattern ?? scenarioLinkPattern(scenario);
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
          <div>
            <dt>Laser links</dt>
            <dd>
              <span data-testid="links-up">none</span>
              <span className="budget-sub">this scenario has no inter-satellite links</span>
            </dd>
          </div>
        ) : (
          <>
            <div>
              <dt>Laser links up</dt>
              <dd>
                <span>
                  <span data-testid="links-up">{fmtCount(links.up)}</span> of{' '}
                  <span data-testid="links-possible">{fmtCount(links.possible)}</span>
                </span>
                <span className="budget-sub">
                  {pctUp !== null
                    ? `${pctUp} % of the possible links are in range and clear of the Earth`
                    : 'no candidate links'}
                </span>
              </dd>
            </div>
            <div>
              <dt>Longest link</dt>
              <dd>
                <span data-testid="links-longest">{fmtLinkKm(links.longestKm)}</span>
                <span className="budget-sub">mean {fmtLinkKm(links.meanKm)}</span>
              </dd>
            </div>
            <div>
              <dt>Link capacity</dt>
              <dd>
                <span data-testid="links-capacity">
                  {links.capacityGbpsPerLink > 0 ? fmtCapacityGbps(links.capacityUpGbps) : 'not stated'}
                </span>
                <span className="budget-sub">
                  {links.capacityGbpsPerLink > 0
                    ? `${fmtCount(links.up)} links up × ${fmtCapacityGbps(links.capacityGbpsPerLink)} each`
                    : 'capacity not stated in the scenario'}
                </span>
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>Ground links in view</dt>
          <dd>
            <span data-testid="links-ground">{fmtCount(links.groundInView)}</span>
            <span className="budget-sub">
              {stations.length === 0
                ? 'no ground stations'
                : `station–satellite pairs above the stations’ minimum elevation (${fmtCount(stations.length)} station${stations.length === 1 ? '' : 's'})`}
            </span>
          </dd>
        </div>
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
