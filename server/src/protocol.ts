/**
 * Custom messages between the Cable client and server, declared once and
 * imported by both sides. The protocol package's root entry is its
 * browser-safe common API, so this file pulls in no Node built-ins and the
 * client (or a web worker) can import it.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyChange, type TextChange } from './service/text/changedSpan';

/** The `data` of the note that ends a file's diagnostics when more than `cable.maxProblems` were found. */
export type { NotListedData } from './service/diagnostics/limit';

export interface CheckWorkspaceParams {
  /** Workspace-folder URIs to check; every workspace folder when omitted. */
  folderUris?: string[];
}

export interface FileDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
  /** Why the file was not analysed (larger than `cable.maxFileSize`, unreadable); absent when it was. */
  skipped?: string;
}

export interface CheckWorkspaceResult {
  /** Every `*.cable` file under the folders, open ones as the editor holds them, in path order. */
  files: FileDiagnostics[];
}

/** Checks every `*.cable` file in the workspace folders (the "Check workspace" command). */
export const checkWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('cable/checkWorkspace');

export type ServerState = 'starting' | 'indexing' | 'ready';
export type ServerHealth = 'ok' | 'warning' | 'error';

export interface StatusParams {
  /** `indexing` while the workspace's names are read from disk (C305 across files is incomplete until `ready`). */
  state: ServerState;
  /** `warning`: a `.cablerc.json` has a problem (until config files change); `error`: a handler has failed since the server started (details in its output). */
  health: ServerHealth;
  /** Documents in the workspace name index. */
  indexedFiles: number;
  /** What the health refers to, one sentence. */
  message?: string;
}

/** Sent by the server whenever its state or health changes; the client shows it in a status item. */
export const statusNotification = new NotificationType<StatusParams>('cable/status');

/** The two ways the preview shows a cable: line for line as on the page, or as continuous text to read. */
export type RenderView = 'diplomatic' | 'reading';

export interface RenderParams {
  /** An open document (the server renders what the editor holds, unsaved changes included). */
  uri: string;
  view: RenderView;
  /** A complete HTML document with its style inlined (export); otherwise the body fragment the preview inserts. */
  standalone?: boolean;
  /**
   * The `id` of the last fragment of this document and view that the client
   * holds whole: the server may then answer with a `patch` to it instead of
   * the whole `html`, which for a long cable is most of the answer's size.
   */
  base?: number;
}

/** The fragment `base` with its text from `start` to `end` replaced by `text`. */
export interface RenderPatch extends TextChange {
  base: number;
}

export interface RenderResult {
  uri: string;
  /** The document version rendered, so the client can drop a response that an edit has overtaken. */
  version: number;
  /**
   * Escaped by the renderer; blocks carry `data-line` (0-based source line) for scroll sync.
   * Absent when `patch` is given instead (only when the request named a `base`).
   */
  html?: string;
  patch?: RenderPatch;
  /** Names this fragment, for a later request's `base`; none for a standalone page. */
  id?: number;
  /** Lines in the document, to clamp scroll positions. */
  lineCount: number;
}

/**
 * The whole fragment a render result stands for: its `html`, or its `patch`
 * applied to `held`, the fragment the request named as its base; undefined
 * when the patch is to another fragment than the one held.
 */
export function wholeFragment(result: Pick<RenderResult, 'html' | 'patch'>, held: { id: number; html: string } | undefined): string | undefined {
  const patch = result.patch;
  if (patch === undefined) return result.html ?? '';
  if (held === undefined || patch.base !== held.id) return undefined;
  return applyChange(held.html, patch);
}

/** Renders a document with the same parser and diagnostics as everything else (the preview and "Export to HTML"). */
export const renderRequest = new RequestType<RenderParams, RenderResult, void>('cable/render');
