/**
 * Handlers for the editing features: each looks up the document and its
 * settings, calls the service and returns. The safe runner turns failures
 * and cancellation into proper responses.
 */
import { ErrorCodes, ResponseError, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderRequest, type RenderParams, type RenderResult } from '../protocol';
import type { CableSettings } from '../service';
import { throwIfCancelled } from '../service/cancellation';
import type { Steps } from '../service/steps';
import { RenameError } from '../service/features/rename';
import { normalView } from '../service/render/index';
import type { ServerHost, Session } from './session';
import { SentFragments } from './sentFragments';
import { runInTurns, unchangedSince } from './steps';
import { workspaceNames } from './workspaceNames';

type Documents = TextDocuments<TextDocument>;

interface Target {
  document: TextDocument;
  settings: CableSettings;
  maxFileSize: number;
}

export function registerFeatures(connection: Connection, documents: Documents, session: Session, host: ServerHost): void {
  const { runner, service } = session;
  /** Runs `work` on an open document that is not too large to analyse; `empty` otherwise. */
  const on = <T>(what: string, uri: string, token: CancellationToken, empty: T, work: (target: Target) => T | Promise<T>) =>
    runner.request(what, token, async () => {
      const document = documents.get(uri);
      if (!document) return empty;
      const { settings, maxFileSize } = await session.settings.forDocument(uri);
      if (document.getText().length > maxFileSize) return empty;
      return work({ document, settings, maxFileSize });
    });
  const otherNames = (target: Target) => workspaceNames(documents, service, session.index, session.files, target.settings, target.maxFileSize);

  connection.onCompletion(({ textDocument, position }, token) =>
    on('textDocument/completion', textDocument.uri, token, null, ({ document, settings }) => service.getCompletions(document, settings, position, token)),
  );
  connection.onHover(({ textDocument, position }, token) =>
    on('textDocument/hover', textDocument.uri, token, null, ({ document, settings }) => service.getHover(document, settings, position, token)),
  );
  connection.languages.inlayHint.on(({ textDocument, range }, token) =>
    on('textDocument/inlayHint', textDocument.uri, token, [], ({ document, settings }) => service.getInlayHints(document, settings, range, token)),
  );
  // Asked for whenever typing pauses, and long in a large cable: answered in steps, ended by a keystroke (see inTurns).
  connection.onDocumentSymbol(({ textDocument }, token) =>
    on('textDocument/documentSymbol', textDocument.uri, token, [], ({ document, settings }) => inTurns(documents, document, token, service.getDocumentSymbolsInSteps(document, settings, token))),
  );
  connection.onFoldingRanges(({ textDocument }, token) =>
    on('textDocument/foldingRange', textDocument.uri, token, [], ({ document, settings }) => inTurns(documents, document, token, service.getFoldingRangesInSteps(document, settings, token))),
  );
  connection.onSelectionRanges(({ textDocument, positions }, token) =>
    on('textDocument/selectionRange', textDocument.uri, token, [], ({ document, settings }) => service.getSelectionRanges(document, settings, positions, token)),
  );
  connection.onDefinition(({ textDocument, position }, token) =>
    on('textDocument/definition', textDocument.uri, token, null, ({ document, settings }) => service.getDefinition(document, settings, position, token)),
  );
  connection.onDocumentHighlight(({ textDocument, position }, token) =>
    on('textDocument/documentHighlight', textDocument.uri, token, [], ({ document, settings }) =>
      service.getDocumentReferences(document, settings, position, true, token).map((location) => ({ range: location.range })),
    ),
  );
  connection.onReferences(({ textDocument, position, context }, token) =>
    on('textDocument/references', textDocument.uri, token, [], (target) =>
      service.getReferences(target.document, target.settings, position, context.includeDeclaration, otherNames(target), token),
    ),
  );
  connection.onPrepareRename(({ textDocument, position }, token) =>
    on('textDocument/prepareRename', textDocument.uri, token, null, ({ document, settings }) => service.prepareRename(document, settings, position, token)),
  );
  connection.onRenameRequest(({ textDocument, position, newName }, token) =>
    on('textDocument/rename', textDocument.uri, token, null, async (target) => {
      try {
        return await service.getRenameEdits(target.document, target.settings, position, newName, otherNames(target), token);
      } catch (error) {
        // A name the user cannot use is their answer to read, not a server failure.
        if (error instanceof RenameError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
        throw error;
      }
    }),
  );
  connection.onCodeAction(({ textDocument, range, context }, token) =>
    on('textDocument/codeAction', textDocument.uri, token, [], ({ document, settings }) =>
      service.getCodeActions(document, settings, range, context.diagnostics, context.only, token),
    ),
  );
  connection.onDocumentFormatting(({ textDocument, options }, token) =>
    on('textDocument/formatting', textDocument.uri, token, [], ({ document, settings }) => service.getFormattingEdits(document, settings, options, undefined, token)),
  );
  connection.onDocumentRangeFormatting(({ textDocument, options, range }, token) =>
    on('textDocument/rangeFormatting', textDocument.uri, token, [], ({ document, settings }) => service.getFormattingEdits(document, settings, options, range, token)),
  );
  const fragments = new SentFragments();
  documents.onDidClose(({ document }) => fragments.forget(document.uri));
  connection.onRequest(renderRequest, (params, token) =>
    on<RenderResult | ResponseError<void>>('cable/render', params.uri, token, notRenderable(params.uri), ({ document, settings }) =>
      render(params, document, settings, { host, session, fragments }, token),
    ),
  );
}

/**
 * Runs a feature's steps with a turn of the event loop between them; ends it
 * as cancelled when the request is cancelled or the document changes or
 * closes meanwhile. The editor then keeps what it showed, and asks again for
 * the new version.
 */
function inTurns<T>(documents: Documents, document: TextDocument, token: CancellationToken, steps: Steps<T>): Promise<T> {
  const unchanged = unchangedSince(documents, document);
  return runInTurns(steps, () => {
    throwIfCancelled(token);
    unchanged();
  });
}

/** The preview shows this message instead of a rendering. */
function notRenderable(uri: string): ResponseError<void> {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  return new ResponseError(ErrorCodes.InvalidParams, `${name} is not open in the editor, or is larger than cable.maxFileSize, so it has no preview.`);
}

interface Renderer {
  host: ServerHost;
  session: Session;
  fragments: SentFragments;
}

function render(params: RenderParams, document: TextDocument, settings: CableSettings, { host, session, fragments }: Renderer, token: CancellationToken): RenderResult {
  const answered = { uri: document.uri, version: document.version, lineCount: document.lineCount };
  if (params.standalone) return { ...answered, html: session.service.renderStandalone(document, settings, params.view, host.previewCss?.() ?? '', token) };
  const view = normalView(params.view);
  return { ...answered, ...fragments.answer(document.uri, view, session.service.renderPreview(document, settings, view, token), params.base) };
}
