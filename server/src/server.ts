/**
 * The Cable language server: LSP wiring only. Each handler looks up what it
 * needs, calls the checker (which calls the language service) and returns;
 * the parts live in ./lsp. Every handler runs through the safe runner, so a
 * failure is answered or logged and the server keeps going.
 */
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
  type FileEvent,
  type InitializeParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspaceRequest } from './protocol';
import { EditableDocument, neverCancelled } from './service';
import { DocumentChangedError } from './lsp/steps';
import { serverCapabilities, workspaceFolderUris } from './lsp/capabilities';
import { createSession, type ServerHost, type Session } from './lsp/session';
import { isConfigFile } from './lsp/workspaceFiles';
import { registerFeatures } from './lsp/features';
import { registerWorkspaceSymbols } from './lsp/workspaceSymbols';
import { countingVersions } from './lsp/countingVersions';

export type { ServerHost } from './lsp/session';

export function startServer(connection: Connection, host: ServerHost = {}): void {
  // Open cables are kept as pieces, so a keystroke does not copy the whole text (see EditableDocument).
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => new EditableDocument(uri, languageId, version, content),
    update: (document, changes, version) => {
      if (!(document instanceof EditableDocument)) return TextDocument.update(document, changes, version);
      document.update(changes, version);
      return document;
    },
  });
  let session: Session | undefined;

  connection.onInitialize((params) => {
    // A second initialize would build a second session beside the first, both answering every request.
    if (session) return new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized');
    session = createSession(connection, documents, host, params, (uri) => push(connection, documents, session, uri));
    registerHandlers(connection, documents, session, params);
    registerFeatures(connection, documents, session, host);
    registerWorkspaceSymbols(connection, documents, session);
    return { capabilities: serverCapabilities(session.client), serverInfo: { name: 'cable-language-server' } };
  });
  connection.onShutdown(() => {
    session?.runner.shutdown();
    session?.dispose();
  });
  documents.listen(countingVersions(connection, (uri) => documents.get(uri)?.version));
  connection.listen();
}

function registerHandlers(connection: Connection, documents: TextDocuments<TextDocument>, session: Session, params: InitializeParams): void {
  const { runner, checker, scheduler } = session;

  connection.onInitialized(() => runner.notification('initialized', () => initialized(connection, session, params)));
  // The first check after opening runs at once; later ones wait for a pause in typing.
  // TextDocuments follows each open with a content event for the same document: that one is no typing.
  let opening: string | undefined;
  documents.onDidOpen(({ document }) => {
    opening = document.uri;
    scheduler?.now(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (opening === document.uri) {
      opening = undefined;
      return;
    }
    scheduler?.later(document.uri);
    session.parseAhead.changed(document.uri);
    session.checkAhead.later(document.uri);
    session.typingPause.changed(document.uri);
  });
  documents.onDidClose(({ document }) =>
    runner.notification('textDocument/didClose', async () => {
      scheduler?.cancel(document.uri);
      session.parseAhead.cancel(document.uri);
      session.checkAhead.cancel(document.uri);
      session.typingPause.forget(document.uri);
      if (scheduler) await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      await checker.closed(document.uri);
    }),
  );

  connection.languages.diagnostics.on((request, token) =>
    runner.request('textDocument/diagnostic', token, () => pull(documents, session, request.textDocument.uri, token)),
  );
  connection.onRequest(checkWorkspaceRequest, (request, token) =>
    runner.request('cable/checkWorkspace', token, () => checker.checkWorkspace(request, token)),
  );

  connection.onDidChangeConfiguration(() =>
    runner.notification('workspace/didChangeConfiguration', () => {
      session.editorSettingsChanged();
    }),
  );
  connection.onDidChangeWatchedFiles(({ changes }) => runner.notification('workspace/didChangeWatchedFiles', () => filesChanged(session, changes)));
}

/** Registers the file watcher and starts reading the workspace's names in the background. */
async function initialized(connection: Connection, session: Session, params: InitializeParams): Promise<void> {
  if (session.client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) =>
      session.runner.notification('workspace/didChangeWorkspaceFolders', () => {
        session.index.removeFolders(removed.map((folder) => folder.uri));
        session.index.addFolders(added.map((folder) => folder.uri));
      }),
    );
  }
  session.index.addFolders(workspaceFolderUris(params));
  if (session.client.watchedFilesRegistration) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.cable' }, { globPattern: '**/.cablerc.json' }],
    });
  }
}

async function filesChanged(session: Session, changes: readonly FileEvent[]): Promise<void> {
  if (changes.some((change) => isConfigFile(change.uri))) session.configFilesChanged();
  await session.index.filesChanged(changes);
}

/** Pushes diagnostics for the current version of an open document (clients that do not pull). */
function push(connection: Connection, documents: TextDocuments<TextDocument>, session: Session | undefined, uri: string): void {
  const document = documents.get(uri);
  if (!session || !document) return;
  session.runner.notification('publishing diagnostics', async () => {
    const result = await session.checker.check(document, neverCancelled);
    // Closed meanwhile: publishing now would bring back diagnostics the close just cleared.
    if (documents.get(uri) !== document) return;
    session.checker.markSent(uri, result);
    await connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
  });
}

/**
 * Answers a pull once typing has paused, for the version the editor holds
 * then; if the transcriber types again while a slow check of it runs in
 * steps, for the version after the next pause.
 */
async function pull(documents: TextDocuments<TextDocument>, session: Session, uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  for (;;) {
    await session.typingPause.settled(uri, token);
    const document = documents.get(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      const { diagnostics } = await session.checker.check(document, token);
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics };
    } catch (error) {
      if (!(error instanceof DocumentChangedError)) throw error;
    }
  }
}
