import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getFoldingRanges } from '../../server/src/service/features/folding';
import { workedExample } from '../support/paths';

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///test.cable', token: neverCancelled };
const workedText = fs.readFileSync(workedExample, 'utf8');

/** Folds as `first-last` in 1-based lines, the way the page numbers them, with `(comment)` for comment folds. */
function folds(text: string): string[] {
  return getFoldingRanges(parseCable(text), context).map((fold) => `${fold.startLine + 1}-${fold.endLine + 1}${fold.kind ? ` (${fold.kind})` : ''}`);
}

test('the worked example folds the catalogue, its long entries, the long field, the stamp, the quote and the footer', () => {
  assert.deepEqual(folds(workedText), [
    '1-13', //  catalogue record
    '4-6', //   citation over continuation lines
    '8-9', //   summary
    '17-18', // Copies to
    '23-26', // stamp
    '38-64', // quoted telegram
    '72-76', // footer
  ]);
});

test('CRLF line endings fold the same lines', () => {
  assert.deepEqual(folds(workedText.replace(/\n/g, '\r\n')), folds(workedText));
});

test('every fold spans lines: start before end, zero-based, inside the document', () => {
  const texts = [workedText, '', 'one line', 'Cable: 1\n-----\n', '"never\nclosed', '---\ntitle: x\n  y'];
  for (const text of texts) {
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const fold of getFoldingRanges(parseCable(text), context)) {
      assert.ok(fold.startLine >= 0 && fold.startLine < fold.endLine && fold.endLine < lineCount, `${JSON.stringify(fold)} in ${JSON.stringify(text)}`);
    }
  }
});

test('runs of two or more comment lines fold as comments; a single comment does not', () => {
  const text = ['%% one', '%% two', '%% three', 'Cable: 1', '%% alone', '', 'Body text.', '%% a', '%% b', ''].join('\n');
  assert.deepEqual(folds(text), ['1-3 (comment)', '8-9 (comment)']);
  assert.equal(FoldingRangeKind.Comment, 'comment');
});

test('body paragraphs fold from three lines; two lines do not', () => {
  const text = ['Cable: 1', '', 'first', 'second', '', 'one', 'two', 'three', ''].join('\n');
  assert.deepEqual(folds(text), ['6-8']);
});

test('a stamp over several lines folds inside a paragraph, and within a quote', () => {
  const text = ['Cable: 1', '', 'Text [Stamp: Received', 'Moscow] more text.', '', '"Quoted', '[Note: a remark', 'over two lines]', 'MAO ZEDONG"', ''].join('\n');
  assert.deepEqual(folds(text), ['3-4', '6-9', '7-8']);
});

test('an unclosed quote folds to the end of the body; an unclosed catalogue to its last line', () => {
  assert.deepEqual(folds('Cable: 1\n\n"Open\nstill open\n\nand more\n-----\nVerified: x\n'), ['3-6', '7-8']);
  assert.deepEqual(folds('---\ntitle: x\ndate: 1951\n'), ['1-3']);
});

test('folds that start on the same line keep the outer one', () => {
  // in the body the stamp and its paragraph both start on line 5
  const text = ['Cable: 1', '', 'Intro.', '', '[Stamp: a', 'b] and', 'more text', ''].join('\n');
  assert.deepEqual(folds(text), ['5-7']);
});

test('notes with continuation lines fold; a footer of one line does not', () => {
  assert.deepEqual(folds('Body [i].\n-----\n[i] A note\n  continued here.\n'), ['2-4', '3-4']);
  assert.deepEqual(folds('Body.\n-----\n'), []);
});
