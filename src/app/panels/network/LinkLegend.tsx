/**
 * The links part of the colour card: the ramp links are coloured with (src/scene/linkColors.ts),
 * labelled 0 … the scenario's maxRangeKm in km, or in ms of one-way light time (the same colours:
 * light time is length / c); keys for ground links, broken links and the route; and the switches
 * for drawing links and ground stations.
 */
/* eslint-disable i18next/no-literal-string -- translation pending (issue 13); remove when translated */
import { useApp } from '../../../state/store';
import { DOWN_LINK_COLOR, GROUND_LINK_COLOR, ROUTE_COLOR, linkRampCss } from '../../../scene/linkColors';
import { drawNote, linkLegendEnds, scenarioMaxRangeKm } from './network';
import { useLinkPattern } from './linkPattern';
import { FlagCheck } from '../../cardParts';
import './network.css';

export function LinkLegend() {
  const scenario = useApp((s) => s.scenario);
  const meta = useApp((s) => s.meta);
  const stations = useApp((s) => s.stations);
  const by = useApp((s) => s.linkColor);
  const route = useApp((s) => s.route);
  const draw = useApp((s) => s.linkDraw);
  const setLinkColor = useApp((s) => s.setLinkColor);
  const pattern = useLinkPattern();
  const hasLinks = pattern !== 'none';
  if (!hasLinks && stations.length === 0) return null;
  const metaKm = meta?.links?.maxRangeKm;
  const maxKm = typeof metaKm === 'number' && metaKm > 0 ? metaKm : scenarioMaxRangeKm(scenario);
  const [lo, mid, hi] = linkLegendEnds(maxKm, by);
  return (
    <div className="link-legend" data-testid="link-legend">
      {hasLinks && (
        <>
          <div className="ll-head">
            <span className="muted">Links by</span>
            <div className="ll-seg" role="group" aria-label="Colour links by">
              <button
                className={by === 'length' ? 'on' : ''}
                aria-pressed={by === 'length'}
                data-testid="link-color-length"
                onClick={() => setLinkColor('length')}
              >
                length (km)
              </button>
              <button
                className={by === 'latency' ? 'on' : ''}
                aria-pressed={by === 'latency'}
                data-testid="link-color-latency"
                onClick={() => setLinkColor('latency')}
              >
                light time (ms)
              </button>
            </div>
          </div>
          <div
            className="cl-ramp"
            data-testid="link-ramp"
            style={{ background: linkRampCss() }}
            role="img"
            aria-label={`Laser links coloured by ${by === 'length' ? 'length' : 'one-way light time'} from ${lo} to ${hi}`}
          />
          <div className="cl-ends small">
            <span>{lo}</span>
            <span>{mid}</span>
            <span data-testid="link-ramp-max">{hi}</span>
          </div>
          <p className="small muted ll-desc">
            Laser links that are up, short to long (the longest possible is the scenario’s range
            {by === 'latency' ? ', as light time' : ''}).
          </p>
          {/* A huge network draws a legible part of itself: say so where the colours are explained. */}
          {draw && draw.mode !== 'all' && draw.mode !== 'none' && (
            <p className="small ll-subset" data-testid="links-legend-subset" role="status">
              {drawNote(draw)}
            </p>
          )}
        </>
      )}
      <p className="ll-keys small">
        {stations.length > 0 && (
          <span>
            <i className="ll-key" style={{ background: GROUND_LINK_COLOR }} /> ground link
          </span>
        )}
        {hasLinks && (
          <span>
            <i className="ll-key dashed" style={{ borderColor: DOWN_LINK_COLOR }} /> down (selected)
          </span>
        )}
        {route && (
          <span>
            <i className="ll-key thick" style={{ background: ROUTE_COLOR }} /> route
          </span>
        )}
      </p>
      <div className="ll-checks">
        <FlagCheck flag="showLinks" testId="links-toggle">
          Show links
        </FlagCheck>
        <FlagCheck flag="showStations" testId="stations-toggle">
          Show ground stations
        </FlagCheck>
      </div>
    </div>
  );
}
