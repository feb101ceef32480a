/**
 * "Cable: Check Workspace": the server checks every cable file on disk; the
 * results for files not open in an editor go into their own diagnostic
 * collection. Files in editor tabs are left out: the client pulls their
 * diagnostics live, and the same problem must not be listed twice. (The
 * client pulls for tabs only, so a document merely loaded in the background
 * has no live diagnostics and does belong here.)
 */
import * as vscode from 'vscode';
import { checkWorkspaceRequest, type CheckWorkspaceResult } from '../../server/src/protocol';
import type { CableContext } from './context';
import { countProblems } from './problemCounts';

export class WorkspaceDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('cable-workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly ctx: CableContext) {
    // Once a file is opened in a tab its live diagnostics take over; the snapshot would only go stale.
    this.disposables.push(
      vscode.window.tabGroups.onDidChangeTabs(({ opened }) => {
        for (const uri of opened.flatMap(tabUris)) this.collection.delete(uri);
      }),
    );
  }

  async run(): Promise<void> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Cable: checking the workspace…', cancellable: true },
      (_progress, token) => this.ctx.sendRequest(checkWorkspaceRequest, {}, token),
    );
    const summary = await this.apply(result);
    // Not awaited: the command is done once the problems are listed, whether or not anyone clicks.
    void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** Replaces the collection with this run's results; returns the summary line. */
  private async apply(result: CheckWorkspaceResult): Promise<string> {
    const converter = this.ctx.converter;
    if (!converter) throw new Error('The Cable language server stopped during the check.');
    const open = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs.flatMap(tabUris)).map((uri) => uri.toString()));
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    let errors = 0;
    let warnings = 0;
    let filesWithProblems = 0;
    let skipped = 0;
    for (const file of result.files) {
      if (file.skipped !== undefined) skipped++;
      const diagnostics = await converter.asDiagnostics(file.diagnostics);
      const counts = countProblems(diagnostics);
      errors += counts.errors;
      warnings += counts.warnings;
      if (counts.errors + counts.warnings > 0) filesWithProblems++;
      const uri = vscode.Uri.parse(file.uri);
      if (!open.has(uri.toString())) entries.push([uri, diagnostics]);
    }
    this.collection.clear();
    this.collection.set(entries);
    return summarize(result.files.length, errors, warnings, filesWithProblems, skipped);
  }
}

/** The documents a tab shows (both sides of a diff): those the client pulls diagnostics for. */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

function summarize(files: number, errors: number, warnings: number, filesWithProblems: number, skipped: number): string {
  const checked = `Cable: checked ${count(files, 'file')}`;
  const found = errors + warnings === 0 ? 'no errors or warnings' : `${count(errors, 'error')} and ${count(warnings, 'warning')} in ${count(filesWithProblems, 'file')}`;
  const skip = skipped > 0 ? ` (${count(skipped, 'file')} skipped: too large or unreadable)` : '';
  return `${checked}: ${found}${skip}.`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
