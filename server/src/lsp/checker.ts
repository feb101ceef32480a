/**
 * Checks documents for the handlers: settings, the size limit, the name
 * index, then the service. Push, pull and `cable/checkWorkspace` all come
 * through here, so they report the same thing.
 */
import { MessageType, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, limitDiagnostics, namesOf, neverCancelled, type CableLanguageService, type Cancellation } from '../service';
import { throwIfCancelled } from '../service/cancellation';
import type { CheckWorkspaceParams, CheckWorkspaceResult, FileDiagnostics } from '../protocol';
import type { SettingsProvider } from './configuration';
import type { Notices } from './notices';
import type { WorkspaceIndex } from './workspaceIndex';
import { documentKey, fsPathOf, type WorkspaceFiles } from './workspaceFiles';

export interface CheckedDocument {
  version: number;
  diagnostics: Diagnostic[];
}

/** A check that takes longer waits for the pause in typing instead of running ahead of it. */
const checkAheadBudgetMs = 20;

interface LastCheck {
  version: number;
  generation: number;
  result: CheckedDocument;
  tookMs: number;
}

export interface CheckerParts {
  documents: TextDocuments<TextDocument>;
  service: CableLanguageService;
  settings: SettingsProvider;
  index: WorkspaceIndex;
  files: WorkspaceFiles;
  notices: Notices;
}

export class DocumentChecker {
  /**
   * Counts changes to what every check depends on besides the text: the
   * workspace's names and the settings. A document checked at its current
   * version and generation needs no re-check when other documents are.
   */
  private generation = 0;
  /** Each open document's last check, kept to answer again while nothing it depends on has changed. */
  private readonly checked = new Map<string, LastCheck>();
  /** The result last pushed to the client for each open document. */
  private readonly sent = new Map<string, CheckedDocument>();

  constructor(private readonly parts: CheckerParts) {}

  /** The names of the workspace or the settings changed: every open document's check is out of date. */
  inputsChanged(): void {
    this.generation++;
  }

  /** The client was sent this result (pushed diagnostics). */
  markSent(uri: string, result: CheckedDocument): void {
    this.sent.set(uri, result);
  }

  /**
   * True unless the client holds diagnostics for this version and the
   * current names and settings: a check ahead keeps its result without
   * sending it, so being checked is not enough.
   */
  needsSending(document: TextDocument): boolean {
    const last = this.upToDate(document.uri, document.version);
    return last === undefined || this.sent.get(document.uri) !== last.result;
  }

  /** The last check when it was of this version, with the names and settings as they are now. */
  private upToDate(uri: string, version: number): LastCheck | undefined {
    const last = this.checked.get(uri);
    return last !== undefined && last.version === version && last.generation === this.generation ? last : undefined;
  }

  /**
   * Diagnostics for the version the editor holds once the settings are known:
   * no more than `cable.maxProblems` of them, and a note of the rest (see
   * limitDiagnostics), as everything sent to the editor.
   */
  async check(document: TextDocument, token: Cancellation): Promise<CheckedDocument> {
    const before = this.generation;
    const { settings, maxFileSize, maxProblems } = await this.parts.settings.forDocument(document.uri);
    throwIfCancelled(token);
    // Closed while we waited: indexing it now would pin its editor names in the index.
    if (this.parts.documents.get(document.uri) !== document) throw new CancelledError();
    // From here on all is synchronous, so the version cannot change under us.
    const version = document.version;
    if (document.getText().length > maxFileSize) {
      this.tooLarge(document.uri, maxFileSize);
      this.parts.index.setOpen(document.uri, []);
      return { version, diagnostics: [] };
    }
    const last = this.upToDate(document.uri, version);
    if (last) return last.result;
    const started = performance.now();
    const ownNamesChanged = this.parts.index.setOpen(document.uri, namesOf(this.parts.service.parse(document, settings)));
    const diagnostics = this.parts.service.getDiagnostics(document, settings, token);
    // This check saw its own names; anything else that changed while the settings were read makes it out of date.
    const generation = this.generation === before + (ownNamesChanged ? 1 : 0) ? this.generation : before;
    const result = { version, diagnostics: limitDiagnostics(diagnostics, maxProblems) };
    this.checked.set(document.uri, { version, generation, result, tookMs: performance.now() - started });
    return result;
  }

