/**
 * The selected satellite's name, shell and sunlight state, polled twice a second (the clock is the
 * truth; the store holds the budget series): what the scene description and the live region read.
 */
import { useEffect, useState } from 'react';
import { useApp, type NodeSeriesData } from '../../state/store';
import { satelliteIdentity } from '../../scenario/identity';
import { satelliteName } from '../satelliteName';
import { shellName } from '../scenarioText';
import { readBudget } from '../panels/budget/budgetReading';
import type { Engine } from '../../engine/engine';
import type { SelectedSunlight } from './announce';

/** How often the state is read, ms. */
export const POLL_MS = 500;

export interface SelectedNow extends SelectedSunlight {
  /** The shell's name ('' with no selection). */
  shell: string;
}

const NONE: SelectedNow = { index: null, name: '', shell: '', sunlight: null };

/** Sunlight state of a node's series at `tMs`, or null when `tMs` is outside the series. */
export function sunlightAt(series: NodeSeriesData | null, tMs: number): SelectedSunlight['sunlight'] {
  if (!series || series.count < 1) return null;
  const endMs = series.startMs + series.count * series.stepS * 1000;
  if (!(tMs >= series.startMs && tMs <= endMs)) return null;
  return readBudget(series, tMs).sunlight;
}

/** The selected satellite now (re-read every {@link POLL_MS}); a new object only when something changed. */
export function useSelectedSunlight(engine: Engine): SelectedNow {
  const [now, setNow] = useState<SelectedNow>(NONE);
  useEffect(() => {
    const read = () => {
      const { selected, meta, series } = useApp.getState();
      let next = NONE;
      if (selected !== null && meta) {
        const who = satelliteIdentity(meta.shells, selected);
        next = {
          index: selected,
          // Names as shown (a built-in's translated): read at every poll, so a language switch follows.
          name: satelliteName(meta, selected),
          shell: shellName(meta.name, who.shellIndex, meta.shells[who.shellIndex]?.name ?? ''),
          sunlight: series?.index === selected ? sunlightAt(series, engine.clock.now()) : null,
        };
      }
      setNow((prev) =>
        prev.index === next.index &&
        prev.name === next.name &&
        prev.shell === next.shell &&
        prev.sunlight === next.sunlight
          ? prev
          : next,
      );
    };
    read();
    const id = setInterval(read, POLL_MS);
    const off = useApp.subscribe((s, p) => {
      if (s.selected !== p.selected || s.meta !== p.meta || s.series !== p.series) read();
    });
    return () => {
      clearInterval(id);
      off();
    };
  }, [engine]);
  return now;
}
