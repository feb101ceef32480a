/**
 * A `.cablerc.json` is checked by VS Code's JSON support against the schema
 * the extension contributes: a wrong severity and a field the format does not
 * have are flagged as the transcriber types them, before any cable is checked.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, showInTab, waitForDiagnostics } from './helpers';

suite('.cablerc.json', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('is checked against the extension’s schema: a wrong severity and an unknown field are flagged, a right file is not', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cablerc-'));
    const file = join(folder, '.cablerc.json');
    writeFileSync(file, '{\n  "rules": { "C305": "silent" },\n  "requiredFields": ["Cable", "Recieved"]\n}\n');
    const uri = vscode.Uri.file(file);
    const document = await showInTab(uri);
    assert.equal(document.languageId, 'json');
    const flagged = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length >= 2, 'the schema’s two problems', 30_000);
    const lines = flagged.map((diagnostic) => diagnostic.range.start.line).sort();
    assert.deepEqual(lines, [1, 2], flagged.map((diagnostic) => diagnostic.message).join(' | '));

    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), '{\n  "rules": { "C305": "off" },\n  "requiredFields": ["Cable", "Received"]\n}\n'));
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0, 'no problems once both are right', 30_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
