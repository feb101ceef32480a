/**
 * Pull diagnostics (`textDocument/diagnostic`) for a client that announces
 * them: the server answers pulls and does not also push, and asks for a new
 * pull when the settings change.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { DocumentDiagnosticReportKind, LSPErrorCodes, type FullDocumentDiagnosticReport } from 'vscode-languageserver';
import { typingDelayMs } from '../../server/src/lsp/diagnosticsScheduler';
import { workedExample } from '../support/paths';
import { LspError } from './lspClient';
import { codesAt, startSession, type Session } from './session';

const example = fs.readFileSync(workedExample, 'utf8');

describe('pull diagnostics', () => {
  let session: Session;
  let uri: string;

  before(async () => {
    session = await startSession({ pull: true, files: { 'cable-25025.cable': example } });
    uri = session.open('cable-25025.cable');
  });
  after(() => session.close());

  const pull = () => session.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });

  it('announces a diagnostic provider with inter-file dependencies', () => {
    assert.deepEqual(session.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
  });

  it('answers a pull with the worked example’s diagnostics', async () => {
    const report = await pull();
    assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(codesAt(report.items), ['C303@17', 'C304@66', 'C304@74', 'C305@38']);
  });

  it('answers for the version after an edit', async () => {
    const position = { line: 16, character: example.split('\n')[16].lastIndexOf('Cde. Stalin') + 'Cde. Stalin'.length };
    session.change(uri, 2, [{ range: { start: position, end: position }, text: ' [sic]' }]);
    const report = await pull();
    assert.deepEqual(codesAt(report.items), ['C304@66', 'C304@74', 'C305@38']);
  });

  it('answers a pull right after a change once typing has paused; an unchanged document at once', async () => {
    const sent = performance.now();
    session.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    await pull();
    const waited = performance.now() - sent;
    assert.ok(waited >= typingDelayMs - 1, `answered ${waited.toFixed(1)} ms after the change`);
    const again = performance.now();
    await pull();
    assert.ok(performance.now() - again < typingDelayMs, 'no change since: no wait');
  });

  it('answers the first pull after opening at once: opening is no typing', async () => {
    const opened = performance.now();
    const other = session.open('other.cable', 'Cable: № 1\n\nText.\n');
    await session.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: other } });
    const waited = performance.now() - opened;
    assert.ok(waited < typingDelayMs, `answered ${waited.toFixed(1)} ms after opening`);
  });

  it('answers a pull cancelled while it waits for the pause as cancelled, without waiting out the pause', async () => {
    session.change(uri, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const sent = performance.now();
    const { id, response } = session.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    setTimeout(() => session.client.notify('$/cancelRequest', { id }), 20);
    await assert.rejects(response, (error: unknown) => error instanceof LspError && error.code === LSPErrorCodes.RequestCancelled);
    assert.ok(performance.now() - sent < typingDelayMs, 'answered before the pause was over');
  });

  it('answers an empty report for a document that is not open', async () => {
    const report = await session.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: session.uri('nowhere.cable') } });
    assert.deepEqual(report, { kind: DocumentDiagnosticReportKind.Full, items: [] });
  });

  it('asks the client to pull again after a configuration change', async () => {
    const since = session.client.mark();
    session.settings.rules = { C305: 'off' };
    session.client.notify('workspace/didChangeConfiguration', { settings: null });
    await session.client.waitForRequest('workspace/diagnostic/refresh', () => true, undefined, since);
    const report = await pull();
    assert.deepEqual(codesAt(report.items), ['C304@66', 'C304@74']);
  });

  it('never pushed diagnostics to the pulling client', () => {
    assert.deepEqual(session.client.notifications('textDocument/publishDiagnostics'), []);
  });
});
