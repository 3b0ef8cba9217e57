import { describe, expect, it } from 'vitest';
import { routeAnnouncement, sunlightAnnouncement, type SelectedSunlight } from './announce';
import type { RouteEvent } from '../../state/store';

const sat = (sunlight: SelectedSunlight['sunlight'], index: number | null = 7): SelectedSunlight => ({
  index,
  name: 'Plane 1 · 3',
  sunlight,
});

describe('sunlightAnnouncement', () => {
  it('announces entering Earth’s shadow, through the penumbra or straight into the umbra', () => {
    expect(sunlightAnnouncement(sat('sunlit'), sat('penumbra'))).toEqual({
      key: 'live.eclipseIn',
      values: { name: 'Plane 1 · 3' },
    });
    expect(sunlightAnnouncement(sat('sunlit'), sat('umbra'))?.key).toBe('live.eclipseIn');
  });

  it('announces the way back into sunlight', () => {
    expect(sunlightAnnouncement(sat('penumbra'), sat('sunlit'))?.key).toBe('live.eclipseOut');
    expect(sunlightAnnouncement(sat('umbra'), sat('sunlit'))?.key).toBe('live.eclipseOut');
  });

  it('stays quiet inside the shadow, without a change, and on the first poll', () => {
    expect(sunlightAnnouncement(sat('penumbra'), sat('umbra'))).toBeNull();
    expect(sunlightAnnouncement(sat('umbra'), sat('penumbra'))).toBeNull();
    expect(sunlightAnnouncement(sat('sunlit'), sat('sunlit'))).toBeNull();
    expect(sunlightAnnouncement(null, sat('umbra'))).toBeNull();
  });

  it('says nothing when the selection changes or the state is not known', () => {
    expect(sunlightAnnouncement(sat('sunlit', 7), sat('umbra', 8))).toBeNull();
    expect(sunlightAnnouncement(sat('sunlit', null), sat('umbra'))).toBeNull();
    expect(sunlightAnnouncement(sat(null), sat('umbra'))).toBeNull();
    expect(sunlightAnnouncement(sat('sunlit'), sat(null))).toBeNull();
  });
});

describe('routeAnnouncement', () => {
  const ev = (tMs: number, kind: RouteEvent['kind']): RouteEvent => ({ tMs, kind });

  it('announces a new break and a new restoration', () => {
    expect(routeAnnouncement(undefined, ev(1, 'broken'))).toEqual({ key: 'live.routeBroken', values: {} });
    expect(routeAnnouncement(ev(1, 'broken'), ev(2, 'restored'))?.key).toBe('live.routeRestored');
  });

  it('does not repeat the event it saw last, even as a copy', () => {
    const e = ev(1, 'broken');
    expect(routeAnnouncement(e, e)).toBeNull();
    expect(routeAnnouncement(e, ev(1, 'broken'))).toBeNull();
  });

  it('ignores a route that only changed satellites, and cleared events', () => {
    expect(routeAnnouncement(ev(1, 'restored'), ev(2, 'changed'))).toBeNull();
    expect(routeAnnouncement(ev(1, 'broken'), undefined)).toBeNull();
  });
});
