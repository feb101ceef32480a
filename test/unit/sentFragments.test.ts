/**
 * The server's memory of the preview fragments it sent: a request naming the
 * last one sent for its document and view gets a patch to it, which applied
 * gives the new fragment; any other request gets the whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wholeFragment } from '../../server/src/protocol';
import { SentFragments } from '../../server/src/lsp/sentFragments';

const uri = 'file:///a.cable';

test('the next fragment goes as the smallest patch to the last one, which the client named', () => {
  const sent = new SentFragments();
  const old = '<p data-line="0">The enemy is interested.</p>\n<p data-line="2">Reply.</p>\n';
  const first = sent.answer(uri, 'diplomatic', old, undefined);
  assert.equal(first.html, old);
  const next = old.replace('interested', 'very interested');
  const second = sent.answer(uri, 'diplomatic', next, first.id);
  assert.equal(second.html, undefined);
  assert.ok(second.patch);
  assert.deepEqual(second.patch, { base: first.id, start: 30, end: 30, text: 'very ' });
  assert.equal(wholeFragment(second, { id: first.id, html: old }), next);
  assert.notEqual(second.id, first.id);
});

test('a base that is not the last fragment sent, another view or a forgotten document gets the whole', () => {
  const sent = new SentFragments();
  const first = sent.answer(uri, 'diplomatic', 'one', undefined);
  const second = sent.answer(uri, 'diplomatic', 'two', first.id);
  assert.equal(sent.answer(uri, 'diplomatic', 'three', first.id).html, 'three', 'an older base');
  assert.equal(sent.answer(uri, 'reading', 'four', second.id).html, 'four', 'the other view');
  const last = sent.answer(uri, 'reading', 'five', undefined);
  sent.forget(uri);
  assert.equal(sent.answer(uri, 'reading', 'six', last.id).html, 'six', 'the document was closed');
});
