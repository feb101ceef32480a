/**
 * The status bar item: the server's state and health, and the error and
 * warning counts of the cable file in the active editor. It is shown only
 * while a cable editor is active, so it never clutters other work.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';
import { isCableDocument } from './documents';
import { countProblems } from './problemCounts';

/** Client-side lifecycle, which the server cannot report itself (it may be dead). */
export type ClientPhase = 'starting' | 'running' | 'stopped';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cable.status', vscode.StatusBarAlignment.Left, 0);
  private readonly disposables: vscode.Disposable[] = [];
  private server: StatusParams = { state: 'starting', health: 'ok', indexedFiles: 0 };
  private phase: ClientPhase = 'starting';

  constructor() {
    this.item.name = 'Cable';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
    );
    this.refresh();
  }

  setServerStatus(status: StatusParams): void {
    this.server = status;
    this.refresh();
  }

  setClientPhase(phase: ClientPhase): void {
    this.phase = phase;
    // A new server process starts from scratch; stale "ready" would mislead.
    if (phase === 'starting') this.server = { state: 'starting', health: 'ok', indexedFiles: 0 };
    this.refresh();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCableDocument(document)) {
      this.item.hide();
      return;
    }
    const { errors, warnings } = countProblems(vscode.languages.getDiagnostics(document.uri));
    const stopped = this.phase === 'stopped';
    const busy = !stopped && (this.phase === 'starting' || this.server.state !== 'ready');
    const health = stopped ? 'error' : this.server.health;
    const prefix = stopped ? '$(circle-slash) ' : busy ? '$(sync~spin) ' : '';
    this.item.text = `${prefix}Cable $(error) ${errors} $(warning) ${warnings}`;
    this.item.backgroundColor = health === 'ok' ? undefined : new vscode.ThemeColor(`statusBarItem.${health}Background`);
    // Trouble with the server is explained in its output; otherwise the user wants the problems themselves.
    this.item.command = health === 'ok' ? 'workbench.actions.view.problems' : 'cable.showOutput';
    this.item.tooltip = this.tooltip(errors, warnings, stopped);
    this.item.accessibilityInformation = { label: `Cable: ${this.describeState(stopped)}; ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in this file` };
    this.item.show();
  }

  private tooltip(errors: number, warnings: number, stopped: boolean): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**Cable language server**: ').appendText(this.describeState(stopped));
    // Server text goes through appendText, so it cannot inject links or markup.
    if (this.server.message && !stopped) tooltip.appendMarkdown('\n\n').appendText(this.server.message);
    tooltip.appendMarkdown('\n\n').appendText(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in this file.`);
    tooltip.appendMarkdown('\n\n').appendText(this.item.command === 'cable.showOutput' ? 'Click to show the server output.' : 'Click to open the Problems panel.');
    return tooltip;
  }

  private describeState(stopped: boolean): string {
    if (stopped) return 'stopped';
    if (this.phase === 'starting' || this.server.state === 'starting') return 'starting';
    if (this.server.state === 'indexing') return `indexing the workspace (${plural(this.server.indexedFiles, 'file')} so far)`;
    return `ready (${plural(this.server.indexedFiles, 'file')} indexed)`;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
