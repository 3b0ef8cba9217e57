import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { BUILTIN_SCENARIOS } from './builtins';
import { parseScenario } from './validate';
import {
  applyMergePatch,
  createMergePatch,
  decodeShareHash,
  encodePayload,
  encodeShareHash,
  inflateCapped,
  MAX_ARRAY_ITEMS,
  MAX_INFLATED_BYTES,
  MAX_SHARE_LINK_CHARS,
  SHARE_FORMAT_VERSION,
  toBase64Url,
  type DecodeResult,
} from './shareLink';
import type { ViewState } from './viewState';

const ORIGIN = 'https://example.org/constellations/';
const VIEW: ViewState = {
  timeMs: Date.parse('2026-03-20T06:30:15.250Z'),
  warp: -600,
  playing: false,
  camera: { latDeg: 41.234567, lonDeg: -73.98765, distanceRe: 3.456789 },
  follow: false,
  selected: 'S1-P1-06',
  colorMode: 'battery',
  layers: { shadow: true, links: false, stations: true },
  hiddenShells: [1],
  route: { from: { station: 'New York' }, to: { node: 'S1-P1-06' } },
  lang: 'zh-CN',
};
const ROUNDED_CAMERA = { latDeg: 41.2346, lonDeg: -73.9876, distanceRe: 3.4568 };

const ok = (r: DecodeResult) => {
  if (!r.ok) throw new Error(`expected a decoded link, got: ${r.error}`);
  return r;
};
const err = (r: DecodeResult) => {
  if (r.ok) throw new Error('expected the link to be refused');
  return r.error;
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** A scenario as a link restores it: JSON round trip (so -0 and undefined are as JSON has them). */
const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('share links: built-ins', () => {
  it.each(Object.keys(BUILTIN_SCENARIOS))(
    '%s unedited shares readably and round-trips scenario and view',
    (id) => {
      const { hash, form } = encodeShareHash(BUILTIN_SCENARIOS[id].build(), VIEW);
      expect(form).toBe('readable');
      expect(hash.startsWith(`scenario=${id}&t=2026-03-20T06:30:15.250Z&`)).toBe(true);
      expect(hash).toMatch(/^[A-Za-z0-9._%&=:-]+$/); // nothing a chat app or e-mail mangles
      const d = ok(decodeShareHash(`${ORIGIN}#${hash}`));
      expect(d.problems).toEqual([]);
      expect(d.builtinId).toBe(id);
      expect(d.scenario).toEqual(BUILTIN_SCENARIOS[id].build());
      expect(d.view).toEqual({ ...VIEW, camera: ROUNDED_CAMERA });
    },
  );

  it('an edit of a built-in travels as a merge patch over it and round-trips', () => {
    for (const id of Object.keys(BUILTIN_SCENARIOS)) {
      const edited = clone(BUILTIN_SCENARIOS[id].build()) as {
        name: string;
        shells: unknown[];
        description?: string;
      };
      edited.name = `${edited.name} (edited)`;
      delete edited.description;
      const { hash, form, builtinId } = encodeShareHash(edited, VIEW);
      expect(form).toBe('patch');
      expect(builtinId).toBe(id);
      const d = ok(decodeShareHash(hash));
      expect(d.scenario).toEqual(edited);
      expect(d.builtinId).toBe(id);
    }
  });

  it('camera presets, no selection, no route and empty layers survive the readable form', () => {
    const view: ViewState = {
      camera: 'fit',
      selected: null,
      route: null,
      layers: { shadow: false, links: false, stations: false },
      follow: true,
    };
    const { hash } = encodeShareHash(BUILTIN_SCENARIOS.suncatcher.build(), view);
    expect(hash).toBe('scenario=suncatcher&sel=&follow=1&layers=none&cam=fit&route=none');
    expect(ok(decodeShareHash(hash)).view).toEqual(view);
  });

  it('a hand-written readable link opens with only what it names; bad fields are reported, the rest applies', () => {
    expect(ok(decodeShareHash('#scenario=suncatcher'))).toMatchObject({
      builtinId: 'suncatcher',
      view: {},
      problems: [],
    });
    const d = ok(
      decodeShareHash(
        '#scenario=three-body&t=yesterday&warp=fast&color=rainbow&sel=S1-P1-01&zoom=3&lat=100&lon=0&dist=3',
      ),
    );
    expect(d.view).toEqual({ selected: 'S1-P1-01' });
    expect(d.problems.join('\n')).toMatch(/t: must be a UTC ISO 8601 time/);
    expect(d.problems.join('\n')).toMatch(/warp: must be a number/);
    expect(d.problems.join('\n')).toMatch(/colorMode: must be one of/);
    expect(d.problems.join('\n')).toMatch(/unknown parameter “zoom”/);
    expect(d.problems.join('\n')).toMatch(/latDeg: must be a number from −90 to 90/);
  });

  it('names with spaces, ampersands and non-Latin text survive', () => {
    const view: ViewState = {
      route: { from: { station: 'Hangzhou (Zhejiang Lab) & 杭州' }, to: { station: 'A+B=C #1' } },
    };
    const { hash } = encodeShareHash(BUILTIN_SCENARIOS['three-body'].build(), view);
    expect(hash).not.toMatch(/[()!~*' ]/);
    expect(ok(decodeShareHash(hash)).view).toEqual(view);
  });
});

describe('share links: any scenario (property)', () => {
  const key = fc
    .string({ maxLength: 12 })
    .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 30 }),
      tie('arr'),
      tie('obj'),
    ),
    arr: fc.array(tie('value'), { maxLength: 5 }),
    obj: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  })).obj;

  it('any JSON object round-trips through #s= exactly as JSON would carry it', () => {
    fc.assert(
      fc.property(json, (scenario) => {
        const { hash } = encodeShareHash(scenario, {});
        const d = ok(decodeShareHash(hash));
        expect(d.scenario).toEqual(viaJson(scenario));
      }),
      { numRuns: 200 },
    );
  });

  it('merge patches rebuild the target (RFC 7386) whenever the target has no nulls', () => {
    const noNull = json.filter((o) => !JSON.stringify(o).includes('null'));
    fc.assert(
      fc.property(json, noNull, (base, target) => {
        expect(applyMergePatch(base, createMergePatch(base, target))).toEqual(target);
      }),
      { numRuns: 300 },
    );
  });
});

