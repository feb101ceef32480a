/**
 * The fast path of incremental parsing for an edit inside the header: the
 * fields and stamps a transcriber fills in first. The header is read again
 * on its own, up to the body's first line. When it still ends where the body
 * begins, the body and footer are the same text, so they are moved by the
 * edit's length, in place, as after an edit in the body, and nothing of them
 * is read again. The previous tree is consumed.
 *
 * It declines (and the caller parses in full, with reuse) when the edit
 * reaches before the header (a catalogue record, a byte-order mark) or into
 * the body's text; when the header then ends elsewhere (a line of it became
 * body text, or the body's first line joined it); when the catalogue record
 * is not closed, since a later `---` line would close it; and when line
 * endings become mixed.
 */
import { firstLeafFrom, headerEndingAt, lineRangeOf, moveBodyFrom, nextTree, problemsFromLeaves, replaceRun, updateLineStarts } from './inPlace';
import { readBlockInlines } from './inlinePass';
import { endingsAfterEdit } from './lines';
import type { ParseOptions } from './parse';
import type { Edit } from '../text/changedSpan';
import { leafBlocks, reusePlan } from './reuse';
import type { CableTree } from './tree';

export function parseHeaderEdit(previous: CableTree, text: string, options: ParseOptions, edit: Edit): CableTree | undefined {
  const { header, body } = previous;
  const oldLeaves = leafBlocks.get(previous);
  if (!oldLeaves || previous.lineEndings.firstMinority) return undefined;
  // A header that runs to the end of the text is all there is, and cheap to read in full: leaving it
  // to the full parse spares the cases where the edit adds or removes the empty line after a final line ending.
  if (edit.prefix < header.start || edit.oldEnd > header.end || body.start === previous.text.length) return undefined;
  const bodyStart = body.start + edit.delta;
  const read = headerEndingAt(previous, text, bodyStart);
  if (!read) return undefined;
  const lineEndings = endingsAfterEdit(previous.lineEndings, previous.text.slice(header.start, body.start), text.slice(header.start, bodyStart));
  const oldLines = lineRangeOf(previous.lineStarts, header.start, body.start);
  if (!lineEndings || !oldLines) return undefined;
  const tree = nextTree(previous, text, lineEndings, { header: read.zone, body: { start: bodyStart, end: body.end + edit.delta, blocks: body.blocks, signature: body.signature } });
  const plan = reusePlan(previous, edit, oldLeaves);
  // The catalogue has no leaves, so the header's come first. Found before the header is read, which moves those it takes over.
  const headerLeaves = firstLeafFrom(oldLeaves, body.start);
  const leaves = readBlockInlines(tree, read.zone.blocks, options, plan);
  if (edit.delta !== 0) moveBodyFrom(tree, 0, oldLeaves, headerLeaves, edit.delta);
  replaceRun(oldLeaves.blocks, 0, headerLeaves, leaves.blocks);
  replaceRun(oldLeaves.problems, 0, headerLeaves, leaves.problems);
  updateLineStarts(tree.lineStarts, oldLines, read.lines.map((line) => line.start), edit.delta);
  problemsFromLeaves(tree, oldLeaves);
  leafBlocks.set(tree, oldLeaves);
  return tree;
}
