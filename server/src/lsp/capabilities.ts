/** What the client can do, read once at initialize, and what the server offers in return. */
import { TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';

export interface ClientSupport {
  /** `workspace/configuration`: per-document settings; without it the defaults (and `.cablerc.json`) apply. */
  configuration: boolean;
  /** `textDocument/diagnostic`: the client pulls, so the server does not push. */
  pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server can ask for a new pull when settings or names change. */
  diagnosticRefresh: boolean;
  /** `workspace/inlayHint/refresh`: the server can ask for new hints when the settings that read dates change. */
  inlayHintRefresh: boolean;
  /** The file watcher can be registered at run time. */
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  /** `workspaceSymbol/resolve` may fill in a symbol's range: entries can name their cable alone until picked. */
  workspaceSymbolResolve: boolean;
}

export function clientSupport({ capabilities }: InitializeParams): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    inlayHintRefresh: capabilities.workspace?.inlayHint?.refreshSupport === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    workspaceSymbolResolve: capabilities.workspace?.symbol?.resolveSupport?.properties.includes('location.range') === true,
  };
}

export function serverCapabilities(client: ClientSupport): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    workspace: { workspaceFolders: { supported: true, changeNotifications: client.workspaceFolders } },
    completionProvider: { triggerCharacters: ['[', ' ', ':', ';'], resolveProvider: false },
    hoverProvider: true,
    inlayHintProvider: { resolveProvider: false },
    documentSymbolProvider: { label: 'Cable' },
    workspaceSymbolProvider: { resolveProvider: client.workspaceSymbolResolve },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite.cable', 'source.fixAll.cable'], resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
  };
  // A diagnostic in one cable can depend on names in another (C305).
  if (client.pullDiagnostics) capabilities.diagnosticProvider = { interFileDependencies: true, workspaceDiagnostics: false };
  return capabilities;
}

/** The workspace folders' URIs; older clients send only a root. */
export function workspaceFolderUris(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.map((folder) => folder.uri);
  return params.rootUri ? [params.rootUri] : [];
}
