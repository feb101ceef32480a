/**
 * Shared by the integration specs: what the runner prepared, and waits that
 * end on VS Code events (never on a clock), each with a timeout whose message
 * says what was awaited and what was seen instead.
 */
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export const extensionId = 'cable-markup.cable-markup';

/** One line of `cable check --format json`. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** Written by test/vscode/run.ts before VS Code starts (the extension host may be unable to run the CLI). */
export interface Expectations {
  /** `development`: the repository folder is the extension; `installed`: the packaged .vsix is. */
  mode: 'development' | 'installed';
  repository: string;
  /** Every `*.cable` file of the workspace, relative to it, `/`-separated. */
  files: string[];
  /** What the CLI reported, with `file` relative to the workspace. */
  findings: Finding[];
}

let cached: Expectations | undefined;

export function expectations(): Expectations {
  if (cached) return cached;
  const path = process.env.CABLE_E2E_EXPECTED;
  if (!path) throw new Error('CABLE_E2E_EXPECTED is not set: start the suite with test/vscode/run.ts (npm run test:vscode), which prepares it');
  cached = JSON.parse(readFileSync(path, 'utf8')) as Expectations;
  return cached;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code opened no workspace folder: the runner passes the copy of samples/ as the folder to open');
  return folder.uri;
}

export function workspaceFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed in this VS Code`);
  // Resolves once activate() has returned, which waits for the language server to start.
  await extension.activate();
  return extension;
}

/**
 * Opens `uri` in an editor tab of its own. The language client pulls
 * diagnostics only for documents shown in tabs (vscode-languageclient's pull
 * model), so a document merely opened with openTextDocument gets none.
 * Not a preview tab, which the next file would replace.
 */
export async function showInTab(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true });
  return document;
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

const severityNames: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** `C303 17:25 information`: what the CLI and the editor must agree on (1-based, like the CLI). */
export function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  return `${codeOf(diagnostic)} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severityNames[diagnostic.severity]}`;
}

export function findingKey(finding: Finding): string {
  return `${finding.code} ${finding.line}:${finding.column} ${finding.severity}`;
}

export function keysOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(diagnosticKey).sort();
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.length === 0 ? '(none)' : keysOf(diagnostics).join(', ');
}

/**
 * Resolves with `probe()`'s first defined value, checked now and after each
 * of `events`; rejects after `timeoutMs` with `what` and `seen()` in the message.
 */
export function waitFor<T>(events: ReadonlyArray<vscode.Event<unknown>>, probe: () => T | undefined, what: string, seen: () => string, timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (settle: () => void) => {
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.dispose());
      settle();
    };
    const check = () => {
      let value: T | undefined;
      try {
        value = probe();
      } catch (error) {
        done(() => reject(error));
        return;
      }
      if (value !== undefined) done(() => resolve(value));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; seen: ${seen()}`))), timeoutMs);
    // Subscribe first, then look: a change between the two cannot be missed.
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/**
 * Waits until the diagnostics VS Code holds for `uri` (from every
 * collection) satisfy `accept`; the current state counts, so it may be called
 * after the action that changes them.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor([vscode.languages.onDidChangeDiagnostics], () => (accept(current()) ? current() : undefined), `${what} (${relativeName(uri)})`, () => describeDiagnostics(current()), timeoutMs);
}

/**
 * Starts listening for a diagnostics change on `uri` now; the returned
 * function waits for one (if it has not happened yet) and then for `accept`.
 * For files whose expected state is "no diagnostics", which they also have
 * before the server has looked at them.
 */
export function diagnosticsAfterNextReport(uri: vscode.Uri): (accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs?: number) => Promise<vscode.Diagnostic[]> {
  let reported = false;
  const key = uri.toString();
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === key)) reported = true;
  });
  return async (accept, what, timeoutMs) => {
    try {
      const current = () => vscode.languages.getDiagnostics(uri);
      return await waitFor(
        [vscode.languages.onDidChangeDiagnostics],
        () => (reported && accept(current()) ? current() : undefined),
        `${what} (${relativeName(uri)})`,
        () => (reported ? describeDiagnostics(current()) : 'no diagnostics reported for the file yet'),
        timeoutMs,
      );
    } finally {
      listener.dispose();
    }
  };
}

export function relativeName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/** The 0-based index of the first line that starts with `prefix`; throws if there is none. */
export function lineStartingWith(document: vscode.TextDocument | string, prefix: string): number {
  const lines = (typeof document === 'string' ? document : document.getText()).split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index;
}

/** The position `offset` characters into the first `text` on line `line`. */
export function positionOf(document: vscode.TextDocument, line: number, text: string, offset = 0): vscode.Position {
  const character = document.lineAt(line).text.indexOf(text);
  if (character < 0) throw new Error(`line ${line + 1} has no ${JSON.stringify(text)}: ${document.lineAt(line).text}`);
  return new vscode.Position(line, character + offset);
}
