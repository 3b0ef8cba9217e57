/**
 * Built-in scenario text in the language in use (docs/i18n.md, "Scenario text"). src/scenario stays
 * English (the command line and the scenario format use it); the app translates at display time.
 * A text is translated only while it is still the built-in's own English text (locales/en/scenarios.ts
 * holds verbatim copies): an imported scenario, or a built-in whose name, caption or shell name
 * someone edited, shows its own text. The scenario is recognised by its name (`meta.name`), which the
 * engine keeps from the scenario input, so nothing about identity has to travel through the engine.
 * Call these while rendering, in a component that uses `useTranslation()` (it re-renders when the
 * language changes). On a page that has only ever been English the reference copies are not loaded
 * (they would be a second copy of text the scenario already carries): every function then returns
 * the scenario's own text, which is what English shows anyway.
 */
import { englishScenarioText, i18n } from '../i18n/i18n';

type BuiltinText = {
  title: string;
  summary: string;
  name: string;
  description: string;
  shells?: Readonly<Record<string, string>>;
  tour?: Readonly<Record<string, string>>;
};
const NONE = {} as const;
/** The English reference copies (empty until another language has been loaded). */
const builtins = () =>
  (englishScenarioText()?.builtins ?? NONE) as unknown as Readonly<Record<string, BuiltinText>>;
const stations = () => (englishScenarioText()?.stations ?? NONE) as Readonly<Record<string, string>>;
const catalogs = () =>
  (englishScenarioText()?.catalogs ?? NONE) as unknown as Readonly<
    Record<string, { title: string; note: string }>
  >;

/** A key of the `scenarios` namespace made at run time (ids come from data), in the language in use. */
const tr = (key: string): string => (i18n.t as unknown as (k: string) => string)(`scenarios:${key}`);

const own = (o: object, k: string) => Object.hasOwn(o, k);

/** Station-name key: lower case, runs of other characters as "-" ("Hangzhou (Zhejiang Lab)" → "hangzhou-zhejiang-lab"). */
export const stationKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Id of the built-in whose English name is exactly `name`, or null (an imported or renamed scenario). */
export function builtinIdByName(name: string | null | undefined): string | null {
  if (!name) return null;
  const all = builtins();
  for (const id of Object.keys(all)) if (all[id].name === name) return id;
  return null;
}

/** The picker title of built-in `builtinId`; `fallback` for an id with no text (not a built-in). */
export function scenarioTitle(builtinId: string, fallback: string): string {
  return own(builtins(), builtinId) ? tr(`builtins.${builtinId}.title`) : fallback;
}

/** The picker's one-line summary of built-in `builtinId`; `fallback` for an id with no text. */
export function scenarioSummary(builtinId: string, fallback: string): string {
  return own(builtins(), builtinId) ? tr(`builtins.${builtinId}.summary`) : fallback;
}

/** A scenario's name (`meta.name`) as shown: a built-in's name translated, any other name as it is. */
export function scenarioName(name: string): string {
  const id = builtinIdByName(name);
  return id ? tr(`builtins.${id}.name`) : name;
}

/** A scenario's description as shown: translated while it is the built-in's own text, else `description`. */
export function scenarioDescription(name: string, description: string): string {
  const id = builtinIdByName(name);
  return id && builtins()[id].description === description ? tr(`builtins.${id}.description`) : description;
}

/**
 * Caption of tour step `stepIndex` of the scenario called `name`: translated while it is the
 * built-in's own caption for that step, else `caption` (an edited or imported tour).
 */
export function tourCaption(name: string, stepIndex: number, caption: string): string {
  const id = builtinIdByName(name);
  const k = String(stepIndex);
  const tour = id ? builtins()[id].tour : undefined;
  return tour && own(tour, k) && tour[k] === caption ? tr(`builtins.${id}.tour.${k}`) : caption;
}

/** Name of shell `shellIndex` of the scenario called `scenario`: translated while it is the built-in's own, else `name`. */
export function shellName(scenario: string, shellIndex: number, name: string): string {
  const id = builtinIdByName(scenario);
  const k = String(shellIndex);
  const shells = id ? builtins()[id].shells : undefined;
  return shells && own(shells, k) && shells[k] === name ? tr(`builtins.${id}.shells.${k}`) : name;
}

/** A ground station's name as shown: a built-in station's name translated, any other as it is. */
export function stationName(name: string): string {
  const k = stationKey(name);
  return own(stations(), k) && stations()[k] === name ? tr(`stations.${k}`) : name;
}

/** Title and note of a bundled catalogue snapshot (src/scenario/catalogs), translated; the fallbacks for an unknown one. */
export function catalogText(
  group: string,
  snapshot: string,
  fallback: { title: string; note: string },
): { title: string; note: string } {
  const k = `${group}-${snapshot}`;
  if (!own(catalogs(), k)) return fallback;
  return { title: tr(`catalogs.${k}.title`), note: tr(`catalogs.${k}.note`) };
}
