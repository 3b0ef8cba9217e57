/**
 * Wires the embed's postMessage API (bridge.ts, docs/embed.md) to the page: listens for messages
 * from the parent window only, answers each with its reply, and forwards the engine's events
 * (`ready`, `timechange` ≤ 4/s, `select`, `error`) to the parent.
 *
 * Origins: any parent may drive the embed (that is the point of an embed), but messages from any
 * other window — another frame, a popup, the page itself — are ignored without a reply. Replies go
 * to the origin the request came from; events go to the origin of the last request (or to `*`
 * before the host has sent one, or when its origin is opaque, e.g. a sandboxed frame): they only
 * carry what the embed shows on screen anyway.
 */
import type { EngineEventType } from '../../engine/api';
import {
  eventMessage,
  parseEmbedMessage,
  runEmbedRequest,
  type BridgeEngine,
  type BuiltinLookup,
  type EmbedOutgoing,
  type EmbedRequest,
} from './bridge';

/** What the bridge needs of `window` (tests pass a stand-in). */
export interface BridgeWindow {
  readonly parent: unknown;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
}

type PostTarget = { postMessage(message: unknown, targetOrigin: string): void };

const EVENTS = ['ready', 'timechange', 'select', 'error'] as const satisfies readonly EngineEventType[];

/**
 * Starts answering the parent window. Returns a function that stops it. Does nothing when the page
 * is not in a frame (its parent is itself). `onReply` sees each carried-out request with its reply
 * (the embed notes which built-in a `load` showed).
 */
export function installEmbedBridge(
  engine: BridgeEngine,
  builtin: BuiltinLookup,
  win: BridgeWindow = window,
  onReply?: (req: EmbedRequest, reply: EmbedOutgoing) => void,
): () => void {
  const parent = win.parent as PostTarget | null;
  if (!parent || (parent as unknown) === win) return () => {};
  let hostOrigin = '*';
  const post = (msg: EmbedOutgoing, origin: string) => {
    try {
      parent.postMessage(msg, origin);
    } catch (e) {
      console.error('The embed could not post to its host', e);
    }
  };

  const onMessage = (ev: MessageEvent) => {
    if (ev.source !== (parent as unknown)) return;
    // An opaque origin ("null": a sandboxed or file:// host) cannot be named as a target.
    const origin =
      typeof ev.origin === 'string' && ev.origin !== '' && ev.origin !== 'null' ? ev.origin : '*';
    hostOrigin = origin;
    const parsed = parseEmbedMessage(ev.data);
    if (!parsed.ok) {
      post(parsed.error, origin);
      return;
    }
    void runEmbedRequest(engine, parsed.request, builtin).then((reply) => {
      onReply?.(parsed.request, reply);
      post(reply, origin);
    });
  };
  win.addEventListener('message', onMessage);
  const offs = EVENTS.map((t) => engine.on(t, (e) => post(eventMessage(e), hostOrigin)));
  return () => {
    win.removeEventListener('message', onMessage);
    for (const off of offs) off();
  };
}
