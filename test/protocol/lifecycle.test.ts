/** Initialize, the capabilities announced, the file watcher, the status notification, shutdown and exit. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCodes, TextDocumentSyncKind, type RegistrationParams, type TextDocumentSyncOptions } from 'vscode-languageserver';
import type { StatusParams } from '../../server/src/protocol';
import { LspClient, LspError } from './lspClient';
import { clientCapabilities, startSession } from './session';

describe('lifecycle', () => {
  it('announces incremental sync and no pull diagnostics to a client that does not pull', async () => {
    const session = await startSession();
    try {
      const { capabilities, serverInfo } = session.initializeResult;
      const sync = capabilities.textDocumentSync as TextDocumentSyncOptions;
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      assert.equal(sync.openClose, true);
      assert.equal(capabilities.diagnosticProvider, undefined);
      assert.equal(capabilities.workspace?.workspaceFolders?.supported, true);
      assert.equal(serverInfo?.name, 'cable-language-server');
    } finally {
      await session.close();
    }
  });

  it('registers a watcher for cables and config files, and reports ready after indexing', async () => {
    const session = await startSession({ files: { 'a.cable': 'Cable: № 1\n\nText.\n', 'sub/b.cable': 'Cable: № 2\n\nText.\n' } });
    try {
      const registration = await session.client.waitForRequest<RegistrationParams>('client/registerCapability');
      const watcher = registration.registrations.find((entry) => entry.method === 'workspace/didChangeWatchedFiles');
      const patterns = (watcher?.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((entry) => entry.globPattern);
      assert.deepEqual(patterns.sort(), ['**/*.cable', '**/.cablerc.json']);
      const ready = await session.client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      assert.equal(ready.indexedFiles, 2);
      assert.equal(ready.health, 'ok');
    } finally {
      await session.close();
    }
  });

  it('does not register a watcher when the client cannot register dynamically, and is ready without folders', async () => {
    const client = new LspClient();
    try {
      const capabilities = clientCapabilities({});
      capabilities.workspace = { ...capabilities.workspace, didChangeWatchedFiles: { dynamicRegistration: false } };
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities });
      client.notify('initialized', {});
      // Any later answer proves `initialized` was handled (messages are handled in order).
      await client.request('cable/checkWorkspace', {});
      assert.deepEqual(client.requests('client/registerCapability'), []);
      // No folder to index: ready at once.
      const ready = await client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready');
      assert.equal(ready.indexedFiles, 0);
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('exits with 0 after shutdown and exit, refusing requests between the two as the protocol asks', async () => {
    const session = await startSession();
    const uri = session.open('open.cable', 'Cable: 1\n\nText.\n');
    assert.equal(await session.client.request('shutdown'), null);
    await assert.rejects(session.client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }), (error: unknown) => error instanceof LspError && error.code === ErrorCodes.InvalidRequest);
    session.client.notify('exit');
    assert.equal((await session.client.exited).code, 0);
    await session.close();
  });

  it('refuses a second initialize, and keeps serving the first session', async () => {
    const session = await startSession();
    try {
      await assert.rejects(
        session.client.request('initialize', { processId: null, rootUri: null, capabilities: {} }),
        (error: unknown) => error instanceof LspError && error.code === ErrorCodes.InvalidRequest,
      );
      const uri = session.open('after.cable', 'Cable: № 1\n\nText.\n');
      assert.deepEqual((await session.diagnostics(uri)).diagnostics, []);
    } finally {
      await session.close();
    }
  });

  it('exits with 1 on exit without shutdown', async () => {
    const session = await startSession();
    session.client.notify('exit');
    assert.equal((await session.client.exited).code, 1);
    await session.close();
  });
});
