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

function applyHidden(s: AppState): void {
  sceneData.hiddenShells.fill(0);
  // 255 in an 8-bit texture reads as 1.0 in the shader.
  for (const i of s.hiddenShells) if (i >= 0 && i < sceneData.hiddenShells.length) sceneData.hiddenShells[i] = 255;
  sceneData.hiddenVersion++;
}

/** Writes the store's view choices into scene data now and whenever they change; returns the unsubscribe function. */
export function bindViewToScene(changed: () => void): () => void {
  const s0 = useApp.getState();
  applyColor(s0);
  sceneData.showLinks = s0.showLinks;
  sceneData.showStations = s0.showStations;
  changed();
  return useApp.subscribe((s, prev) => {
    let dirty = false;
    if (s.colorMode !== prev.colorMode) {
      applyColor(s);
      dirty = true;
    }
    if (s.hiddenShells !== prev.hiddenShells) {
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
