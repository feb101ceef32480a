/** Inlay hints through the whole chain in the browser: editor, client, worker, language service. */
import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, workedExample, workspaceFile } from './helpers';

suite('Inlay hints in VS Code for the Web', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('the footer’s `1205 19 October` is shown read as 1951-10-19', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(workedExample));
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('Deciphered:'));
    assert.ok(line >= 0, `${workedExample} has no Deciphered: line`);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(line, 0, line + 1, 0));
    const labels = hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
    assert.ok(labels.includes('1951-10-19'), `hints on the Deciphered line: ${labels.join(', ') || '(none)'}`);
  });
});
