/**
 * Folding: the catalogue record, multi-line fields, catalogue entries, stamps
 * and notes, quoted telegrams, the footer, runs of comment lines, and body
 * paragraphs of three lines or more (folding a two-line paragraph would hide
 * one line and cost as much attention as it saves).
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { BodyBlock, CableTree, FooterBlock, HeaderBlock, Inline, TextRange } from '../parser/tree';
import { LineFinder } from '../text/positions';
import type { FeatureContext } from './context';
import { trimmedIn } from '../parser/treeText';
import { blocksPerStep, runToEnd, type Steps } from '../steps';

const minParagraphLines = 3;
const minCommentRun = 2;

type AnyBlock = HeaderBlock | BodyBlock | FooterBlock;

export function getFoldingRanges(tree: CableTree, context: FeatureContext): FoldingRange[] {
  return runToEnd(foldingRangesInSteps(tree, context));
}

/**
 * The same folds, stopping every few thousand blocks: the editor asks for
 * them whenever typing pauses, and a large cable's take long enough to hold
 * up the next keystroke (see lsp/steps.ts).
 */
export function* foldingRangesInSteps(tree: CableTree, _context: FeatureContext): Steps<FoldingRange[]> {
  const folds = new Folds(tree);
  if (tree.catalogue) {
    folds.add(tree.catalogue);
    for (const entry of tree.catalogue.entries) folds.add(entry);
  }
  yield* foldBlocks(folds, tree.header.blocks);
  yield* foldBlocks(folds, tree.body.blocks);
  if (tree.footer) {
    folds.add(tree.footer);
    yield* foldBlocks(folds, tree.footer.blocks);
  }
  return folds.result();
}

function* foldBlocks(folds: Folds, blocks: readonly AnyBlock[]): Steps<void> {
  for (let index = 0; index < blocks.length; index++) {
    if (index > 0 && index % blocksPerStep === 0) yield;
    foldBlock(folds, blocks[index]);
  }
  foldCommentRuns(folds, blocks);
}

function foldBlock(folds: Folds, block: AnyBlock): void {
  switch (block.type) {
    case 'field':
    case 'note':
      folds.add(block);
      break;
    case 'stamp':
      folds.add(block.mark);
      break;
    case 'quote':
      folds.add(block);
      // A quote's blocks are few: folded at once.
      runToEnd(foldBlocks(folds, block.blocks));
      return;
    case 'paragraph':
      if (block.lines.length >= minParagraphLines) folds.add(block);
      break;
    default:
      return;
  }
  foldOutermostMarks(folds, block.inlines);
}

/** Consecutive comment lines fold together, as one remark. */
function foldCommentRuns(folds: Folds, blocks: readonly AnyBlock[]): void {
  let runStart = -1;
  for (let index = 0; index <= blocks.length; index++) {
    if (index < blocks.length && blocks[index].type === 'comment') {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0 && index - runStart >= minCommentRun) {
      folds.add({ start: blocks[runStart].start, end: blocks[index - 1].end }, FoldingRangeKind.Comment);
    }
    runStart = -1;
  }
}

/**
 * Tagged marks (`[Stamp: …]`, `[Note: …]`) may run over several lines of
 * their block: each outermost one may fold (`inlines` also lists the marks
 * nested in it). Indexed, without a list of them: this runs over every
 * inline of the document each time the editor asks.
 */
function foldOutermostMarks(folds: Folds, inlines: readonly Inline[]): void {
  let outerEnd = -1;
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (inline.type !== 'mark' || inline.start < outerEnd) continue;
    outerEnd = inline.end;
    folds.add(inline);
  }
}

/** Collects folds by line; a range that ends on its first line is not a fold. */
class Folds {
  private readonly byStartLine = new Map<number, FoldingRange>();
  /** The blocks are walked in order, so each line is found from the last. */
  private readonly lines: LineFinder;

  constructor(private readonly tree: CableTree) {
    this.lines = new LineFinder(tree.lineStarts);
  }

  add(range: TextRange, kind?: FoldingRangeKind): void {
    // A range within one line cannot fold, trimmed or not: most marks are, and are passed over with one look-up.
    const lineStarts = this.tree.lineStarts;
    const line = this.lines.lineOf(range.start);
    if (line + 1 >= lineStarts.length || lineStarts[line + 1] >= range.end) return;
    const content = trimmedIn(this.tree, range);
    if (content.end <= content.start) return;
    const startLine = this.lines.lineOf(content.start);
    const endLine = this.lines.lineOf(content.end - 1);
    if (endLine <= startLine) return;
    // editors keep one fold per start line: keep the outer one
    const existing = this.byStartLine.get(startLine);
    if (existing && existing.endLine >= endLine) return;
    const fold: FoldingRange = { startLine, endLine };
    if (kind) fold.kind = kind;
    this.byStartLine.set(startLine, fold);
  }

  result(): FoldingRange[] {
    return [...this.byStartLine.values()].sort((a, b) => a.startLine - b.startLine);
  }
}
