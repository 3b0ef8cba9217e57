import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../../i18n/i18n';
import {
  assignStationEnd,
  drawNote,
  endValue,
  fibreKmFromMs,
  fibreComparison,
  fmtCapacityGbps,
  fmtEventTime,
  fmtLinkKm,
  fmtMs,
  linkLegendEnds,
  nodeLinksSummary,
  noRouteExplanation,
  parseEndValue,
  noRouteRuns,
  routeChartSummary,
  routeEventText,
  parseCoordinateInput,
  parseNumberInput,
  scenarioLinkPattern,
  scenarioMaxRangeKm,
  scenarioStationNames,
  validateStationForm,
  type NoRouteInput,
} from './network';
import { MAX_STATIONS, stationProblems } from '../../../scenario/stationRules';

describe('fmtCapacityGbps', () => {
  it('picks Gbps, Tbps or Pbps with four significant digits', () => {
    expect(fmtCapacityGbps(0)).toBe('0 Gbps');
    expect(fmtCapacityGbps(100)).toBe('100 Gbps');
    expect(fmtCapacityGbps(12.5)).toBe('12.5 Gbps');
    expect(fmtCapacityGbps(999)).toBe('999 Gbps');
    expect(fmtCapacityGbps(1200)).toBe('1.2 Tbps');
    expect(fmtCapacityGbps(24_000)).toBe('24 Tbps');
    expect(fmtCapacityGbps(123_456)).toBe('123.5 Tbps');
    expect(fmtCapacityGbps(3168 * 100)).toBe('316.8 Tbps');
    expect(fmtCapacityGbps(3_450_000)).toBe('3.45 Pbps');
    expect(fmtCapacityGbps(2e9)).toBe('2,000 Pbps');
    expect(fmtCapacityGbps(0.5)).toBe('500 Mbps');
  });
  it('shows a dash for nonsense', () => {
    expect(fmtCapacityGbps(NaN)).toBe('—');
    expect(fmtCapacityGbps(-1)).toBe('—');
  });
});

describe('length and light time', () => {
  it('formats km and ms', () => {
    expect(fmtLinkKm(1234.6)).toBe('1,235 km');
    expect(fmtLinkKm(NaN)).toBe('—');
    expect(fmtMs(12.345)).toBe('12.3 ms');
    expect(fmtMs(0.333)).toBe('0.33 ms');
    expect(fmtMs(Infinity)).toBe('—');
    expect(fmtMs(0)).toBe('0 ms');
    expect(fmtMs(0.01668)).toBe('17 µs');
    expect(fmtMs(0.00033)).toBe('0.33 µs');
    expect(fmtMs(0.005)).toBe('5.0 µs');
    expect(fmtLinkKm(0)).toBe('0 km');
    expect(fmtLinkKm(0.1)).toBe('100 m');
    expect(fmtLinkKm(2.5)).toBe('2.5 km');
    expect(fmtLinkKm(12.4)).toBe('12 km');
  });
  it("labels a formation's short links in m and µs", () => {
    expect(linkLegendEnds(5, 'length')).toEqual(['0 km', '2.5 km', '5.0 km']);
    expect(linkLegendEnds(5, 'latency')).toEqual(['0 ms', '8.3 µs', '17 µs']);
  });
  it('labels the legend in km or in ms of light time', () => {
    expect(linkLegendEnds(5000, 'length')).toEqual(['0 km', '2,500 km', '5,000 km']);
    // 5,000 km / c = 16.68 ms
    expect(linkLegendEnds(5000, 'latency')).toEqual(['0 ms', '8.3 ms', '16.7 ms']);
  });
});

describe('reading the raw scenario defensively', () => {
  it('takes maxRangeKm, pattern and station names when they are well formed', () => {
    const s = {
      links: { pattern: 'plus-grid', maxRangeKm: 10000 },
      groundStations: [{ name: 'Beijing' }, { name: 3 }, null],
    };
    expect(scenarioMaxRangeKm(s)).toBe(10000);
    expect(scenarioLinkPattern(s)).toBe('plus-grid');
    expect([...scenarioStationNames(s)]).toEqual(['Beijing']);
  });
  it('falls back to the defaults otherwise', () => {
    for (const s of [
      null,
      7,
      'x',
      [],
      { links: null },
      { links: { maxRangeKm: -5 } },
      { links: { maxRangeKm: '9' } },
      { links: { maxRangeKm: NaN } },
    ]) {
      expect(scenarioMaxRangeKm(s)).toBe(5000);
      expect(scenarioLinkPattern(s)).toBe('none');
      expect(scenarioStationNames(s).size).toBe(0);
    }
  });
});

