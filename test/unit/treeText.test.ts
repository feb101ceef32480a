/** Offsets of the positions an editor sends, in a tree's text (parser/treeText.ts). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCable } from '../../server/src/service/index';
import { offsetIn } from '../../server/src/service/parser/treeText';

test('a character past the end of its line is held before the line break, never between a CR and its LF nor on the next line', () => {
  const text = 'Cable: 1\r\n\r\nText.\r\nLast';
  const tree = parseCable(text);
  const emptyLine = text.indexOf('\r\n\r\n') + 2;
  assert.equal(offsetIn(tree, { line: 1, character: 1 }), emptyLine);
  assert.equal(offsetIn(tree, { line: 2, character: 5 }), text.indexOf('.\r\nLast') + 1);
  assert.equal(offsetIn(tree, { line: 2, character: 6 }), text.indexOf('.\r\nLast') + 1);
  assert.equal(offsetIn(tree, { line: 0, character: 99 }), text.indexOf('\r\n'));
  assert.equal(offsetIn(tree, { line: 3, character: 99 }), text.length);
});

test('positions inside a line, before the first line or past the last are read as the document reads them', () => {
  const text = 'Cable: 1\nText.\n';
  const tree = parseCable(text);
  assert.equal(offsetIn(tree, { line: 1, character: 2 }), 11);
  assert.equal(offsetIn(tree, { line: 0, character: -4 }), 0);
  assert.equal(offsetIn(tree, { line: -1, character: 3 }), 0);
  assert.equal(offsetIn(tree, { line: 2, character: 0 }), text.length);
  assert.equal(offsetIn(tree, { line: 7, character: 0 }), text.length);
});
