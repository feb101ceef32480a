/** The shapes of request parameters the server checks before reading them (lsp/params.ts). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { needs } from '../../server/src/lsp/params';

const textDocument = { uri: 'file:///a.cable' };
const position = { line: 1, character: 4 };
const range = { start: position, end: { line: 2, character: 0 } };

test('well-formed parameters pass, past-the-end and negative positions too (the document holds them to its text)', () => {
  assert.equal(needs.position({ textDocument, position }), undefined);
  assert.equal(needs.position({ textDocument, position: { line: -1, character: 1e9 } }), undefined);
  assert.equal(needs.range({ textDocument, range }), undefined);
  assert.equal(needs.positions({ textDocument, positions: [position, position] }), undefined);
  assert.equal(needs.rename({ textDocument, position, newName: 'Li Kenong' }), undefined);
  assert.equal(needs.references({ textDocument, position, context: { includeDeclaration: false } }), undefined);
  assert.equal(needs.codeAction({ textDocument, range, context: { diagnostics: [] } }), undefined);
  assert.equal(needs.formatting({ textDocument, options: { tabSize: 2, insertSpaces: true } }), undefined);
  assert.equal(needs.query({ query: '' }), undefined);
  assert.equal(needs.render({ uri: 'file:///a.cable' }), undefined);
});

test('each wrongly typed field is named', () => {
  assert.match(needs.document(null) ?? '', /parameters must be an object/);
  assert.match(needs.document({ textDocument: { uri: null } }) ?? '', /"textDocument"/);
  assert.match(needs.position({ textDocument, position: { line: '1', character: 0 } }) ?? '', /"position"/);
  assert.match(needs.position({ textDocument, position: { line: 1, character: 0.5 } }) ?? '', /"position"/);
  assert.match(needs.range({ textDocument, range: { start: position } }) ?? '', /"range"/);
  assert.match(needs.positions({ textDocument, positions: [position, null] }) ?? '', /"positions"/);
  assert.match(needs.rename({ textDocument, position, newName: null }) ?? '', /"newName"/);
  assert.match(needs.references({ textDocument, position, context: {} }) ?? '', /"context"/);
  assert.match(needs.codeAction({ textDocument, range, context: { diagnostics: 'all' } }) ?? '', /"context"/);
  assert.match(needs.codeAction({ textDocument, range, context: { diagnostics: [], only: null } }) ?? '', /"only" a list of kinds/);
  assert.equal(needs.codeAction({ textDocument, range, context: { diagnostics: [], only: ['quickfix'] } }), undefined);
  assert.match(needs.rangeFormatting({ textDocument, range }) ?? '', /"options"/);
  assert.match(needs.query({ query: 42 }) ?? '', /"query"/);
  assert.match(needs.render({}) ?? '', /"uri"/);
});
