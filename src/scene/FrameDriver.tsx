/** First callback of every frame: reads the one clock and fills `frame` (time, GMST, Sun). */
import { useFrame } from '@react-three/fiber';
import { gmstRad } from '../sim/time';
import { sunPositionEciKm } from '../sim/sun';
import { frame } from './frameState';
import { frameBegin } from './frameStats';
import { runFrameExtra } from './frameExtra';

export function FrameDriver({ now, onTick }: { now: () => number; onTick: (simMs: number) => void }) {
  useFrame(() => {
    frameBegin();
    const t = now();
    frame.simMs = t;
    frame.gmstRad = gmstRad(t);
    const s = sunPositionEciKm(t);
    const r = Math.hypot(s.x, s.y, s.z);
    frame.sunDirEci[0] = s.x / r;
    frame.sunDirEci[1] = s.y / r;
    frame.sunDirEci[2] = s.z / r;
    frame.sunDistanceKm = r;
    frame.index++;
    onTick(t);
    runFrameExtra(t);
  }, -100);
  return null;
}
