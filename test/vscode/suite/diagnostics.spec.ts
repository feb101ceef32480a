/**
 * The editor and the CLI must agree: every sample, opened in VS Code, gets
 * exactly the diagnostics `cable check --format json` reports for it (code,
 * 1-based line and column, severity), and the `cable.rules` setting changes
 * them live.
 */
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  codeOf,
  describeDiagnostics,
  diagnosticKey,
  diagnosticsAfterNextReport,
  expectations,
  findingKey,
  keysOf,
  showInTab,
  waitForDiagnostics,
  workspaceFile,
  type Finding,
} from './helpers';

/**
 * VS Code normalises a file's line endings to one kind when it loads it, so
 * the editor never holds mixed endings and C105 cannot be reported there; it
 * is a check for the CLI (files as stored).
 */
const cliOnlyCodes = new Set(['C105']);

function expectedKeys(file: string, findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) => finding.file === file && !cliOnlyCodes.has(finding.code))
    .map(findingKey)
    .sort();
}

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('the extension under test is the one the runner meant', () => {
    const { mode, repository } = expectations();
    const extension = vscode.extensions.getExtension('cable-markup.cable-markup');
    assert.ok(extension, 'the extension is not present');
    const fromRepository = resolve(extension.extensionPath) === resolve(repository);
    // In installed mode the repository is not loaded, so the .vsix alone must carry everything that runs.
    assert.equal(fromRepository, mode === 'development', `mode ${mode}, but the extension was loaded from ${extension.extensionPath}`);
    assert.equal(extension.isActive, true);
  });

  test('every sample opens as a Cable document', async () => {
    const { files } = expectations();
    assert.ok(files.length >= 20, `expected the samples to be in the workspace, found ${files.length} .cable files`);
    for (const file of files) {
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      assert.equal(document.languageId, 'cable', `${file} opened as ${document.languageId}`);
    }
  });

  test('the diagnostics of every sample equal what `cable check` reports', async () => {
    const { files, findings } = expectations();
    // Listen before opening, so the first report of a clean file (no diagnostics) is not missed.
    const waits = files.map((file) => ({ file, wait: diagnosticsAfterNextReport(workspaceFile(file)) }));
    for (const file of files) await showInTab(workspaceFile(file));
    const outcomes = await Promise.allSettled(
      waits.map(({ file, wait }) => {
        const wanted = expectedKeys(file, findings);
        // The server checks names across files (C305) once it has indexed the workspace, so the first report may be partial: wait for agreement.
        return wait((diagnostics) => sameKeys(keysOf(diagnostics), wanted), `the diagnostics of cable check: ${wanted.join(', ') || '(none)'}`, 20_000);
      }),
    );
    const failures = outcomes.flatMap((outcome, index) => (outcome.status === 'rejected' ? [`${files[index]}: ${String(outcome.reason instanceof Error ? outcome.reason.message : outcome.reason)}`] : []));
    assert.deepEqual(failures, [], `the editor and the CLI disagree on ${failures.length} of ${files.length} files:\n${failures.join('\n')}`);
  });

  test('the cable.rules setting turns a rule off and changes a severity, live', async () => {
    const uri = workspaceFile('cable-25025.cable');
    await showInTab(uri);
    const has = (diagnostics: vscode.Diagnostic[], code: string) => diagnostics.some((diagnostic) => codeOf(diagnostic) === code);
    await waitForDiagnostics(uri, (diagnostics) => has(diagnostics, 'C305') && has(diagnostics, 'C303'), 'C305 and C303 in the worked example');

    const settings = vscode.workspace.getConfiguration('cable');
    await settings.update('rules', { C305: 'off', C303: 'error' }, vscode.ConfigurationTarget.Global);
    try {
      const changed = await waitForDiagnostics(
        uri,
        (diagnostics) =>
          !has(diagnostics, 'C305') && diagnostics.some((diagnostic) => codeOf(diagnostic) === 'C303' && diagnostic.severity === vscode.DiagnosticSeverity.Error),
        'C305 gone and C303 an error after setting cable.rules to { C305: off, C303: error }',
      );
      assert.ok(changed.some((diagnostic) => codeOf(diagnostic) === 'C304'), `rules not named keep their default: ${changed.map(diagnosticKey).join(', ')}`);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(
      uri,
      (diagnostics) => has(diagnostics, 'C305') && diagnostics.some((diagnostic) => codeOf(diagnostic) === 'C303' && diagnostic.severity === vscode.DiagnosticSeverity.Information),
      'C305 back and C303 information again once the setting is removed',
    );
  });

  test('typing keystroke by keystroke: the diagnostics follow once typing pauses, for the last version typed', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: 'Cable: № 1\nReceived: \n\nText.\n' });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'a clean cable');
    for (const digit of '2575') {
      await editor.edit((edit) => edit.insert(document.lineAt(1).range.end, digit));
    }
    const typed = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.some((diagnostic) => codeOf(diagnostic) === 'C210'), 'C210 for the hour 25 typed');
    assert.deepEqual(typed.map((diagnostic) => `${codeOf(diagnostic)} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`), ['C210 2:11']);
    await editor.edit((edit) => edit.replace(new vscode.Range(1, 10, 1, 14), '1335'));
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no C210 once the time is corrected to 1335');
  });

  test('cable.maxProblems: the editor gets no more problems than it says, and a note that still counts the rest', async () => {
    const settings = vscode.workspace.getConfiguration('cable');
    await settings.update('maxProblems', 5, vscode.ConfigurationTarget.Global);
    try {
      // 20 unclosed brackets and the missing Cable field: 21 errors.
      const document = await vscode.workspace.openTextDocument({ language: 'cable', content: '['.repeat(20) });
      await showInTab(document.uri);
      const shown = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 6, 'five errors and a note of the other sixteen');
      assert.equal(shown.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error).length, 5);
      const note = shown.find((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Information);
      assert.ok(note, describeDiagnostics(shown));
      assert.match(note.message, /^16 more problems are not listed: the editor shows at most 5 per file/);
      // The status bar counts the problems left out from here.
      assert.deepEqual((note as { data?: unknown }).data, { notListed: { errors: 16, warnings: 0, information: 0, hints: 0 } });
    } finally {
      await settings.update('maxProblems', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

function sameKeys(actual: readonly string[], wanted: readonly string[]): boolean {
  return actual.length === wanted.length && actual.every((key, index) => key === wanted[index]);
}
