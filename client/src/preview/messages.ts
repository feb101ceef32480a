/**
 * Messages between the preview panel and its webview script (media/src,
 * which imports these types), and the state the webview keeps across a
 * reload. No `vscode` import, so tests run in plain Node and the page's
 * script can import them.
 *
 * Everything that comes from the webview is untrusted: the page shows
 * document-derived HTML, so each message is checked field by field before
 * the extension acts on it.
 */
import type { RenderView } from '../../../server/src/protocol';
import type { TextChange } from '../../../server/src/service/text/changedSpan';

export type { RenderView };

/** A change to the fragment the page holds: its text from `start` to `end` replaced by `text`. */
export type FragmentEdit = TextChange;

/** What the webview needs to show one render: the whole fragment (`html`), or an `edit` of the one it holds. */
export interface UpdateMessage {
  type: 'update';
  uri: string;
  version: number;
  /** Body fragment from the server, already escaped; inserted into the content container. */
  html?: string;
  /** Instead of `html`, the change from the fragment the page was sent last. */
  edit?: FragmentEdit;
  lineCount: number;
  view: RenderView;
  locked: boolean;
  paper: boolean;
  /** Where to scroll after applying, 0-based; absent: keep the current position. */
  line?: number;
}

export interface ScrollToLineMessage {
  type: 'scrollToLine';
  line: number;
}

/** Rendering failed: the webview shows the message as text and keeps the last good render. */
export interface ErrorMessage {
  type: 'error';
  message: string;
}

export type ToWebview = UpdateMessage | ScrollToLineMessage | ErrorMessage;

export type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'openLine'; line: number }
  | { type: 'openLink'; href: string };

/** Saved by the webview with `setState`; handed back to the panel serializer after a window reload. */
export interface PreviewState {
  uri: string;
  locked: boolean;
  view: RenderView;
  line: number;
}

/** Long enough for any real URL, short enough that a hostile page cannot make us parse megabytes. */
const maxHrefLength = 8192;

export function isRenderView(value: unknown): value is RenderView {
  return value === 'diplomatic' || value === 'reading';
}

function isLine(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The message when it is well formed, else undefined (ignored). */
export function parseWebviewMessage(value: unknown): FromWebview | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'revealLine':
    case 'openLine':
      return isLine(value.line) ? { type: value.type, line: value.line } : undefined;
    case 'openLink':
      return typeof value.href === 'string' && value.href.length <= maxHrefLength ? { type: 'openLink', href: value.href } : undefined;
    default:
      return undefined;
  }
}

/**
 * True only for an absolute http(s) URL: the only links the preview may hand
 * to the system browser. `javascript:`, `command:`, `file:` and relative
 * references stay inert.
 */
export function isExternalLink(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The saved state when usable; a bad or missing field falls back rather than
 * failing the restore. The webview writes this state, so its document must be
 * of a scheme cables are opened from (`schemes`): no other file is read for it.
 */
export function parsePreviewState(value: unknown, defaultView: RenderView, schemes: readonly string[]): PreviewState | undefined {
  if (!isRecord(value) || typeof value.uri !== 'string' || value.uri === '') return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value.uri)?.[1].toLowerCase();
  if (scheme === undefined || !schemes.includes(scheme)) return undefined;
  return {
    uri: value.uri,
    locked: value.locked === true,
    view: isRenderView(value.view) ? value.view : defaultView,
    line: isLine(value.line) ? value.line : 0,
  };
}