describe('drawNote', () => {
  it('says nothing when every link is drawn', () => {
    expect(drawNote({ mode: 'all', shownLinks: 10, totalLinks: 10 })).toBeNull();
    expect(drawNote(null)).toBeNull();
  });
  it('explains the neighbourhood and the sample', () => {
    expect(drawNote({ mode: 'neighbourhood', shownLinks: 1204, totalLinks: 2_000_000 })).toBe(
      'Showing 1,204 of 2,000,000 links: the selected satellite’s neighbourhood.',
    );
    expect(drawNote({ mode: 'sample', shownLinks: 96, totalLinks: 2_000_000 })).toMatch(
      /^Showing 96 of 2,000,000 links: .*sample satellites.*select a satellite/,
    );
  });
  it('says when links are hidden', () => {
    expect(drawNote({ mode: 'all', shownLinks: 10, totalLinks: 10 }, false)).toMatch(/hidden/);
  });
});

describe('node links', () => {
  const l = (node: number, lengthKm: number, up: boolean) => ({
    node,
    lengthKm,
    latencyMs: lengthKm / 299.792458,
    up,
  });
  it('summarises how many are up', () => {
    expect(nodeLinksSummary([])).toBe('No link candidates for this satellite.');
    expect(nodeLinksSummary([l(1, 1, true)])).toBe('1 link, up.');
    expect(nodeLinksSummary([l(1, 1, false)])).toBe('1 link, down.');
    expect(nodeLinksSummary([l(1, 1, true), l(2, 1, true)])).toBe('All 2 links up.');
    expect(nodeLinksSummary([l(1, 1, false), l(2, 1, false)])).toBe('None of its 2 links is up.');
    expect(nodeLinksSummary([l(1, 1, true), l(2, 1, false), l(3, 1, true), l(4, 1, true)])).toBe(
      '3 of 4 links up.',
    );
  });
});

describe('route ends', () => {
  it('round-trips select values', () => {
    for (const r of [{ station: 0 }, { station: 12 }, { node: 0 }, { node: 999_999 }])
      expect(parseEndValue(endValue(r))).toEqual(r);
    expect(endValue(null)).toBe('');
    for (const v of ['', 's', 'n-1', 'x3', 's1.5', 's1 ', 'n12345678901'])
      expect(parseEndValue(v)).toBeNull();
  });
  it('fills the empty end first, then replaces "to"', () => {
    expect(assignStationEnd(null, null, 2)).toEqual({ from: { station: 2 }, to: null });
    expect(assignStationEnd({ station: 2 }, null, 3)).toEqual({ from: { station: 2 }, to: { station: 3 } });
    expect(assignStationEnd({ station: 2 }, { station: 3 }, 4)).toEqual({
      from: { station: 2 },
      to: { station: 4 },
    });
    expect(assignStationEnd({ station: 2 }, { station: 3 }, 2)).toEqual({
      from: { station: 2 },
      to: { station: 3 },
    });
    expect(assignStationEnd(null, { node: 5 }, 1)).toEqual({ from: { station: 1 }, to: { node: 5 } });
  });
});

describe('fibreComparison', () => {
  it('says faster, slower or about the same', () => {
    expect(fibreComparison({ latencyMs: 20, fibreMs: 32.3 })).toBe('The route is 12.3 ms faster than fibre.');
    expect(fibreComparison({ latencyMs: 15, fibreMs: 4.5 })).toBe('The route is 10.5 ms slower than fibre.');
    expect(fibreComparison({ latencyMs: 10.01, fibreMs: 10 })).toBe('The route is about as fast as fibre.');
    expect(fibreComparison({ latencyMs: 10, fibreMs: null })).toBeNull();
  });
});

