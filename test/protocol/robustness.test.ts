/**
 * The server keeps serving whatever it is sent: huge documents are skipped
 * with one message, garbage text is checked without a crash, and a failing
 * handler answers with an error instead of taking the process down.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, ErrorCodes, MessageType, type FullDocumentDiagnosticReport, type ShowMessageParams, type TextEdit } from 'vscode-languageserver';
import type { CheckWorkspaceResult, StatusParams } from '../../server/src/protocol';
import { LspError } from './lspClient';
import { startSession } from './session';
import { applyEdits } from '../support/applyEdits';

/** Text that looks like a binary file read as UTF-8: control characters, NULs, replacement characters, lone surrogates. */
function binaryLike(length: number): string {
  let text = '';
  let seed = 7;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const pick = seed % 10;
    text += pick === 0 ? '\u0000' : pick === 1 ? '\uFFFD' : pick === 2 ? '\uD800' : pick === 3 ? '[' : pick === 4 ? '\r' : String.fromCharCode(seed % 256);
  }
  return text;
}

describe('robustness', () => {
  it('skips a document longer than cable.maxFileSize: one information message, no diagnostics', async () => {
    const session = await startSession({ settings: { maxFileSize: 1000 } });
    try {
      const huge = `Cable: abc\n\n${'Cde. Stalin; Cde. Stalin; [unclosed '.repeat(100)}\n`;
      const uri = session.open('huge.cable', huge);
      const published = await session.diagnostics(uri);
      assert.deepEqual(published.diagnostics, []);
      const message = await session.client.waitForNotification<ShowMessageParams>('window/showMessage');
      assert.equal(message.type, MessageType.Info);
      assert.match(message.message, /huge\.cable/);
      assert.match(message.message, /1,000 characters/);

      // Still too large after an edit: no second message, still no diagnostics.
      session.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '%% x\n' }]);
      assert.deepEqual((await session.diagnostics(uri, (params) => params.version === 2)).diagnostics, []);
      assert.equal(session.client.notifications('window/showMessage').length, 1);

      // Cut below the limit: checked again.
      session.change(uri, 3, [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }]); // the long line, below the inserted comment
      const checked = await session.diagnostics(uri, (params) => params.version === 3);
      assert.ok(checked.diagnostics.some((diagnostic) => diagnostic.code === 'C208'), JSON.stringify(checked.diagnostics));
    } finally {
      await session.close();
    }
  });

  it('skips a document over the default limit of 50,000,000 characters', async () => {
    const session = await startSession();
    try {
      const uri = session.open('enormous.cable', 'Cable: № 1\n\n' + 'x'.repeat(50_000_000));
      assert.deepEqual((await session.diagnostics(uri)).diagnostics, []);
      const message = await session.client.waitForNotification<ShowMessageParams>('window/showMessage');
      assert.match(message.message, /50,000,000 characters/);
    } finally {
      await session.close();
    }
  });

  it('checks binary-like text and 10,000 unclosed brackets without dying, and answers afterwards', async () => {
    const session = await startSession();
    try {
      const binary = session.open('binary.cable', binaryLike(20_000));
      const brackets = session.open('brackets.cable', '['.repeat(10_000));
      const closers = session.open('closers.cable', ']'.repeat(10_000) + '\n' + '[Stamp: '.repeat(2_000));
      await session.diagnostics(binary);
      const bracketReport = await session.diagnostics(brackets);
      assert.ok(bracketReport.diagnostics.some((diagnostic) => diagnostic.code === 'C102'));
      await session.diagnostics(closers);
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      assert.deepEqual(result.files, []); // nothing on disk: the documents were only open
    } finally {
      await session.close();
    }
  });

  it('sends at most cable.maxProblems problems (1,000 by default) and a note of the rest, by push and by pull', async () => {
    const text = '['.repeat(100_000);
    const session = await startSession();
    try {
      const uri = session.open('brackets.cable', text);
      const pushed = (await session.diagnostics(uri)).diagnostics;
      assert.equal(pushed.length, 1_001);
      const note = pushed[1_000];
      assert.equal(note.code, undefined);
      assert.equal(note.severity, DiagnosticSeverity.Information);
      assert.match(String(note.message), /^99,001 more problems are not listed: the editor shows at most 1,000 per file/);
      // All errors: the missing Cable field (C203) and the first 999 brackets.
      const kept = pushed.slice(0, 1_000);
      assert.ok(kept.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error));
      assert.deepEqual(new Set(kept.map((diagnostic) => diagnostic.code)), new Set(['C102', 'C203']));
    } finally {
      await session.close();
    }
    const pulling = await startSession({ pull: true, settings: { maxProblems: 10 } });
    try {
      const uri = pulling.open('brackets.cable', text);
      const report = await pulling.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.items.length, 11);
      assert.match(String(report.items[10].message), /^99,991 more problems are not listed: the editor shows at most 10 per file/);
    } finally {
      await pulling.close();
    }
  });

  it('publishes all 100,001 diagnostics of 100,000 unclosed brackets when allowed (37 MB of JSON), offers fixes for 20,000 at once, and answers afterwards', async () => {
    const session = await startSession({ settings: { maxProblems: 1_000_000 } });
    try {
      const text = '['.repeat(100_000);
      const uri = session.open('brackets.cable', text);
      const report = await session.diagnostics(uri);
      assert.equal(report.diagnostics.length, 100_001);
      const everything = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
      const actions = await session.client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: everything, context: { diagnostics: report.diagnostics.slice(0, 20_000) } });
      assert.ok(actions.length > 0);
      const hover = await session.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
      assert.notEqual(hover, undefined);
    } finally {
      await session.close();
    }
  });

  it('checks and formats the new text of a client whose versions do not count up: opened again unclosed, the same version, none', async () => {
    const session = await startSession();
    try {
      const uri = session.open('again.cable', 'Cable: 1\n\nText.\n');
      assert.deepEqual((await session.diagnostics(uri)).diagnostics, []);
      // Opened again with version 1, never closed: a new text, taken as version 2.
      const reopened = 'From: X\n\nA longer line of text.   \n';
      session.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text: reopened } });
      const missing = await session.diagnostics(uri, (params) => params.version === 2);
      assert.deepEqual(missing.diagnostics.map((diagnostic) => diagnostic.code), ['C203']);
      const edits = await session.client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
      assert.equal(applyEdits(reopened, edits), 'From: X\n\nA longer line of text.\n');
      // A change sent with the version the document already has: version 3.
      session.change(uri, 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, text: 'Cable: 2' }]);
      assert.deepEqual((await session.diagnostics(uri, (params) => params.version === 3)).diagnostics, []);
      // A change with no version at all: version 4, not dropped.
      session.client.notify('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '[' }] });
      const unclosed = await session.diagnostics(uri, (params) => params.version === 4);
      assert.deepEqual(unclosed.diagnostics.map((diagnostic) => diagnostic.code), ['C102']);
    } finally {
      await session.close();
    }
  });

  it('answers parameters of the wrong type with InvalidParams naming the field, calls it no failure, and keeps serving', async () => {
    const session = await startSession();
    try {
      const uri = session.open('typed.cable', 'Cable: № 1\n\nCde. Li Kenong met Cde. Le Kenong.\n');
      await session.diagnostics(uri);
      const invalid = async (method: string, params: unknown, field: RegExp): Promise<void> => {
        await assert.rejects(session.client.request(method, params), (error: unknown) => error instanceof LspError && error.code === ErrorCodes.InvalidParams && field.test(error.message), method);
      };
      await invalid('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2.5 } }, /"position"/);
      // (A null in place of the whole parameters is answered by the protocol library before any handler, as an internal error.)
      await invalid('textDocument/completion', { textDocument: { uri: 7 }, position: { line: 0, character: 0 } }, /"textDocument"/);
      await invalid('textDocument/rename', { textDocument: { uri }, position: { line: 2, character: 5 }, newName: 123 }, /"newName" must be a string/);
      await invalid('textDocument/references', { textDocument: { uri }, position: { line: 2, character: 5 } }, /"context"/);
      await invalid('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 } } }, /"range"/);
      await invalid('workspace/symbol', { query: null }, /"query" must be a string/);
      await invalid('cable/render', {}, /"uri"/);
      const hover = await session.client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
      assert.ok(hover);
      const statuses = session.client.notifications<StatusParams>('cable/status');
      assert.ok(statuses.every((status) => status.health !== 'error'), JSON.stringify(statuses));
    } finally {
      await session.close();
    }
  });

  it('answers a request whose handler fails with InternalError, and keeps serving', async () => {
    const session = await startSession({ pull: true });
    try {
      await assert.rejects(
        session.client.request('textDocument/diagnostic', { textDocument: null }),
        (error: unknown) => error instanceof LspError && error.code === ErrorCodes.InternalError,
      );
      await assert.rejects(session.client.request('cable/noSuchRequest', {}), (error: unknown) => error instanceof LspError && error.code === ErrorCodes.MethodNotFound);
      // A broken notification is logged, not fatal.
      session.client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.cable', version: 2 }, contentChanges: [{ text: 'x' }] });
      session.client.notify('workspace/didChangeWatchedFiles', { changes: null });
      const uri = session.open('fine.cable', 'Cable: № 1\n\nText.\n');
      const report = await session.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(report.items, []);
    } finally {
      await session.close();
    }
  });

  it('answers a request that waited for settings while its document closed as for a closed document, so nothing of it is kept', async () => {
    const session = await startSession();
    try {
      // The editor is slow to answer: the requests below wait for the settings of a document opened just now.
      session.client.onRequest('workspace/configuration', async (params) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return (params as { items: unknown[] }).items.map(() => ({}));
      });
      const uri = session.open('closing.cable', 'Cable: № 1\nReceived: 1135 19 October 1951\n\nCde. Stalin.\n\nMAO ZEDONG 0530 18 October\n');
      const symbols = session.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const hover = session.client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
      const render = session.client.request<unknown>('cable/render', { uri, view: 'diplomatic' }).then(
        () => 'rendered',
        (error: unknown) => (error instanceof LspError ? error.message : String(error)),
      );
      session.client.notify('textDocument/didClose', { textDocument: { uri } });
      // Worked on once closed, each would parse the text into caches its close had already emptied.
      assert.deepEqual(await symbols, []);
      assert.equal(await hover, null);
      assert.match(await render, /is not open in the editor/);
      // The same document opened again is served as usual.
      session.client.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => ({})));
      const again = session.open('closing.cable', 'Cable: № 1\n\nText.\n');
      assert.ok((await session.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: again } })).length > 0);
    } finally {
      await session.close();
    }
  });
});
