import { describe, expect, it } from 'vitest';
import {
  candidateCount,
  encodeEnd,
  END_CLOSED_FORM,
  END_KEYFRAME,
  END_NONE,
  END_STATION,
  fillCandidates,
  fillRoute,
  fillSelected,
  LINK_FLOATS,
  selectedCount,
  packShells,
  SHELL_PACK_BASE,
  stationRef,
  writeLink,
  type LinkContext,
} from './linkBuffers';
import { MAX_SHELLS_DRAWN } from './sceneData';
import { groundStationEci } from '../sim/routing';
import { EARTH_RADIUS_KM } from '../sim/constants';
import type { ClosedFormPayload } from '../worker/protocol';

function ctx(): LinkContext {
  const count = 3;
  const elements = new Float32Array(count * 6);
  for (let i = 0; i < count; i++) elements.set([6928 + i, 0.001 * i, 0.9, 0.1 * i, 0.2, 0.3 * i], i * 6);
  const closedForm: ClosedFormPayload = {
    count,
    epochMs: 0,
    elements,
    group: new Uint32Array([0, 0, 1]),
    rates: new Float64Array(6),
    shell: new Uint16Array([0, 0, 2]),
  } as ClosedFormPayload;
  return {
    closedForm,
    keyframeCount: 2,
    keyframeShell: [1, 1],
    stations: [
      { name: 'A', latDeg: 40, lonDeg: -3.7, minElevationDeg: 25 },
      { name: 'B', latDeg: -33.9, lonDeg: 151.2, minElevationDeg: 10 },
    ],
  };
}

const kind = (out: Float32Array, k: number, end: 0 | 1) => out[k * LINK_FLOATS + end * 8 + 7];

describe('link instance encoding', () => {
  it('closed-form ends carry the same float32 elements the points are drawn from', () => {
    const c = ctx();
    const out = new Float32Array(8);
    encodeEnd(out, 0, 2, c);
    const el = c.closedForm!.elements;
    expect(out[7]).toBe(END_CLOSED_FORM);
    expect(out[0]).toBe(Math.fround(el[12] / EARTH_RADIUS_KM));
    expect(Array.from(out.slice(1, 6))).toEqual(Array.from(el.slice(13, 18)));
    expect(out[6]).toBe(1);
  });

  it('keyframe ends index the keyframe texture; unknown indices and stations are marked', () => {
    const c = ctx();
    const out = new Float32Array(8);
    encodeEnd(out, 0, 4, c);
    expect([out[0], out[7]]).toEqual([1, END_KEYFRAME]);
    encodeEnd(out, 0, 5, c);
    expect(out[7]).toBe(END_NONE);
    encodeEnd(out, 0, stationRef(7), c);
    expect(out[7]).toBe(END_NONE);
  });

  it('station ends are the Earth-fixed unit vector (ECI at GMST 0) and sin(min elevation)', () => {
    const c = ctx();
    const out = new Float32Array(8);
    encodeEnd(out, 0, stationRef(1), c);
    const e = groundStationEci(-33.9, 151.2, 0);
    expect(out[7]).toBe(END_STATION);
    for (let k = 0; k < 3; k++) expect(out[k]).toBeCloseTo(e[k] / EARTH_RADIUS_KM, 6);
    expect(out[3]).toBeCloseTo(Math.sin((10 * Math.PI) / 180), 6);
  });

  it('candidates: ISLs first, then station links with the station as end A', () => {
    const c = ctx();
    const pairs = new Uint32Array([0, 1, 1, 3]);
    const ground = new Uint32Array([1, 4]);
    const out = new Float32Array(candidateCount(pairs, ground) * LINK_FLOATS);
    expect(fillCandidates(out, pairs, ground, c)).toEqual({ isl: 2, ground: 1 });
    expect([out[16], out[17]]).toEqual([0, 1]);
    expect(kind(out, 1, 1)).toBe(END_KEYFRAME);
    expect([out[2 * LINK_FLOATS + 16], out[2 * LINK_FLOATS + 17]]).toEqual([-2, 4]);
    expect(kind(out, 2, 0)).toBe(END_STATION);
  });

  it('selected subset: every candidate touching the node, selected end first', () => {
    const c = ctx();
    const pairs = new Uint32Array([0, 1, 2, 1, 0, 2]);
    const ground = new Uint32Array([0, 1, 1, 0]);
    expect(selectedCount(pairs, ground, 1)).toBe(3);
    expect(selectedCount(pairs, ground, -1)).toBe(0);
    const out = new Float32Array(3 * LINK_FLOATS);
    expect(fillSelected(out, pairs, ground, 1, c)).toBe(3);
    expect([out[16], out[17]]).toEqual([1, 0]);
    expect([out[LINK_FLOATS + 16], out[LINK_FLOATS + 17]]).toEqual([1, 2]);
    expect([out[2 * LINK_FLOATS + 16], out[2 * LINK_FLOATS + 17]]).toEqual([-1, 1]);
  });

  it('route: consecutive ends are hops, numbered from the first end', () => {
    const c = ctx();
    const route = new Int32Array([stationRef(0), 0, 1, 4, stationRef(1)]);
    const out = new Float32Array(4 * LINK_FLOATS);
    expect(fillRoute(out, route, c)).toBe(4);
    for (let k = 0; k < 4; k++) {
      expect(out[k * LINK_FLOATS + 16]).toBe(route[k]);
      expect(out[k * LINK_FLOATS + 17]).toBe(route[k + 1]);
      expect(out[k * LINK_FLOATS + 18]).toBe(k);
    }
    expect(kind(out, 3, 1)).toBe(END_STATION);
    expect(fillRoute(out, new Int32Array(0), c)).toBe(0);
  });

  it("packs both ends' shells (stations and unknown indices: none)", () => {
    const c = ctx();
    const out = new Float32Array(LINK_FLOATS);
    writeLink(out, 0, 2, 4, 0, c);
    expect(out[19]).toBe(packShells(2, 1));
    expect(packShells(2, 1)).toBe(3 * SHELL_PACK_BASE + 2);
    writeLink(out, 0, stationRef(0), 9, 0, c);
    expect(out[19]).toBe(0);
    expect(packShells(MAX_SHELLS_DRAWN - 1, MAX_SHELLS_DRAWN)).toBe(MAX_SHELLS_DRAWN * SHELL_PACK_BASE);
  });

  it('packed shells decode as the link shader does (p / base, p % base), exactly in float32', () => {
    for (const [a, b] of [
      [0, 0],
      [0, MAX_SHELLS_DRAWN - 1],
      [MAX_SHELLS_DRAWN - 1, 0],
      [MAX_SHELLS_DRAWN - 1, MAX_SHELLS_DRAWN - 1],
      [-1, 7],
    ]) {
      const p = Math.fround(packShells(a, b));
      expect(p).toBe(packShells(a, b));
      expect(Math.floor(p / SHELL_PACK_BASE) - 1).toBe(a);
      expect((p % SHELL_PACK_BASE) - 1).toBe(b);
    }
  });
});
