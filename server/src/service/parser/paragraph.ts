/**
 * A paragraph of the tree, which moves in two parts when an edit before it
 * changes the text's length: its own range at once, its lines and inlines
 * when they are next read.
 *
 * Why: a keystroke moves every node after it (see shift.ts), and in a long
 * cable most of those nodes are paragraphs' lines and inlines. After a pause
 * in typing they are no longer in the processor's caches: the parse of a
 * keystroke near the start of a 10,000-line cable, 150 ms after the last,
 * took 2.1–2.3 ms at the median moving them at once and takes 0.64–0.74
 * moving them later (with quotes', see QuoteNode), and that was most of
 * what a completion or hover right after a keystroke waited for. Moved
 * later, they move when the check after the pause reads them, or a request
 * does.
 *
 * Readers see no difference: `lines` and `inlines` are moved before they are
 * returned, so every offset read through the paragraph is the current
 * version's. Nothing else may keep a paragraph's lines or inlines across a
 * parse and read their offsets later without going through it: the tree's
 * other references into paragraphs are a quote's first line, signature and
 * inlines, which QuoteNode reads through them, and the body's signature,
 * which `moveBodyFrom` moves at once.
 */
import { moveInlines, moveLine } from './shift';
import type { Inline, ParagraphBlock, ParagraphLine } from './tree';

export class ParagraphNode implements ParagraphBlock {
  readonly type = 'paragraph';
  start: number;
  end: number;
  #lines: ParagraphLine[];
  #inlines: Inline[];
  /** How far the lines and inlines are still to move. */
  #unmoved = 0;

  constructor(start: number, end: number, lines: ParagraphLine[], inlines: Inline[]) {
    this.start = start;
    this.end = end;
    this.#lines = lines;
    this.#inlines = inlines;
  }

  get lines(): ParagraphLine[] {
    if (this.#unmoved !== 0) this.#catchUp();
    return this.#lines;
  }

  get inlines(): Inline[] {
    if (this.#unmoved !== 0) this.#catchUp();
    return this.#inlines;
  }

  set inlines(inlines: Inline[]) {
    if (this.#unmoved !== 0) this.#catchUp();
    this.#inlines = inlines;
  }

  moveLater(delta: number): void {
    this.start += delta;
    this.end += delta;
    this.#unmoved += delta;
  }

  /** What JSON shows: every field, the lines and inlines moved. */
  toJSON(): { type: 'paragraph'; start: number; end: number; lines: ParagraphLine[]; inlines: Inline[] } {
    return { type: this.type, start: this.start, end: this.end, lines: this.lines, inlines: this.inlines };
  }

  #catchUp(): void {
    const delta = this.#unmoved;
    this.#unmoved = 0;
    for (let index = 0; index < this.#lines.length; index++) moveLine(this.#lines[index], delta);
    moveInlines(this.#inlines, delta);
  }
}
