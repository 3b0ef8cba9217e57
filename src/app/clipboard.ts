/** Copying a link or a snippet for the user, with the fallbacks browsers need. */

/** What happened, as the dialogs show it. */
export interface CopyOutcome {
  ok: boolean;
  text: string;
}

/**
 * Copies `text`: the clipboard API first; where it is missing or refused, selects `field` and uses
 * the copy command; where that fails too, leaves `field` selected and says how to copy by hand.
 * `what` names the thing ("link", "snippet") in that message.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
  what: string,
): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return { ok: true, text: 'Copied.' };
  } catch {
    field?.focus();
    field?.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    return done
      ? { ok: true, text: 'Copied.' }
      : {
          ok: false,
          text: `The browser did not allow copying: the ${what} is selected, press Ctrl+C (⌘C) to copy it.`,
        };
  }
}
