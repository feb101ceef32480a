/**
 * A quote of the tree. Its first line and its signature belong to its first
 * and last paragraphs, which move their lines only when read after an edit
 * before them (see ParagraphNode), so the quote hands them out through its
 * paragraphs: reading `openLine` or `signature` moves that paragraph first.
 * Its inlines are its paragraphs' own, listed the first time someone asks
 * (rarely: a request on the quote's opening line) instead of being copied at
 * every parse, which while typing in a long cable is every keystroke; the
 * list is made again after a move, through the paragraphs.
 */
import { moveBlockLater, moveLastParagraph, moveLine, moveRange } from './shift';
import type { BodyBlock, Inline, ParagraphBlock, QuoteBlock, SignatureLine, SourceLine, TextRange } from './tree';

export class QuoteNode implements QuoteBlock {
  readonly type = 'quote';
  start: number;
  end: number;
  openQuote: TextRange;
  closeQuote: TextRange | undefined;
  blocks: BodyBlock[];
  #openLine: SourceLine;
  /** The first line is the first paragraph's (as the block pass reads a quote): it moves with it. */
  readonly #openLineShared: boolean;
  #signature: SignatureLine | undefined = undefined;
  #listed: Inline[] | undefined = undefined;

  constructor(start: number, end: number, openQuote: TextRange, closeQuote: TextRange | undefined, openLine: SourceLine, blocks: BodyBlock[]) {
    this.start = start;
    this.end = end;
    this.openQuote = openQuote;
    this.closeQuote = closeQuote;
    this.blocks = blocks;
    this.#openLine = openLine;
    const first = blocks[0];
    this.#openLineShared = first?.type === 'paragraph' && first.lines[0] === openLine;
  }

  get openLine(): SourceLine {
    // Reading the paragraph's lines moves them, this one among them.
    if (this.#openLineShared) void (this.blocks[0] as ParagraphBlock).lines;
    return this.#openLine;
  }

  get signature(): SignatureLine | undefined {
    moveLastParagraph(this.blocks);
    return this.#signature;
  }

  set signature(signature: SignatureLine | undefined) {
    this.#signature = signature;
  }

  get inlines(): Inline[] {
    return (this.#listed ??= this.blocks.flatMap((block) => block.inlines));
  }

  set inlines(inlines: Inline[]) {
    this.#listed = inlines;
  }

  moveLater(delta: number): void {
    moveRange(this, delta);
    moveRange(this.openQuote, delta);
    if (this.closeQuote) moveRange(this.closeQuote, delta);
    if (!this.#openLineShared) moveLine(this.#openLine, delta);
    for (let index = 0; index < this.blocks.length; index++) moveBlockLater(this.blocks[index], delta);
    // A list made before holds inlines not moved yet: the next one is made through the paragraphs.
    this.#listed = undefined;
  }

  /** What JSON shows: every field, read as above. */
  toJSON(): Omit<QuoteBlock, 'moveLater'> {
    return { type: this.type, start: this.start, end: this.end, openQuote: this.openQuote, closeQuote: this.closeQuote, openLine: this.openLine, blocks: this.blocks, signature: this.signature, inlines: this.inlines };
  }
}
