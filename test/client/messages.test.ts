import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isExternalLink, parsePreviewState, parseWebviewMessage } from '../../client/src/preview/messages';

test('well-formed messages from the page are accepted', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'revealLine', line: 12 }), { type: 'revealLine', line: 12 });
  assert.deepEqual(parseWebviewMessage({ type: 'openLine', line: 0 }), { type: 'openLine', line: 0 });
  assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://example.org/' }), { type: 'openLink', href: 'https://example.org/' });
});

test('anything else from the page is ignored, extra fields are dropped', () => {
  for (const bad of [null, undefined, 'ready', 42, {}, { type: 'unknown' }, { type: 'revealLine' }, { type: 'revealLine', line: -1 }, { type: 'openLine', line: 1.5 }, { type: 'openLine', line: '3' }, { type: 'openLink', href: 7 }, { type: 'openLink', href: 'x'.repeat(10000) }]) {
    assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
  }
  assert.deepEqual(parseWebviewMessage({ type: 'openLine', line: 3, command: 'workbench.action.terminal.new' }), { type: 'openLine', line: 3 });
});

test('only absolute http(s) links may leave the preview', () => {
  for (const good of ['http://example.org', 'https://digitalarchive.wilsoncenter.org/document/1?x=1#a', 'HTTPS://EXAMPLE.ORG/']) {
    assert.equal(isExternalLink(good), true, good);
  }
  for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'vscode://settings', 'data:text/html,x', '//example.org', '/relative', '#note-1', 'https://', 'not a url', ' javascript:alert(1)']) {
    assert.equal(isExternalLink(bad), false, bad);
  }
});

const schemes = ['file', 'untitled'];

test('saved state restores what it can and falls back for the rest', () => {
  assert.equal(parsePreviewState(undefined, 'diplomatic', schemes), undefined);
  assert.equal(parsePreviewState({ locked: true }, 'diplomatic', schemes), undefined);
  assert.equal(parsePreviewState({ uri: '' }, 'diplomatic', schemes), undefined);
  assert.deepEqual(parsePreviewState({ uri: 'file:///a.cable', locked: true, view: 'reading', line: 40 }, 'diplomatic', schemes), { uri: 'file:///a.cable', locked: true, view: 'reading', line: 40 });
  assert.deepEqual(parsePreviewState({ uri: 'file:///a.cable', locked: 'yes', view: 'fancy', line: -2 }, 'reading', schemes), { uri: 'file:///a.cable', locked: false, view: 'reading', line: 0 });
});

test('saved state naming a document of a scheme cables are not opened from restores nothing: the webview wrote it', () => {
  for (const uri of ['vscode-userdata:/settings.json', 'https://example.org/a.cable', 'command:workbench.action.quit', 'no scheme at all']) {
    assert.equal(parsePreviewState({ uri }, 'diplomatic', schemes), undefined, uri);
  }
  assert.ok(parsePreviewState({ uri: 'untitled:Untitled-1' }, 'diplomatic', schemes));
  assert.ok(parsePreviewState({ uri: 'FILE:///a.cable' }, 'diplomatic', schemes));
});
