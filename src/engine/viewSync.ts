/**
 * Carries the view choices the panels make in the store (colour mode, hidden shells, layers) into
 * the scene's data, where the shaders read them; the panels never write scene data themselves.
 */
import { COLOR_SCALES } from '../scene/colorModes';
import { sceneData } from '../scene/sceneData';
import { useApp, type AppState } from '../state/store';

function applyColor(s: AppState): void {
  const scale = COLOR_SCALES[s.colorMode];
  sceneData.colorMode = scale.mode === 'shell' ? 0 : scale.mode === 'sunlight' ? 1 : 2;
  sceneData.channel = Math.max(0, scale.channel);
  sceneData.rampMin = scale.min;
  sceneData.rampMax = scale.max;
  sceneData.ramp = scale.stops;
}

/** Per-shell texel values the shaders read (R8 → value / 255): hidden, a context shell, the subject next to context shells. */
export const SHELL_HIDDEN = 255;
export const SHELL_CONTEXT = 128;
export const SHELL_SUBJECT = 64;

function applyHidden(s: AppState): void {
  const t = sceneData.hiddenShells;
  t.fill(0);
  const shells = s.meta?.shells ?? [];
  // With a shell for scale beside it, the subject is drawn larger and the context smaller and quieter.
  if (shells.some((sh) => sh.role === 'context')) {
    for (let i = 0; i < shells.length && i < t.length; i++)
      t[i] = shells[i].role === 'context' ? SHELL_CONTEXT : SHELL_SUBJECT;
  }
  for (const i of s.hiddenShells) if (i >= 0 && i < t.length) t[i] = SHELL_HIDDEN;
  sceneData.hiddenVersion++;
}

/** Writes the store's view choices into scene data now and whenever they change; returns the unsubscribe function. */
export function bindViewToScene(changed: () => void): () => void {
  const s0 = useApp.getState();
  applyColor(s0);
  applyHidden(s0);
  sceneData.showLinks = s0.showLinks;
  sceneData.showStations = s0.showStations;
  changed();
  return useApp.subscribe((s, prev) => {
    let dirty = false;
    if (s.colorMode !== prev.colorMode) {
      applyColor(s);
      dirty = true;
    }
    if (s.hiddenShells !== prev.hiddenShells || s.meta !== prev.meta) {
      applyHidden(s);
      dirty = true;
    }
    // Links are coloured by length either way (light time is length / c): only the legend's units follow linkColor.
    if (s.showLinks !== prev.showLinks || s.showStations !== prev.showStations) {
      sceneData.showLinks = s.showLinks;
      sceneData.showStations = s.showStations;
      dirty = true;
    }
    if (dirty) changed();
  });
}
