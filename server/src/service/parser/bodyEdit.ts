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
 * The region is read out of its own short string (`EditedText.between`) and
 * its nodes then moved to their place, so the path never reads the whole new
 * text: the server's document hands it the few lines it asks for, and the
 * text stays unjoined until something needs all of it (see
 * text/editableDocument.ts).
 *
 * It declines (and the caller parses in full, with reuse) whenever the edit
 * could change anything outside the blocks read again: an edit that makes the
 * body's first line a header line (a field, a stamp, a blank or a comment:
 * the header would grow) or may make it a line of an unclosed catalogue
 * record, an edit on the separator or in the footer, a
 * separator typed into the body, or line endings that become mixed. Typing
 * at the end of a cable with no footer yet is the body's: without the path,
 * each keystroke there read the whole cable (58 ms at the median in a
 * 200,000-line one, 1.6 ms in a 10,000-line one).
 */
import { carryDocumentNames } from '../names/documentNames';
import { LineCursor, readBody } from './blocks';
import { lastSignature, readBlockInlines } from './inlinePass';
import { endingsAfterEdit, isSeparator, splitLineRange } from './lines';
import type { ParseOptions, TextChangeHint } from './parse';
import type { Edit } from '../text/changedSpan';
import { leafBlocks, reusePlan, type LeafBlocks, type ReusePlan } from './reuse';
import { firstLeafFrom, headerEndingAt, lineIndexAt, lineRangeOf, moveBodyFrom, nextTree, problemsFromLeaves, replaceRun, updateLineStarts } from './inPlace';
import { moveBlock, moveProblems } from './shift';
import { firstStartingAt } from '../text/positions';
import type { BodyBlock, CableTree, SourceLine } from './tree';

/** How many more blocks the region may take in when its last block would run on into the next. */
const maxGrowth = 4;

/** The new version of a text, as the body-edit path reads it: the change, and a few lines at a time. */
export interface EditedText extends TextChangeHint {
  /**
   * The whole new text, for the new tree to hold. This path reads only its
   * length, and the header from it when the edit is on the body's first line.
   */
  text: string;
}

/** The change that made `text` out of the previous tree's, for a caller that holds the new text whole. */
export function editedText(previous: CableTree, text: string, edit: Edit): EditedText {
  return {
    text,
    edit,
    removed: previous.text.slice(edit.prefix, edit.oldEnd),
    inserted: text.slice(edit.prefix, edit.oldEnd + edit.delta),
    between: (start, end) => text.slice(start, end),
  };
}

export function parseBodyEdit(previous: CableTree, edited: EditedText, options: ParseOptions): CableTree | undefined {
  const { edit } = edited;
  const oldLeaves = leafBlocks.get(previous);
  const blocks = previous.body.blocks;
  if (!oldLeaves || blocks.length === 0 || previous.lineEndings.firstMinority) return undefined;
  if (edit.prefix < previous.body.start || edit.oldEnd > lastBodyOffset(previous)) return undefined;
  // An edit on the body's first line may make it a header line (a field, a stamp, a blank or a comment).
  if (edit.prefix < firstLineEnd(previous) && !headerEndingAt(previous, edited.text, previous.body.start)) return undefined;
  const first = regionStart(blocks, blockAt(blocks, edit.prefix));
  let next = blockAt(blocks, Math.max(edit.prefix, edit.oldEnd - 1)) + 1;
  for (let growth = 0; growth <= maxGrowth && next <= blocks.length; growth++) {
    const region = readRegion(previous, edited, first, next);
    if (region === 'declined') return undefined;
    if (!isRunningOn(region)) return assemble(previous, edited, options, { first, next, ...region }, oldLeaves);
    next = region.next;
  }
  return undefined;
}

/**
 * The first old block read again for an edit in block `edited`: the one
 * before it, since a paragraph's end depends on the line after it; and when
 * that one is a comment, the block before the comments, since a paragraph
 * takes comment lines in when a text line follows them (see `readParagraph`).
 */
function regionStart(blocks: readonly BodyBlock[], edited: number): number {
  const before = Math.max(0, edited - 1);
  let first = before;
  while (first > 0 && blocks[first].type === 'comment') first--;
  // Only a paragraph right before them takes the comments in: otherwise the block before the edit is far enough back.
  return blocks[first].type === 'paragraph' ? first : before;
}

