/**
 * GPU checked against the core (docs/performance.md, "GPU against the core"): the scene's own GLSL,
 * read back from a float render target through `__constellation.gpuProbe` (src/scene/gpuProbe.ts),
 * against src/sim in double precision on the same inputs:
 * - positions (closed form: `closedFormState`; keyframed SGP4: `sampleKeyframes` + `hermite`) within
 *   KEYFRAME_POS_TOL_KM, and for closed form within a bound scaled by the context's own sin/cos error
 *   (measured here: SwiftShader's is ≈ 2e-4 rad); the hidden fraction of the Sun (`shadowFraction`,
 *   Sun from `sunPositionEciKm`, at the GPU's position) within SHADOW_TOL, and the sunlit/penumbra/umbra
 *   state equal to the core's at its own position unless a fraction is within SHADOW_TOL of a state
 *   boundary or the position error carries it across one — satellites chosen in penumbra, umbra and sunlight;
 * - the link shader's up/down for ISLs near the range limit and the grazing limit (`linkUp`) and for
 *   station links near the minimum elevation (`elevationDeg`): equal wherever the case is farther from
 *   the limit than the stated margin (float32 rounding of the ends lies inside it).
 * Measured differences are attached to the test as annotations.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoReady, hook, waitFrames } from './helpers';
// @ts-expect-error — plain ES module without types (the benchmark's TLE generator)
import { walkerTleText } from '../bench/synthetic.mjs';
import { closedFormState, type ClosedFormSet } from '../src/sim/closedForm';
import { hermite } from '../src/sim/hermite';
import { sampleKeyframes, type KeyframeWindow } from '../src/sim/keyframes';
import { shadowFraction, sunlightFromShadow } from '../src/sim/shadow';
import { sunPositionEciKm } from '../src/sim/sun';
import { linkUp } from '../src/sim/linkGeometry';
import { elevationDeg } from '../src/sim/routing';
import { EARTH_RADIUS_KM } from '../src/sim/constants';
import type { ProbeGround, ProbeIsl, ProbeReply, ProbeRequest } from '../src/scene/gpuProbe';

/**
 * GPU (float32) vs core (float64) position, km. Keyframes: Hermite arithmetic only (float32 of ≈ 7,000 km
 * is 0.5 m). Closed form: three angles through sin/cos, so 0.05 km plus 3 × the context's own measured
 * sin/cos error × the orbit radius — SwiftShader's sin/cos are good to ≈ 2e-4 rad (≈ 1.3 km at LEO),
 * a desktop GPU's to ≈ 1e-6; measured below with `trig` and reported.
 */
const KEYFRAME_POS_TOL_KM = 0.01;
const closedFormPosTolKm = (trigErrRad: number, radiusKm: number) => 0.05 + 3 * trigErrRad * radiusKm;
/** GPU vs core hidden fraction of the solar disc (0 … 1), both at the GPU's position. */
const SHADOW_TOL = 0.001;
/** Up/down must agree farther than this from the range / grazing limit, km (float32 Earth radii: 0.8 m a step) … */
const LINK_MARGIN_KM = 0.01;
/** … and farther than this from a station's minimum elevation, degrees. */
const ELEV_MARGIN_DEG = 0.001;

const WALKER_PLANES = 100;
const WALKER_PER_PLANE = 100;
const N_CF = WALKER_PLANES * WALKER_PER_PLANE;
const N_TLE = 300;
const scenario = {
  version: 1,
  name: 'gpu-parity',
  epoch: '2025-06-01T00:00:00Z',
  shells: [
    {
      kind: 'walker',
      name: 'walker',
      altitudeKm: 550,
      inclinationDeg: 53,
      planes: WALKER_PLANES,
      satsPerPlane: WALKER_PER_PLANE,
    },
    { kind: 'tle', name: 'tle', text: walkerTleText(N_TLE, 800, 97.6) },
  ],
};

