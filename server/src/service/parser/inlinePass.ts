/**
 * The inline pass: marks, footnote references, time groups, number signs,
 * names and signature lines inside each block. It runs after the block pass
 * because footnote references depend on whether the footer has notes.
 */
import { scanNames } from '../names/scanNames';
import { holdsDigitOrClockWord, scanTimeGroups } from '../timegroups/index';
import type { ScanOptions } from '../timegroups/types';
import { timeFields } from './fields';
import { isInlineBlank, isLineBreak } from '../text/blanks';
import { commentStart, splitLineRange } from './lines';
import { scanMarks, type MarkScan } from './marks';
import { moveInlines, moveRange } from './shift';
import { scanNumberSigns } from './numberSigns';
import type { ParseOptions } from './parse';
import type { Edit } from '../text/changedSpan';
import { leafBlocks, matchingOldBlock, movePending, noProblems, planReuse, reuseInlines, type LeafBlocks, type PendingMove, type ReusePlan } from './reuse';
import { readSignature } from './signature';
import type {
  BodyBlock,
  CableTree,
  FieldBlock,
  FooterBlock,
  HeaderBlock,
  Inline,
  NameNode,
  NoteBlock,
  NumberSignNode,
  ParagraphBlock,
  QuoteBlock,
  SignatureLine,
  StampBlock,
  TextRange,
} from './tree';

interface InlineContext {
  tree: CableTree;
  /** Leaf blocks in order with their problems, for the next version's reuse. */
  leaves: LeafBlocks;
  /** The previous version's tree, when its blocks' results can be reused. */
  reuse: ReusePlan | undefined;
  /** Old leaves taken over at new offsets, moved when the pass is done. */
  pending: PendingMove[];
  hasNotes: boolean;
  running: ScanOptions;
  strict: ScanOptions;
}

function contextOf(tree: CableTree, options: ParseOptions, reuse: ReusePlan | undefined): InlineContext {
  return {
    tree,
    leaves: { blocks: [], problems: [] },
    reuse,
    pending: [],
    hasNotes: tree.noteMarkers.size > 0,
    running: { strict: false, slashedDates: options.slashedDates },
    strict: { strict: true, slashedDates: options.slashedDates },
  };
}

export function readInlines(tree: CableTree, options: ParseOptions, previous?: CableTree, edit?: Edit): void {
  const context = contextOf(tree, options, planReuse(previous, edit, tree.noteMarkers.size > 0));
  readBlocks(context, tree.header.blocks);
  readBlocks(context, tree.body.blocks);
  if (tree.footer) readBlocks(context, tree.footer.blocks);
  tree.body.signature = lastSignature(tree.body.blocks);
  movePending(context.pending);
  leafBlocks.set(tree, context.leaves);
}

/**
 * The inline pass over some blocks only, read again after an edit; the plan
 * lets their unchanged leaves take over the previous tree's results. Returns
 * their leaf blocks with the problems found in each.
 */
export function readBlockInlines(tree: CableTree, blocks: ReadonlyArray<HeaderBlock | BodyBlock | FooterBlock>, options: ParseOptions, reuse: ReusePlan): LeafBlocks {
  const context = contextOf(tree, options, reuse);
  readBlocks(context, blocks);
  movePending(context.pending);
  return context.leaves;
}

/**
 * The parser's per-block and per-line loops are indexed, not `for...of`: in
 * a heap profile of a 10 MB parse, these loops' iterator results were 50 of
 * the 317 MB allocated, which V8 did not optimise away.
 */
function readBlocks(context: InlineContext, blocks: ReadonlyArray<HeaderBlock | BodyBlock | FooterBlock>): void {
  for (let index = 0; index < blocks.length; index++) readBlock(context, blocks[index]);
}

function readBlock(context: InlineContext, block: HeaderBlock | BodyBlock | FooterBlock): void {
  if (block.type === 'quote') return readQuote(context, block);
  if (!hasText(block)) return;
  context.leaves.blocks.push(block);
  const reused = context.reuse ? matchingOldBlock(context.reuse, block) : undefined;
  if (reused) {
    context.leaves.problems.push(reuseInlines(block, reused.old, reused.problems, reused.delta, context.tree, context.pending));
    return;
  }
  const { tree } = context;
  const brackets = tree.bracketProblems.length;
  const times = tree.timeGroupProblems.length;
  readLeafBlock(context, block);
  // Most blocks have no problems: they share one empty record instead of two new arrays.
  const clean = tree.bracketProblems.length === brackets && tree.timeGroupProblems.length === times;
  context.leaves.problems.push(clean ? noProblems : { brackets: tree.bracketProblems.slice(brackets), times: tree.timeGroupProblems.slice(times) });
}

