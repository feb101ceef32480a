/** The diagnostics the editor is sent: VS Code's choice of which to show when there are too many, made before sending. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings } from '../../server/src/service';
import { limitDiagnostics, mostSevere } from '../../server/src/service/diagnostics/limit';

function at(line: number, severity: DiagnosticSeverity | undefined, code = `C${line}`): Diagnostic {
  return { range: { start: { line, character: 2 }, end: { line, character: 5 } }, severity, code, source: 'cable', message: `problem on line ${line}` };
}

test('passes up to the limit through unchanged, as a list of its own', () => {
  const diagnostics = [at(0, DiagnosticSeverity.Hint), at(1, DiagnosticSeverity.Error)];
  const shown = limitDiagnostics(diagnostics, 2);
  assert.deepEqual(shown, diagnostics);
  assert.notEqual(shown, diagnostics);
  assert.deepEqual(limitDiagnostics([], 1), []);
});

test('keeps errors, then warnings, then information, then hints, each in document order, and leaves the order as it was', () => {
  const severities = [DiagnosticSeverity.Hint, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Information, DiagnosticSeverity.Warning, DiagnosticSeverity.Error];
  const diagnostics = severities.map((severity, line) => at(line, severity));
  const shown = limitDiagnostics(diagnostics, 3);
  // Both errors (lines 2 and 5) and the first warning (line 1), in the order they came.
  assert.deepEqual(shown.slice(0, 3).map((diagnostic) => diagnostic.range.start.line), [1, 2, 5]);
  assert.equal(shown.length, 4);
});

test('mostSevere (what the preview marks) keeps the same diagnostics as the editor is sent, without the note', () => {
  const severities = [DiagnosticSeverity.Hint, DiagnosticSeverity.Warning, DiagnosticSeverity.Error, DiagnosticSeverity.Information, undefined, DiagnosticSeverity.Error];
  const diagnostics = severities.map((severity, line) => at(line, severity));
  for (let max = 0; max <= diagnostics.length; max++) {
    const sent = limitDiagnostics(diagnostics, max);
    assert.deepEqual(mostSevere(diagnostics, max), max < diagnostics.length ? sent.slice(0, -1) : sent, `max ${max}`);
  }
  assert.equal(mostSevere(diagnostics, diagnostics.length), diagnostics);
});

test('counts a diagnostic without a severity as an error, as VS Code shows it', () => {
  const shown = limitDiagnostics([at(0, DiagnosticSeverity.Warning), at(1, undefined)], 1);
  assert.equal(shown[0].range.start.line, 1);
});

test('ends with one uncoded Information note at the start of the first left out, saying how many and where to see them all', () => {
  const diagnostics = Array.from({ length: 1_502 }, (_, line) => at(line, line < 500 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error));
  const shown = limitDiagnostics(diagnostics, 1_000);
  assert.equal(shown.length, 1_001);
  const note = shown[1_000];
  assert.equal(note.code, undefined, 'no quick fix or Fix All takes it for a problem');
  assert.equal(note.severity, DiagnosticSeverity.Information);
  assert.equal(note.source, 'cable');
  // The errors (lines 500–1501) fill 1,000 places: lines 1500 and 1501 and every warning are left out, line 0 first.
  assert.deepEqual(note.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
  assert.deepEqual(note.data, { notListed: { errors: 2, warnings: 500, information: 0, hints: 0 } }, 'what a client needs to count them all');
  assert.equal(note.message, '502 more problems are not listed: the editor shows at most 1,000 per file (the setting cable.maxProblems). `cable check` lists them all.');
  assert.match(String(limitDiagnostics(diagnostics.slice(0, 2), 1)[1].message), /^1 more problem is not listed: /);
});

test('never changes the diagnostics it is given', () => {
  const diagnostics = [at(0, DiagnosticSeverity.Error), at(1, DiagnosticSeverity.Error)];
  const before = structuredClone(diagnostics);
  limitDiagnostics(diagnostics, 1);
  assert.deepEqual(diagnostics, before);
});

test('the note offers no quick fix when the editor sends it back with the problems at the cursor', () => {
  const service = createLanguageService();
  const document = TextDocument.create('file:///brackets.cable', 'cable', 1, '['.repeat(30));
  const shown = limitDiagnostics(service.getDiagnostics(document, defaultSettings), 3);
  const note = shown[shown.length - 1];
  const bracket = shown.find((diagnostic) => diagnostic.code === 'C102');
  assert.ok(bracket);
  assert.deepEqual(service.getCodeActions(document, defaultSettings, note.range, [note], undefined), []);
  assert.ok(service.getCodeActions(document, defaultSettings, bracket.range, [bracket, note], undefined).length > 0, 'the problems beside it keep theirs');
});
