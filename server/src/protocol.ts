/**
 * Custom messages between the Cable client and server, declared once and
 * imported by both sides. `vscode-languageserver`'s root entry is its
 * browser-safe common API, so this file pulls in no Node built-ins and the
 * client (or a web worker) can import it.
 */
import { NotificationType, RequestType } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';

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
  /** `warning`: a `.cablerc.json` has a problem; `error`: a handler failed (see the server's output). */
  health: ServerHealth;
  /** Documents in the workspace name index. */
  indexedFiles: number;
  /** What the health refers to, one sentence. */
  message?: string;
}

/** Sent by the server whenever its state or health changes; the client shows it in a status item. */
export const statusNotification = new NotificationType<StatusParams>('cable/status');
