/**
 * Checks documents for the handlers: settings, the size limit, the name
 * index, then the service. Push, pull and `cable/checkWorkspace` all come
 * through here, so they report the same thing.
 */
import { MessageType, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, limitDiagnostics, namesInSteps, namesOf, neverCancelled, type CableLanguageService, type CableSettings, type Cancellation } from '../service';
import { throwIfCancelled } from '../service/cancellation';
import type { CheckWorkspaceParams, CheckWorkspaceResult, FileDiagnostics } from '../protocol';
import type { SettingsProvider } from './configuration';
import type { Notices } from './notices';
import type { WorkspaceIndex } from './workspaceIndex';
import { runToEnd } from '../service/steps';
import { DocumentChangedError, nextTurn, runInTurns, unchangedSince } from './steps';
import { documentKey, fsPathOf, type WorkspaceFiles } from './workspaceFiles';

export interface CheckedDocument {
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * A document whose check took longer is checked in steps, with a turn of the
 * event loop between them, so that a keystroke or a request arriving
 * meanwhile waits for one step, not the whole check.
 */
export const defaultSlowCheckMs = 20;

interface CheckInSteps {
  version: number;
  generation: number;
  result: Promise<CheckedDocument>;
}

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
  /** The check in steps running for each document, if any. */
  private readonly inSteps = new Map<string, CheckInSteps>();

  constructor(
    private readonly parts: CheckerParts,
    private readonly slowCheckMs = defaultSlowCheckMs,
  ) {}

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
   *
   * A document whose last check took longer than `slowCheckMs` is checked a
   * step at a time (see `runCheck`), so a keystroke never waits for more than
   * one step; such a check is shared by every caller asking about the same
   * version meanwhile, and rejects with `DocumentChangedError` once the
   * document changes under it.
   */
  async check(document: TextDocument, token: Cancellation): Promise<CheckedDocument> {
    const before = this.generation;
    const { settings, maxFileSize, maxProblems } = await this.parts.settings.forDocument(document.uri);
    throwIfCancelled(token);
    // Closed while we waited: indexing it now would pin its editor names in the index.
    if (this.parts.documents.get(document.uri) !== document) throw new CancelledError();
    const version = document.version;
    if (document.getText().length > maxFileSize) {
      this.tooLarge(document.uri, maxFileSize);
      this.parts.index.setOpen(document.uri, []);
      return { version, diagnostics: [] };
    }
    const last = this.upToDate(document.uri, version);
    if (last) return last.result;
    const previous = this.checked.get(document.uri);
    // All synchronous: the version cannot change under it.
    if (previous === undefined || previous.tookMs <= this.slowCheckMs) return this.runCheck(document, settings, maxProblems, before, token, false);
    const running = this.inSteps.get(document.uri);
    const shared = running?.version === version && running.generation === this.generation ? running : this.startInSteps(document, settings, maxProblems, before);
    const result = await shared.result;
    throwIfCancelled(token);
    return result;
  }

  /** A check in steps of this version, remembered while it runs so that a second caller waits for it instead of checking again. */
  private startInSteps(document: TextDocument, settings: CableSettings, maxProblems: number, before: number): CheckInSteps {
    const running: CheckInSteps = {
      version: document.version,
      generation: this.generation,
      // The callers' tokens are not this shared check's: each caller stops waiting when its own is cancelled.
      result: this.runCheck(document, settings, maxProblems, before, neverCancelled, true).finally(() => {
        if (this.inSteps.get(document.uri) === running) this.inSteps.delete(document.uri);
      }),
    };
    this.inSteps.set(document.uri, running);
    return running;
  }

  /**
   * The check itself: the parse, the names (the tree's facts) into the index,
   * then the rules, with a turn of the event loop between the steps of the
   * facts and of the rules when `inSteps` (any message that arrived is
   * handled then).
   * A turn that finds the document changed or closed ends the check (see
   * `unchangedSince`).
   */
  private async runCheck(document: TextDocument, settings: CableSettings, maxProblems: number, before: number, token: Cancellation, inSteps: boolean): Promise<CheckedDocument> {
    const version = document.version;
    let busyMs = 0;
    const timed = <T>(work: () => T): T => {
      const started = performance.now();
      try {
        return work();
      } finally {
        busyMs += performance.now() - started;
      }
    };
    const stillCurrent = unchangedSince(this.parts.documents, document);
    // Not in steps, nothing is awaited: all of it runs at once, and the version cannot change under it.
    const tree = timed(() => this.parts.service.parse(document, settings));
    const names = inSteps ? await runInTurns(namesInSteps(tree), stillCurrent, timed) : timed(() => namesOf(tree));
    const ownNamesChanged = timed(() => this.parts.index.setOpen(document.uri, names));
    const steps = this.parts.service.getDiagnosticsInSteps(document, settings, token);
    const diagnostics = inSteps ? await runInTurns(steps, stillCurrent, timed) : timed(() => runToEnd(steps));
    // This check saw its own names; anything else that changed while it ran or the settings were read makes it out of date.
    const generation = this.generation === before + (ownNamesChanged ? 1 : 0) ? this.generation : before;
    const result = { version, diagnostics: limitDiagnostics(diagnostics, maxProblems) };
    this.checked.set(document.uri, { version, generation, result, tookMs: busyMs });
    return result;
  }

  /**
   * Checks the version the editor holds during the pause before its
   * diagnostics are due (the session's `checkAhead` and `recheckAhead`), so
   * that when they are due they are ready, unless it is checked already. A
   * slow check runs in steps (see `check`): a keystroke meanwhile ends it.
   */
  async checkAhead(document: TextDocument): Promise<void> {
    if (this.upToDate(document.uri, document.version)) return;
    try {
      await this.check(document, neverCancelled);
    } catch (error) {
      // Closed or changed meanwhile: nothing is due for this version any more.
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
    for (;;) {
      try {
        const { diagnostics } = await this.check(document, token);
        return { uri: document.uri, diagnostics };
      } catch (error) {
        // Typed into while it was checked in steps: check the version it holds now.
        if (error instanceof DocumentChangedError && !token.isCancellationRequested) continue;
        // Closed while we were checking it: the file on disk is what counts now.
        if (error instanceof CancelledError && !token.isCancellationRequested) return this.checkFile(documentKey(document.uri), folder, token);
        throw error;
      }
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

