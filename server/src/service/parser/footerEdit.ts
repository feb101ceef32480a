/**
 * The fast path of incremental parsing for an edit inside the footer: who
 * deciphered, printed and distributed the cable, typed last. Nothing before
 * the footer is read from it except whether it has notes at all (which
 * decides how every `[1]` of the cable is read), so only the footer is read
 * again, from its separator line to the end of the text. The catalogue,
 * header and body are kept as they are and nothing is moved; unchanged
 * footer blocks keep their inline results. The previous tree is consumed.
 *
 * It declines (and the caller parses in full, with reuse) when the edit
 * reaches into the separator line, which may stop being one (so also when
 * that line ends the text, with no line ending to close it); when the footer
 * gains its first note or loses its last; when the footer starts the text
 * after a byte-order mark; and when line endings become mixed.
 */
import { carryDocumentNames } from '../names/documentNames';
import { LineCursor, noteMarkersOf, readFooter } from './blocks';
import { readBlockInlines } from './inlinePass';
import { firstLeafFrom, lineIndexAt, nextTree, replaceRun } from './inPlace';
import { endingsAfterEdit, splitLineRange } from './lines';
import type { ParseOptions } from './parse';
import type { Edit } from '../text/changedSpan';
import { leafBlocks, reusePlan } from './reuse';
import { isLineBreak } from '../text/blanks';
import type { CableTree } from './tree';

export function parseFooterEdit(previous: CableTree, text: string, options: ParseOptions, edit: Edit): CableTree | undefined {
  const footer = previous.footer;
  const oldLeaves = leafBlocks.get(previous);
  if (!footer || !oldLeaves || previous.lineEndings.firstMinority) return undefined;
  // The separator line and its line ending are unchanged. A separator that ends the text has no line
  // ending: typing right after it lengthens its line, which may stop being a separator (`-----e`).
  const separatorEnd = footer.blocks[0].end;
  if (edit.prefix < separatorEnd || !isLineBreak(previous.text.charCodeAt(separatorEnd - 1))) return undefined;
  const firstLine = lineIndexAt(previous.lineStarts, footer.start);
  if (previous.lineStarts[firstLine] !== footer.start) return undefined;
  const lines = splitLineRange(text, footer.start, text.length);
  const zone = readFooter(new LineCursor(text, lines));
  const noteMarkers = noteMarkersOf(zone);
  if (noteMarkers.size > 0 !== previous.noteMarkers.size > 0) return undefined;
  const lineEndings = endingsAfterEdit(previous.lineEndings, previous.text.slice(footer.start), text.slice(footer.start));
  if (!lineEndings) return undefined;
  const tree = nextTree(previous, text, lineEndings, { footer: zone, noteMarkers, bracketProblems: previous.bracketProblems, timeGroupProblems: previous.timeGroupProblems });
  // The footer is read last, so its leaves and problems end each list: the old footer's go, and reading it adds the new one's.
  dropProblemsFrom(tree, footer.start);
  const plan = reusePlan(previous, edit, oldLeaves);
  // Found before the footer is read: reading it looks the old leaves up and moves those it takes over.
  const firstFooterLeaf = firstLeafFrom(oldLeaves, footer.start);
  const read = readBlockInlines(tree, zone.blocks, options, plan);
  carryDocumentNames(previous, tree, oldLeaves.blocks, firstFooterLeaf, oldLeaves.blocks.length, read.blocks);
  replaceRun(oldLeaves.blocks, firstFooterLeaf, oldLeaves.blocks.length - firstFooterLeaf, read.blocks);
  replaceRun(oldLeaves.problems, firstFooterLeaf, oldLeaves.problems.length - firstFooterLeaf, read.problems);
  replaceLineStartsFrom(tree.lineStarts, firstLine, lines, text);
  leafBlocks.set(tree, oldLeaves);
  return tree;
}

/** Drops the problems at or after `offset` from the ends of the tree's lists, which are in document order. */
function dropProblemsFrom(tree: CableTree, offset: number): void {
  const brackets = tree.bracketProblems;
  while (brackets.length > 0 && brackets[brackets.length - 1].range.start >= offset) brackets.pop();
  const times = tree.timeGroupProblems;
  while (times.length > 0 && times[times.length - 1].start >= offset) times.pop();
}

/** Line starts from `first` on are the footer's lines, and the empty line after a final line ending (see splitLines). */
function replaceLineStartsFrom(starts: number[], first: number, lines: ReadonlyArray<{ start: number }>, text: string): void {
  starts.length = first;
  for (let index = 0; index < lines.length; index++) starts.push(lines[index].start);
  if (isLineBreak(text.charCodeAt(text.length - 1))) starts.push(text.length);
}
