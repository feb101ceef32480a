/**
 * The fast path of incremental parsing, for the edit a transcriber makes all
 * day: typing inside the body. Only the body blocks around the edit are read
 * again (from the block before it, since a paragraph's end depends on the
 * line after it); the blocks before them are kept as they are, and the blocks
 * after them, with the footer, are moved — their offsets shifted in place —
 * so nothing after the edit is read or copied again: what an edit allocates
 * no longer grows with the length of the cable, and the work that does is a
 * shift of numbers. The previous tree is consumed: its moved nodes now belong
 * to the new one.
 *
 * It declines (and the caller parses in full, with reuse) whenever the edit
 * could change anything outside the blocks read again: an edit that makes the
 * body's first line a header line (a field, a stamp, a blank or a comment:
 * the header would grow) or may make it a line of an unclosed catalogue
 * record, an edit on the separator or in the footer, a
 * separator typed into the body, or line endings that become mixed.
 */
import { carryDocumentNames } from '../names/documentNames';
import { LineCursor, readBody } from './blocks';
import { lastSignature, readBlockInlines } from './inlinePass';
import { endingsAfterEdit, isSeparator, splitLineRange } from './lines';
import type { ParseOptions } from './parse';
import type { Edit } from '../text/changedSpan';
import { leafBlocks, reusePlan, type LeafBlocks } from './reuse';
import { firstLeafFrom, headerEndingAt, lineIndexAt, lineRangeOf, moveBodyFrom, nextTree, problemsFromLeaves, replaceRun, updateLineStarts } from './inPlace';
import { firstStartingAt } from '../text/positions';
import type { BodyBlock, CableTree } from './tree';

/** How many more blocks the region may take in when its last block would run on into the next. */
const maxGrowth = 4;

export function parseBodyEdit(previous: CableTree, text: string, options: ParseOptions, edit: Edit): CableTree | undefined {
  const oldLeaves = leafBlocks.get(previous);
  const blocks = previous.body.blocks;
  if (!oldLeaves || blocks.length === 0 || previous.lineEndings.firstMinority) return undefined;
  if (edit.prefix < previous.body.start || edit.oldEnd >= previous.body.end) return undefined;
  // An edit on the body's first line may make it a header line (a field, a stamp, a blank or a comment).
  if (edit.prefix < firstLineEnd(previous) && !headerEndingAt(previous, text, previous.body.start)) return undefined;
  const first = Math.max(0, blockAt(blocks, edit.prefix) - 1);
  let next = blockAt(blocks, Math.max(edit.prefix, edit.oldEnd - 1)) + 1;
  for (let growth = 0; growth <= maxGrowth && next <= blocks.length; growth++) {
    const region = readRegion(previous, text, edit, first, next);
    if (region === 'declined') return undefined;
    if (Array.isArray(region)) return assemble(previous, text, options, edit, { first, next, blocks: region }, oldLeaves);
    // A quote left open reads on to the end of the body: take the rest in at once.
    next = region === 'quote runs on' ? blocks.length : next + 1;
  }
  return undefined;
}

/** End of the body's first line: up to there, an edit may turn it into a header line. */
function firstLineEnd(tree: CableTree): number {
  const line = lineIndexAt(tree.lineStarts, tree.body.start);
  return line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : tree.text.length;
}

type RunsOn = 'quote runs on' | 'runs on';

/** The body blocks of the new text from old block `first` up to where old block `next` now starts, unless the last would run on into it. */
function readRegion(previous: CableTree, text: string, edit: Edit, first: number, next: number): BodyBlock[] | 'declined' | RunsOn {
  const blocks = previous.body.blocks;
  const start = blocks[first].start;
  const end = (next < blocks.length ? blocks[next].start : previous.body.end) + edit.delta;
  // The edit may have joined the next block's first line to the line before it (a deleted line break).
  if (!isLineStart(text, end)) return 'runs on';
  const lines = splitLineRange(text, start, end);
  // A separator typed into the body would start the footer there.
  if (lines.some((line) => isSeparator(text, line))) return 'declined';
  const read = readBody(new LineCursor(text, lines)).blocks;
  // Nothing left of the region (its lines were deleted, the body's first among them): the full parse knows what the body starts with.
  if (read.length === 0) return 'declined';
  return next === blocks.length ? read : (runsOn(read[read.length - 1], blocks[next]) ?? read);
}

