/**
 * satellite.js's `sgp4` for near-Earth element sets (`satrec.method === 'n'`, period < 225 min: every
 * LEO constellation), the same statements in the same order — so the same doubles, bit for bit
 * (sgp4Near.test.ts) — writing position and velocity into a caller's array instead of allocating three
 * objects per call (`position`, `velocity`, `meanElements`), and skipping the deep-space branches.
 * Deep-space element sets (`method === 'd'`) must go through satellite.js (src/sim/keyframes.ts does).
 */
import { constants, type SatRec } from 'satellite.js';

const { earthRadius, j2, twoPi, vkmpersec, x2o3, xke } = constants;

/**
 * Propagates a near-Earth satrec to `tsince` minutes from its epoch: `out[0..2]` position (km, TEME),
 * `out[3..5]` velocity (km/s). Returns satellite.js's error code (0 = fine), which is also left in
 * `satrec.error` as `sgp4` leaves it; on an error `out` is not written.
 */
export function sgp4NearInto(satrec: SatRec, tsince: number, out: Float64Array): number {
  const s = satrec as SatRec & { t: number; tempa: number };
  s.t = tsince;
  s.error = 0;
  const xmdf = s.mo + s.mdot * s.t;
  const argpdf = s.argpo + s.argpdot * s.t;
  const nodedf = s.nodeo + s.nodedot * s.t;
  let argpm = argpdf;
  let mm = xmdf;
  const t2 = s.t * s.t;
  let nodem = nodedf + s.nodecf * t2;
  let tempa = 1.0 - s.cc1 * s.t;
  let tempe = s.bstar * s.cc4 * s.t;
  let templ = s.t2cof * t2;
  if (s.isimp !== 1) {
    const delomg = s.omgcof * s.t;
    const delmtemp = 1.0 + s.eta * Math.cos(xmdf);
    const delm = s.xmcof * (delmtemp * delmtemp * delmtemp - s.delmo);
    const temp = delomg + delm;
    mm = xmdf + temp;
    argpm = argpdf - temp;
    const t3 = t2 * s.t;
    const t4 = t3 * s.t;
    tempa = tempa - s.d2 * t2 - s.d3 * t3 - s.d4 * t4;
    tempe += s.bstar * s.cc5 * (Math.sin(mm) - s.sinmao);
    templ = templ + s.t3cof * t3 + t4 * (s.t4cof + s.t * s.t5cof);
  }
  s.tempa = tempa;
  let nm = s.no;
  let em = s.ecco;
  const inclm = s.inclo;
  if (nm <= 0.0) {
    s.error = 2;
    return 2;
  }
  const am = (xke / nm) ** x2o3 * tempa * tempa;
  nm = xke / am ** 1.5;
  em -= tempe;
  if (em >= 1.0 || em < -0.001) {
    s.error = 1;
    return 1;
  }
  if (em < 1.0e-6) em = 1.0e-6;
  mm += s.no * templ;
  let xlm = mm + argpm + nodem;
  nodem %= twoPi;
  argpm %= twoPi;
  xlm %= twoPi;
  mm = (xlm - argpm - nodem) % twoPi;
  const sinim = Math.sin(inclm);
  const cosim = Math.cos(inclm);
  const ep = em;
  const xincp = inclm;
  const argpp = argpm;
  const nodep = nodem;
  const mp = mm;
  const sinip = sinim;
  const cosip = cosim;
  const axnl = ep * Math.cos(argpp);
  let temp = 1.0 / (am * (1.0 - ep * ep));
  const aynl = ep * Math.sin(argpp) + temp * s.aycof;
  const xl = mp + argpp + nodep + temp * s.xlcof * axnl;
  const u = (xl - nodep) % twoPi;
  let eo1 = u;
  let tem5 = 9999.9;
  let ktr = 1;
  let sineo1 = 0;
  let coseo1 = 0;
  while (Math.abs(tem5) >= 1.0e-12 && ktr <= 10) {
    sineo1 = Math.sin(eo1);
    coseo1 = Math.cos(eo1);
    tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
    tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
    if (Math.abs(tem5) >= 0.95) {
      if (tem5 > 0.0) tem5 = 0.95;
      else tem5 = -0.95;
    }
    eo1 += tem5;
    ktr += 1;
  }
  const ecose = axnl * coseo1 + aynl * sineo1;
  const esine = axnl * sineo1 - aynl * coseo1;
  const el2 = axnl * axnl + aynl * aynl;
  const pl = am * (1.0 - el2);
  if (pl < 0.0) {
    s.error = 4;
    return 4;
  }
  const rl = am * (1.0 - ecose);
  const rdotl = (Math.sqrt(am) * esine) / rl;
  const rvdotl = Math.sqrt(pl) / rl;
  const betal = Math.sqrt(1.0 - el2);
  temp = esine / (1.0 + betal);
  const sinu = (am / rl) * (sineo1 - aynl - axnl * temp);
  const cosu = (am / rl) * (coseo1 - axnl + aynl * temp);
  let su = Math.atan2(sinu, cosu);
  const sin2u = (cosu + cosu) * sinu;
  const cos2u = 1.0 - 2.0 * sinu * sinu;
  temp = 1.0 / pl;
  const temp1 = 0.5 * j2 * temp;
  const temp2 = temp1 * temp;
  const mrt = rl * (1.0 - 1.5 * temp2 * betal * s.con41) + 0.5 * temp1 * s.x1mth2 * cos2u;
  if (mrt < 1.0) {
    s.error = 6;
    return 6;
  }
  su -= 0.25 * temp2 * s.x7thm1 * sin2u;
  const xnode = nodep + 1.5 * temp2 * cosip * sin2u;
  const xinc = xincp + 1.5 * temp2 * cosip * sinip * cos2u;
  const mvt = rdotl - (nm * temp1 * s.x1mth2 * sin2u) / xke;
  const rvdot = rvdotl + (nm * temp1 * (s.x1mth2 * cos2u + 1.5 * s.con41)) / xke;
  const sinsu = Math.sin(su);
  const cossu = Math.cos(su);
  const snod = Math.sin(xnode);
  const cnod = Math.cos(xnode);
  const sini = Math.sin(xinc);
  const cosi = Math.cos(xinc);
  const xmx = -snod * cosi;
  const xmy = cnod * cosi;
  const ux = xmx * sinsu + cnod * cossu;
  const uy = xmy * sinsu + snod * cossu;
  const uz = sini * sinsu;
  const vx = xmx * cossu - cnod * sinsu;
  const vy = xmy * cossu - snod * sinsu;
  const vz = sini * cossu;
  out[0] = mrt * ux * earthRadius;
  out[1] = mrt * uy * earthRadius;
  out[2] = mrt * uz * earthRadius;
  out[3] = (mvt * ux + rvdot * vx) * vkmpersec;
  out[4] = (mvt * uy + rvdot * vy) * vkmpersec;
  out[5] = (mvt * uz + rvdot * vz) * vkmpersec;
  return 0;
}
