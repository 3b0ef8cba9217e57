/** Copying a link or a snippet for the user, with the fallbacks browsers need. */
import { t } from '../i18n/i18n';

/** What happened, as the dialogs show it; `text` is called when drawn (the language in use then). */
export interface CopyOutcome {
  ok: boolean;
  text: () => string;
}

const copied = () => t('share:copy.copied');

/**
 * Copies `text`: the clipboard API first; where it is missing or refused, selects `field` and uses
 * the copy command; where that fails too, leaves `field` selected and says how to copy by hand.
 * `what` names the thing ("link", "snippet") in that message.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
  what: 'link' | 'snippet',
): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return { ok: true, text: copied };
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
      ? { ok: true, text: copied }
      : {
          ok: false,
          text: () => (what === 'link' ? t('share:copy.failedLink') : t('share:copy.failedSnippet')),
        };
  }
}
