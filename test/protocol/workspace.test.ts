/**
 * The workspace: names read from every cable on disk count for C305, the
 * file watcher keeps them current, and `cable/checkWorkspace` checks every
 * file in the workspace folders.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { FileChangeType, LSPErrorCodes, type Location, type WorkspaceEdit, type WorkspaceSymbol } from 'vscode-languageserver';
import type { CheckWorkspaceResult, StatusParams } from '../../server/src/protocol';
import { samplesDir, workedExample } from '../support/paths';
import { LspError } from './lspClient';
import { codesAt, startSession } from './session';

const example = fs.readFileSync(workedExample, 'utf8');
/** Uses “Le Kenong” twice, so across the workspace “Li Kenong” becomes the rarer spelling. */
const leKenong = 'Cable: № 7\n\nTo Cde. Le Kenong, copy to Cde. Le Kenong.\n';
const c305On = (line: number) => (params: { diagnostics: Array<{ code?: unknown; range: { start: { line: number } } }> }) =>
  params.diagnostics.some((diagnostic) => diagnostic.code === 'C305' && diagnostic.range.start.line === line - 1);

describe('workspace', () => {
  it('counts names in cables on disk: C305 moves to the spelling the workspace uses less', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example, 'archive/other.cable': leKenong } });
    try {
      await session.client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      const uri = session.open('cable-25025.cable');
      const published = await session.diagnostics(uri, c305On(36));
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C304@66', 'C304@74', 'C305@36']);
    } finally {
      await session.close();
    }
  });

  it('finds and renames a name in cables on disk that are not open, by their place in the file', async () => {
    const onDisk = 'Cable: № 8\n\nNothing here.\n\nFrom LE KENONG and, again,\nCde. Le Kenong.\n';
    const session = await startSession({ files: { 'open.cable': leKenong, 'archive/closed.cable': onDisk, 'archive/unrelated.cable': 'Cable: № 9\n\nCde. Peng Dehuai.\n' } });
    try {
      await session.client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      const uri = session.open('open.cable');
      await session.diagnostics(uri, () => true);
      const closed = session.uri('archive/closed.cable');
      const position = { line: 2, character: 10 };
      const references = await session.client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      assert.deepEqual(
        references.filter((location) => location.uri === closed).map((location) => location.range),
        [
          { start: { line: 4, character: 5 }, end: { line: 4, character: 14 } },
          { start: { line: 5, character: 5 }, end: { line: 5, character: 14 } },
        ],
      );
      assert.equal(references.filter((location) => location.uri === uri).length, 2);
      const edit = await session.client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'Li Kenong' });
      // Each use on disk changes only its differing letters, and one written in capitals keeps them.
      assert.deepEqual(edit.changes?.[closed], [
        { range: { start: { line: 4, character: 6 }, end: { line: 4, character: 7 } }, newText: 'I' },
        { range: { start: { line: 5, character: 6 }, end: { line: 5, character: 7 } }, newText: 'i' },
      ]);
      assert.equal(edit.changes?.[session.uri('archive/unrelated.cable')], undefined);
    } finally {
      await session.close();
    }
  });

  it('follows files created and deleted on disk (workspace/didChangeWatchedFiles)', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example } });
    try {
      const uri = session.open('cable-25025.cable');
      await session.diagnostics(uri, c305On(38));
      const otherPath = path.join(session.workspace, 'other.cable');
      fs.writeFileSync(otherPath, leKenong);
      let since = session.client.mark();
      session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('other.cable'), type: FileChangeType.Created }] });
      await session.diagnostics(uri, c305On(36), since);

      fs.rmSync(otherPath);
      since = session.client.mark();
      session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('other.cable'), type: FileChangeType.Deleted }] });
      await session.diagnostics(uri, c305On(38), since);
    } finally {
      await session.close();
    }
  });

  it('counts an open document as the editor holds it, and rechecks the other open documents but not the one just checked with its names', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example, 'other.cable': 'Cable: № 7\n\nNothing yet.\n' } });
    try {
      const uri = session.open('cable-25025.cable');
      const other = session.open('other.cable');
      await session.diagnostics(uri, c305On(38));
      await session.diagnostics(other);
      const since = session.client.mark();
      const end = { line: 2, character: 'Nothing yet.'.length };
      session.change(other, 2, [{ range: { start: end, end }, text: ' To Cde. Le Kenong and Cde. Le Kenong.' }]);
      // The recheck after a change of names runs for every open document at once: once the first is in, all are.
      await session.diagnostics(uri, c305On(36), since);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ofOther = session.client
        .notifications<{ uri: string; version?: number }>('textDocument/publishDiagnostics')
        .filter((params) => params.uri === other && params.version === 2);
      assert.equal(ofOther.length, 1, 'the edited document is published once, not again by the recheck its own names caused');
    } finally {
      await session.close();
    }
  });

  it('reads a workspace folder added later, and forgets one removed', async () => {
    const extra = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-extra-')));
    fs.writeFileSync(path.join(extra, 'other.cable'), leKenong);
    const session = await startSession({ files: { 'cable-25025.cable': example } });
    const folder = { uri: pathToFileURL(extra).href, name: 'extra' };
    try {
      const uri = session.open('cable-25025.cable');
      await session.diagnostics(uri, c305On(38));
      let since = session.client.mark();
      session.client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      await session.diagnostics(uri, c305On(36), since);
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      assert.equal(result.files.length, 2);

      since = session.client.mark();
      session.client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      await session.diagnostics(uri, c305On(38), since);
    } finally {
      await session.close();
      fs.rmSync(extra, { recursive: true, force: true });
    }
  });

  it('checks every cable in the workspace with cable/checkWorkspace, open ones as edited', async () => {
    const files: Record<string, string> = {
      'cable-25025.cable': example,
      'errors/C210-impossible-time.cable': fs.readFileSync(path.join(samplesDir, 'errors', 'C210-impossible-time.cable'), 'utf8'),
      'node_modules/ignored.cable': 'not a cable at all [',
      'notes.txt': 'not a cable',
    };
    const session = await startSession({ files });
    try {
      const uri = session.open('cable-25025.cable', example.replace('Cde. Stalin; Cde. Stalin;', 'Cde. Stalin;'));
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      const byName = new Map(result.files.map((file) => [path.relative(session.workspace, new URL(file.uri).pathname), file]));
      assert.deepEqual([...byName.keys()].sort(), ['cable-25025.cable', path.join('errors', 'C210-impossible-time.cable')]);
      assert.equal(byName.get('cable-25025.cable')?.uri, uri);
      assert.deepEqual(codesAt(byName.get('cable-25025.cable')?.diagnostics ?? []), ['C304@66', 'C304@74', 'C305@38']);
      assert.ok(byName.get(path.join('errors', 'C210-impossible-time.cable'))?.diagnostics.some((diagnostic) => diagnostic.code === 'C210'));
    } finally {
      await session.close();
    }
  });

  it('lists no more than cable.maxProblems problems per file in cable/checkWorkspace either, open or closed, with the note of the rest', async () => {
    const session = await startSession({ files: { 'closed.cable': '['.repeat(30), 'open.cable': '' }, settings: { maxProblems: 4 } });
    try {
      session.open('open.cable', ']'.repeat(30));
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      for (const file of result.files) {
        // 30 brackets and the missing Cable field: 31 errors, 4 listed.
        assert.equal(file.diagnostics.length, 5, file.uri);
        assert.deepEqual(file.diagnostics[4].data, { notListed: { errors: 27, warnings: 0, information: 0, hints: 0 } }, file.uri);
      }
      assert.equal(result.files.length, 2);
    } finally {
      await session.close();
    }
  });

  it('reads closed cables as cable check does: UTF-16 with a byte-order mark is text, a binary file is skipped with its reason', async () => {
    const session = await startSession({ files: {} });
    try {
      const worked = Buffer.from(example, 'utf16le');
      fs.writeFileSync(path.join(session.workspace, 'notepad.cable'), Buffer.concat([Buffer.from([0xff, 0xfe]), worked]));
      fs.writeFileSync(path.join(session.workspace, 'scan.cable'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      const byName = new Map(result.files.map((file) => [path.basename(new URL(file.uri).pathname), file]));
      assert.deepEqual(codesAt(byName.get('notepad.cable')?.diagnostics ?? []), ['C303@17', 'C304@66', 'C304@74', 'C305@38']);
      assert.deepEqual(byName.get('scan.cable')?.diagnostics, []);
      assert.match(byName.get('scan.cable')?.skipped ?? '', /cannot be read \(not a UTF-8 text file/);
    } finally {
      await session.close();
    }
  });

  it('answers RequestCancelled when the client cancels cable/checkWorkspace at once', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example } });
    try {
      let response: Promise<unknown> = Promise.resolve();
      session.client.batch(() => {
        const sent = session.client.sendRequest('cable/checkWorkspace', {});
        session.client.notify('$/cancelRequest', { id: sent.id });
        response = sent.response;
      });
      await assert.rejects(response, (error: unknown) => error instanceof LspError && error.code === LSPErrorCodes.RequestCancelled);
      // …and still answers the next one.
      const result = await session.client.request<CheckWorkspaceResult>('cable/checkWorkspace', {});
      assert.equal(result.files.length, 1);
    } finally {
      await session.close();
    }
  });
  it('Go to Symbol in Workspace finds names in closed cables, resolved to their first use when picked, or at once for a client that cannot resolve', async () => {
    const files = { 'open.cable': leKenong, 'archive/closed.cable': 'Cable: № 8\n\nNothing here.\n\nFrom Cde. Le Kenong.\n' };
    const resolving = await startSession({ files, symbolResolve: true });
    try {
      assert.deepEqual(resolving.initializeResult.capabilities.workspaceSymbolProvider, { resolveProvider: true });
      await resolving.client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      const symbols = await resolving.client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'le ken' });
      assert.deepEqual(
        symbols.map((symbol) => [symbol.name, symbol.location]),
        [
          ['Le Kenong', { uri: resolving.uri('open.cable') }],
          ['Le Kenong', { uri: resolving.uri('archive/closed.cable') }],
        ],
      );
      const picked = await resolving.client.request<WorkspaceSymbol>('workspaceSymbol/resolve', symbols[1]);
      assert.deepEqual(picked.location, { uri: resolving.uri('archive/closed.cable'), range: { start: { line: 4, character: 10 }, end: { line: 4, character: 19 } } });
    } finally {
      await resolving.close();
    }
    const plain = await startSession({ files });
    try {
      assert.deepEqual(plain.initializeResult.capabilities.workspaceSymbolProvider, { resolveProvider: false });
      await plain.client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      const symbols = await plain.client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'le ken' });
      assert.deepEqual(
        symbols.map((symbol) => symbol.location),
        [
          { uri: plain.uri('open.cable'), range: { start: { line: 2, character: 8 }, end: { line: 2, character: 17 } } },
          { uri: plain.uri('archive/closed.cable'), range: { start: { line: 4, character: 10 }, end: { line: 4, character: 19 } } },
        ],
      );
    } finally {
      await plain.close();
    }
  });
});