describe('share links: random edits of built-ins (property)', () => {
  type Shell = Record<string, unknown>;
  type Editable = { name: string; shells: Shell[]; groundStations?: unknown[]; node?: unknown };
  const edit = fc.oneof(
    fc.record({
      kind: fc.constant('altitude' as const),
      shell: fc.nat(20),
      km: fc.integer({ min: 300, max: 2000 }),
    }),
    fc.record({ kind: fc.constant('name' as const), text: fc.string({ maxLength: 60 }) }),
    fc.record({
      kind: fc.constant('planes' as const),
      shell: fc.nat(20),
      planes: fc.integer({ min: 1, max: 400 }),
    }),
    fc.record({ kind: fc.constant('drop' as const), shell: fc.nat(20) }),
    fc.record({
      kind: fc.constant('station' as const),
      name: fc.string({ minLength: 1, maxLength: 30 }),
      latDeg: fc.double({ min: -90, max: 90, noNaN: true }),
      lonDeg: fc.double({ min: -180, max: 180, noNaN: true }),
    }),
    fc.record({ kind: fc.constant('node' as const), computeW: fc.integer({ min: 100, max: 100000 }) }),
  );
  const applyEdit = (s: Editable, e: typeof edit extends fc.Arbitrary<infer T> ? T : never) => {
    const sh = s.shells[('shell' in e ? e.shell : 0) % s.shells.length];
    if (e.kind === 'altitude') sh.altitudeKm = e.km;
    else if (e.kind === 'name') s.name = e.text;
    else if (e.kind === 'planes') sh.planes = e.planes;
    else if (e.kind === 'drop' && s.shells.length > 1) s.shells.splice(e.shell % s.shells.length, 1);
    else if (e.kind === 'station')
      (s.groundStations ??= []).push({ name: e.name, latDeg: e.latDeg, lonDeg: e.lonDeg });
    else if (e.kind === 'node') s.node = { computeW: e.computeW };
  };

  it('any few edits of any built-in round-trip exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(BUILTIN_SCENARIOS)),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (id, edits) => {
          const s = clone(BUILTIN_SCENARIOS[id].build()) as unknown as Editable;
          for (const e of edits) applyEdit(s, e);
          expect(ok(decodeShareHash(encodeShareHash(s, VIEW).hash)).scenario).toEqual(viaJson(s));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('up to five random edits of spacex-1m stay under 2,000 characters', () => {
    let longest = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const s = clone(BUILTIN_SCENARIOS['spacex-1m'].build()) as unknown as Editable;
        for (const e of edits) applyEdit(s, e);
        const url = `${ORIGIN}#${encodeShareHash(s, VIEW).hash}`;
        longest = Math.max(longest, url.length);
        expect(url.length).toBeLessThan(2000);
      }),
      { numRuns: 200 },
    );
    console.info(`link length, spacex-1m with up to 5 random edits: longest ${longest}`);
  });
});