/**
 * The last offset an edit may reach and stay the body's. With a footer, the
 * body ends where the separator line starts, and an edit there is on that
 * line. Without one, the body runs to the end of the text, and typing at the
 * end, where a cable is written until its footer is, stays the body's too
 * (a separator typed there declines, in `readRegion`).
 */
function lastBodyOffset(tree: CableTree): number {
  return tree.footer ? tree.body.end - 1 : tree.body.end;
}

/**
 * Where the body's first line stops taking edits: up to there, an edit may
 * turn it into a header line. When it is the text's last line, an edit at
 * the very end is typed onto it too (`Moscow` becoming `Moscow: 12 May`).
 */
function firstLineEnd(tree: CableTree): number {
  const line = lineIndexAt(tree.lineStarts, tree.body.start);
  return line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : tree.text.length + 1;
}

/** The region's last block would run on past it: read again up to old block `next`. */
interface RunsOn {
  next: number;
}

/** The region's new text, read on its own: its blocks at offsets from `start`, its lines, and the text itself. */
interface RegionRead {
  start: number;
  /** The new text of the region, [start, end) of the new version. */
  local: string;
  lines: SourceLine[];
  blocks: BodyBlock[];
}

function isRunningOn(region: RegionRead | RunsOn): region is RunsOn {
  return !('blocks' in region);
}

/** The body blocks of the new text from old block `first` up to where old block `next` now starts, unless the last would run on into it. */
function readRegion(previous: CableTree, edited: EditedText, first: number, next: number): RegionRead | 'declined' | RunsOn {
  const blocks = previous.body.blocks;
  const start = blocks[first].start;
  const end = (next < blocks.length ? blocks[next].start : previous.body.end) + edited.edit.delta;
  // The edit may have joined the next block's first line to the line before it (a deleted line break).
  if (!isLineStart(edited, end)) return { next: next + 1 };
  // The region alone: it ends at a line start, so its lines split as they do in the whole text.
  const local = edited.between(start, end);
  const lines = splitLineRange(local, 0, local.length);
  // A separator typed into the body would start the footer there.
  if (lines.some((line) => isSeparator(local, line))) return 'declined';
  const read = readBody(new LineCursor(local, lines)).blocks;
  // Nothing left of the region (its lines were deleted, the body's first among them): the full parse knows what the body starts with.
  if (read.length === 0) return 'declined';
  if (next < blocks.length) {
    const running = runsOn(read, blocks, next);
    if (running) return running;
  }
  return { start, local, lines, blocks: read };
}

function isLineStart(edited: EditedText, offset: number): boolean {
  if (offset === 0 || offset >= edited.text.length) return true;
  const around = edited.between(offset - 1, offset + 1);
  const before = around.charCodeAt(0);
  return before === 10 || (before === 13 && around.charCodeAt(1) !== 10);
}

/**
 * Whether the region read would go on past its end in a full read, given
 * the old blocks from `next` on, and how far. A quote not closed within the
 * region reads on to the end of the body. A paragraph runs on into a
 * following paragraph, and so do the comment lines after its last line when
 * a paragraph follows them (see `readParagraph`): the region then takes in
 * the comments and that paragraph.
 */
function runsOn(read: readonly BodyBlock[], blocks: readonly BodyBlock[], next: number): RunsOn | undefined {
  const last = read[read.length - 1];
  if (last.type === 'quote') return last.closeQuote ? undefined : { next: blocks.length };
  let index = read.length - 1;
  while (index > 0 && read[index].type === 'comment') index--;
  if (read[index].type !== 'paragraph') return undefined;
  let following = next;
  while (following < blocks.length && blocks[following].type === 'comment') following++;
  return following < blocks.length && blocks[following].type === 'paragraph' ? { next: following + 1 } : undefined;
}

interface Region extends RegionRead {
  /** Index of the first old body block read again. */
  first: number;
  /** Index of the first old body block after the region (moved). */
  next: number;
}

/**
 * Builds the new tree out of the previous one. Everything that may still make
 * it decline is settled first; after that the previous tree is taken apart:
 * its arrays (body blocks, leaves, line starts) are edited in place and its
 * nodes after the region moved, so an edit allocates little beyond the region.
 * The region's inlines are read from its own text, then its nodes moved to
 * where the region starts.
 */
