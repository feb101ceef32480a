/**
 * Comment lines inside a stamp standing on its own lines, and between a
 * field's lines (format section 1: a comment may stand anywhere and is no
 * part of the transcription): they neither end the stamp or the field nor
 * count as their text, in the checks, the names or the preview.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getHover } from '../../server/src/service/features/hover';
import { getDocumentSymbols } from '../../server/src/service/features/symbols';
import { mergeSettings, namesOfCable, neverCancelled, parseCable, printTree } from '../../server/src/service/index';
import type { FieldBlock, HeaderBlock, Mark, ParagraphBlock, QuoteBlock, StampBlock } from '../../server/src/service/index';
import { codesAt } from '../support/check';
import { positionOf } from '../support/cursor';
import { render } from '../support/renderHtml';

const stampWithComment = ['Cable: № 1', '[Stamp: SUBJECT TO RETURN', '%% faded; 31 April? [x Cde. Li Kenong', '757]', 'From: X', '', 'Text.', ''].join('\n');

const commentInList = ['Cable: № 1', 'Copies to: Cde. Stalin;', '%% next name added in pencil, 31 April [', '  Cde. Beria', 'Received: 1135 19 October 1951', '', 'Text.', '', 'MAO ZEDONG 1800 19 October', ''].join('\n');

function headerTypes(blocks: readonly HeaderBlock[]): string[] {
  return blocks.map((block) => block.type);
}

test('a comment line inside a stamp leaves the stamp whole, and its bracket and date are not read', () => {
  const tree = parseCable(stampWithComment);
  assert.deepEqual(headerTypes(tree.header.blocks), ['field', 'stamp', 'field', 'blank']);
  const stamp = tree.header.blocks[1] as StampBlock;
  assert.equal(stampWithComment.slice(stamp.mark.start, stamp.mark.end), stampWithComment.slice(stampWithComment.indexOf('[Stamp'), stampWithComment.indexOf('757]') + 4));
  assert.ok(stamp.mark.closed);
  assert.deepEqual(codesAt(stampWithComment), []);
  assert.equal(printTree(tree), stampWithComment);
});

test('a comment line inside a stamp is not shown in the preview', () => {
  const html = render(stampWithComment);
  assert.match(html, /SUBJECT TO RETURN<br>757/);
  assert.doesNotMatch(html, /faded|Kenong/);
});

test('a comment line after an unclosed stamp\'s last line stays a comment', () => {
  const text = ['Cable: № 1', '[Stamp: SUBJECT TO', 'RETURN', '%% a note', '', 'Text.', ''].join('\n');
  const tree = parseCable(text);
  assert.deepEqual(headerTypes(tree.header.blocks), ['field', 'stamp', 'comment', 'blank']);
  assert.equal(tree.header.blocks[1].end, text.indexOf('%%'));
  assert.deepEqual(codesAt(text), ['C102@2']);
});

test('a comment line between a field and its continuation keeps the field, and the header, going', () => {
  const tree = parseCable(commentInList);
  assert.deepEqual(headerTypes(tree.header.blocks), ['field', 'field', 'field', 'blank']);
  const copies = tree.header.blocks[1] as FieldBlock;
  assert.equal(copies.value, 'Cde. Stalin; Cde. Beria');
  assert.equal(copies.end, commentInList.indexOf('Received'));
  assert.equal((tree.header.blocks[2] as FieldBlock).canonical, 'Received');
  // Received is read, so the signature after it is caught; the comment's bracket and date are not read.
  assert.deepEqual(codesAt(commentInList), ['C301@9']);
  assert.equal(printTree(tree), commentInList);
});

test('the preview shows a field continued past a comment without the comment', () => {
  const html = render(commentInList);
  assert.match(html, /Cde\. Stalin;<br>Cde\. Beria/);
  assert.doesNotMatch(html, /pencil/);
});

test('a footer field continues past a comment line too', () => {
  const text = ['Cable: № 1', '', 'Text.', '-----', 'Deciphered: Fedyaev', '%% in pencil [', '  1205 19 October', ''].join('\n');
  const footer = parseCable(text).footer?.blocks ?? [];
  assert.deepEqual(footer.map((block) => block.type), ['separator', 'field']);
  assert.equal((footer[1] as FieldBlock).value, 'Fedyaev 1205 19 October');
  assert.deepEqual(codesAt(text), []);
});

test('a blank line still ends a field: a continuation after a blank and a comment starts the body', () => {
  const text = ['Cable: № 1', 'Copies to: Cde. Stalin;', '', '%% note', '  Cde. Beria', ''].join('\n');
  const tree = parseCable(text);
  assert.deepEqual(headerTypes(tree.header.blocks), ['field', 'field', 'blank', 'comment']);
  assert.equal(tree.body.blocks[0]?.type, 'paragraph');
});

test('names in a comment inside a stamp or a field are no names of the cable, read in full or for names alone', () => {
  for (const text of [stampWithComment, commentInList]) {
    const names = namesOfCable(text).map((name) => text.slice(name.start, name.end));
    assert.ok(!names.some((name) => name.includes('Kenong') || name.includes('pencil')), names.join(', '));
  }
  assert.deepEqual(
    namesOfCable(commentInList).map((name) => commentInList.slice(name.start, name.end)),
    ['Stalin', 'Beria', 'MAO ZEDONG'],
  );
});

const bodyWithComments = ['Cable: № 1', '', 'Line one [Stamp: RECEIVED', '%% the stamp is faded here, 31 April [', 'Li Kenong] line two', '%% and a note before the last line', 'line three.', '%% a note after the paragraph', '', 'Next paragraph.', ''].join('\n');

test('comment lines between a paragraph\'s lines keep the paragraph, and a mark over them, whole', () => {
  const tree = parseCable(bodyWithComments);
  assert.deepEqual(tree.body.blocks.map((block) => block.type), ['paragraph', 'comment', 'blank', 'paragraph']);
  const paragraph = tree.body.blocks[0] as ParagraphBlock;
  assert.deepEqual(paragraph.lines.map((line) => bodyWithComments.slice(line.start, line.contentEnd)), ['Line one [Stamp: RECEIVED', 'Li Kenong] line two', 'line three.']);
  assert.equal(paragraph.end, bodyWithComments.indexOf('%% a note after'));
  const stamp = paragraph.inlines.find((inline): inline is Mark => inline.type === 'mark');
  assert.equal(bodyWithComments.slice(stamp?.start, stamp?.end), bodyWithComments.slice(bodyWithComments.indexOf('[Stamp'), bodyWithComments.indexOf(' line two')));
  assert.deepEqual(codesAt(bodyWithComments), []);
  assert.equal(printTree(tree), bodyWithComments);
});

test('the preview shows a paragraph with comment lines inside as one paragraph, without them', () => {
  const html = render(bodyWithComments);
  assert.match(html, /Line one <span[^>]*>.*RECEIVED<br>Li Kenong.*<\/span> line two<br>line three\./s);
  assert.doesNotMatch(html, /faded|a note/);
});

test('a paragraph that is one stamp over a comment line is drawn as a stamp, without the comment', () => {
  const text = ['Cable: № 1', '', '[Stamp: SUBJECT TO RETURN', '%% faded', '757]', ''].join('\n');
  const html = render(text);
  assert.match(html, /class="stamp [^"]*"[^>]*><span class="mark-bracket">\[Stamp:<\/span> SUBJECT TO RETURN<br>757<span class="mark-bracket">\]<\/span><\/div>/);
});

test('names in a comment line inside a paragraph are no names of the cable', () => {
  const names = namesOfCable(bodyWithComments).map((name) => bodyWithComments.slice(name.start, name.end));
  assert.deepEqual(names, ['Li Kenong']);
});

test('a comment line ending with a quote mark inside a quoted telegram does not close it', () => {
  const text = ['Cable: № 1', '', '"Moscow.', '%% he wrote "', 'VIKTOR 0530 18 October"', '', 'After.', ''].join('\n');
  const tree = parseCable(text);
  const quote = tree.body.blocks[0] as QuoteBlock;
  assert.equal(quote.type, 'quote');
  assert.equal(quote.closeQuote?.start, text.indexOf('October"') + 7);
  assert.equal(quote.signature?.nameText, 'VIKTOR');
  assert.deepEqual(codesAt(text), []);
});

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///comments.cable', token: neverCancelled };

test('a mark running over a comment line: its hover and its outline entry leave the comment out', () => {
  const text = ['Cable: № 1', '[Stamp: Incoming', '%% SECRET pencil note', '19 October 1951]', '', 'Text [Note: a mark', '%% SECRET do not publish', 'running] over.', ''].join('\n');
  const tree = parseCable(text);
  const hover = getHover(tree, positionOf(text, text.indexOf('a mark')), context);
  const shown = JSON.stringify(hover);
  assert.match(shown, /a mark running/);
  assert.doesNotMatch(shown, /SECRET/);
  const names = JSON.stringify(getDocumentSymbols(tree, context), ['name', 'children']);
  assert.match(names, /Stamp: Incoming 19 October 1951/);
  assert.doesNotMatch(names, /SECRET/);
});

test('a stamp or an annotation holding nothing but a comment line is empty (C207)', () => {
  assert.deepEqual(codesAt(['Cable: № 1', '[Stamp:', '%% nothing legible', ']', '', 'Body.', ''].join('\n')), ['C207@2']);
  assert.deepEqual(codesAt(['Cable: № 1', '', 'Body [Note:', '%% to do', '] here.', ''].join('\n')), ['C207@3']);
});
