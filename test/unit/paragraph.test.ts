/**
 * Paragraphs moved later (ParagraphNode, `moveBlockLater`): after an edit
 * before them their lines and inlines move only when read, and whatever is
 * read, through the paragraph or through the quote and body that refer into
 * it, is where a move at once would have put it.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { ParagraphNode } from '../../server/src/service/parser/paragraph';
import { moveBlock, moveBlockLater } from '../../server/src/service/parser/shift';
import type { BodyBlock, Inline, ParagraphLine, QuoteBlock } from '../../server/src/service/parser/tree';
import { samplesDir } from '../support/paths';

const quoted = fs.readFileSync(path.join(samplesDir, 'quoted-multipara.cable'), 'utf8');

function quotesOf(tree: CableTree): QuoteBlock[] {
  return tree.body.blocks.filter((block): block is QuoteBlock => block.type === 'quote');
}

/** What a quote refers to inside its paragraphs, read before anything reads the paragraphs themselves. */
function quoteReferences(quote: QuoteBlock): string {
  return JSON.stringify({ openLine: quote.openLine, signature: quote.signature });
}

test('a paragraph moved later keeps its lines and inlines where they were until they are read', () => {
  const line: ParagraphLine = { start: 10, contentEnd: 20, end: 21 };
  const name: Inline = { type: 'name', start: 12, end: 18, text: 'Zhou Enlai', key: 'zhou enlai', wordCount: 2 };
  const paragraph = new ParagraphNode(10, 21, [line], [name]);
  paragraph.moveLater(5);
  paragraph.moveLater(-2);
  assert.deepEqual([paragraph.start, paragraph.end], [13, 24], 'its own range moves at once');
  assert.deepEqual([line.start, name.start], [10, 12], 'what it holds has not moved yet');
  assert.equal(paragraph.lines[0], line);
  assert.deepEqual([line.start, line.contentEnd, line.end, name.start, name.end], [13, 23, 24, 15, 21], 'read, both moves are made, once');
  assert.deepEqual(paragraph.inlines[0], { ...name, start: 15, end: 21 });
});

test('every block of a cable moved later reads as the same block moved at once, after one move or several', () => {
  for (const deltas of [[7], [3, -1, 12], [-4]]) {
    const later = parseCable(quoted);
    const atOnce = parseCable(quoted);
    for (const delta of deltas) {
      for (const block of later.body.blocks) moveBlockLater(block, delta);
      for (const block of atOnce.body.blocks) moveBlock(block, delta);
    }
    const quotes = quotesOf(later);
    assert.ok(quotes.length > 0 && quotes.every((quote) => quote.signature !== undefined), 'the sample quotes a signed letter');
    assert.deepEqual(quotes.map(quoteReferences), quotesOf(atOnce).map(quoteReferences), `${deltas.join(', ')}: a quote's first line and signature`);
    assert.equal(JSON.stringify(later.body.blocks), JSON.stringify(atOnce.body.blocks), `${deltas.join(', ')}: every block`);
  }
});

test('a move at once after a move later makes both', () => {
  const mixed = parseCable(quoted);
  const atOnce = parseCable(quoted);
  const move = (blocks: BodyBlock[], how: typeof moveBlock, delta: number): void => blocks.forEach((block) => how(block, delta));
  move(mixed.body.blocks, moveBlockLater, 9);
  move(mixed.body.blocks, moveBlock, -3);
  move(atOnce.body.blocks, moveBlock, 6);
  assert.equal(JSON.stringify(mixed.body.blocks), JSON.stringify(atOnce.body.blocks));
});

test("after an edit before them, the body's signature and a quote's first line and signature read right without their paragraphs being read", () => {
  // One edit in the body's first paragraph and one in a header field: each fast path moves the body its own way.
  for (const [before, inserted] of [['This evening', 'Late. '], ['BEIJING', 'PEKING / ']]) {
    const at = quoted.indexOf(before);
    const edited = `${quoted.slice(0, at)}${inserted}${quoted.slice(at)}`;
    const incremental = parseCable(edited, undefined, parseCable(quoted));
    const fromScratch = parseCable(edited);
    // Read first: reading any paragraph would move it.
    const references = (tree: CableTree): string => JSON.stringify({ body: tree.body.signature, quotes: quotesOf(tree).map(quoteReferences) });
    assert.ok(fromScratch.body.signature, 'the sample is signed');
    assert.equal(references(incremental), references(fromScratch), before);
  }
});

test("a quote's inlines, listed before an edit before it, read right after it without its paragraphs being read", () => {
  const at = quoted.indexOf('This evening');
  const edited = `${quoted.slice(0, at)}Late. ${quoted.slice(at)}`;
  const previous = parseCable(quoted);
  const listed = quotesOf(previous).map((quote) => quote.inlines.length);
  assert.ok(listed.every((count) => count > 0), 'the quoted letter has marks and names');
  const incremental = parseCable(edited, undefined, previous);
  const inlinesOf = (tree: CableTree): string => JSON.stringify(quotesOf(tree).map((quote) => quote.inlines));
  assert.equal(inlinesOf(incremental), inlinesOf(parseCable(edited)));
});
