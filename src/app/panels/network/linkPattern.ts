/** The link pattern the network panels show, from the freshest source the store has. */
import { useApp, type AppState } from '../../../state/store';
import { scenarioLinkPattern } from './network';

/** The parts of the store the pattern is read from. */
export type LinkPatternSources = Pick<AppState, 'links' | 'meta' | 'scenario'>;

/**
 * The scenario's link pattern ('none', 'plus-grid', …): the worker's latest link counts, else the
 * loaded constellation's meta, else the scenario JSON itself (before the worker has answered);
 * 'none' when no source names one.
 */
export function linkPattern(s: LinkPatternSources): string {
  return s.links?.pattern ?? s.meta?.links?.pattern ?? scenarioLinkPattern(s.scenario);
}

/** {@link linkPattern} of the app's store; re-renders only when the pattern changes. */
export function useLinkPattern(): string {
  return useApp(linkPattern);
}
