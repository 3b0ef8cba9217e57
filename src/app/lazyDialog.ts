/** A dialog whose code is a separate chunk, fetched on the first click (and kept once loaded). */
import { useState, type ComponentType } from 'react';
import { useApp } from '../state/store';

/**
 * The dialog component once loaded (null while closed), `open()` (fetches the chunk; when it cannot
 * be loaded the user is told and the app carries on) and `close()`. `failed(why)` is that message,
 * naming the dialog, in the language in use.
 */
export function useLazyDialog<P>(
  load: () => Promise<ComponentType<P>>,
  failed: (why: string) => string,
): { Dialog: ComponentType<P> | null; open: () => Promise<void>; close: () => void } {
  const [Dialog, setDialog] = useState<ComponentType<P> | null>(null);
  const open = () =>
    load().then(
      (C) => setDialog(() => C),
      (e: unknown) => useApp.getState().notify('error', failed(e instanceof Error ? e.message : String(e))),
    );
  return { Dialog, open, close: () => setDialog(null) };
}