function isLineStart(text: string, offset: number): boolean {
  if (offset === 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  return before === 10 || (before === 13 && text.charCodeAt(offset) !== 10);
}

/**
 * Whether the region's last block would go on past it in a full read, given
 * the block after it: a paragraph runs on into a following paragraph, and a
 * quote not closed within the region reads on to the end of the body.
 */
function runsOn(last: BodyBlock, following: BodyBlock): RunsOn | undefined {
  if (last.type === 'quote') return last.closeQuote ? undefined : 'quote runs on';
  return last.type === 'paragraph' && following.type === 'paragraph' ? 'runs on' : undefined;
}

interface Region {
  /** Index of the first old body block read again. */
  first: number;
  /** Index of the first old body block after the region (moved). */
  next: number;
  blocks: BodyBlock[];
}

/**
 * Builds the new tree out of the previous one. Everything that may still make
 * it decline is settled first; after that the previous tree is taken apart:
 * its arrays (body blocks, leaves, line starts) are edited in place and its
 * nodes after the region moved, so an edit allocates little beyond the region.
 */
function assemble(previous: CableTree, text: string, options: ParseOptions, edit: Edit, region: Region, oldLeaves: LeafBlocks): CableTree | undefined {
  const blocks = previous.body.blocks;
  const oldStart = blocks[region.first].start;
  const oldEnd = region.next < blocks.length ? blocks[region.next].start : previous.body.end;
  const newEnd = oldEnd + edit.delta;
  const lineEndings = endingsAfterEdit(previous.lineEndings, previous.text, text, oldStart, oldEnd, newEnd);
  const lines = lineRangeOf(previous.lineStarts, oldStart, oldEnd);
  if (!lineEndings || !lines) return undefined;
  const tree = nextTree(previous, text, lineEndings, { body: { start: previous.body.start, end: previous.body.end + edit.delta, blocks, signature: undefined } });
  // Read before anything changes: the region's unchanged leaves match old leaves at their old offsets.
  const plan = reusePlan(previous, edit, oldLeaves);
  // Found before the region is read: reading it moves the old leaves it takes over.
  const keptLeaves = firstLeafFrom(oldLeaves, oldStart);
  const movedLeaves = firstLeafFrom(oldLeaves, oldEnd);
  const read = readBlockInlines(tree, region.blocks, options, plan);
  if (edit.delta !== 0) moveBodyFrom(tree, region.next, oldLeaves, movedLeaves, edit.delta);
  // Every node is at its new offset, and the old leaves are not yet replaced.
  carryDocumentNames(previous, tree, oldLeaves.blocks, keptLeaves, movedLeaves, read.blocks);
  replaceRun(blocks, region.first, region.next - region.first, region.blocks);
  replaceRun(oldLeaves.blocks, keptLeaves, movedLeaves - keptLeaves, read.blocks);
  replaceRun(oldLeaves.problems, keptLeaves, movedLeaves - keptLeaves, read.problems);
  updateLineStarts(tree.lineStarts, lines, splitLineRange(text, oldStart, newEnd), edit.delta);
  // Reading the region filled these with its own problems; all of them come from the leaves, in order.
  problemsFromLeaves(tree, oldLeaves);
  tree.body.signature = lastSignature(blocks);
  leafBlocks.set(tree, oldLeaves);
  return tree;
}

/** Index of the block holding `offset` (blocks cover the body without gaps): the one before the first starting after it. */
function blockAt(blocks: readonly BodyBlock[], offset: number): number {
  return Math.max(0, firstStartingAt(blocks, offset + 1) - 1);
}
