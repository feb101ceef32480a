/**
 * Pushed diagnostics over the wire: the worked example gives exactly what
 * format section 7 says, and incremental edits change them, each publish
 * carrying the version it describes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { typingDelayMs } from '../../server/src/lsp/diagnosticsScheduler';
import { workedExample } from '../support/paths';
import { codesAt, hasCode, startSession, type Session } from './session';

const example = fs.readFileSync(workedExample, 'utf8');
const lines = example.split('\n');

/** The zero-based position just after the `n`th (1-based) occurrence of `needle` on a line. */
function after_(line: number, needle: string, occurrence = 1): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = lines[line].indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" not found on line ${line + 1}`);
  return { line, character: index + needle.length };
}

describe('pushed diagnostics', () => {
  let session: Session;
  let uri: string;

  before(async () => {
    session = await startSession({ files: { 'cable-25025.cable': example } });
    uri = session.open('cable-25025.cable');
  });
  after(() => session.close());

  it('reports exactly C303, C304 twice and C305 on the worked example, right after opening', async () => {
    const published = await session.diagnostics(uri, (params) => params.version === 1);
    assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C304@66', 'C304@74', 'C305@38']);
    const c303 = published.diagnostics.find((diagnostic) => diagnostic.code === 'C303');
    assert.equal(c303?.severity, DiagnosticSeverity.Information);
    assert.equal(c303?.source, 'cable');
    assert.match(String(c303?.codeDescription?.href), /rules\.md#c303$/);
    // The range is the second `Cde. Stalin`, not the whole field.
    assert.deepEqual(c303?.range.end, after_(16, 'Cde. Stalin', 2));
  });

  it('drops C303 once [sic] follows the repeated recipient (an incremental edit)', async () => {
    const position = after_(16, 'Cde. Stalin', 2);
    session.change(uri, 2, [{ range: { start: position, end: position }, text: ' [sic]' }]);
    const published = await session.diagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(codesAt(published.diagnostics), ['C304@66', 'C304@74', 'C305@38']);
  });

  it('reports C210 when a time with hour 25 is typed, keystroke by keystroke, for the last version', async () => {
    const start = { line: 19, character: 'Received: '.length };
    session.change(uri, 3, [{ range: { start, end: { line: 19, character: start.character + 4 } }, text: '' }]);
    [...'2575'].forEach((digit, i) => {
      const at = { line: 19, character: start.character + i };
      session.change(uri, 4 + i, [{ range: { start: at, end: at }, text: digit }]);
    });
    const published = await session.diagnostics(uri, (params) => params.version === 7);
    assert.deepEqual(codesAt(published.diagnostics), ['C210@20', 'C304@66', 'C304@74', 'C305@38']);
    const c210 = published.diagnostics.find((diagnostic) => diagnostic.code === 'C210');
    assert.equal(c210?.severity, DiagnosticSeverity.Error);
    assert.deepEqual(c210?.range, { start, end: { line: 19, character: start.character + 4 } });
  });

  it('takes C210 away again when the time is corrected, and several changes in one message apply in order', async () => {
    const at = (character: number) => ({ line: 19, character: 'Received: '.length + character });
    session.change(uri, 8, [
      { range: { start: at(0), end: at(2) }, text: '1' }, // 2575 → 175
      { range: { start: at(1), end: at(2) }, text: '13' }, // 175 → 1135
    ]);
    const published = await session.diagnostics(uri, (params) => params.version === 8);
    assert.equal(hasCode('C210')(published), false);
    assert.deepEqual(codesAt(published.diagnostics), ['C304@66', 'C304@74', 'C305@38']);
  });

  it('publishes a change’s diagnostics once typing has paused, not before, though the check runs ahead of the pause', async () => {
    const at = after_(19, 'Received: 1135');
    const sent = performance.now();
    session.change(uri, 9, [{ range: { start: at, end: at }, text: ' ' }]);
    await session.diagnostics(uri, (params) => params.version === 9);
    const waited = performance.now() - sent;
    assert.ok(waited >= typingDelayMs - 1, `published ${waited.toFixed(1)} ms after the change`);
  });

  it('clears the diagnostics of a closed document', async () => {
    const since = session.client.mark();
    session.client.notify('textDocument/didClose', { textDocument: { uri } });
    const published = await session.diagnostics(uri, () => true, since);
    assert.deepEqual(published.diagnostics, []);
  });
});
