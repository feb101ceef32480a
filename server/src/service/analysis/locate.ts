/**
 * Finding what stands at an offset: the zone, the block (inside a quote, the
 * inner block) and the innermost inline node. Shared by hover, completion,
 * definition and code actions.
 */
import type { Block, BodyBlock, CableTree, Inline, QuoteBlock, ZoneName } from '../parser/tree';

export interface Location {
  zone: ZoneName | undefined;
  /** The top-level block holding the offset. */
  block: Block | undefined;
  /** For an offset inside a quoted telegram: the quote, and `block` is its inner block. */
  quote: QuoteBlock | undefined;
  /** Innermost inline node containing the offset (end inclusive, so a cursor just after a word finds it). */
  inline: Inline | undefined;
}

export function locate(tree: CableTree, offset: number): Location {
  if (tree.catalogue && offset >= tree.catalogue.start && offset < tree.catalogue.end) {
    return { zone: 'catalogue', block: tree.catalogue, quote: undefined, inline: undefined };
  }
  const zones: Array<[ZoneName, { start: number; end: number; blocks: readonly Block[] } | undefined]> = [
    ['header', tree.header],
    ['body', tree.body],
    ['footer', tree.footer],
  ];
  for (const [zone, range] of zones) {
    if (!range || offset < range.start || offset > range.end) continue;
    const found = blockAt(range.blocks, offset);
    // At an empty zone's end the next zone begins; but where nothing follows the
    // catalogue (or nothing at all is written), the cable's header is to be written.
    const nothingWritten = zone === 'header' && range.start === range.end && tree.body.start === tree.body.end && !tree.footer;
    if (!found && offset === range.end && zone !== 'footer' && !nothingWritten) continue;
    if (found?.type === 'quote') {
      const inner = blockAt(found.blocks, offset) as BodyBlock | undefined;
      return { zone, block: inner ?? found, quote: found, inline: inlineAt(inner?.inlines ?? found.inlines, offset) };
    }
    return { zone, block: found, quote: undefined, inline: found ? inlineAt(found.inlines, offset) : undefined };
  }
  return { zone: undefined, block: undefined, quote: undefined, inline: undefined };
}

/** Binary search over blocks sorted by start; a block holds [start, end). */
export function blockAt<B extends { start: number; end: number }>(blocks: readonly B[], offset: number): B | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return block;
  }
  // the end of the last line (no final newline) belongs to the last block
  const last = blocks[blocks.length - 1];
  return last && offset === last.end ? last : undefined;
}

/** The innermost inline whose range contains the offset (start ≤ offset ≤ end). */
export function inlineAt(inlines: readonly Inline[], offset: number): Inline | undefined {
  let best: Inline | undefined;
  for (const inline of inlines) {
    if (inline.start > offset) break;
    if (offset <= inline.end && (!best || inline.end - inline.start <= best.end - best.start)) best = inline;
  }
  return best;
}
