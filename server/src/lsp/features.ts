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
import { needs, type ParamCheck } from './params';

type Documents = TextDocuments<TextDocument>;

interface Target {
  document: TextDocument;
  settings: CableSettings;
  maxFileSize: number;
}

export function registerFeatures(connection: Connection, documents: Documents, session: Session, host: ServerHost): void {
  const { runner, service } = session;
  /**
   * Runs `work` on an open document that is not too large to analyse; `empty` otherwise.
   * Parameters that `check` finds unreadable are answered with InvalidParams at once.
   */
  const on = <P, T>(what: string, params: P, check: ParamCheck, token: CancellationToken, empty: T, work: (target: Target) => T | Promise<T>) => {
    const problem = check(params);
    if (problem) return Promise.resolve(new ResponseError(ErrorCodes.InvalidParams, `${what}: ${problem}`));
    const { uri } = (params as { textDocument: { uri: string } }).textDocument;
    return runner.request(what, token, async () => {
      if (!documents.get(uri)) return empty;
      const { settings, maxFileSize } = await session.settings.forDocument(uri);
      // Looked up after the wait: had it closed meanwhile, the work would parse
      // it into caches its close has already emptied, and nothing would empty them again.
      const document = documents.get(uri);
      if (!document || document.getText().length > maxFileSize) return empty;
      return work({ document, settings, maxFileSize });
    });
  };
  const otherNames = (target: Target) => workspaceNames(documents, service, session.index, session.files, target.settings, target.maxFileSize);

  connection.onCompletion((params, token) =>
    on('textDocument/completion', params, needs.position, token, null, ({ document, settings }) => service.getCompletions(document, settings, params.position, token)),
  );
  connection.onHover((params, token) =>
    on('textDocument/hover', params, needs.position, token, null, ({ document, settings }) => service.getHover(document, settings, params.position, token)),
  );
  connection.languages.inlayHint.on((params, token) =>
    on('textDocument/inlayHint', params, needs.range, token, [], ({ document, settings }) => service.getInlayHints(document, settings, params.range, token)),
  );
  // Asked for whenever typing pauses, and long in a large cable: answered in steps, ended by a keystroke (see inTurns).
  connection.onDocumentSymbol((params, token) =>
    on('textDocument/documentSymbol', params, needs.document, token, [], ({ document, settings }) => inTurns(documents, document, token, service.getDocumentSymbolsInSteps(document, settings, token))),
  );
  connection.onFoldingRanges((params, token) =>
    on('textDocument/foldingRange', params, needs.document, token, [], ({ document, settings }) => inTurns(documents, document, token, service.getFoldingRangesInSteps(document, settings, token))),
  );
  connection.onSelectionRanges((params, token) =>
    on('textDocument/selectionRange', params, needs.positions, token, [], ({ document, settings }) => service.getSelectionRanges(document, settings, params.positions, token)),
  );
  connection.onDefinition((params, token) =>
    on('textDocument/definition', params, needs.position, token, null, ({ document, settings }) => service.getDefinition(document, settings, params.position, token)),
  );
  connection.onDocumentHighlight((params, token) =>
    on('textDocument/documentHighlight', params, needs.position, token, [], ({ document, settings }) =>
      service.getDocumentReferences(document, settings, params.position, true, token).map((location) => ({ range: location.range })),
    ),
  );
  connection.onReferences((params, token) =>
    on('textDocument/references', params, needs.references, token, [], (target) =>
      service.getReferences(target.document, target.settings, params.position, params.context.includeDeclaration, otherNames(target), token),
    ),
  );
  connection.onPrepareRename((params, token) =>
    on('textDocument/prepareRename', params, needs.position, token, null, ({ document, settings }) => service.prepareRename(document, settings, params.position, token)),
  );
  connection.onRenameRequest((params, token) =>
    on('textDocument/rename', params, needs.rename, token, null, async (target) => {
      try {
        return await service.getRenameEdits(target.document, target.settings, params.position, params.newName, otherNames(target), token);
      } catch (error) {
        // A name the user cannot use is their answer to read, not a server failure.
        if (error instanceof RenameError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
        throw error;
      }
    }),
  );
  connection.onCodeAction((params, token) =>
    on('textDocument/codeAction', params, needs.codeAction, token, [], ({ document, settings }) =>
      service.getCodeActions(document, settings, params.range, params.context.diagnostics, params.context.only, token),
    ),
  );
  connection.onDocumentFormatting((params, token) =>
    on('textDocument/formatting', params, needs.formatting, token, [], ({ document, settings }) => service.getFormattingEdits(document, settings, params.options, undefined, token)),
  );
  connection.onDocumentRangeFormatting((params, token) =>
    on('textDocument/rangeFormatting', params, needs.rangeFormatting, token, [], ({ document, settings }) => service.getFormattingEdits(document, settings, params.options, params.range, token)),
  );
  const fragments = new SentFragments();
  documents.onDidClose(({ document }) => fragments.forget(document.uri));
  connection.onRequest(renderRequest, (params, token) => {
    const problem = needs.render(params);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, `cable/render: ${problem}`);
    return on<{ textDocument: { uri: string } }, RenderResult | ResponseError<void>>('cable/render', { textDocument: { uri: params.uri } }, needs.document, token, notRenderable(params.uri), ({ document, settings }) =>
      render(params, document, settings, { host, session, fragments }, token),
    );
  });
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
