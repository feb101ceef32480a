/**
 * The extension's browser entry runs in VS Code for the Web and its server,
 * in a web worker, reports the worked example's diagnostics exactly as the
 * CLI does (`cable check samples/cable-25025.cable`).
 */
import * as assert from './assert';
import * as vscode from 'vscode';
import { activateExtension, codesAndLines, workedExample, waitForDiagnostics, workspaceFile } from './helpers';

const expected = ['C303@17', 'C304@66', 'C304@74', 'C305@38'];

suite('Cable in VS Code for the Web', () => {
  test('the extension activates in the web extension host', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'not VS Code for the Web: the suite ran in the wrong host');
    const extension = await activateExtension();
    assert.ok(extension.isActive, 'the extension did not activate');
  });

  test('the worked example gets its diagnostics from the server worker', async () => {
    const uri = workspaceFile(workedExample);
    // A tab of its own: the client pulls diagnostics for documents shown in tabs.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const diagnostics = await waitForDiagnostics(uri, (found) => codesAndLines(found).join() === expected.join());
    assert.equal(codesAndLines(diagnostics), expected);
  });
});
