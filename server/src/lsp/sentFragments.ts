/**
 * The last preview fragment sent for each open document and view, so that
 * the next one can go as a patch: one character typed in a 1 MB cable
 * changes a few hundred characters of its 1.7 million of HTML, and sending
 * all of them again was most of a render's round trip (JSON both ways).
 */
import type { RenderPatch, RenderView } from '../protocol';
import { changeBetween } from '../service/text/changedSpan';

export interface Answer {
  html?: string;
  patch?: RenderPatch;
  id: number;
}

export class SentFragments {
  private nextId = 1;
  private readonly sent = new Map<string, { id: number; html: string }>();

  /** What to send for `html`: a patch when the client holds the last fragment sent for this document and view (`base`), else the whole. */
  answer(uri: string, view: RenderView, html: string, base: number | undefined): Answer {
    const key = keyOf(uri, view);
    const last = this.sent.get(key);
    const id = this.nextId++;
    this.sent.set(key, { id, html });
    if (last === undefined || base !== last.id) return { html, id };
    return { patch: { base, ...changeBetween(last.html, html) }, id };
  }

  /** The document closed: its fragments go. */
  forget(uri: string): void {
    this.sent.delete(keyOf(uri, 'diplomatic'));
    this.sent.delete(keyOf(uri, 'reading'));
  }
}

function keyOf(uri: string, view: RenderView): string {
  return `${view} ${uri}`;
}
