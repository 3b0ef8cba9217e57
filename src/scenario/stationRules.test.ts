import { describe, expect, it } from 'vitest';
import { MAX_GROUND_STATIONS } from './schema';
import { MAX_STATIONS, stationIssues, stationProblems, toStation } from './stationRules';

const beijing = { name: 'Beijing', latDeg: 39.9, lonDeg: 116.4, minElevationDeg: 25 };

describe('stationProblems', () => {
  it('accepts a station on the edges of the ranges and fills in the 25° mask', () => {
    expect(
      stationProblems({ name: 'Pole', latDeg: 90, lonDeg: -180, minElevationDeg: 0 }, [beijing]),
    ).toEqual([]);
    expect(
      stationProblems({ name: 'Pole', latDeg: -90, lonDeg: 180, minElevationDeg: 90 }, [beijing]),
    ).toEqual([]);
    expect(toStation({ name: '  Quito ', latDeg: -0.18, lonDeg: -78.47 })).toEqual({
      name: 'Quito',
      latDeg: -0.18,
      lonDeg: -78.47,
      minElevationDeg: 25,
    });
  });

  it('names every problem at once, on its field, with the value it got', () => {
    expect(stationIssues({ name: 'A,B', latDeg: 91, lonDeg: NaN, minElevationDeg: -1 }, [])).toEqual([
      { field: 'name', message: 'Name: must not contain commas (routes name stations as A,B).' },
      { field: 'lat', message: 'Latitude: must be from −90 to 90°, got 91°.' },
      { field: 'lon', message: 'Longitude: must be a number from −180 to 180°, got NaN.' },
      { field: 'minEl', message: 'Minimum elevation: must be from 0 to 90°, got −1°.' },
    ]);
    expect(stationProblems({ name: ' ', latDeg: 0, lonDeg: 0 }, [])).toEqual([
      'Name: enter a name for the station.',
    ]);
    expect(stationProblems({ name: 'x'.repeat(201), latDeg: 0, lonDeg: 0 }, [])).toEqual([
      'Name: at most 200 characters, got 201.',
    ]);
    expect(stationProblems({ name: 'x'.repeat(200), latDeg: 0, lonDeg: 0 }, [])).toEqual([]);
    expect(stationProblems({ name: 'x', latDeg: '1' as unknown as number, lonDeg: Infinity }, [])).toEqual([
      'Latitude: must be a number from −90 to 90°, got “1”.',
      'Longitude: must be a number from −180 to 180°, got Infinity.',
    ]);
  });

  it('refuses a name already used, also when it differs only by case (the CLI ignores case)', () => {
    expect(stationProblems({ name: ' Beijing ', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual([
      'Name: a station called “Beijing” exists already.',
    ]);
    expect(stationProblems({ name: 'BEIJING', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual([
      'Name: a station called “Beijing” exists already (names are compared ignoring case).',
    ]);
    expect(stationProblems({ name: 'Beijing 2', latDeg: 0, lonDeg: 0 }, [beijing])).toEqual([]);
  });

  it('refuses control characters in the name', () => {
    for (const name of ['a\u0000b', 'a\tb', 'line\nbreak', 'a\u007fb', 'a\u0085b'])
      expect(stationProblems({ name, latDeg: 0, lonDeg: 0 }, []), JSON.stringify(name)).toEqual([
        'Name: must not contain control characters.',
      ]);
    expect(stationProblems({ name: 'Ålesund – Nord', latDeg: 0, lonDeg: 0 }, [])).toEqual([]);
  });

  it("holds at most MAX_STATIONS stations, the scenario schema's limit", () => {
    expect(MAX_STATIONS).toBe(MAX_GROUND_STATIONS);
    const full = Array.from({ length: MAX_STATIONS }, (_, i) => ({ name: `S${i}` }));
    expect(stationIssues({ name: 'One more', latDeg: 0, lonDeg: 0 }, full)).toEqual([
      { field: null, message: 'A scenario holds at most 1,000 stations; remove one first.' },
    ]);
    expect(stationIssues({ name: 'One more', latDeg: 0, lonDeg: 0 }, full.slice(1))).toEqual([]);
  });
});
