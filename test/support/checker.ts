/**
 * The server's DocumentChecker over open documents held in a map, with the
 * parts the checks do not exercise left inert (settings are the defaults, the
 * name index takes names and reports no change), for tests that drive
 * checks, keystrokes and closes by hand.
 */
import type { Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SettingsProvider } from '../../server/src/lsp/configuration';
import { DocumentChecker } from '../../server/src/lsp/checker';
import type { Notices } from '../../server/src/lsp/notices';
import type { WorkspaceFiles } from '../../server/src/lsp/workspaceFiles';
import type { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';
import { createLanguageService, defaultSettings, EditableDocument, type CableLanguageService } from '../../server/src/service';

export interface CheckerFixture {
  checker: DocumentChecker;
  document: EditableDocument;
  /** The open documents by URI: delete one to close it. */
  open: Map<string, TextDocument>;
  /** The service the checker uses: its trees are the checker's. */
  service: CableLanguageService;
  /** How many checks the service was asked to run. */
  checksRun(): number;
}

/** A checker with one open document; `slowCheckMs` -1 makes every check after the first a check in steps. */
export function checkerFixture(text: string, slowCheckMs: number, uri = 'file:///checked.cable'): CheckerFixture {
  const document = new EditableDocument(uri, 'cable', 1, text);
  const open = new Map<string, TextDocument>([[uri, document]]);
  const service = createLanguageService();
  let runs = 0;
  const counted: CableLanguageService = {
    ...service,
    getDiagnosticsInSteps: (...args) => {
      runs++;
      return service.getDiagnosticsInSteps(...args);
    },
  };
  const parts = {
    documents: { get: (key: string) => open.get(key), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>,
    service: counted,
    settings: { forDocument: async () => ({ settings: defaultSettings, maxFileSize: 1e9, maxProblems: 1e6 }), forget: () => undefined } as unknown as SettingsProvider,
    index: { setOpen: () => false, closed: async () => undefined } as unknown as WorkspaceIndex,
    files: {} as WorkspaceFiles,
    notices: { once: () => true, reset: () => undefined } as unknown as Notices,
  };
  return { checker: new DocumentChecker(parts, slowCheckMs), document, open, service, checksRun: () => runs };
}

/** What a fresh service finds in a text, as the checker reports it for `uri`. */
export function freshDiagnostics(text: string, uri = 'file:///checked.cable'): Diagnostic[] {
  return createLanguageService().getDiagnostics(TextDocument.create(uri, 'cable', 1, text), defaultSettings);
}

/** Waits one turn of the event loop: the server's own wait between a check's steps. */
export { nextTurn } from '../../server/src/lsp/steps';
