/**
 * Document versions that always count up. The server tells one text of a
 * document from the next by its version: the parsed tree, the check and the
 * preview of a version are kept until the version changes. A client that
 * opens a document again without closing it, with the same version, or sends
 * a change whose version does not count up (the same number, or none), would
 * have its new text taken for the old one: the diagnostics stale, and Format
 * Document's edits, computed on the old text, cutting into the new. So such a
 * version is replaced by the one after the document's last. A client that
 * counts up, as the protocol asks, keeps its own versions.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What `TextDocuments.listen` listens on: the document notifications of a connection. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** The version to give a document's new text, after `previous` (undefined when it was not open). */
export function laterVersion(previous: number | undefined, sent: unknown): number {
  if (typeof sent === 'number' && Number.isSafeInteger(sent) && (previous === undefined || sent > previous)) return sent;
  return (previous ?? 0) + 1;
}

/** `connection`'s document notifications, with each version as `laterVersion` makes it; `current` is a document's version now. */
export function countingVersions(connection: Connection, current: (uri: string) => number | undefined): TextDocumentConnection {
  return {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument((params) => handler({ textDocument: { ...params.textDocument, version: laterVersion(current(params.textDocument.uri), params.textDocument.version) } })),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument((params) => {
        const { uri } = params.textDocument;
        return handler({ ...params, textDocument: { uri, version: laterVersion(current(uri), params.textDocument.version) } });
      }),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(handler),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  };
}