/** A block with text of its own (quotes are read block by block, in `readBlock`). */
function readLeafBlock(context: InlineContext, block: LeafWithText): void {
  switch (block.type) {
    case 'field':
      return readField(context, block);
    case 'stamp':
      return readStamp(context, block);
    case 'paragraph':
      return readParagraph(context, block);
    case 'note':
      block.inlines = readRuns(context, runsOf(context.tree.text, block), context.running);
      return;
    default:
      return block satisfies never;
  }
}

function readField(context: InlineContext, field: FieldBlock): void {
  if (field.valueRanges.length === 0) return;
  const options = field.canonical && timeFields.has(field.canonical) ? context.strict : context.running;
  const runs = runsOf(context.tree.text, field);
  field.inlines = readRuns(context, runs, options, hidesLines(context.tree.text, field, runs));
}

function readStamp(context: InlineContext, stamp: StampBlock): void {
  const runs = runsOf(context.tree.text, stamp);
  const bracket = runs[0].start;
  stamp.inlines = readRuns(context, runs, context.running, hidesLines(context.tree.text, stamp, runs));
  const mark = stamp.inlines.find((inline) => inline.type === 'mark' && inline.start === bracket);
  if (mark && mark.type === 'mark') stamp.mark = mark;
}

/** A block whose text the inline pass reads (a quote's is its inner blocks'). */
export type LeafWithText = FieldBlock | StampBlock | ParagraphBlock | NoteBlock;

/** Whether the inline pass reads a block's own text: not a quote's (its inner blocks are read), a blank's, a comment's or a separator's. */
export function hasText(block: HeaderBlock | BodyBlock | FooterBlock): block is LeafWithText {
  return block.type === 'field' || block.type === 'stamp' || block.type === 'paragraph' || block.type === 'note';
}

/**
 * The text runs of a block, one per line: a field's value lines, a stamp's
 * lines from its `[` (indentation before a stamp is layout) but not the
 * comment lines among them, a paragraph's lines, a note's text after its
 * marker.
 */
export function runsOf(text: string, block: LeafWithText): readonly Run[] {
  switch (block.type) {
    case 'field':
      return block.valueRanges;
    case 'stamp': {
      const lines = splitLineRange(text, block.start, block.end);
      lines[0] = { ...lines[0], start: text.indexOf('[', block.start) };
      return lines.length === 1 ? lines : lines.filter((line, index) => index === 0 || commentStart(text, line) < 0);
    }
    case 'paragraph':
      // The lines themselves serve as runs, no range object per line.
      return block.lines;
    case 'note':
      return [block.text];
    default:
      return block satisfies never;
  }
}

function readParagraph(context: InlineContext, paragraph: ParagraphBlock): void {
  const runs = runsOf(context.tree.text, paragraph);
  const inlines = (paragraph.inlines = readRuns(context, runs, context.running, hidesLines(context.tree.text, paragraph, runs)));
  const { text } = context.tree;
  const { lines } = paragraph;
  // Inlines and lines are both in order: one walk gives each line the inlines that start on it.
  let from = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    while (from < inlines.length && inlines[from].start < line.start) from++;
    let to = from;
    while (to < inlines.length && inlines[to].start < line.end) to++;
    const signature = readSignature(text, line, inlines, from, to);
    if (signature) line.signature = signature;
    from = to;
  }
}

function readQuote(context: InlineContext, quote: QuoteBlock): void {
  readBlocks(context, quote.blocks);
  quote.signature = lastSignature(quote.blocks);
}

/** The signature of a quote or body: its last non-blank line, when that line is a signature. */
export function lastSignature(blocks: readonly BodyBlock[]): SignatureLine | undefined {
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (block.type === 'blank' || block.type === 'comment') continue;
    if (block.type !== 'paragraph') return undefined;
    return block.lines[block.lines.length - 1].signature;
  }
  return undefined;
}

/** A run of text to read: [start, end), or [start, contentEnd) for a source line (its line ending left out). */
export type Run = TextRange & { contentEnd?: number };

/**
 * Reads the inline nodes of a block's text runs (one run per line). Marks may
 * span runs, so they are scanned over the whole block; everything else per run.
 */
