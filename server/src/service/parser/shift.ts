/**
 * Moving the nodes after an edit: every offset they hold grows by the edit's
 * length, in place. Each node is moved exactly once, so the places where one
 * node is reachable twice are handled: a mark's children are listed in their
 * block's inlines too, a stamp's mark is its first inline, and a quote's
 * opening line and signature are its paragraphs' (see QuoteNode). After an
 * edit, the blocks after it are moved with `moveBlockLater`, which leaves a
 * paragraph's lines and inlines to move when they are next read (see
 * ParagraphNode, which moves them with `moveLine` and `moveInlines`).
 */
import type { BlockProblems } from './reuse';
import type { Block, BodyBlock, FooterBlock, HeaderBlock, Inline, ParagraphLine, TextRange } from './tree';

export function moveRange(range: TextRange, delta: number): void {
  range.start += delta;
  range.end += delta;
}

/*
 * The loops here are indexed: they run over every node after the edit on each keystroke, and V8
 * did not optimise away the iterator results of for-of loops in them (about 200 KB an edit in a
 * 10,000-line cable). For the same reason each kind of inline is moved by code of its own rather
 * than through `moveRange`, whose property accesses see every kind of node: moving the tree after
 * a random edit of that cable took about a third longer that way (CPU profile, 300 edits). The
 * three kinds that are a bare range share one case: three shapes at a site cost no more than one
 * (3,000 edits of that cable, A/B: the same median).
 */
function moveInline(inline: Inline, delta: number): void {
  switch (inline.type) {
    case 'name':
    case 'number-sign':
    case 'footnote-ref':
      inline.start += delta;
      inline.end += delta;
      return;
    case 'time-group':
      inline.start += delta;
      inline.end += delta;
      inline.group.start += delta;
      inline.group.end += delta;
      return;
    case 'mark':
      inline.start += delta;
      inline.end += delta;
      inline.content.start += delta;
      inline.content.end += delta;
      if (inline.tagRange) moveRange(inline.tagRange, delta);
      if (inline.count) moveRange(inline.count.range, delta);
      return;
    default:
      // A new kind of inline must be moved here too.
      return inline satisfies never;
  }
}

export function moveInlines(inlines: readonly Inline[], delta: number): void {
  for (let index = 0; index < inlines.length; index++) moveInline(inlines[index], delta);
}

/** A paragraph line and its signature (whose time group is one of the paragraph's inlines, moved with them). */
export function moveLine(line: ParagraphLine, delta: number): void {
  line.start += delta;
  line.contentEnd += delta;
  line.end += delta;
  if (line.signature) {
    moveRange(line.signature, delta);
    moveRange(line.signature.name, delta);
  }
}

/** A leaf block of the previous tree whose inline results a new block takes over: everything it holds is moved. */
export function moveLeaf(block: Block, delta: number): void {
  if (block.type === 'bom' || block.type === 'catalogue' || block.type === 'quote') return;
  moveBlock(block, delta);
}

/**
 * Moves a block and everything it holds now, but for a quote's paragraphs,
 * which move when read: a paragraph and a quote move themselves (see
 * ParagraphNode and QuoteNode), and reading a paragraph's lines makes its move.
 */
export function moveBlock(block: HeaderBlock | BodyBlock | FooterBlock, delta: number): void {
  if (block.type === 'paragraph') {
    block.moveLater(delta);
    void block.lines;
    return;
  }
  if (block.type === 'quote') return block.moveLater(delta);
  moveRange(block, delta);
  switch (block.type) {
    case 'comment':
      moveRange(block.text, delta);
      return;
    case 'field':
      moveRange(block.nameRange, delta);
      for (let index = 0; index < block.valueRanges.length; index++) moveRange(block.valueRanges[index], delta);
      moveInlines(block.inlines, delta);
      return;
    case 'note':
      moveRange(block.markerRange, delta);
      moveRange(block.text, delta);
      moveInlines(block.inlines, delta);
      return;
    case 'stamp':
      moveInlines(block.inlines, delta);
      // Normally its first inline; a placeholder from the block pass when the inline pass found none.
      if (!block.inlines.includes(block.mark)) moveInline(block.mark, delta);
      return;
    default:
      return;
  }
}

/**
 * Moves a block after an edit as `moveBlock` does, but a paragraph's lines
 * and inlines only when they are next read (see ParagraphNode): this runs
 * over every block after each keystroke, and those are most of the nodes.
 * The other kinds hold a few ranges each, moved at once.
 */
export function moveBlockLater(block: HeaderBlock | BodyBlock | FooterBlock, delta: number): void {
  if (block.type === 'paragraph') return block.moveLater(delta);
  moveBlock(block, delta);
}

/**
 * Moves now the lines of the last paragraph of `blocks`, blank lines and
 * comments after it passed over: its last line's signature is the body's or
 * the quote's `signature` too.
 */
export function moveLastParagraph(blocks: readonly BodyBlock[]): void {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (block.type === 'blank' || block.type === 'comment') continue;
    if (block.type === 'paragraph') void block.lines;
    return;
  }
}

/** The problems found in one moved leaf block (shared empty records have nothing to move). */
export function moveProblems(problems: BlockProblems, delta: number): void {
  for (let index = 0; index < problems.brackets.length; index++) moveRange(problems.brackets[index].range, delta);
  for (let index = 0; index < problems.times.length; index++) moveRange(problems.times[index], delta);
}
