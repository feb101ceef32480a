/**
 * What the preview page shows after each update posted to it: the update's
 * whole fragment, or its edit made to the fragment before
 * (client/src/preview/messages.ts). For tests of the render loop and of the
 * page, which both follow what the loop sent.
 */
import type { ToWebview, UpdateMessage } from '../../client/src/preview/messages';
import { applyChange } from '../../server/src/service/text/changedSpan';

/** The fragment shown after each of the `update` messages among `sent`, in order. */
export function shownFragments(sent: readonly ToWebview[]): string[] {
  const shown: string[] = [];
  for (const message of sent) {
    if (message.type !== 'update') continue;
    shown.push(fragmentAfter(message, shown.at(-1)));
  }
  return shown;
}

function fragmentAfter(update: UpdateMessage, before: string | undefined): string {
  if (update.edit === undefined) return update.html ?? '';
  if (before === undefined) throw new Error('an edit was posted to a page holding no fragment');
  return applyChange(before, update.edit);
}