const probe = (page: Page, req: ProbeRequest) =>
  page.evaluate(
    (r) =>
      (
        window as unknown as { __constellation: { gpuProbe(q: ProbeRequest): Promise<ProbeReply | null> } }
      ).__constellation.gpuProbe(r),
    req,
  ) as Promise<ProbeReply | null>;

/** Deterministic pseudo-random numbers (the cases are the same on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type V3 = [number, number, number];
const add = (a: V3, b: V3, k = 1): V3 => [a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2]];
const scale = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: V3) => Math.sqrt(dot(a, a));
const unit = (a: V3): V3 => scale(a, 1 / norm(a));
/** A random orthonormal pair (u, w). */
function frame(rand: () => number): [V3, V3] {
  const u = unit([rand() - 0.5, rand() - 0.5, rand() - 0.5]);
  const w = unit(cross(u, unit([rand() - 0.5, rand() - 0.5, rand() - 0.5])));
  return [u, w];
}
/** What the shader receives: each km coordinate as float32 Earth radii, back in km. */
const asGpu = (a: V3): V3 => a.map((x) => Math.fround(x / EARTH_RADIUS_KM) * EARTH_RADIUS_KM) as V3;

const OFFSETS = [-10, -1, -0.1, -0.01, -0.001, 0.001, 0.01, 0.1, 1, 10];

/** ISLs whose length is maxRange + δ (high shell: line of sight clear) or whose closest approach is R⊕ + grazing + δ. */
function islCases(): { link: ProbeIsl; limit: 'range' | 'grazing'; offsetKm: number }[] {
  const rand = rng(14);
  const out: { link: ProbeIsl; limit: 'range' | 'grazing'; offsetKm: number }[] = [];
  for (let rep = 0; rep < 6; rep++) {
    for (const offsetKm of OFFSETS) {
      // Range: two ends at 1,200 km altitude, chord = 5,000 km + δ (closest approach ≈ 1,000 km up).
      {
        const [u, w] = frame(rand);
        const r = EARTH_RADIUS_KM + 1200;
        const d = 5000 + offsetKm;
        const h = Math.asin(d / (2 * r));
        const a = add(scale(u, r * Math.cos(h)), w, r * Math.sin(h));
        const b = add(scale(u, r * Math.cos(h)), w, -r * Math.sin(h));
        out.push({ link: { aKm: a, bKm: b, maxRangeKm: 5000, grazingKm: 80 }, limit: 'range', offsetKm });
      }
      // Grazing: ends at 550 km and 700 km, the chord's closest point at R⊕ + 80 km + δ, range 10,000 km.
      {
        const [u, w] = frame(rand);
        const g = EARTH_RADIUS_KM + 80 + offsetKm;
        const ra = EARTH_RADIUS_KM + 550;
        const rb = EARTH_RADIUS_KM + 700;
        const foot = scale(u, g);
        const a = add(foot, w, Math.sqrt(ra * ra - g * g));
        const b = add(foot, w, -Math.sqrt(rb * rb - g * g));
        out.push({ link: { aKm: a, bKm: b, maxRangeKm: 10000, grazingKm: 80 }, limit: 'grazing', offsetKm });
      }
    }
  }
  return out;
}

/** Station links whose satellite is at the station's minimum elevation + δ degrees. */
function groundCases(): { link: ProbeGround; offsetDeg: number }[] {
  const rand = rng(41);
  const out: { link: ProbeGround; offsetDeg: number }[] = [];
  for (let rep = 0; rep < 6; rep++) {
    for (const offsetDeg of [-1, -0.1, -0.01, -0.001, -0.0001, 0.0001, 0.001, 0.01, 0.1, 1]) {
      const [u, w] = frame(rand);
      const minElevationDeg = [0, 10, 25, 40][rep % 4];
      const st = scale(u, EARTH_RADIUS_KM);
      const el = ((minElevationDeg + offsetDeg) * Math.PI) / 180;
      const rho = 800 + 1500 * rand();
      const sat = add(st, add(scale(w, Math.cos(el)), u, Math.sin(el)), rho);
      out.push({ link: { stationKm: st, satKm: sat, minElevationDeg }, offsetDeg });
    }
  }
  return out;
}

