/**
 * Names the scenario's subject on the globe when a shell for scale is drawn beside it (Three-Body's
 * 12 satellites among 1,584): a label at the subject's satellite nearest the middle of the view,
 * moved by ref four times a second (no React render per move), hidden while none is in view.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../state/store';
import { sceneApi } from '../scene/sceneApi';
import { shellCss } from '../scene/sceneData';
import { fmtCount } from './format';
import { shellName } from './scenarioText';

/** Most satellites of the subject looked at to place the label. */
const LOOK_AT = 256;

export function SubjectLabel() {
  const meta = useApp((s) => s.meta);
  const hidden = useApp((s) => s.hiddenShells);
  const el = useRef<HTMLDivElement>(null);
  const subject =
    meta && meta.shells.some((s) => s.role === 'context')
      ? meta.shells.find((s) => s.role !== 'context' && !hidden.includes(s.index))
      : undefined;

  useEffect(() => {
    const box = el.current;
    if (!box || !subject) return;
    const place = () => {
      const parent = box.parentElement;
      if (!parent) return;
      const cx = parent.clientWidth / 2,
        cy = parent.clientHeight / 2;
      let best: { x: number; y: number } | null = null;
      let bestD = Infinity;
      const step = Math.max(1, Math.floor(subject.count / LOOK_AT));
      for (let k = 0; k < subject.count; k += step) {
        const p = sceneApi.screenPosition(subject.firstIndex + k);
        if (!p) continue;
        const d = (p.x - cx) ** 2 + (p.y - cy) ** 2;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
      box.style.visibility = best ? 'visible' : 'hidden';
      // Beside the satellite, on the side towards the middle of the view (the panels sit at the edges).
      if (best)
        box.style.transform =
          best.x > cx
            ? `translate(${Math.round(best.x - 10)}px, ${Math.round(best.y + 8)}px) translateX(-100%)`
            : `translate(${Math.round(best.x + 10)}px, ${Math.round(best.y + 8)}px)`;
    };
    place();
    const id = setInterval(place, 250);
    return () => clearInterval(id);
  }, [subject]);

  if (!subject) return null;
  return (
    <div
      ref={el}
      className="subject-label"
      data-testid="subject-label"
      aria-hidden
      style={{ visibility: 'hidden' }}
    >
      <i className="swatch" style={{ background: shellCss(subject.index) }} />
      {meta ? shellName(meta.name, subject.index, subject.name) : subject.name} · {fmtCount(subject.count)}
    </div>
  );
}
