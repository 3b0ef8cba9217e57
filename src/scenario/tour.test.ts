import { describe, expect, it } from 'vitest';
import {
  moveStep,
  scenarioTimeMs,
  scenarioTimeText,
  stepIndex,
  tourStepFromView,
  tourStepView,
} from './tour';
import { parseScenario } from './validate';
import { BUILTIN_SCENARIOS } from './builtins';

const EPOCH = Date.parse('2025-06-01T00:00:00Z');

describe('tour step resolution', () => {
  it('reads offsets from the epoch and ISO times', () => {
    expect(scenarioTimeMs('+00:30:00', EPOCH)).toBe(EPOCH + 1_800_000);
    expect(scenarioTimeMs('+26:01:02', EPOCH)).toBe(EPOCH + (26 * 3600 + 62) * 1000);
    expect(scenarioTimeMs('2025-06-21T12:00:00+08:00', EPOCH)).toBe(Date.parse('2025-06-21T04:00:00Z'));
    expect(scenarioTimeMs('half past', EPOCH)).toBeNull();
  });

  it('writes times back as offsets (rounded to the second) or ISO before the epoch', () => {
    expect(scenarioTimeText(EPOCH + 5_400_400, EPOCH)).toBe('+01:30:00');
    expect(scenarioTimeText(EPOCH - 60_000, EPOCH)).toBe('2025-05-31T23:59:00Z');
    expect(scenarioTimeMs(scenarioTimeText(EPOCH + 123_456_000, EPOCH), EPOCH)).toBe(EPOCH + 123_456_000);
  });

  it('turns a step into the view it shows; a selection without a camera turns to the satellite', () => {
    expect(tourStepView({ at: '+00:10:00', caption: 'x', select: 'S1-P1-01' }, EPOCH)).toEqual({
      timeMs: EPOCH + 600_000,
      selected: 'S1-P1-01',
      camera: 'selected',
    });
    const v = tourStepView(
      {
        at: '+00:00:00',
        caption: '',
        camera: 'somewhere',
        select: null,
        warp: 600,
        colorMode: 'battery',
        layers: { shadow: true },
        route: null,
      },
      EPOCH,
    );
    expect(v).toEqual({
      timeMs: EPOCH,
      camera: 'earth',
      selected: null,
      warp: 600,
      colorMode: 'battery',
      layers: { shadow: true },
      route: null,
    });
    const pose = { latDeg: 10, lonDeg: 20, distanceRe: 3 };
    expect(tourStepView({ at: '+00:00:00', caption: '', camera: pose }, EPOCH).camera).toEqual(pose);
  });

  it('a step recorded from a view replays to the same view, and validates', () => {
    const view = {
      timeMs: EPOCH + 3_600_000,
      warp: 120,
      camera: { latDeg: 30, lonDeg: 100, distanceRe: 2.5 },
      selected: 'S1-P1-03',
      colorMode: 'sunlight' as const,
      layers: { shadow: true, links: false, stations: true },
      route: null,
    };
    const step = tourStepFromView(view, EPOCH, 'Look here');
    expect(step.at).toBe('+01:00:00');
    expect(tourStepView(step, EPOCH)).toEqual(view);
    const sc = { ...BUILTIN_SCENARIOS['three-body'].build(), tour: [step] };
    const parsed = parseScenario(sc);
    expect(parsed.ok).toBe(true);
  });

  it('refuses malformed steps with their path', () => {
    const sc = {
      ...BUILTIN_SCENARIOS['three-body'].build(),
      tour: [{ at: '+00:00:00', caption: '', warp: 1e9, colorMode: 'pink' }],
    };
    const parsed = parseScenario(sc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.join('\n')).toMatch(/tour\[0\]\.warp[\s\S]*tour\[0\]\.colorMode/);
  });

  it('steps stay inside the tour; reordering moves one step', () => {
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(0, 1, 0)).toBe(-1);
    expect(moveStep(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});

describe('built-in tours', () => {
  const ids = ['three-body', 'spacex-1m', 'suncatcher', 'beijing-dc', 'starcloud-1'];
  it.each(ids)('%s: short captions, readable times, stations and satellites that exist', (id) => {
    const parsed = parseScenario(BUILTIN_SCENARIOS[id].build());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sc = parsed.scenario;
    const epochMs = Date.parse(sc.epoch);
    expect(sc.tour.length).toBeGreaterThanOrEqual(3);
    const names = sc.groundStations.map((g) => g.name);
    for (const step of sc.tour) {
      expect(step.caption.length).toBeGreaterThan(20);
      expect(step.caption.length).toBeLessThanOrEqual(140);
      const view = tourStepView(step, epochMs);
      expect(view.timeMs).toBeGreaterThanOrEqual(epochMs);
      if (view.route)
        for (const end of [view.route.from, view.route.to])
          if ('station' in end) expect(names).toContain(end.station);
    }
    // Consecutive steps differ in what they show (time, selection, camera or colours).
    const views = sc.tour.map((s) => JSON.stringify(tourStepView(s, epochMs)));
    expect(new Set(views).size).toBe(views.length);
  });
});