  /**
   * Checks the version the editor holds during the pause before its
   * diagnostics are due (the session's `checkAhead` and `recheckAhead`), so
   * that when they are due they are ready: unless it is checked already, or its last check took so long that
   * running one after every keystroke would hold up the next.
   */
  async checkAhead(document: TextDocument): Promise<void> {
    const last = this.checked.get(document.uri);
    if (this.upToDate(document.uri, document.version) || (last !== undefined && last.tookMs > checkAheadBudgetMs)) return;
    try {
      await this.check(document, neverCancelled);
    } catch (error) {
      // Closed meanwhile: nothing is due for it any more.
      if (!(error instanceof CancelledError)) throw error;
    }
  }

  /**
   * Builds the tree of the version the editor holds, ahead of any request for
   * it (see ParseAhead); does nothing for a document past the size limit or
   * one that changed or closed while the settings were read.
   */
  async parseAhead(document: TextDocument): Promise<void> {
    const version = document.version;
    const { settings, maxFileSize } = await this.parts.settings.forDocument(document.uri);
    if (this.parts.documents.get(document.uri) !== document || document.version !== version) return;
    if (document.getText().length > maxFileSize) return;
    this.parts.service.parse(document, settings);
  }

  /** The document was closed: its tree, settings and notices go; its file on disk counts again for names. */
  async closed(uri: string): Promise<void> {
    this.checked.delete(uri);
    this.sent.delete(uri);
    this.parts.service.forget(uri);
    this.parts.settings.forget(uri);
    this.parts.notices.reset('large-file', uri);
    await this.parts.index.closed(uri);
  }

  async checkWorkspace(params: CheckWorkspaceParams | undefined, token: Cancellation): Promise<CheckWorkspaceResult> {
    // Names across files are only complete once the background read is done.
    await this.parts.index.ready;
    const wanted = params?.folderUris?.map(fsPathOf) ?? this.parts.index.folders;
    const open = new Map(this.parts.documents.all().map((document) => [documentKey(document.uri), document]));
    const files: FileDiagnostics[] = [];
    for (const folder of wanted) {
      if (folder === undefined) continue;
      for (const file of await this.parts.files.findCableFiles(folder, token)) {
        throwIfCancelled(token);
        const document = open.get(file);
        files.push(document ? await this.checkOpen(document, folder, token) : await this.checkFile(file, folder, token));
        await nextTurn();
      }
    }
    return { files };
  }

  private async checkOpen(document: TextDocument, folder: string, token: Cancellation): Promise<FileDiagnostics> {
    try {
      const { diagnostics } = await this.check(document, token);
      return { uri: document.uri, diagnostics };
    } catch (error) {
      // Closed while we were checking it: the file on disk is what counts now.
      if (error instanceof CancelledError && !token.isCancellationRequested) return this.checkFile(documentKey(document.uri), folder, token);
      throw error;
    }
  }

  /** A file nobody has open: read, check with its folder's editor settings, and forget again. */
  private async checkFile(file: string, folder: string, token: Cancellation): Promise<FileDiagnostics> {
    const uri = this.parts.index.uriOf(file);
    // The folder's editor settings: one `workspace/configuration` round trip per folder, not per file.
    const { settings, maxFileSize, maxProblems } = await this.parts.settings.forDocument(uri, this.parts.index.uriOf(folder));
    let text: string | undefined;
    try {
      text = await this.parts.files.readText(file, maxFileSize);
    } catch (error) {
      return { uri, diagnostics: [], skipped: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if (text === undefined) return { uri, diagnostics: [], skipped: tooLargeMessage(maxFileSize) };
    const document = TextDocument.create(uri, 'cable', 0, text);
    try {
      return { uri, diagnostics: limitDiagnostics(this.parts.service.getDiagnostics(document, settings, token), maxProblems) };
    } finally {
      this.parts.service.forget(uri);
    }
  }

  private tooLarge(uri: string, maxFileSize: number): void {
    const name = (fsPathOf(uri) ?? uri).split(/[\\/]/).pop();
    this.parts.notices.once('large-file', uri, MessageType.Info, `Cable Markup: ${name} is not checked: it is ${tooLargeMessage(maxFileSize)}.`);
  }
}

function tooLargeMessage(maxFileSize: number): string {
  return `longer than cable.maxFileSize (${maxFileSize.toLocaleString('en-US')} characters)`;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
