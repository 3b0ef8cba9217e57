/**
 * The engine's notices: the `engine` group of the message catalogue (src/scenario/messages.ts), in a
 * module of its own so the engine can write them without the whole catalogue (validation, import,
 * links …), which the first view never needs (docs/performance.md). Same templates, same lines:
 * `engineMsg('noSatellite', v)` is `msg('engine.noSatellite', v)`.
 */
export const ENGINE_MESSAGES = {
  invalidScenario: 'The scenario is not valid ({{n}} problems).',
  invalidScenarioOne: 'The scenario is not valid (1 problem).',
  invalidStations: 'The ground stations are not valid: {{reason}}',
  invalidBurden: 'The Earth-burden assumptions are not valid.',
  workerRestarted: 'The {{what}} worker stopped ({{reason}}) and was restarted.',
  workerStopped:
    'The {{what}} worker stopped again ({{reason}}) and was not restarted; reload the page to try again.',
  workerNotRunning: 'The {{what}} worker is not running ({{reason}}).',
  workerCrashed: 'The {{what}} worker crashed twice while computing this {{request}} request ({{reason}}).',
  coreNotLoaded: 'The simulation core could not be loaded: {{reason}}',
  linksFailed: 'Links could not be computed: {{reason}}',
  routeChartFailed: 'The route chart could not be computed: {{reason}}',
  noRoute: 'No route: {{reason}}.',
  budgetsFailed: 'Budgets could not be computed: {{reason}}',
  energyFailed: 'The year’s compute energy could not be computed: {{reason}}',
  energyFailedAscii: "The year's compute energy could not be computed: {{reason}}",
  trackFailed: 'The orbit track could not be computed: {{reason}}',
  nodeBudgetFailed: "The node's budget could not be computed: {{reason}}",
  propagationFailed: 'Propagation failed: {{reason}}',
  tooManyElementSets:
    '{{n}} element sets are more than the propagation worker can hold ({{max}} satellite states); they are not drawn.',
  coarseKeyframes:
    '{{n}} element sets at {{warp}}×: keyframes every {{step}} min over {{span}} h (the worker holds at most {{max}} satellite states), so positions are interpolated more coarsely; a lower warp restores the 4-minute keyframes.',
  decayedOne: '1 satellite has decayed or cannot be propagated at this time and is not drawn.',
  decayed: '{{n}} satellites have decayed or cannot be propagated at this time and are not drawn.',
  mainThreadLinks:
    'Links and routes are off without a worker (?worker=0) above {{max}} satellites: each update of {{n}} would freeze the page for up to a second. Open the page without ?worker=0 to compute them in a worker.',
  badTime:
    'Cannot go to {{got}}: give Unix milliseconds or an ISO 8601 UTC time such as 2026-06-21T12:00:00Z.',
  badWarp: 'Warp must be a number from −{{max}} to {{max}}, got {{got}}.',
  noSatellite: 'There is no satellite “{{id}}” in this scenario.',
  noStation: 'There is no ground station “{{id}}” in this scenario.',
  contextLost: 'The graphics context was lost; restoring the view…',
  contextRestored: 'The view was restored.',
} as const;

/** Fills a template's `{{name}}` slots. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** The English line of engine notice `code` with `values` (the app translates it when drawn). */
export function engineMsg(
  code: keyof typeof ENGINE_MESSAGES,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(ENGINE_MESSAGES[code], values);
}
