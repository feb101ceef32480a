/**
 * Making the next version's tree out of the previous one, for the
 * incremental fast paths (bodyEdit, headerEdit, footerEdit): its arrays are
 * spliced in place where a region was read again, and its nodes after the
 * region moved, so an edit allocates little beyond the region however long
 * the cable is.
 */
import { LineCursor, readHeader } from './blocks';
import { lineEndFrom, splitLineRange } from './lines';
import type { LeafBlocks } from './reuse';
import { moveBlockLater, moveLastParagraph, moveProblems } from './shift';
import { firstStartingAt, lastStartingAtOrBefore } from '../text/positions';
import type { CableTree, HeaderBlock, LineEndings, SourceLine, Zone } from './tree';

type Parts = Partial<Pick<CableTree, 'header' | 'body' | 'footer' | 'noteMarkers' | 'bracketProblems' | 'timeGroupProblems'>>;

/**
 * The next version's tree: the parts given, and the previous tree's for the
 * rest (its problem lists start empty unless given, and nothing is kept with
 * it yet: see treeSlot.ts). Every key is written out in the order a full
 * parse writes them, so every tree has one layout in V8.
 */
export function nextTree(previous: CableTree, text: string, lineEndings: LineEndings, parts: Parts): CableTree {
  return {
    text,
    lineStarts: previous.lineStarts,
    bom: previous.bom,
    catalogue: previous.catalogue,
    header: parts.header ?? previous.header,
    body: parts.body ?? previous.body,
    footer: parts.footer ?? previous.footer,
    noteMarkers: parts.noteMarkers ?? previous.noteMarkers,
    lineEndings,
    bracketProblems: parts.bracketProblems ?? [],
    timeGroupProblems: parts.timeGroupProblems ?? [],
    kept: [],
  };
}

/**
 * The new text's header, with its lines, when it still ends at `bodyStart`
 * (the body's first line, new offsets). That line is read too: only it tells
 * whether the header stops before it. Undefined when the header ends
 * elsewhere, and when the catalogue record is left open, since its lines run
 * on as long as they look like its keys.
 */
export function headerEndingAt(previous: CableTree, text: string, bodyStart: number): { zone: Zone<HeaderBlock>; lines: SourceLine[] } | undefined {
  if (previous.catalogue && !previous.catalogue.close) return undefined;
  const lines = splitLineRange(text, previous.header.start, lineEndFrom(text, bodyStart));
  const zone = readHeader(new LineCursor(text, lines));
  if (zone.end !== bodyStart) return undefined;
  return { zone, lines: lines[lines.length - 1]?.start === bodyStart ? lines.slice(0, -1) : lines };
}

/**
 * Moves the body blocks from `first` on, the footer, and the problems of the
 * leaves from `firstLeaf` on. Paragraphs' lines and inlines move when next
 * read (see ParagraphNode); the body's signature, which is its last
 * paragraph's, is moved now.
 */
export function moveBodyFrom(tree: CableTree, first: number, leaves: LeafBlocks, firstLeaf: number, delta: number): void {
  const blocks = tree.body.blocks;
  for (let index = first; index < blocks.length; index++) moveBlockLater(blocks[index], delta);
  if (first < blocks.length) moveLastParagraph(blocks);
  if (tree.footer) {
    tree.footer.start += delta;
    tree.footer.end += delta;
    for (let index = 0; index < tree.footer.blocks.length; index++) moveBlockLater(tree.footer.blocks[index], delta);
  }
  for (let index = firstLeaf; index < leaves.problems.length; index++) moveProblems(leaves.problems[index], delta);
}

/** Replaces `removed` items from `start` with `items`, in place (no new array for a one-block edit of a long list). */
export function replaceRun<T>(array: T[], start: number, removed: number, items: readonly T[]): void {
  const growth = items.length - removed;
  if (growth > 0) {
    array.length += growth;
    for (let index = array.length - 1; index >= start + items.length; index--) array[index] = array[index - growth];
  } else if (growth < 0) {
    for (let index = start + items.length; index < array.length + growth; index++) array[index] = array[index - growth];
    array.length += growth;
  }
  for (let index = 0; index < items.length; index++) array[start + index] = items[index];
}

/**
 * The old lines the region covers: [first, after) of the line starts.
 * Undefined when the region does not start a line: a body starting on the
 * first line, after a byte-order mark.
 */
export function lineRangeOf(starts: readonly number[], oldStart: number, oldEnd: number): { first: number; after: number } | undefined {
  const first = lineIndexAt(starts, oldStart);
  if (starts[first] !== oldStart) return undefined;
  let after = lineIndexAt(starts, oldEnd);
  // oldEnd is a line start, or the end of a text with no line after it.
  if (starts[after] < oldEnd) after++;
  return { first, after };
}

/** Line starts, in place: those before the region as they were, the region's read again, those after it moved. */
export function updateLineStarts(starts: number[], lines: { first: number; after: number }, regionStarts: readonly number[], delta: number): void {
  replaceRun(starts, lines.first, lines.after - lines.first, regionStarts);
  if (delta !== 0) for (let index = lines.first + regionStarts.length; index < starts.length; index++) starts[index] += delta;
}

/** Index of the last line starting at or before `offset`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  return lastStartingAtOrBefore(starts, offset);
}

/** Index of the first leaf starting at or after `offset`. */
export function firstLeafFrom(leaves: LeafBlocks, offset: number): number {
  return firstStartingAt(leaves.blocks, offset);
}

/** The tree's lists of problems, from its leaves' own, in order. Indexed loops: this runs over every leaf on each keystroke (see shift.ts). */
export function problemsFromLeaves(tree: CableTree, leaves: LeafBlocks): void {
  tree.bracketProblems = [];
  tree.timeGroupProblems = [];
  for (let leaf = 0; leaf < leaves.problems.length; leaf++) {
    const { brackets, times } = leaves.problems[leaf];
    for (let index = 0; index < brackets.length; index++) tree.bracketProblems.push(brackets[index]);
    for (let index = 0; index < times.length; index++) tree.timeGroupProblems.push(times[index]);
  }
}