describe('share links: lengths', () => {
  const spacex = () =>
    clone(BUILTIN_SCENARIOS['spacex-1m'].build()) as Record<string, unknown> & {
      shells: Record<string, unknown>[];
      node?: unknown;
      groundStations: unknown[];
    };
  const edits: [string, (s: ReturnType<typeof spacex>) => void][] = [
    ['one shell higher', (s) => (s.shells[0].altitudeKm = 560)],
    [
      'every shell changed',
      (s) =>
        s.shells.forEach(
          (sh, i) => ((sh.altitudeKm = 500 + 137 * i), (sh.name = `Shell ${i} renamed by the reader`)),
        ),
    ],
    [
      'a seventh shell',
      (s) =>
        s.shells.push({
          kind: 'walker',
          name: 'extra',
          altitudeKm: 1500,
          inclinationDeg: 70,
          planes: 40,
          satsPerPlane: 40,
          phasing: 3,
        }),
    ],
    ['two shells removed', (s) => s.shells.splice(1, 2)],
    [
      'node parameters',
      (s) => (s.node = { computeW: 20000, solarArrayM2: 40, batteryWh: 8000, radiatorM2: 12 }),
    ],
    [
      '30 ground stations',
      (s) =>
        s.groundStations.push(
          ...Array.from({ length: 30 }, (_, i) => ({
            name: `Station ${i}`,
            latDeg: -60 + 4.1 * i,
            lonDeg: -170 + 11.3 * i,
            minElevationDeg: 20,
          })),
        ),
    ],
    [
      'new name and description',
      (s) => (
        (s.name = 'My million'),
        (s.description = 'What if the whole filing flew at 550 km? '.repeat(10))
      ),
    ],
    [
      'links changed',
      (s) =>
        (s.links = {
          pattern: 'nearest-k',
          k: 6,
          maxRangeKm: 3000,
          grazingAltitudeKm: 100,
          capacityGbps: 200,
        }),
    ],
  ];
  it.each(edits)('spacex-1m edited (%s) makes a link well under 2,000 characters', (what, edit) => {
    const s = spacex();
    edit(s);
    const { hash, form } = encodeShareHash(s, VIEW);
    const url = `${ORIGIN}#${hash}`;
    expect(form).toBe('patch');
    expect(url.length).toBeLessThan(2000);
    expect(ok(decodeShareHash(url)).scenario).toEqual(s);
    console.info(`link length, spacex-1m edited (${what}): ${url.length}`);
  });

  it('reports the lengths of a built-in and of pasted element sets (95 real Starlink TLEs, 100 of them)', () => {
    const builtin = `${ORIGIN}#${encodeShareHash(BUILTIN_SCENARIOS['three-body'].build(), VIEW).hash}`;
    expect(builtin.length).toBeLessThan(400);
    const src = readFileSync(new URL('./catalogs/starlink-2020-05-07.ts', import.meta.url), 'utf8');
    const text = /const TEXT = `([^`]*)`/.exec(src)![1];
    const lines = text.trim().split('\n');
    const sets = Array.from({ length: lines.length / 3 }, (_, i) => lines.slice(3 * i, 3 * i + 3).join('\n'));
    const hundred = [...sets, ...sets.slice(0, 100 - sets.length)].join('\n');
    const pasted = (t: string) => ({
      version: 1,
      name: 'Pasted element sets',
      epoch: '2020-05-07T00:00:00Z',
      shells: [{ kind: 'tle', name: 'Pasted', text: t }],
    });
    const real95 = `${ORIGIN}#${encodeShareHash(pasted(sets.join('\n')), VIEW).hash}`;
    const tle100 = `${ORIGIN}#${encodeShareHash(pasted(hundred), VIEW).hash}`;
    console.info(
      `link length: built-in ${builtin.length}; 95 real TLEs (${sets.join('\n').length} chars of text) ${real95.length}; 100 TLEs ${tle100.length} (limit ${MAX_SHARE_LINK_CHARS})`,
    );
    expect(ok(decodeShareHash(real95)).scenario).toEqual(pasted(sets.join('\n')));
    expect(real95.length).toBeLessThan(MAX_SHARE_LINK_CHARS);
  });
});

