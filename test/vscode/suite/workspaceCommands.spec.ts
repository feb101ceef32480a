/**
 * The commands a user runs from the palette: checking files nobody has
 * opened, and the preview beside the editor. (This file sorts after the
 * others on purpose: "Check Workspace" fills a diagnostic collection for
 * closed files, which must not be there while the CLI comparison runs.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describeDiagnostics, expectations, waitFor, waitForDiagnostics, workspaceFile, workspaceRoot } from './helpers';

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
}

function isCablePreview(tab: vscode.Tab): boolean {
  // VS Code prefixes an extension's webview type (`mainThreadWebview-cable.preview`).
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('cable.preview');
}

function showsFile(tab: vscode.Tab, uri: vscode.Uri): boolean {
  return tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString();
}

function describeTabs(): string {
  return vscode.window.tabGroups.all
    .map((group) => `group ${group.viewColumn}: ${group.tabs.map((tab) => (tab.input instanceof vscode.TabInputWebview ? `webview ${tab.input.viewType}` : tab.label)).join(', ') || '(empty)'}`)
    .join('; ');
}

suite('Workspace commands', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('Cable: Check Workspace reports problems in a file that was never opened', async () => {
    const source = 'errors/C201-misspelt-field.cable';
    const unopened = vscode.Uri.joinPath(workspaceRoot(), 'unopened', 'never-opened.cable');
    await vscode.workspace.fs.writeFile(unopened, await vscode.workspace.fs.readFile(workspaceFile(source)));
    assert.equal(isOpen(unopened), false);
    const wanted = expectations().findings.filter((finding) => finding.file === source && finding.code === 'C201');
    assert.ok(wanted.length > 0, `the CLI reported no C201 for ${source}`);

    // Not awaited: after the check the command waits for an answer to its
    // summary notification ("Show Problems"), which nobody clicks here.
    Promise.resolve(vscode.commands.executeCommand('cable.checkWorkspace')).catch((error: unknown) => console.error('cable.checkWorkspace failed:', error));
    const diagnostics = await waitForDiagnostics(
      unopened,
      (all) => wanted.every((finding) => all.some((diagnostic) => codeOf(diagnostic) === finding.code && diagnostic.range.start.line + 1 === finding.line)),
      `C201 on line ${wanted.map((finding) => finding.line).join(', ')} from Cable: Check Workspace`,
      30_000,
    );
    assert.equal(isOpen(unopened), false, 'the check opened the file');
    assert.ok(diagnostics.length > 0, describeDiagnostics(diagnostics));
  });

  test('Cable: Open Preview to the Side opens the preview in a second group', async () => {
    const uri = workspaceFile('cable-25025.cable');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('cable.showPreviewToSide');
    const groups = await waitFor(
      [vscode.window.tabGroups.onDidChangeTabs, vscode.window.tabGroups.onDidChangeTabGroups],
      () => {
        const previewGroup = vscode.window.tabGroups.all.find((group) => group.tabs.some(isCablePreview));
        const editorGroup = vscode.window.tabGroups.all.find((group) => group.tabs.some((tab) => showsFile(tab, uri)));
        return previewGroup && editorGroup && previewGroup !== editorGroup ? { previewGroup, editorGroup } : undefined;
      },
      'a cable.preview webview tab in a group beside the editor',
      describeTabs,
    );
    assert.ok(groups.previewGroup.viewColumn > groups.editorGroup.viewColumn, `preview in column ${groups.previewGroup.viewColumn}, editor in ${groups.editorGroup.viewColumn}`);
    // "To the side" keeps the focus in the editor.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), describeTabs());
  });
});
