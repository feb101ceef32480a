/**
 * Protocol-test sessions: a temporary workspace with the given files, and
 * the real server started and initialized in it through `LspClient`, with
 * the client's answers to `workspace/configuration` and helpers for the
 * diagnostics it publishes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, ConfigurationParams, Diagnostic, InitializeResult, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import { defaultTimeoutMs, LspClient } from './lspClient';

export interface SessionOptions {
  /** Files to create in the temporary workspace, by relative path. */
  files?: Record<string, string>;
  /** Announce `textDocument.diagnostic` (pull diagnostics). */
  pull?: boolean;
  /** Announce `workspace/configuration`; true by default. */
  configuration?: boolean;
  /** The `cable` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** Announce that `workspaceSymbol/resolve` may fill in a symbol's range, as VS Code does. */
  symbolResolve?: boolean;
  /** Announce `workspace/inlayHint/refresh`, as VS Code does. */
  inlayHintRefresh?: boolean;
}

export interface Session {
  client: LspClient;
  workspace: string;
  initializeResult: InitializeResult;
  /** The `cable` section answered to `workspace/configuration`; change it, then send didChangeConfiguration. */
  settings: Record<string, unknown>;
  uri(relative: string): string;
  /** Opens a document with version 1 (text from the workspace file when not given). */
  open(relative: string, text?: string): string;
  change(uri: string, version: number, changes: Array<{ range: Range; text: string }>): void;
  /** The diagnostics published for `uri` that satisfy `predicate`. */
  diagnostics(uri: string, predicate?: (params: PublishDiagnosticsParams) => boolean, since?: number): Promise<PublishDiagnosticsParams>;
  /** Stops the server and removes the workspace. */
  close(): Promise<void>;
}

export function clientCapabilities(options: SessionOptions): ClientCapabilities {
  return {
    workspace: {
      configuration: options.configuration ?? true,
      didChangeConfiguration: { dynamicRegistration: false },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      diagnostics: { refreshSupport: true },
      ...(options.symbolResolve ? { symbol: { resolveSupport: { properties: ['location.range'] } } } : {}),
      ...(options.inlayHintRefresh ? { inlayHint: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { showMessage: {} },
  };
}

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-protocol-')));
  for (const [relative, text] of Object.entries(options.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, relative)), { recursive: true });
    fs.writeFileSync(path.join(workspace, relative), text);
  }
  const client = new LspClient();
  const settings = options.settings ?? {};
  client.onRequest('workspace/configuration', (params) => (params as ConfigurationParams).items.map((item) => (item.section === 'cable' ? settings : null)));
  const workspaceUri = pathToFileURL(workspace).href;
  const initializeResult = await client.request<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: path.basename(workspace) }],
    capabilities: clientCapabilities(options),
  });
  client.notify('initialized', {});
  const uri = (relative: string): string => pathToFileURL(path.join(workspace, relative)).href;
  return {
    client,
    workspace,
    initializeResult,
    settings,
    uri,
    open(relative, text) {
      const documentUri = uri(relative);
      const content = text ?? fs.readFileSync(path.join(workspace, relative), 'utf8');
      client.notify('textDocument/didOpen', { textDocument: { uri: documentUri, languageId: 'cable', version: 1, text: content } });
      return documentUri;
    },
    change(documentUri, version, changes) {
      client.notify('textDocument/didChange', { textDocument: { uri: documentUri, version }, contentChanges: changes });
    },
    diagnostics(documentUri, predicate = () => true, since = 0) {
      return client.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === documentUri && predicate(params), defaultTimeoutMs, since);
    },
    async close() {
      try {
        await client.stop();
      } finally {
        client.kill();
        fs.rmSync(workspace, { recursive: true, force: true });
      }
    },
  };
}

/** `C303@17` for each diagnostic (1-based line), sorted, so tests compare sets. */
export function codesAt(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`).sort();
}

export function hasCode(code: string): (params: PublishDiagnosticsParams) => boolean {
  return (params) => params.diagnostics.some((diagnostic) => diagnostic.code === code);
}