describe('noRouteExplanation', () => {
  const stations = [
    { name: 'Beijing', minElevationDeg: 25 },
    { name: 'Kashgar', minElevationDeg: 25 },
    { name: 'Miyun', minElevationDeg: 10 },
  ];
  const base: NoRouteInput = {
    from: { station: 0 },
    to: { station: 1 },
    stations,
    stationsInView: [3, 2, 1],
    linksUp: 10,
    pattern: 'plus-grid',
    nodeName: (i) => `SAT-${i}`,
  };
  it('names a station that sees no satellite', () => {
    expect(noRouteExplanation({ ...base, stationsInView: [0, 2, 1] })).toBe(
      'No route now: Beijing sees no satellite above 25°.',
    );
    expect(noRouteExplanation({ ...base, to: { node: 4 }, stationsInView: [0, 2, 1] })).toBe(
      'No route now: Beijing sees no satellite above 25°.',
    );
  });
  it('names both when neither sees one', () => {
    expect(noRouteExplanation({ ...base, stationsInView: [0, 0, 1] })).toBe(
      'No route now: Beijing and Kashgar see no satellite above 25°.',
    );
    expect(noRouteExplanation({ ...base, to: { station: 2 }, stationsInView: [0, 0, 0] })).toBe(
      'No route now: Beijing sees no satellite above 25° and Miyun none above 10°.',
    );
  });
  it('does not blame a station whose view is not known yet', () => {
    expect(noRouteExplanation({ ...base, stationsInView: [] })).toBe(
      'No route now: the links that are up do not connect Beijing to Kashgar.',
    );
  });
  it('explains a network without links', () => {
    expect(noRouteExplanation({ ...base, pattern: 'none', linksUp: null })).toBe(
      'No route now: this scenario has no inter-satellite links, and no single satellite sees both stations.',
    );
    expect(noRouteExplanation({ ...base, linksUp: 0, to: { node: 3 } })).toBe(
      'No route now: no inter-satellite link is up, and no satellite links them directly.',
    );
  });
  it('names a satellite end with none of its links up', () => {
    const links = [{ node: 7, lengthKm: 6000, latencyMs: 20, up: false }];
    expect(noRouteExplanation({ ...base, to: { node: 3 }, nodeLinks: { node: 3, links } })).toBe(
      'No route now: SAT-3 has none of its links up.',
    );
    // Links of some other satellite do not count.
    expect(noRouteExplanation({ ...base, to: { node: 3 }, nodeLinks: { node: 9, links } })).toBe(
      'No route now: the links that are up do not connect Beijing to SAT-3.',
    );
  });
  it('catches the same end twice and a removed station', () => {
    expect(noRouteExplanation({ ...base, to: { station: 0 } })).toBe('Choose two different ends.');
    expect(noRouteExplanation({ ...base, to: { station: 7 } })).toMatch(/removed/);
  });
});

describe('fmtEventTime', () => {
  const t = Date.UTC(2025, 5, 1, 12, 34, 56);
  it('shows the time of day, with the date when it is another day', () => {
    expect(fmtEventTime(t, t + 3_600_000)).toBe('12:34:56 UTC');
    expect(fmtEventTime(t, Date.UTC(2025, 5, 2, 1))).toBe('Jun 1, 12:34:56 UTC');
    expect(fmtEventTime(t, Date.UTC(2026, 0, 1))).toBe('Jun 1, 2025, 12:34:56 UTC');
    expect(fmtEventTime(NaN, t)).toBe('—');
  });
});

