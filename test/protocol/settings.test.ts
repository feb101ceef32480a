/**
 * Settings over the wire: `.cablerc.json` next to the cables, the editor's
 * `cable.*` settings through `workspace/configuration`, and what happens
 * when either changes or a config file is broken.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity, FileChangeType, MessageType, type ConfigurationParams, type InlayHint, type LogMessageParams, type ShowMessageParams } from 'vscode-languageserver';
import type { StatusParams } from '../../server/src/protocol';
import { workedExample } from '../support/paths';
import { codesAt, startSession } from './session';

const example = fs.readFileSync(workedExample, 'utf8');

describe('settings', () => {
  it('turns C305 off with a .cablerc.json in the workspace', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example, '.cablerc.json': '{ "rules": { "C305": "off" } }' } });
    try {
      const uri = session.open('cable-25025.cable');
      const published = await session.diagnostics(uri);
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C304@66', 'C304@74']);
    } finally {
      await session.close();
    }
  });

  it('asks workspace/configuration for the document and applies a changed severity after didChangeConfiguration', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example } });
    try {
      const uri = session.open('cable-25025.cable');
      const first = await session.diagnostics(uri);
      assert.ok(first.diagnostics.filter((diagnostic) => diagnostic.code === 'C304').every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Information));
      const asked = session.client.requests<ConfigurationParams>('workspace/configuration');
      assert.ok(asked.some((params) => params.items.some((item) => item.section === 'cable' && item.scopeUri === uri)));

      session.settings.rules = { C304: 'error' };
      const since = session.client.mark();
      session.client.notify('workspace/didChangeConfiguration', { settings: null });
      await session.client.waitForRequest('workspace/configuration', () => true, undefined, since);
      const published = await session.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'C304' && diagnostic.severity === DiagnosticSeverity.Error), since);
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C304@66', 'C304@74', 'C305@38']);
    } finally {
      await session.close();
    }
  });

  it('asks the client for new inlay hints when the reading of slashed dates changes, and hints the new reading', async () => {
    const session = await startSession({ files: { 'slashed.cable': 'Cable: 1\n\nOn 10/11/51 we met.\n' }, inlayHintRefresh: true });
    try {
      const uri = session.open('slashed.cable');
      const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
      const labels = async () => (await session.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range })).map((hint) => String(hint.label));
      assert.deepEqual(await labels(), ['1951-10-11']);
      session.settings.slashedDates = 'day-first';
      const since = session.client.mark();
      session.client.notify('workspace/didChangeConfiguration', { settings: null });
      await session.client.waitForRequest('workspace/inlayHint/refresh', () => true, undefined, since);
      assert.deepEqual(await labels(), ['1951-11-10']);
    } finally {
      await session.close();
    }
  });

  it("reads the editor's whole cable section, its preview and trace settings too, without a warning about them", async () => {
    const session = await startSession({
      files: { 'cable-25025.cable': example },
      // As VS Code answers: every cable.* setting, the dotted ones nested.
      settings: { rules: { C304: 'hint' }, maxProblems: 1000, maxFileSize: 50_000_000, trace: { server: 'off' }, preview: { view: 'reading', paper: false } },
    });
    try {
      const published = await session.diagnostics(session.open('cable-25025.cable'));
      assert.ok(published.diagnostics.filter((diagnostic) => diagnostic.code === 'C304').every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Hint));
      const logged = session.client.notifications<LogMessageParams>('window/logMessage').map((params) => params.message);
      assert.deepEqual(logged.filter((message) => message.includes('setting')), []);
    } finally {
      await session.close();
    }
  });

  it('lets .cablerc.json override the editor settings', async () => {
    const session = await startSession({
      files: { 'cable-25025.cable': example, '.cablerc.json': '{ "rules": { "C303": "warning" } }' },
      settings: { rules: { C303: 'off', C304: 'hint' } },
    });
    try {
      const published = await session.diagnostics(session.open('cable-25025.cable'));
      const severities = published.diagnostics.map((diagnostic) => `${String(diagnostic.code)}:${diagnostic.severity}`);
      assert.deepEqual(severities.sort(), ['C303:2', 'C304:4', 'C304:4', 'C305:3']);
    } finally {
      await session.close();
    }
  });

  it('uses the defaults and the config file for a client without workspace/configuration', async () => {
    const session = await startSession({ configuration: false, files: { 'cable-25025.cable': example, '.cablerc.json': '{ "rules": { "C304": "off" } }' } });
    try {
      const published = await session.diagnostics(session.open('cable-25025.cable'));
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C305@38']);
      assert.deepEqual(session.client.requests('workspace/configuration'), []);
    } finally {
      await session.close();
    }
  });

  it('shows one warning for a broken .cablerc.json, however often it is read, and checks with the defaults', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example, 'other.cable': example, '.cablerc.json': '{ "rules": { "C305": "of" } ' } });
    try {
      const first = session.open('cable-25025.cable');
      const second = session.open('other.cable');
      await session.diagnostics(first);
      await session.diagnostics(second);
      // Check both again: the settings are read again, the warning is not repeated.
      const since = session.client.mark();
      session.client.notify('workspace/didChangeConfiguration', { settings: null });
      await session.diagnostics(first, () => true, since);
      const published = await session.diagnostics(second, () => true, since);
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C304@66', 'C304@74', 'C305@38']);

      const messages = session.client.notifications<ShowMessageParams>('window/showMessage');
      assert.equal(messages.length, 1, JSON.stringify(messages));
      assert.equal(messages[0].type, MessageType.Warning);
      assert.ok(messages[0].message.includes(path.join(session.workspace, '.cablerc.json')), messages[0].message);
      assert.match(messages[0].message, /not valid JSON/);
      const status = await session.client.waitForNotification<StatusParams>('cable/status', (params) => params.health === 'warning');
      assert.match(status.message ?? '', /\.cablerc\.json/);
    } finally {
      await session.close();
    }
  });

  it('rereads .cablerc.json when the watcher reports a change, and checks open documents again', async () => {
    const session = await startSession({ files: { 'cable-25025.cable': example } });
    try {
      const uri = session.open('cable-25025.cable');
      await session.diagnostics(uri);
      const configPath = path.join(session.workspace, '.cablerc.json');
      fs.writeFileSync(configPath, JSON.stringify({ rules: { C304: 'off', C305: 'error' } }));
      const since = session.client.mark();
      session.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('.cablerc.json'), type: FileChangeType.Created }] });
      const published = await session.diagnostics(uri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'C304'), since);
      assert.deepEqual(codesAt(published.diagnostics), ['C303@17', 'C305@38']);
      assert.equal(published.diagnostics.find((diagnostic) => diagnostic.code === 'C305')?.severity, DiagnosticSeverity.Error);
    } finally {
      await session.close();
    }
  });
});