describe('share links: versions', () => {
  it('the current version is 1 and version-1 links made by hand keep opening', () => {
    expect(SHARE_FORMAT_VERSION).toBe(1);
    // A version-1 link written out literally: if the format changes, this link must still open.
    const v1 =
      's=' +
      encodePayload({
        v: 1,
        base: 'suncatcher',
        patch: { name: 'Renamed' },
        view: { timeMs: 1773964800000, colorMode: 'sunlight' },
      });
    const d = ok(decodeShareHash(v1));
    expect((d.scenario as { name: string }).name).toBe('Renamed');
    expect(d.view).toEqual({ timeMs: 1773964800000, colorMode: 'sunlight' });
  });
  it('a future version says to reload; a missing or wrong one says what it is', () => {
    expect(err(decodeShareHash('s=' + encodePayload({ v: 2, scenario: {} })))).toMatch(
      /newer version of this app \(link format 2\).*up to 1/,
    );
    expect(err(decodeShareHash('s=' + encodePayload({ scenario: {} })))).toMatch(/no format version/);
    expect(err(decodeShareHash('s=' + encodePayload({ v: '1', scenario: {} })))).toMatch(
      /whole number from 1, got “1”/,
    );
    expect(err(decodeShareHash('s=' + encodePayload({ v: 0.5, scenario: {} })))).toMatch(/whole number/);
    expect(err(decodeShareHash('s=' + encodePayload([1, 2])))).toMatch(/a list, not a shared scenario/);
    expect(err(decodeShareHash('s=' + encodePayload({ v: 1, base: 'atlantis', patch: {} })))).toMatch(
      /“atlantis”, which this version of the app does not have/,
    );
    expect(err(decodeShareHash('s=' + encodePayload({ v: 1, view: {} })))).toMatch(/holds no scenario/);
  });
});

