/** Completion through the whole chain in the browser: editor, client, worker, language service. */
import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, workedExample, workspaceFile } from './helpers';

/** The worked example as an untitled copy with its `Received:` line cut to `Re`, and the position after it. */
async function headerWithRe(): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const lines = (await vscode.workspace.openTextDocument(workspaceFile(workedExample))).getText().split('\n');
  const line = lines.findIndex((text) => text.startsWith('Received:'));
  assert.ok(line >= 0, `${workedExample} has no Received: line`);
  lines[line] = 'Re';
  const document = await vscode.workspace.openTextDocument({ language: 'cable', content: lines.join('\n') });
  return { document, position: new vscode.Position(line, 2) };
}

suite('Completion in VS Code for the Web', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('after `Re` at the start of a header line, completion offers Received', async () => {
    const { document, position } = await headerWithRe();
    const list = await vscode.commands.executeCommand<vscode.CompletionList | undefined>('vscode.executeCompletionItemProvider', document.uri, position);
    const items = list?.items ?? [];
    const label = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
    // A field from the server, not the editor's word-based suggestion of a word seen in the text.
    const received = items.find((item) => label(item) === 'Received' && item.kind === vscode.CompletionItemKind.Field);
    const offered = items.map((item) => `${label(item)} (${vscode.CompletionItemKind[item.kind ?? vscode.CompletionItemKind.Text]})`);
    assert.ok(received, `completion offered: ${offered.slice(0, 30).join(', ') || '(nothing)'}`);
  });
});
