/**
 * Cubic Hermite interpolation between two keyframes of position (km) and velocity (km/s) — the
 * same polynomial the vertex shader evaluates for real element sets (docs/physics.md).
 */

/**
 * Interpolated position (km) at fraction `s` ∈ [0,1] of a step of `hS` seconds between keyframes
 * (p0, v0) and (p1, v1); also the velocity (km/s) when `outVel` is given. Arrays hold x, y, z.
 */
export function hermite(
  p0: ArrayLike<number>,
  v0: ArrayLike<number>,
  p1: ArrayLike<number>,
  v1: ArrayLike<number>,
  hS: number,
  s: number,
  outPos: Float64Array | number[],
  outVel?: Float64Array | number[],
): void {
  const s2 = s * s;
  const s3 = s2 * s;
  const h00 = 2 * s3 - 3 * s2 + 1;
  const h10 = s3 - 2 * s2 + s;
  const h01 = -2 * s3 + 3 * s2;
  const h11 = s3 - s2;
  for (let k = 0; k < 3; k++) {
    outPos[k] = h00 * p0[k] + h10 * hS * v0[k] + h01 * p1[k] + h11 * hS * v1[k];
  }
  if (outVel) {
    const d00 = (6 * s2 - 6 * s) / hS;
    const d10 = 3 * s2 - 4 * s + 1;
    const d01 = (-6 * s2 + 6 * s) / hS;
    const d11 = 3 * s2 - 2 * s;
    for (let k = 0; k < 3; k++) outVel[k] = d00 * p0[k] + d10 * v0[k] + d01 * p1[k] + d11 * v1[k];
  }
}