const keyframeWindow = (k: NonNullable<ProbeReply['keyframes']>): KeyframeWindow => ({
  startMs: k.startMs,
  stepS: k.stepS,
  count: k.count,
  satCount: k.satCount,
  data: Float32Array.from(k.data),
  status: new Uint8Array(k.satCount),
});

const cfSet = (c: NonNullable<ProbeReply['closedForm']>): ClosedFormSet => ({
  count: c.count,
  epochMs: c.epochMs,
  elements: Float32Array.from(c.elements),
  group: Uint32Array.from(c.group),
  rates: Float64Array.from(c.rates),
});

test('shader positions, shadow and link decisions equal src/sim', async ({ page }) => {
  test.setTimeout(180_000);
  await gotoReady(page, '/');
  await page.evaluate(
    (json) =>
      (
        window as unknown as { __constellation: { loadScenario(j: unknown): Promise<unknown> } }
      ).__constellation.loadScenario(json),
    scenario,
  );
  await hook(page, 'pause');
  // The keyframe window reaches the GPU after the first frame: wait for a valid keyframed satellite.
  await expect
    .poll(async () => (await probe(page, { satellites: [N_CF] }))?.satellites[0].posKm != null, {
      timeout: 60_000,
    })
    .toBe(true);

  const first = (await probe(page, { satellites: [0], inputs: true }))!;
  expect(first.closedForm?.count).toBe(N_CF);
  expect(first.keyframes?.satCount).toBe(N_TLE);
  const set = cfSet(first.closedForm!);
  const win = keyframeWindow(first.keyframes!);
  const pos = new Float64Array(3);
  const vel = new Float64Array(3);
  const st = new Float64Array(6);
  /** Core position (km) of global index i at t, or null. */
  const core = (i: number, t: number): V3 | null => {
    if (i < N_CF) {
      closedFormState(set, i, t, st);
      return [st[0], st[1], st[2]];
    }
    return sampleKeyframes(win, i - N_CF, t, hermite, pos, vel) ? [pos[0], pos[1], pos[2]] : null;
  };
  const coreShadow = (p: V3, t: number) => {
    const s = sunPositionEciKm(t);
    return shadowFraction(p[0], p[1], p[2], s.x, s.y, s.z);
  };

  // This context's own precision of sin/cos (and acos/asin, reported).
  const trigX = Array.from({ length: 2001 }, (_, k) => -Math.PI + (k / 2000) * 5 * Math.PI);
  const tr = (await probe(page, { trig: trigX }))!;
  const trigErr = { sin: 0, cos: 0, acos: 0, asin: 0 };
  for (const q of tr.trig) {
    const c = Math.fround(Math.cos(q.x));
    const sn = Math.fround(Math.sin(q.x));
    trigErr.sin = Math.max(trigErr.sin, Math.abs(q.sin - Math.sin(q.x)));
    trigErr.cos = Math.max(trigErr.cos, Math.abs(q.cos - Math.cos(q.x)));
    trigErr.acos = Math.max(trigErr.acos, Math.abs(q.acos - Math.acos(c)));
    trigErr.asin = Math.max(trigErr.asin, Math.abs(q.asin - Math.asin(sn)));
  }
  const trigErrRad = Math.max(trigErr.sin, trigErr.cos);
  // The least any WebGL 2 / Vulkan implementation may offer on [−π, π] (2⁻¹¹); the tolerance below scales with it.
  expect(trigErrRad, 'sin/cos error of this context, rad').toBeLessThanOrEqual(2 ** -11);

  // Instants inside the keyframe window (away from its ends) where keyframed satellites are in penumbra.
  const instants: number[] = [];
  const lo = win.startMs + 600_000;
  const hi = win.startMs + (win.count - 1) * win.stepS * 1000 - 600_000;
  for (let t = lo; t < hi && instants.length < 3; t += 1000) {
    let inPenumbra = 0;
    for (let j = 0; j < N_TLE; j += 3) {
      const p = core(N_CF + j, t);
      if (p && sunlightFromShadow(coreShadow(p, t)) === 'penumbra') inPenumbra++;
    }
    if (inPenumbra > 0 && (instants.length === 0 || t - instants[instants.length - 1] > 300_000))
      instants.push(t);
  }
  expect(instants.length, 'instants with keyframed satellites in penumbra').toBeGreaterThan(0);

  const kinds = {
    'closed-form': { sunlit: 0, penumbra: 0, umbra: 0 },
    keyframe: { sunlit: 0, penumbra: 0, umbra: 0 },
  };
  let sunAngleRad = 0;
  const maxBy = {
    'closed-form': { pos: 0, posTol: 0, shadow: 0, shadowEndToEnd: 0, stateExempt: 0 },
    keyframe: { pos: 0, posTol: 0, shadow: 0, shadowEndToEnd: 0, stateExempt: 0 },
  };
  const failures: string[] = [];
  for (const t of instants) {
    await hook(page, 'seek', t);
    await expect
      .poll(async () => (await probe(page, { satellites: [0] }))!.simMs, { timeout: 20_000 })
      .toBe(t);
    await waitFrames(page, 2);
    // Every closed-form satellite in penumbra at t, every 40th of the others, and every keyframed one.
    const chosen: number[] = [];
    for (let i = 0; i < N_CF; i++) {
      const p = core(i, t)!;
      if (i % 40 === 0 || sunlightFromShadow(coreShadow(p, t)) === 'penumbra') chosen.push(i);
    }
    for (let j = 0; j < N_TLE; j++) chosen.push(N_CF + j);
    const r = (await probe(page, { satellites: chosen, inputs: true }))!;
    expect(r.simMs).toBe(t);
    // The window the GPU used must be the one the instants were chosen in.
    expect(r.keyframes!.startMs).toBe(win.startMs);
    const sun = sunPositionEciKm(t);
    const sunCore: V3 = [sun.x, sun.y, sun.z];
    sunAngleRad = Math.max(sunAngleRad, Math.acos(Math.min(1, dot(unit(sunCore), unit(r.sunKm)))));
    for (const s of r.satellites) {
      const p = core(s.index, t);
      expect(s.posKm == null, `validity of satellite ${s.index}`).toBe(p == null);
      if (!p || !s.posKm) continue;
      const dKm = norm(add(s.posKm, p, -1));
      // The shadow function alone: the core's fraction at the GPU's own position …
      const fAtGpu = coreShadow(s.posKm, t);
      const df = Math.abs(s.shadow! - fAtGpu);
      // … and end to end: at the core's position.
      const f = coreShadow(p, t);
      const dfEnd = Math.abs(s.shadow! - f);
      const m = maxBy[s.kind];
      m.pos = Math.max(m.pos, dKm);
      m.shadow = Math.max(m.shadow, df);
      m.shadowEndToEnd = Math.max(m.shadowEndToEnd, dfEnd);
      const state = sunlightFromShadow(f);
      const tolKm = s.kind === 'keyframe' ? KEYFRAME_POS_TOL_KM : closedFormPosTolKm(trigErrRad, norm(p));
      m.posTol = Math.max(m.posTol, tolKm);
      if (dKm > tolKm) failures.push(`position of ${s.kind} satellite ${s.index}: ${dKm.toFixed(4)} km`);
      if (df > SHADOW_TOL)
        failures.push(
          `hidden Sun fraction of ${s.kind} satellite ${s.index}: GPU ${s.shadow}, core at the GPU position ${fAtGpu}`,
        );
      // State: equal, unless a fraction is within SHADOW_TOL of a state boundary or the position error moves it across one.
      const near = (x: number) =>
        x > 0 && x < 1 && (Math.abs(x - 0.001) <= SHADOW_TOL || Math.abs(x - 0.999) <= SHADOW_TOL);
      if (near(f) || near(fAtGpu) || sunlightFromShadow(fAtGpu) !== state) m.stateExempt++;
      else if (sunlightFromShadow(s.shadow!) !== state)
        failures.push(`state of ${s.kind} satellite ${s.index}: GPU ${s.shadow}, core ${f}`);
      kinds[s.kind][state]++;
    }
  }
  expect.soft(sunAngleRad, 'Sun direction the shaders use vs sunPositionEciKm, rad').toBeLessThan(1e-6);
  for (const k of ['closed-form', 'keyframe'] as const) {
    expect.soft(kinds[k].penumbra, `${k} satellites compared in penumbra`).toBeGreaterThan(0);
    expect.soft(kinds[k].umbra, `${k} satellites compared in umbra`).toBeGreaterThan(0);
    expect.soft(kinds[k].sunlit, `${k} satellites compared in sunlight`).toBeGreaterThan(0);
  }

  // Links: explicit ends near the limits, the shader's islUp / groundLinkUp against the core.
  const isl = islCases();
  const ground = groundCases();
  const r = (await probe(page, { isl: isl.map((c) => c.link), ground: ground.map((c) => c.link) }))!;
  const islDisagree: string[] = [];
  isl.forEach((c, k) => {
    const a = asGpu(c.link.aKm);
    const b = asGpu(c.link.bKm);
    const want = linkUp(a[0], a[1], a[2], b[0], b[1], b[2], c.link.maxRangeKm, c.link.grazingKm);
    expect
      .soft(want, `core decision of ${c.limit} case ${k} (δ ${c.offsetKm} km) matches its construction`)
      .toBe(Math.abs(c.offsetKm) < 0.01 ? want : c.limit === 'range' ? c.offsetKm < 0 : c.offsetKm > 0);
    if (r.isl[k] !== want) {
      islDisagree.push(`${c.limit} δ ${c.offsetKm} km`);
      if (Math.abs(c.offsetKm) > LINK_MARGIN_KM)
        expect.soft(r.isl[k], `GPU decision of ${c.limit} case ${k} (δ ${c.offsetKm} km)`).toBe(want);
    }
  });
  const groundDisagree: string[] = [];
  ground.forEach((c, k) => {
    const s = asGpu(c.link.stationKm);
    const p = asGpu(c.link.satKm);
    const want = elevationDeg(s, p) >= c.link.minElevationDeg;
    if (Math.abs(c.offsetDeg) >= 0.001)
      expect.soft(want, `core decision of station case ${k}`).toBe(c.offsetDeg > 0);
    if (r.ground[k] !== want) {
      groundDisagree.push(`δ ${c.offsetDeg}°`);
      if (Math.abs(c.offsetDeg) > ELEV_MARGIN_DEG)
        expect.soft(r.ground[k], `GPU decision of station case ${k} (δ ${c.offsetDeg}°)`).toBe(want);
    }
  });
  expect(r.isl.filter(Boolean).length, 'some ISL cases are up and some down').toBeGreaterThan(0);
  expect(r.isl.filter((x) => !x).length).toBeGreaterThan(0);

  const summary =
    `satellites ${JSON.stringify(maxBy)}; this context's max abs error sin/cos/acos/asin ${Object.values(
      trigErr,
    )
      .map((x) => x.toExponential(1))
      .join('/')} rad; ` +
    `instants ${instants.length}; compared ${JSON.stringify(kinds)}; shadow tol ${SHADOW_TOL}; Sun direction ${sunAngleRad.toExponential(2)} rad; ` +
    `ISL cases ${isl.length}, disagreements ${islDisagree.length ? islDisagree.join(', ') : 'none'} (margin ${LINK_MARGIN_KM} km); ` +
    `station cases ${ground.length}, disagreements ${groundDisagree.length ? groundDisagree.join(', ') : 'none'} (margin ${ELEV_MARGIN_DEG}°)`;
  console.log(`[gpu-parity] ${summary}`);
  test.info().annotations.push({ type: 'gpu-parity', description: summary });
  expect(failures.slice(0, 20), `${failures.length} satellites outside the tolerances`).toEqual([]);
});