describe('share links: hostile input', () => {
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it('script and HTML in names and javascript:/data: URLs decode as inert text for the schema to judge', () => {
    const evil = {
      version: 1,
      name: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
      description: '</textarea><svg onload=alert(3)>',
      sources: [
        { title: '<b>x</b>', url: 'javascript:alert(4)' },
        { title: 'd', url: 'data:text/html,<script>alert(5)</script>' },
      ],
      shells: [
        {
          kind: 'walker',
          name: '"><iframe src=javascript:alert(6)>',
          altitudeKm: 550,
          inclinationDeg: 53,
          planes: 2,
          satsPerPlane: 2,
        },
      ],
    };
    const d = ok(decodeShareHash(encodeShareHash(evil, {}).hash));
    expect(d.scenario).toEqual(evil); // strings, untouched; rendering them as text is React's job
    const v = parseScenario(d.scenario);
    expect(v.ok).toBe(false);
    const issues = v.ok ? [] : v.issues.join('\n');
    expect(issues).toMatch(/sources\[0\]\.url/);
    expect(issues).toMatch(/sources\[1\]\.url/);
  });

  it('truncated and corrupted base64 give plain messages', () => {
    const good = encodeShareHash(
      {
        version: 1,
        name: 'x',
        shells: [{ kind: 'walker', altitudeKm: 550, inclinationDeg: 53, planes: 3, satsPerPlane: 3 }],
      },
      VIEW,
    ).hash;
    expect(err(decodeShareHash(good.slice(0, good.length - 12)))).toMatch(/cut short|corrupted/);
    expect(err(decodeShareHash(good.slice(0, 20)))).toMatch(/cut short/);
    expect(err(decodeShareHash(good.slice(0, good.length - 1) + '*'))).toMatch(
      /corrupted: it holds the character “\*”/,
    );
    expect(err(decodeShareHash(good.replace(/.{4}$/, ' abc')))).toMatch(/character “space”/);
    expect(err(decodeShareHash('s='))).toMatch(/no data after “#s=”/);
    expect(err(decodeShareHash('s=AAAA'))).toMatch(/corrupted|cut short/);
    const flipped = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31);
    expect(err(decodeShareHash(flipped))).toMatch(/^The link/);
    expect(err(decodeShareHash('s=' + toBase64Url(new Uint8Array([0xff, 0xfe, 0xfd]))))).toMatch(/^The link/);
    expect(err(decodeShareHash('#hello'))).toMatch(/not a share link: it must start with #scenario= or #s=/);
    expect(err(decodeShareHash('#%3Cb%3Ex%3C/b%3E%0A'))).toMatch(/^“#<b>x<\/b>\?” is not a share link/);
    expect(err(decodeShareHash('#scenario=__proto__'))).toMatch(/“__proto__”, which does not exist/);
  });

  it('a link that inflates to hundreds of MB is refused after about 2 MB of work', () => {
    const bomb = deflateRawSync(Buffer.alloc(300 * 1024 * 1024), { level: 9 }); // ~290 KB
    let message = '';
    const ms = time(() => {
      try {
        inflateCapped(new Uint8Array(bomb));
      } catch (e) {
        message = (e as Error).message;
      }
    });
    expect(message).toMatch(/expands to more than 2 MB/);
    expect(ms).toBeLessThan(500);
    // As a link it is also over the length cap, refused before any decoding.
    const link = 's=' + toBase64Url(bomb);
    let r: DecodeResult | null = null;
    const linkMs = time(() => (r = decodeShareHash(link)));
    expect(err(r!)).toMatch(/characters long; share links longer than 32,768 are refused/);
    // A bomb that fits the length cap (~24 KB of deflate → ~24 MB) is stopped by the inflate budget.
    const small = deflateRawSync(Buffer.alloc(24 * 1024 * 1024), { level: 9 });
    let r2: DecodeResult | null = null;
    const smallMs = time(() => (r2 = decodeShareHash('s=' + toBase64Url(small))));
    expect(err(r2!)).toMatch(/expands to more than 2 MB/);
    expect(smallMs).toBeLessThan(500);
    console.info(
      `inflate bomb: 300 MB refused in ${ms.toFixed(1)} ms (inflateCapped); as a link in ${linkMs.toFixed(2)} ms (length cap); 24 MB in a ${small.length}-byte link refused in ${smallMs.toFixed(1)} ms; budget ${MAX_INFLATED_BYTES} bytes`,
    );
  });

  it('deeply nested JSON is refused without recursion', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    const link = 's=' + toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(deep))));
    expect(err(decodeShareHash(link))).toMatch(/nests lists or objects more than 32 deep/);
    const inString = {
      v: 1,
      scenario: { version: 1, name: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', shells: [] },
    };
    expect(decodeShareHash('s=' + encodePayload(inString)).ok).toBe(true); // brackets inside strings do not count
  });

  it('a 100,000-item array is refused, naming the limit and where', () => {
    const link =
      's=' +
      encodePayload({
        v: 1,
        scenario: { version: 1, name: 'big', shells: Array.from({ length: 100000 }, () => 0) },
      });
    expect(link.length).toBeLessThan(32768);
    expect(err(decodeShareHash(link))).toMatch(
      new RegExp(
        `payload.scenario.shells is a list of 100,000 items; a link may hold at most ${MAX_ARRAY_ITEMS.toLocaleString('en-US')}`,
      ),
    );
  });

  it('__proto__, constructor and prototype keys are refused and nothing is polluted', () => {
    for (const k of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"v":1,"base":"suncatcher","patch":{"node":{"${k}":{"polluted":"yes","toString":"x"}}},"view":{}}`;
      const link = 's=' + toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(text))));
      expect(err(decodeShareHash(link))).toMatch(new RegExp(`payload.patch.node has the key “${k}”`));
      const top = `{"v":1,"${k}":{"polluted":"yes"},"scenario":{}}`;
      expect(
        err(decodeShareHash('s=' + toBase64Url(new Uint8Array(deflateRawSync(Buffer.from(top)))))),
      ).toMatch(/has the key/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
    // applyMergePatch itself defines keys, never assigns through a setter.
    const patched = applyMergePatch({}, JSON.parse('{"__proto__":{"polluted":1}}')) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('views in a link are checked: wrong types reported, never kept', () => {
    const d = ok(
      decodeShareHash(
        's=' +
          encodePayload({
            v: 1,
            base: 'suncatcher',
            patch: {},
            view: { warp: 1e12, selected: { toString: 1 }, camera: 'orbit', extra: 1 },
          }),
      ),
    );
    expect(d.view).toEqual({});
    expect(d.problems).toHaveLength(4);
  });
});
