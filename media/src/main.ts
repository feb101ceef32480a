/**
 * The Cable preview page: patches in the renders the extension posts (HTML the
 * renderer has escaped) without a reload, keeps the scroll position, reports
 * scrolling, double-clicks and link clicks back. Bundled into one classic
 * script (`media/preview.js`, no globals) that runs under a CSP allowing it
 * alone, or in a test page that defines `acquireVsCodeApi`. The messages'
 * types are the extension's own (client/src/preview/messages.ts).
 */
import type { FromWebview, PreviewState, ToWebview, UpdateMessage } from '../../client/src/preview/messages';
import { Anchors } from './anchors';
import { onClick, onDoubleClick } from './clicks';
import { Fragment } from './fragment';
import { ScrollSync } from './scrollSync';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('cable-content') as HTMLElement;
const status = document.getElementById('cable-status') as HTMLElement;
const post = (message: FromWebview): void => vscode.postMessage(message);

// Saved for a window reload (the extension checks it again when restoring); only read back if its uri matches.
let state = (vscode.getState() ?? undefined) as PreviewState | undefined;
const anchors = new Anchors(content);
const fragment = new Fragment(content, anchors);
const scroll = new ScrollSync(anchors, (line) => post({ type: 'revealLine', line }), (line) => saveState({ line }));

window.addEventListener('message', (event: MessageEvent<ToWebview | null | undefined>) => {
  const message = event.data;
  if (message?.type === 'update') update(message);
  else if (message?.type === 'scrollToLine') scroll.scrollToLine(message.line);
  else if (message?.type === 'error') {
    status.textContent = String(message.message); // text, never HTML: the message may quote the document
    status.hidden = false;
  }
});
window.addEventListener('scroll', () => scroll.onScroll(), { passive: true });
document.addEventListener('click', (event) => onClick(event, post));
// A middle click on a link too: left to VS Code's webview host, it would open the link without the extension's check.
document.addEventListener('auxclick', (event) => {
  if (event.button === 1) onClick(event, post);
});
document.addEventListener('dblclick', (event) => onDoubleClick(event, anchors, post));
post({ type: 'ready' });

function update(message: UpdateMessage): void {
  if (message.edit !== undefined) {
    // Nothing to apply it to (the page was reloaded under the message): the extension sends the whole again.
    if (!fragment.applyEdit(message.edit)) return post({ type: 'ready' });
  } else fragment.takeWhole(String(message.html));
  document.body.classList.toggle('paper', message.paper === true);
  document.body.dataset.view = message.view;
  status.hidden = true;
  anchors.lineCount = message.lineCount;
  const line = message.line ?? (state?.uri === message.uri ? state.line : 0);
  state = { uri: message.uri, locked: message.locked, view: message.view, line };
  vscode.setState(state);
  // Without a line to go to, the page stays where it is: an edit must not make it jump.
  if (message.line !== undefined) scroll.scrollToLine(message.line);
}

function saveState(change: Partial<PreviewState>): void {
  if (!state) return;
  state = { ...state, ...change };
  vscode.setState(state);
}
