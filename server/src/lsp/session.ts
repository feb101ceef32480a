/**
 * Everything one client connection needs, built at `initialize` once the
 * client's capabilities are known: settings, the workspace name index, the
 * checker, the scheduler for pushed diagnostics and the status item.
 */
import { MessageType, type Connection, type InitializeParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigFiles } from '../node/configFile';
import { createLanguageService, type CableLanguageService } from '../service';
import { clientSupport, type ClientSupport } from './capabilities';
import { DocumentChecker } from './checker';
import { SettingsProvider, type ConfigFileSource } from './configuration';
import { checkAheadDelayMs, Debouncer, DiagnosticsScheduler } from './diagnosticsScheduler';
import { Notices } from './notices';
import { ParseAhead } from './parseAhead';
import { TypingPause } from './typingPause';
import { messageOf, SafeRunner, type Log } from './runner';
import { StatusReporter } from './status';
import { nodeWorkspaceFiles, type WorkspaceFiles } from './workspaceFiles';
import { WorkspaceIndex } from './workspaceIndex';

export interface ServerHost {
  /** Base URL of the rules documentation; the service's GitHub URL when omitted. */
  rulesDocumentation?: string;
  /** The file system; Node's when omitted. */
  files?: WorkspaceFiles;
  /** Where `.cablerc.json` files are found; `ConfigFiles` (Node) when omitted. */
  configFiles?: ConfigFileSource;
  /** The preview stylesheet's text, inlined into exported HTML; read lazily, once. */
  previewCss?: () => string;
}

/** After a names or settings change, other documents are checked again once things are quiet. */
const recheckDelayMs = 300;

export interface Session {
  readonly client: ClientSupport;
  readonly runner: SafeRunner;
  readonly status: StatusReporter;
  readonly settings: SettingsProvider;
  readonly index: WorkspaceIndex;
  readonly checker: DocumentChecker;
  readonly service: CableLanguageService;
  readonly files: WorkspaceFiles;
  /** Only when diagnostics are pushed; a pulling client asks by itself. */
  readonly scheduler: DiagnosticsScheduler | undefined;
  /** Parses changed documents while the diagnostics wait for a pause in typing. */
  readonly parseAhead: ParseAhead;
  /** Checks changed documents in the pause before their diagnostics are due. */
  readonly checkAhead: DiagnosticsScheduler;
  /** When each document last changed: a pull is answered once typing pauses. */
  readonly typingPause: TypingPause;
  /** Checks every open document again (pushed) or asks the client to pull again. */
  readonly recheckOpen: Debouncer;
  /** The editor's settings changed: every open document is checked again. */
  editorSettingsChanged(): void;
  /** A `.cablerc.json` was created, changed or deleted. */
  configFilesChanged(): void;
  dispose(): void;
}

export function createSession(connection: Connection, documents: TextDocuments<TextDocument>, host: ServerHost, params: InitializeParams, push: (uri: string) => void): Session {
  const client = clientSupport(params);
  const log = logOf(connection);
  const status = new StatusReporter(connection);
  const runner = new SafeRunner(log, (what, error) => status.update({ health: 'error', message: `${what} failed: ${messageOf(error)}` }));
  const notices = new Notices(connection);
  const onConfigProblem = (problem: string): void => {
    if (notices.once('config', problem, MessageType.Warning, `Cable Markup: ${problem}`)) status.update({ health: 'warning', message: problem });
  };
  const settings = new SettingsProvider(connection, client.configuration, host.configFiles ?? new ConfigFiles(), log, onConfigProblem);
  const scheduler = client.pullDiagnostics ? undefined : new DiagnosticsScheduler((uri) => push(uri));
  const recheckOpen = new Debouncer(() => {
    if (scheduler) {
      // A document whose current diagnostics were sent since the change (the one whose names changed, usually) needs nothing.
      for (const document of documents.all()) if (checker.needsSending(document)) scheduler.recheck(document.uri);
    } else if (client.diagnosticRefresh) {
      runner.notification('diagnostic refresh', () => connection.languages.diagnostics.refresh());
    }
  }, recheckDelayMs);
  // The open documents are checked again early in that wait, so the recheck finds their diagnostics ready.
  const recheckAhead = new Debouncer(() => {
    for (const document of documents.all()) runner.notification('checking ahead', () => checker.checkAhead(document));
  }, checkAheadDelayMs);
  /** The names or the settings changed: every open document's diagnostics are out of date. */
  const openChecksOutOfDate = (): void => {
    checker.inputsChanged();
    recheckOpen.trigger();
    recheckAhead.trigger();
  };
  const files = host.files ?? nodeWorkspaceFiles;
  const index = new WorkspaceIndex(
    files,
    {
      namesChanged: openChecksOutOfDate,
      indexing: (active) => status.update({ state: active ? 'indexing' : 'ready', indexedFiles: index.names.documentCount }),
      failed: (what, error) => runner.notification(what, () => Promise.reject(error)),
    },
    () => settings.maxFileSize,
  );
  const service = createLanguageService({ names: index.names, rulesDocumentation: host.rulesDocumentation });
  const checker = new DocumentChecker({ documents, service, settings, index, files, notices });
  const parseAhead = new ParseAhead((uri) => {
    const document = documents.get(uri);
    if (document) runner.notification('parsing ahead', () => checker.parseAhead(document));
  });
  const typingPause = new TypingPause();
  const checkAhead = new DiagnosticsScheduler((uri) => {
    const document = documents.get(uri);
    if (document) runner.notification('checking ahead', () => checker.checkAhead(document));
  }, checkAheadDelayMs);
  // A slashed date's hint reads `cable.slashedDates`; the client asks again for hints only when the text changes.
  const refreshInlayHints = (): void => {
    if (client.inlayHintRefresh) runner.notification('inlay hint refresh', () => connection.languages.inlayHint.refresh());
  };
  const editorSettingsChanged = (): void => {
    settings.editorSettingsChanged();
    openChecksOutOfDate();
    refreshInlayHints();
  };
  const configFilesChanged = (): void => {
    settings.configFilesChanged();
    notices.reset('config'); // the file was edited: a problem still there is worth saying again
    if (status.current.health === 'warning') status.update({ health: 'ok' });
    openChecksOutOfDate();
    refreshInlayHints();
  };
  const dispose = (): void => {
    scheduler?.dispose();
    parseAhead.dispose();
    checkAhead.dispose();
    recheckOpen.dispose();
    recheckAhead.dispose();
    index.dispose();
  };
  return { client, runner, status, settings, index, checker, service, files, scheduler, parseAhead, checkAhead, typingPause, recheckOpen, editorSettingsChanged, configFilesChanged, dispose };
}

/** Log lines go to the client's output channel (stdout carries the protocol). */
function logOf(connection: Connection): Log {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
}
