/** The status bar's and Check Workspace's counts: the problems listed, and those the server's note stands for. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { countProblems, type CountedDiagnostic } from '../../client/src/problemCounts';

// vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3.
const error: CountedDiagnostic = { severity: 0, source: 'cable', code: 'C102' };
const warning: CountedDiagnostic = { severity: 1, source: 'cable', code: 'C201' };
const information: CountedDiagnostic = { severity: 2, source: 'cable', code: 'C305' };

function note(errors: number, warnings: number): CountedDiagnostic & { data: unknown } {
  return { severity: 2, source: 'cable', data: { notListed: { errors, warnings, information: 7, hints: 1 } } };
}

test('counts errors and warnings, not information or hints', () => {
  assert.deepEqual(countProblems([error, warning, information, { severity: 3 }, error]), { errors: 2, warnings: 1 });
  assert.deepEqual(countProblems([]), { errors: 0, warnings: 0 });
});

test('adds the errors and warnings the note of problems not listed stands for', () => {
  assert.deepEqual(countProblems([error, warning, note(99_000, 1_000)]), { errors: 99_001, warnings: 1_001 });
});

test("takes only the Cable server's uncoded note for one: another source's data, a coded diagnostic's, or a malformed note count as themselves", () => {
  const foreign = { ...note(5, 5), source: 'other' };
  const coded = { ...note(5, 5), code: 'C102' };
  const malformed = { severity: 2, source: 'cable', data: { notListed: { errors: '5', warnings: 5 } } };
  assert.deepEqual(countProblems([foreign, coded, malformed]), { errors: 0, warnings: 0 });
});
