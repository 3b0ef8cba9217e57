/**
 * Opens a share link (docs/contracts-app.md, "Share links"): decodes the hash and loads its scenario
 * with its view through the Engine API. At start an unusable link falls back to the default
 * scenario; on a later `hashchange` the scenario shown stays. Either way the user reads, as text,
 * exactly what was wrong. Loaded lazily by src/main.tsx only when the address has a hash, so the
 * codec (and its inflater) stays out of the first download of a plain visit.
 */
import { decodeShareHash } from '../../scenario/shareLink';
import type { LoadOptions } from '../../engine/api';
import { renderMessage, type MessageCode } from '../../scenario/messages';

/** An English line of the message catalogue; the notice translates it when drawn (src/i18n/problems.ts). */
const line = (code: MessageCode, values: Record<string, string> = {}) => renderMessage({ code, values });

/** What opening a link needs: the engine's load and a way to tell the user. */
export interface LinkOpener {
  load(scenario: unknown, opts?: LoadOptions): Promise<unknown>;
  seek(t: number): unknown;
  notify(kind: 'error' | 'info', text: string): void;
}

/** Most view problems listed in the notice (the rest are counted). */
const MAX_LISTED = 8;

/**
 * Opens the share link in `hash` (with or without `#`, or a whole URL). `fallback` (at start: loads
 * the default scenario and returns its title) runs when the link or its scenario cannot be used;
 * without it the scenario shown stays. Resolves to true when the link's scenario is shown.
 */
export async function openShareLink(
  io: LinkOpener,
  hash: string,
  fallback: (() => Promise<string>) | null,
): Promise<boolean> {
  const fail = async (what: string) => {
    let shown = line('link.staysShown');
    if (fallback) {
      try {
        shown = line('link.showingInstead', { name: await fallback() });
      } catch {
        shown = '';
      }
    }
    io.notify('error', `${line('link.openFailed', { reason: what })}${shown ? `\n${shown}` : ''}`);
    return false;
  };
  const d = decodeShareHash(hash);
  if (!d.ok) return fail(d.error);
  try {
    await io.load(d.scenario, { view: d.view });
    // A paused link must show its exact instant (the engine pauses before it seeks; this makes sure
    // of it whatever ran between the load and now).
    if (d.view.playing === false && d.view.timeMs !== undefined) io.seek(d.view.timeMs);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/superseded/.test(msg)) return false; // a newer link or scenario is loading: it wins
    return fail(`${line('link.invalidScenario')}\n${msg}`);
  }
  if (d.problems.length) {
    const listed = d.problems.slice(0, MAX_LISTED);
    const more = d.problems.length - listed.length;
    const list = more > 0 ? [...listed, line('link.andMore', { n: String(more) })] : listed;
    io.notify('info', [line('link.partsLeftOut'), ...list].join('\n'));
  }
  return true;
}
