/**
 * Clicks in the page: links never navigate the webview (the extension
 * decides what opens), note references scroll to their note, and a
 * double-click opens the source line in the editor.
 */
import type { FromWebview } from '../../client/src/preview/messages';
import type { Anchors } from './anchors';

export function onClick(event: MouseEvent, post: (message: FromWebview) => void): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!link) return;
  // The webview must never navigate away from the preview; the extension decides what opens.
  // stopPropagation too: VS Code's own click listener on the window would open the link a second time.
  event.preventDefault();
  event.stopPropagation();
  const href = link.getAttribute('href') ?? '';
  // In-document references (`#note-…`): the renderer writes the id and the href from the same raw text.
  if (href.startsWith('#')) showTarget(href.slice(1));
  else post({ type: 'openLink', href });
}

/**
 * Scrolls to a note or a reference and marks it: the click is cancelled, so
 * the fragment never becomes `:target` and the stylesheet styles `.is-target`.
 */
function showTarget(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  for (const marked of document.querySelectorAll('.is-target')) marked.classList.remove('is-target');
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'start' });
}

export function onDoubleClick(event: MouseEvent, anchors: Anchors, post: (message: FromWebview) => void): void {
  const element = event.target instanceof Element ? event.target.closest('[data-line]') : null;
  const line = element ? Number(element.getAttribute('data-line')) : anchors.lineAtOffset(event.pageY);
  if (Number.isInteger(line) && line >= 0) post({ type: 'openLine', line });
}