describe('validateStationForm', () => {
  const ok = { name: 'Svalbard', lat: '78.23', lon: '15.41', minEl: '25' };
  it('accepts a good station and trims the name', () => {
    expect(validateStationForm({ ...ok, name: '  Svalbard   SvalSat ' }, [])).toEqual({
      ok: true,
      station: { name: 'Svalbard SvalSat', latDeg: 78.23, lonDeg: 15.41, minElevationDeg: 25 },
    });
  });
  it('accepts the range ends, a Unicode minus and a decimal comma', () => {
    const r = validateStationForm({ name: 'Pole', lat: '−90', lon: '180', minEl: '0' }, []);
    expect(r).toEqual({ ok: true, station: { name: 'Pole', latDeg: -90, lonDeg: 180, minElevationDeg: 0 } });
    const c = validateStationForm({ ...ok, lat: '39,9' }, []);
    expect(c.ok && c.station.latDeg).toBe(39.9);
  });
  it('gives one exact message per bad field', () => {
    const r = validateStationForm({ name: '', lat: '91', lon: 'east', minEl: '' }, []);
    expect(r).toEqual({
      ok: false,
      errors: {
        name: 'Name: enter a name for the station.',
        lat: 'Latitude: must be from −90 to 90°, got 91°.',
        lon: 'Longitude: “east” is not a number; enter one from −180 to 180°.',
        minEl: 'Minimum elevation: enter a number from 0 to 90°.',
      },
    });
    const r2 = validateStationForm({ name: 'A,B', lat: '0', lon: '-181', minEl: '90.5' }, []);
    expect(r2).toEqual({
      ok: false,
      errors: {
        name: 'Name: must not contain commas (routes name stations as A,B).',
        lon: 'Longitude: must be from −180 to 180°, got −181°.',
        minEl: 'Minimum elevation: must be from 0 to 90°, got 90.5°.',
      },
    });
  });
  it('rejects duplicates (ignoring case), overlong names, control characters and non-finite numbers', () => {
    expect(validateStationForm({ ...ok, name: 'beijing' }, [{ name: 'Beijing' }])).toEqual({
      ok: false,
      errors: { name: 'Name: a station called “Beijing” exists already (names are compared ignoring case).' },
    });
    // The name is compared after the form has tidied its spaces.
    expect(validateStationForm({ ...ok, name: '  Cape   Town ' }, [{ name: 'Cape Town' }])).toEqual({
      ok: false,
      errors: { name: 'Name: a station called “Cape Town” exists already.' },
    });
    const long = validateStationForm({ ...ok, name: 'x'.repeat(201) }, []);
    expect(!long.ok && long.errors.name).toBe('Name: at most 200 characters, got 201.');
    const ctl = validateStationForm({ ...ok, name: 'a\u0007b' }, []);
    expect(!ctl.ok && ctl.errors.name).toMatch(/control characters/);
    for (const bad of ['Infinity', 'NaN', '1e999', '0x10', '1 2', '--1', '']) {
      const r = validateStationForm({ ...ok, lat: bad }, []);
      expect(r.ok, bad).toBe(false);
    }
  });
  it('checks with the same rules as engine.addStation, each message on its field', () => {
    // What parses is handed to stationProblems: the form shows exactly its messages.
    const existing = [{ name: 'Beijing' }];
    const typed = { name: 'BEIJING', lat: '90.5 N', lon: '−180.25', minEl: '90,1' };
    const r = validateStationForm(typed, existing);
    const rules = stationProblems(
      { name: 'BEIJING', latDeg: 90.5, lonDeg: -180.25, minElevationDeg: 90.1 },
      existing,
    );
    expect(rules).toHaveLength(4);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.errors.name, r.errors.lat, r.errors.lon, r.errors.minEl]).toEqual(rules);
    expect(r.errors.lat).toBe('Latitude: must be from −90 to 90°, got 90.5°.');
    // A field that does not parse keeps the form's own message, not the rules' "got NaN".
    const bad = validateStationForm({ ...ok, lat: 'far north' }, []);
    expect(!bad.ok && bad.errors).toEqual({
      lat: 'Latitude: “far north” is not a number; enter one from −90 to 90°.',
    });
  });
  it('refuses a station beyond the scenario limit, apart from the fields', () => {
    const full = Array.from({ length: MAX_STATIONS }, (_, i) => ({ name: `S${i}` }));
    expect(validateStationForm(ok, full)).toEqual({
      ok: false,
      errors: { list: 'A scenario holds at most 1,000 stations; remove one first.' },
    });
    expect(validateStationForm(ok, full.slice(1)).ok).toBe(true);
  });
  it('treats markup as plain text in the name', () => {
    const r = validateStationForm({ ...ok, name: '<img src=x onerror=alert(1)>' }, []);
    expect(r.ok && r.station.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseNumberInput', () => {
  it('parses plain decimals only', () => {
    expect(parseNumberInput(' 12.5 ')).toBe(12.5);
    expect(parseNumberInput('-0.5')).toBe(-0.5);
    expect(parseNumberInput('.5')).toBe(0.5);
    expect(parseNumberInput('5.')).toBe(5);
    expect(parseNumberInput('1e2')).toBe(100);
    expect(parseNumberInput('12,5')).toBe(12.5);
    expect(parseNumberInput('1,234.5')).toBeNaN();
    expect(parseNumberInput('abc')).toBeNaN();
  });
});

describe('parseCoordinateInput', () => {
  it('reads hemisphere letters and degree signs', () => {
    expect(parseCoordinateInput('39.9° N', 'lat')).toBe(39.9);
    expect(parseCoordinateInput('S 33.9', 'lat')).toBe(-33.9);
    expect(parseCoordinateInput('33.9s', 'lat')).toBe(-33.9);
    expect(parseCoordinateInput('18.4W', 'lon')).toBe(-18.4);
    expect(parseCoordinateInput('116.4 e', 'lon')).toBe(116.4);
    expect(parseCoordinateInput('−12°', 'lon')).toBe(-12);
    expect(parseCoordinateInput('12', 'lat')).toBe(12);
  });
  it('rejects the wrong axis, two letters and a sign with a letter', () => {
    for (const [s, axis] of [
      ['12 E', 'lat'],
      ['12 N', 'lon'],
      ['N 12 S', 'lat'],
      ['-12 S', 'lat'],
      ['north', 'lat'],
      ['N', 'lat'],
      ['12 NN', 'lat'],
    ] as const)
      expect(parseCoordinateInput(s, axis), s).toBeNaN();
  });
  it('is what the station form uses', () => {
    const r = validateStationForm({ name: 'Cape Town', lat: '33.92 S', lon: '18.42 E', minEl: '10' }, []);
    expect(r).toEqual({
      ok: true,
      station: { name: 'Cape Town', latDeg: -33.92, lonDeg: 18.42, minElevationDeg: 10 },
    });
  });
});

describe('noRouteRuns', () => {
  it('finds the runs of NaN, half a step wider, clamped to the series', () => {
    const v = Float32Array.from([NaN, 1, 2, NaN, NaN, 3, NaN]);
    expect(noRouteRuns(v, 0, 10)).toEqual([
      { fromMs: 0, toMs: 5000 },
      { fromMs: 25000, toMs: 45000 },
      { fromMs: 55000, toMs: 60000 },
    ]);
    expect(noRouteRuns(Float32Array.from([1, 2]), 0, 10)).toEqual([]);
    expect(noRouteRuns([], 0, 10)).toEqual([]);
  });
});

describe('fibreKmFromMs', () => {
  it('inverts the fibre time at 2/3 c', () => {
    // New York – London: 5,577 km of great circle ≈ 27.9 ms.
    expect(fibreKmFromMs(27.905)).toBeCloseTo(5577, -1);
  });
});

describe('route log and chart in words', () => {
  afterEach(async () => {
    await loadLanguage('en');
  });
  const series = (latencyMs: number[], fibreMs: number | null = 27.9) => ({
    startMs: 0,
    stepS: 60,
    count: latencyMs.length,
    latencyMs: Float32Array.from(latencyMs),
    fibreMs,
  });

  it('says what happened to the route, with plural hops', () => {
    expect(routeEventText({ tMs: 0, kind: 'broken', blind: { name: 'New York', minElevationDeg: 25 } })).toBe(
      'The route broke: New York sees no satellite above 25°.',
    );
    expect(routeEventText({ tMs: 0, kind: 'broken' })).toMatch(/no chain of links/);
    expect(routeEventText({ tMs: 0, kind: 'restored', now: { hops: 1, latencyMs: 4.04 } })).toBe(
      'A route is back: 1 hop, 4.0 ms.',
    );
    const changed = { tMs: 0, kind: 'changed' as const, before: { hops: 5, latencyMs: 21.2 } };
    expect(routeEventText({ ...changed, now: { hops: 6, latencyMs: 21.6 } })).toBe(
      '5 → 6 hops, 21.2 ms → 21.6 ms.',
    );
    expect(routeEventText({ ...changed, now: { hops: 5, latencyMs: 24.3 } })).toBe(
      'Latency 21.2 ms → 24.3 ms, still 5 hops.',
    );
  });

  it('sums the latency chart up: span, range, share with a route, times lost, fibre', () => {
    expect(routeChartSummary(series([20, 21, NaN, NaN, 22.5]))).toBe(
      'Over the next 4 minutes: 20.0–22.5 ms; a route exists 60 % of the time. The route is lost 1 time. Fibre takes 27.9 ms throughout.',
    );
    expect(routeChartSummary(series([NaN, 20, 21], null))).toBe(
      'Over the next 2 minutes: 20.0–21.0 ms; a route exists 67 % of the time.',
    );
    expect(routeChartSummary(series([NaN, NaN]))).toBe('No route at any time in the next 1 minute.');
  });

  it('speaks Chinese when Chinese is chosen', async () => {
    await loadLanguage('zh-CN');
    expect(routeEventText({ tMs: 0, kind: 'restored', now: { hops: 5, latencyMs: 21.2 } })).toBe(
      '路由已恢复：5 跳，21.2 ms。',
    );
    expect(routeChartSummary(series([20, 21, 22]))).toMatch(/^未来 2 分钟：20.0–22.0 ms/);
    expect(nodeLinksSummary([])).toBe('这颗卫星没有候选链路。');
    expect(fmtEventTime(Date.UTC(2025, 5, 1, 12, 34, 56), Date.UTC(2025, 5, 3))).toBe('6月1日 12:34:56 UTC');
    expect(fibreComparison({ latencyMs: 20, fibreMs: 32.3 })).toBe('该路由比光纤快 12.3 ms。');
  });
});
