/**
 * Body blocks rendered before, kept with their block node for the next render
 * of the same document. The preview renders a long cable again a few times a
 * second while it is typed in, and an edit leaves every block but one or two
 * the same nodes (moved in place, see `parser/bodyEdit.ts`): their HTML is
 * taken as it was, with its `data-line` values shifted when lines were added
 * or removed above them.
 *
 * A block's HTML is taken again only when everything it was made from is the
 * same: the node, the view, the diagnostics that start in it, and what the
 * rest of the document gives its inlines (each time group's resolved year,
 * each footnote reference's number and whether its note exists). Anything
 * else is rendered afresh. The same node stands for the same text: the parser
 * keeps a node only where the edit left its text alone (and moves it), and a
 * property test checks renders along chains of edits against fresh trees.
 */
import { factsOf, resolvedYear } from '../analysis/facts';
import type { BodyBlock, CableTree, FootnoteRef, Inline, ParagraphBlock, QuoteBlock } from '../parser/tree';
import { lineOf, type RenderContext } from './context';
import type { RenderView } from './options';
import { referenceNumber } from './treeData';

interface RenderedBlock {
  view: RenderView;
  /** What else the HTML was made from; see `inputsOf`. */
  inputs: string;
  /** The HTML as last written, and the block's first line then. */
  html: string;
  line: number;
}

/**
 * Keyed by block, in a WeakMap, unlike what is kept per tree (see
 * parser/treeSlot.ts): a block is moved from version to version and lives
 * as long as it is in the document, so the minor collector's keeping the
 * HTML of young blocks alive costs nothing but for the few an edit replaced.
 */
const rendered = new WeakMap<BodyBlock, RenderedBlock>();

/** How many blocks' HTML was taken again so far, for tests. */
export const blockCacheCounts = { reused: 0 };

type CachedBlock = ParagraphBlock | QuoteBlock;

/** Writes a paragraph or quote of the body, from the cache when nothing it is made from changed. */
export function writeBodyBlockCached(context: RenderContext, block: CachedBlock, write: (context: RenderContext, block: CachedBlock) => void): void {
  const line = lineOf(context, block.start);
  const inputs = inputsOf(context, block);
  const kept = rendered.get(block);
  if (kept !== undefined && kept.view === context.view && kept.inputs === inputs) {
    blockCacheCounts.reused++;
    // Rendering the block would have placed every diagnostic starting in it.
    context.placer.skip(block.start, block.end);
    context.out.push(htmlAt(kept, line));
    return;
  }
  const out = context.out;
  const first = out.length;
  write(context, block);
  const html = out.splice(first).join('');
  out.push(html);
  rendered.set(block, { view: context.view, inputs, html, line });
}

/**
 * Document text in the HTML is escaped (`"` is `&quot;`), so ` data-line="`
 * followed by digits and a quote is always one of the renderer's attributes.
 */
const dataLineAttribute = / data-line="(\d+)"/g;

/** The kept HTML with its `data-line` values moved for a block now starting at `line` (kept so: lines above change seldom). */
function htmlAt(kept: RenderedBlock, line: number): string {
  if (kept.line !== line) {
    const shift = line - kept.line;
    kept.html = kept.html.replace(dataLineAttribute, (_attribute, value: string) => ` data-line="${Number(value) + shift}"`);
    kept.line = line;
  }
  return kept.html;
}

/**
 * What the block's HTML takes from outside the block, as one string: the
 * diagnostics starting in it (where, how severe, what they say), and for its
 * inlines the year each time group is read in and the number and target of
 * each footnote reference. Most blocks have none of these: an empty string.
 */
function inputsOf(context: RenderContext, block: CachedBlock): string {
  let inputs = context.placer.describe(block.start, block.end);
  const facts = factsOf(context.tree);
  forEachInline(block, (inline) => {
    if (inline.type === 'time-group') inputs += `|y${resolvedYear(facts, inline) ?? ''}`;
    else if (inline.type === 'footnote-ref') inputs += `|r${referenceInput(context.tree, inline)}`;
  });
  return inputs;
}

/** A reference's number among those to its note, or `-` when the note is missing (then it is no link). */
function referenceInput(tree: CableTree, ref: FootnoteRef): string {
  return tree.noteMarkers.has(ref.marker) ? String(referenceNumber(tree, ref)) : '-';
}

/** The block's inlines, a quote's from its inner blocks (its own list is made only when asked for). */
function forEachInline(block: BodyBlock, visit: (inline: Inline) => void): void {
  if (block.type === 'quote') {
    for (const inner of block.blocks) forEachInline(inner, visit);
    return;
  }
  const inlines = block.inlines;
  for (let index = 0; index < inlines.length; index++) visit(inlines[index]);
}
