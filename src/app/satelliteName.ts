/**
 * A satellite's name as shown, in the language in use: a generated satellite's name is its shell's
 * name and its plane-slot ("Three-Body (assumed orbit) 1-3"), so the shell's part is translated
 * (src/app/scenarioText.ts) while it is a built-in's own; element-set names stay as they are.
 */
import { satelliteIdentity, shellOf } from '../scenario/identity';
import type { ConstellationMeta } from '../scenario/types';
import { shellName } from './scenarioText';

/** The shown name of satellite `index` of the scenario `meta`. */
export function satelliteName(meta: Pick<ConstellationMeta, 'name' | 'shells'>, index: number): string {
  const who = satelliteIdentity(meta.shells, index);
  const s = shellOf(meta.shells, index);
  if (!s || s.names || !who.name.startsWith(`${s.name} `)) return who.name;
  return `${shellName(meta.name, s.index, s.name)}${who.name.slice(s.name.length)}`;
}