function assemble(previous: CableTree, edited: EditedText, options: ParseOptions, region: Region, oldLeaves: LeafBlocks): CableTree | undefined {
  const { edit } = edited;
  const blocks = previous.body.blocks;
  const oldStart = blocks[region.first].start;
  const oldEnd = region.next < blocks.length ? blocks[region.next].start : previous.body.end;
  const lineEndings = endingsAfterEdit(previous.lineEndings, oldRegionText(edited, region), region.local);
  const lines = lineRangeOf(previous.lineStarts, oldStart, oldEnd);
  if (!lineEndings || !lines) return undefined;
  const tree = nextTree(previous, edited.text, lineEndings, { body: { start: previous.body.start, end: previous.body.end + edit.delta, blocks, signature: undefined } });
  // Read before anything changes: the region's unchanged leaves match old leaves at their old offsets.
  const plan = reusePlan(previous, edit, oldLeaves, region.start);
  // Found before the region is read: reading it moves the old leaves it takes over.
  const keptLeaves = firstLeafFrom(oldLeaves, oldStart);
  const movedLeaves = firstLeafFrom(oldLeaves, oldEnd);
  // Taken before the region's nodes move: its paragraphs hold these same line objects.
  const regionLineStarts = region.lines.map((line) => line.start + region.start);
  if (region.next === blocks.length && !previous.footer) takeInLastLine(previous, region, lines, regionLineStarts);
  const read = readRegionInlines(previous, region, options, plan);
  if (edit.delta !== 0) moveBodyFrom(tree, region.next, oldLeaves, movedLeaves, edit.delta);
  // Every node is at its new offset, and the old leaves are not yet replaced.
  carryDocumentNames(previous, tree, oldLeaves.blocks, keptLeaves, movedLeaves, read.blocks);
  replaceRun(blocks, region.first, region.next - region.first, region.blocks);
  replaceRun(oldLeaves.blocks, keptLeaves, movedLeaves - keptLeaves, read.blocks);
  replaceRun(oldLeaves.problems, keptLeaves, movedLeaves - keptLeaves, read.problems);
  updateLineStarts(tree.lineStarts, lines, regionLineStarts, edit.delta);
  // Reading the region filled these with its own problems; all of them come from the leaves, in order.
  problemsFromLeaves(tree, oldLeaves);
  tree.body.signature = lastSignature(blocks);
  leafBlocks.set(tree, oldLeaves);
  return tree;
}

/**
 * A region that reaches the end of the text (a cable with no footer) also
 * takes in the empty line a final line break leaves, which a parse from
 * scratch counts as the last line (see splitLines) and no block holds: the
 * old one, if the old text ended so, and a new one, if the new text does.
 */
function takeInLastLine(previous: CableTree, region: Region, lines: { after: number }, regionLineStarts: number[]): void {
  lines.after = previous.lineStarts.length;
  const last = region.local.charCodeAt(region.local.length - 1);
  if (last === 10 || last === 13) regionLineStarts.push(region.start + region.local.length);
}

/** The region's text before the edit: its new text with the edit undone. */
function oldRegionText(edited: EditedText, region: Region): string {
  const at = edited.edit.prefix - region.start;
  return region.local.slice(0, at) + edited.removed + region.local.slice(at + edited.inserted.length);
}

/**
 * The inlines of the region's blocks, read from the region's own text as a
 * tree of its own (the footnote markers are the document's), then every node
 * and problem moved to where the region starts in the new text. Leaves the
 * edit did not touch (in a long quote, most) take the old ones' results over,
 * moved so that the region's move puts them in place (see `ReusePlan.base`).
 */
function readRegionInlines(previous: CableTree, region: Region, options: ParseOptions, plan: ReusePlan): LeafBlocks {
  const local: CableTree = {
    text: region.local,
    lineStarts: [],
    bom: undefined,
    catalogue: undefined,
    header: { start: 0, end: 0, blocks: [] },
    body: { start: 0, end: region.local.length, blocks: region.blocks, signature: undefined },
    footer: undefined,
    noteMarkers: previous.noteMarkers,
    lineEndings: previous.lineEndings,
    bracketProblems: [],
    timeGroupProblems: [],
    kept: [],
  };
  const read = readBlockInlines(local, region.blocks, options, plan);
  if (region.start !== 0) {
    for (const block of region.blocks) moveBlock(block, region.start);
    for (const problems of read.problems) moveProblems(problems, region.start);
  }
  return read;
}

/** Index of the block holding `offset` (blocks cover the body without gaps): the one before the first starting after it. */
function blockAt(blocks: readonly BodyBlock[], offset: number): number {
  return Math.max(0, firstStartingAt(blocks, offset + 1) - 1);
}
