/**
 * Formation-flying clusters (shell kind `cluster`, docs/scenario-format.md): members on a planar lattice around
 * one circular reference orbit, like Google's Project Suncatcher (arXiv 2511.19468: 81 satellites
 * within ~1 km, 100–200 m apart, dawn-dusk SSO ~650 km).
 *
 * Lattice (validation.md V18): grid points (i, j) with i² + j² ≤ R², R the smallest radius whose
 * disc holds `count` points (R = 5 → 81); when `count` is not such a number, the first `count`
 * points by distance from the centre (ties by angle). Point (i, j) sits at i·spacing along one axis
 * of the formation plane and j·2·spacing along the other, so neighbours are at least `spacingM`
 * apart. Member 1 is the centre point, on the reference orbit itself.
 *
 * Relative motion (Hill / Clohessy–Wiltshire, linear in offset/a): a member whose mean elements
 * differ from the reference's by a small eccentricity vector (e_x, e_y), inclination δi, node δΩ
 * and mean argument of latitude δλ — with the SAME semi-major axis, so it has the same period and
 * never drifts along-track — moves, in the reference's radial/along-track/cross-track frame, as
 *   x = −a (e_x cos u + e_y sin u),
 *   y = a (δλ + δΩ cos i) + 2a (e_x sin u − e_y cos u),
 *   z = a (δi sin u − δΩ sin i cos u),
 * u the reference's argument of latitude. Choosing e = ρ/(2a) with phase φ, δi and δΩ so that
 * z = (√3/2) ρ cos(u + φ), and δλ = −δΩ cos i, gives x = (ρ/2) cos(u + φ), y = −ρ sin(u + φ): a
 * circle of radius ρ in a plane tilted 60° from the orbit plane (the "general circular orbit"
 * formation). Every member turns on its circle at the orbital rate, so the whole lattice rotates
 * rigidly once per orbit and pairwise distances stay constant to first order.
 *
 * Propagation: members are closed-form satellites like the others, but every member of a cluster
 * shares the reference orbit's secular J2 rates (one rate group). A free-flying member with
 * slightly different i would drift apart by roughly 100 m per day per km of offset (differential J2);
 * real formations cancel that with small differences of a and station-keeping, which this
 * idealised model represents by the shared rates. The one J2 effect kept is the rotation of the
 * eccentricity vectors (argument-of-perigee drift, about −3°/day for a 650 km SSO), which slowly
 * shears the lattice by a few per cent per day.
 */

const TWO_PI = 2 * Math.PI;

/**
 * Radius (in grid units) of the smallest lattice disc {(i, j): i² + j² ≤ R²} with at least `count`
 * points (validation.md V18: R = 5 holds 81).
 */
export function clusterLatticeRadius(count: number): number {
  let R = 0;
  for (;;) {
    let n = 0;
    for (let i = -R; i <= R; i++) n += 2 * Math.floor(Math.sqrt(R * R - i * i)) + 1;
    if (n >= count) return R;
    R++;
  }
}

/** Lattice points (i, j) of a cluster of `count` members, centre first (validation.md V18). */
export function clusterLattice(count: number): { i: number; j: number }[] {
  const R = clusterLatticeRadius(count);
  const pts: { i: number; j: number; r2: number; ang: number }[] = [];
  for (let i = -R; i <= R; i++) {
    for (let j = -R; j <= R; j++) {
      const r2 = i * i + j * j;
      if (r2 <= R * R) {
        let ang = Math.atan2(j, i);
        if (ang < 0) ang += TWO_PI;
        pts.push({ i: i + 0, j: j + 0, r2, ang }); // + 0: no -0 when R = 0
      }
    }
  }
  pts.sort((p, q) => p.r2 - q.r2 || p.ang - q.ang);
  return pts.slice(0, count).map(({ i, j }) => ({ i, j }));
}

/** Mean-element offsets of one member from the circular reference orbit (radians; e absolute). */
export interface MemberOffsets {
  /** Eccentricity (the reference's is 0). */
  e: number;
  /** Argument of perigee, rad (arbitrary when e = 0). */
  argp: number;
  /** Inclination and node offsets, rad. */
  dInc: number;
  dRaan: number;
  /** Offset of the mean argument of latitude ω + M, rad. */
  dLambda: number;
}

/**
 * Offsets that put a member at in-plane coordinates (p, q) metres of the formation plane at the
 * epoch, where the reference is at argument of latitude `u0` (rad), for reference semi-major axis
 * `aKm` and inclination `incRad`. p runs along (½ radial + √3/2 cross-track), q along-track.
 */
export function memberOffsets(
  pM: number,
  qM: number,
  aKm: number,
  incRad: number,
  u0: number,
): MemberOffsets {
  const a = aKm * 1000;
  const rho = Math.hypot(pM, qM);
  if (rho === 0) return { e: 0, argp: 0, dInc: 0, dRaan: 0, dLambda: 0 };
  // In-plane position ρ(cos θ ê1 − sin θ ê2) with θ = u + φ: at u = u0, p = ρ cos θ0, q = −ρ sin θ0.
  const theta0 = Math.atan2(-qM, pM);
  const phi = theta0 - u0;
  const ex = -(rho / (2 * a)) * Math.cos(phi);
  const ey = (rho / (2 * a)) * Math.sin(phi);
  const k = (Math.sqrt(3) / 2) * (rho / a);
  const dInc = -k * Math.sin(phi);
  const dRaan = -(k * Math.cos(phi)) / Math.sin(incRad);
  return { e: Math.hypot(ex, ey), argp: Math.atan2(ey, ex), dInc, dRaan, dLambda: -dRaan * Math.cos(incRad) };
}