function readRuns(context: InlineContext, runs: readonly Run[], options: ScanOptions, hidden = false): Inline[] {
  if (runs.length === 0) return [];
  const { tree } = context;
  const text = tree.text;
  const first = runs[0].start;
  const last = endOf(runs[runs.length - 1]);
  const marks = hidden ? scanShownMarks(text, runs, context.hasNotes) : scanMarks(text, first, last, context.hasNotes);
  for (let index = 0; index < marks.problems.length; index++) tree.bracketProblems.push(marks.problems[index]);
  const groups: Inline[] = [];
  const signs: NumberSignNode[] = [];
  const names: NameNode[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const end = endOf(run);
    if (end <= run.start) continue;
    const runText = text.slice(run.start, end);
    // Most runs of prose hold no digit: one search skips both scans (a number sign is always followed by a digit).
    if (!holdsDigitOrClockWord(runText)) continue;
    readTimeGroups(tree, runText, run.start, options, groups);
    scanNumberSigns(runText, run.start, signs);
  }
  namesOfRuns(text, runs, hidden, names);
  // Each list is already in order: merging them is cheaper than sorting their union.
  const inlines = mergeInOrder(mergeInOrder(marks.all, groups), mergeInOrder(signs, names));
  return inlines;
}

function readTimeGroups(tree: CableTree, runText: string, base: number, options: ScanOptions, groups: Inline[]): void {
  const scan = scanTimeGroups(runText, base, options);
  for (let index = 0; index < scan.groups.length; index++) {
    const group = scan.groups[index];
    groups.push({ type: 'time-group', start: group.start, end: group.end, group });
  }
  for (let index = 0; index < scan.problems.length; index++) tree.timeGroupProblems.push(scan.problems[index]);
}

/**
 * The names of a block's runs. Names never cross a line break (the scanner
 * only joins words separated by blanks), so one scan over the block finds
 * the same names as one per line, searching less; but where the block hides
 * lines between its runs (comments), only the runs are scanned.
 */
export function namesOfRuns(text: string, runs: readonly Run[], hidden: boolean, names: NameNode[]): void {
  if (!hidden) scanNames(text, runs[0].start, endOf(runs[runs.length - 1]), names);
  else for (let index = 0; index < runs.length; index++) scanNames(text, runs[index].start, endOf(runs[index]), names);
}

/**
 * Whether there is text between a block's runs that is none of theirs: the
 * comment lines a paragraph, a stamp or a field's continuation lines pass
 * over. A paragraph's or a stamp's runs are whole lines, so a gap between
 * two is one; a field's are trimmed values, so its gaps are looked at (a
 * field has few lines).
 */
export function hidesLines(text: string, block: LeafWithText, runs: readonly Run[]): boolean {
  if (block.type === 'note') return false;
  if (block.type !== 'field') {
    for (let index = 1; index < runs.length; index++) if (runs[index - 1].end !== runs[index].start) return true;
    return false;
  }
  for (let index = 1; index < runs.length; index++) {
    for (let at = endOf(runs[index - 1]); at < runs[index].start; at++) if (!isBlankBetweenValues(text.charCodeAt(at))) return true;
  }
  return false;
}

/** What a field's value ranges leave out between them when nothing is hidden: blanks (no-break spaces too) and line breaks. */
function isBlankBetweenValues(code: number): boolean {
  return isInlineBlank(code) || isLineBreak(code);
}

/**
 * Marks may span lines, so they are scanned over the whole block; where it
 * hides lines, over a copy of its text with those lines blanked out (their
 * line breaks kept), the nodes then moved to the block's place.
 */
function scanShownMarks(text: string, runs: readonly Run[], hasNotes: boolean): MarkScan {
  const first = runs[0].start;
  let shown = '';
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    if (index > 0) shown += text.slice(endOf(runs[index - 1]), run.start).replace(/[^\r\n]/g, ' ');
    shown += text.slice(run.start, endOf(run));
  }
  const scan = scanMarks(shown, 0, shown.length, hasNotes);
  moveInlines(scan.all, first);
  for (let index = 0; index < scan.problems.length; index++) moveRange(scan.problems[index].range, first);
  return scan;
}

/** Where a run's text ends: a line's before its line ending. */
export function endOf(run: Run): number {
  return run.contentEnd ?? run.end;
}

/**
 * Merges two lists sorted by start (longer first on equal starts); on a full
 * tie the first list's node comes first, as a stable sort of `[...a, ...b]` would.
 */
function mergeInOrder(a: readonly Inline[], b: readonly Inline[]): Inline[] {
  if (b.length === 0) return a as Inline[];
  if (a.length === 0) return b as Inline[];
  const merged: Inline[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const order = a[i].start - b[j].start || b[j].end - a[i].end;
    merged.push(order <= 0 ? a[i++] : b[j++]);
  }
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}
