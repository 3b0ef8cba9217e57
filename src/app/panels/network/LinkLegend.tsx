/**
 * The links part of the colour card: the ramp links are coloured with (src/scene/linkColors.ts),
 * labelled 0 … the scenario's maxRangeKm in km, or in ms of one-way light time (the same colours:
 * light time is length / c); keys for ground links, broken links and the route; and the switches
 * for drawing links and ground stations.
 */
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('network');
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
            <span className="muted">{t('legend.linksBy')}</span>
            <div className="ll-seg" role="group" aria-label={t('legend.colourBy')}>
              <button
                className={by === 'length' ? 'on' : ''}
                aria-pressed={by === 'length'}
                data-testid="link-color-length"
                onClick={() => setLinkColor('length')}
              >
                {t('legend.length')}
              </button>
              <button
                className={by === 'latency' ? 'on' : ''}
                aria-pressed={by === 'latency'}
                data-testid="link-color-latency"
                onClick={() => setLinkColor('latency')}
              >
                {t('legend.latency')}
              </button>
            </div>
          </div>
          <div
            className="cl-ramp"
            data-testid="link-ramp"
            style={{ background: linkRampCss() }}
            role="img"
            aria-label={t(by === 'length' ? 'legend.rampLength' : 'legend.rampLatency', { lo, hi })}
          />
          <div className="cl-ends small">
            <span>{lo}</span>
            <span>{mid}</span>
            <span data-testid="link-ramp-max">{hi}</span>
          </div>
          <p className="small muted ll-desc">
            {t(by === 'latency' ? 'legend.descLatency' : 'legend.descLength')}
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
            <i className="ll-key" style={{ background: GROUND_LINK_COLOR }} /> {t('legend.groundLink')}
          </span>
        )}
        {hasLinks && (
          <span>
            <i className="ll-key dashed" style={{ borderColor: DOWN_LINK_COLOR }} /> {t('legend.down')}
          </span>
        )}
        {route && (
          <span>
            <i className="ll-key thick" style={{ background: ROUTE_COLOR }} /> {t('legend.route')}
          </span>
        )}
      </p>
      <div className="ll-checks">
        <FlagCheck flag="showLinks" testId="links-toggle">
          {t('legend.showLinks')}
        </FlagCheck>
        <FlagCheck flag="showStations" testId="stations-toggle">
          {t('legend.showStations')}
        </FlagCheck>
      </div>
    </div>
  );
}
