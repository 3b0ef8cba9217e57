/**
 * Where a ray from the camera meets the Earth, as Earth-fixed latitude and longitude — for placing
 * a ground station with a click. Pure math, no three.
 *
 * Frames: the scene's world is three's Y-up frame; ECI → world is x → x, z → y, y → −z (see
 * eciKmToWorld in Satellites.tsx), so world (x, y, z) is ECI (x, −z, y). Earth is the unit sphere;
 * the Earth-fixed longitude of an ECI direction is atan2(y, x) − GMST (the Earth mesh turns by GMST
 * about ECI z); latitude is geocentric (the scene's Earth is a sphere).
 */

export interface LatLon {
  latDeg: number;
  /** In [−180, 180). */
  lonDeg: number;
}

type Vec3 = { x: number; y: number; z: number };

/**
 * Distance along the ray (origin `o`, direction `d`, any length) to its first hit on the unit
 * sphere, in units of |d|; null when it misses or the sphere is behind the origin.
 */
export function rayUnitSphere(o: Vec3, d: Vec3): number | null {
  const a = d.x * d.x + d.y * d.y + d.z * d.z;
  if (!(a > 0)) return null;
  const b = o.x * d.x + o.y * d.y + o.z * d.z;
  const c = o.x * o.x + o.y * o.y + o.z * o.z - 1;
  const disc = b * b - a * c;
  if (disc < 0) return null;
  const sq = Math.sqrt(disc);
  const t0 = (-b - sq) / a;
  if (t0 >= 0) return t0;
  const t1 = (-b + sq) / a;
  return t1 >= 0 ? t1 : null; // origin inside the sphere
}

/** Earth-fixed geocentric latitude/longitude (degrees) of a world-frame point, at sidereal angle `gmstRad`. */
export function worldToLatLon(p: Vec3, gmstRad: number): LatLon {
  const xe = p.x;
  const ye = -p.z;
  const ze = p.y;
  const r = Math.hypot(xe, ye, ze);
  const latDeg = (Math.asin(Math.max(-1, Math.min(1, ze / r))) * 180) / Math.PI;
  let lonDeg = ((Math.atan2(ye, xe) - gmstRad) * 180) / Math.PI;
  lonDeg = ((((lonDeg + 180) % 360) + 360) % 360) - 180;
  return { latDeg, lonDeg };
}

/** Latitude/longitude where the world-frame ray first meets the Earth, or null when it misses. */
export function pickEarthLatLon(origin: Vec3, dir: Vec3, gmstRad: number): LatLon | null {
  const t = rayUnitSphere(origin, dir);
  if (t === null) return null;
  return worldToLatLon(
    { x: origin.x + t * dir.x, y: origin.y + t * dir.y, z: origin.z + t * dir.z },
    gmstRad,
  );
}
