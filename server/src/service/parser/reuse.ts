/**
 * Incremental parsing: a new version of a document is mostly the old one
 * with one edited region. Blocks wholly before the edit have the same text at
 * the same offsets, so their inline results (marks, time groups, names,
 * signatures, problems) are taken over as they are; blocks wholly after it
 * have the same text shifted by the edit's length, so their results are
 * copied with shifted offsets. Only blocks touching the edit are read again.
 * The inline pass depends only on a block's own text, whether the document
 * has notes, and the parse options — all checked before anything is reused.
 */
import type { TimeGroupProblem } from '../timegroups/types';
import type { Block, CableTree, Inline, Mark, ParagraphBlock, SignatureLine, TextRange } from './tree';

export interface BlockProblems {
  brackets: CableTree['bracketProblems'];
  times: TimeGroupProblem[];
}


export const noProblems: BlockProblems = Object.freeze({ brackets: [], times: [] });

export interface ReusePlan {
  previous: CableTree;
  /** Length of the text both versions start with. */
  prefix: number;
  /** Where the common ending starts in the new text. */
  suffixStart: number;
  /** New offset minus old offset after the edit. */
  delta: number;
  /** The previous tree's leaf blocks (inside quotes too), sorted by start, and what was found in each. */
  old: LeafBlocks;
}

/** A tree's leaf blocks in order, with the problems found in each (same index): kept for the next version. */
export interface LeafBlocks {
  blocks: Block[];
  problems: BlockProblems[];
}

export const leafBlocks = new WeakMap<CableTree, LeafBlocks>();

/** Length of the common start of two strings, compared a chunk at a time (native) before a character at a time. */
function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (at + chunk <= limit && a.slice(at, at + chunk) === b.slice(at, at + chunk)) at += chunk;
  }
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 4) {
    while (length + chunk <= limit && a.slice(a.length - length - chunk, a.length - length) === b.slice(b.length - length - chunk, b.length - length)) length += chunk;
  }
  return length;
}

/** Where two versions of a text differ: both start with `prefix` characters and end with `suffix` (not overlapping it). */
export function differenceOf(old: string, text: string): { prefix: number; suffix: number } {
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  return { prefix, suffix: commonSuffix(old, text, limit - prefix) };
}

export function planReuse(previous: CableTree | undefined, text: string, hasNotes: boolean): ReusePlan | undefined {
  if (!previous || previous.noteMarkers.size > 0 !== hasNotes) return undefined;
  const oldLeaves = leafBlocks.get(previous);
  if (!oldLeaves) return undefined;
  const { prefix, suffix } = differenceOf(previous.text, text);
  return { previous, prefix, suffixStart: text.length - suffix, delta: text.length - previous.text.length, old: oldLeaves };
}

/** The old block with the same text as `block`, and how far it moved; undefined when it must be read again. */
export function matchingOldBlock(plan: ReusePlan, block: Block): { old: Block; problems: BlockProblems; delta: number } | undefined {
  // A block ending exactly at the edit may have been extended by it: only strictly earlier blocks count.
  const delta = block.end < plan.prefix ? 0 : block.start >= plan.suffixStart && block.start - plan.delta >= plan.prefix ? plan.delta : undefined;
  if (delta === undefined) return undefined;
  const index = blockStartingAt(plan.old.blocks, block.start - delta);
  const old = plan.old.blocks[index];
  if (!old || old.type !== block.type || old.end + delta !== block.end) return undefined;
  return { old, problems: plan.old.problems[index], delta };
}

/** The index of the block starting at `start`, or -1. */
function blockStartingAt(blocks: readonly Block[], start: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].start < start) low = middle + 1;
    else if (blocks[middle].start > start) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** Copies an old block's inline results onto the new block, shifted by `delta`; returns the block's problems. */
export function reuseInlines(block: Block, old: Block, problems: BlockProblems, delta: number, tree: CableTree): BlockProblems {
  const shift = new Shifter(delta);
  block.inlines = delta === 0 ? old.inlines : old.inlines.map((inline) => shift.inline(inline));
  if (block.type === 'stamp' && old.type === 'stamp') block.mark = shift.mark(old.mark);
  if (block.type === 'paragraph' && old.type === 'paragraph') copySignatures(block, old, shift);
  const shifted: BlockProblems = {
    brackets: delta === 0 || problems === noProblems ? problems.brackets : problems.brackets.map((problem) => ({ kind: problem.kind, range: shift.range(problem.range) })),
    times: delta === 0 || problems === noProblems ? problems.times : problems.times.map((problem) => ({ ...problem, ...shift.range(problem) })),
  };
  for (const problem of shifted.brackets) tree.bracketProblems.push(problem);
  for (const problem of shifted.times) tree.timeGroupProblems.push(problem);
  return shifted;
}

function copySignatures(block: ParagraphBlock, old: ParagraphBlock, shift: Shifter): void {
  block.lines.forEach((line, index) => {
    const signature = old.lines[index]?.signature;
    if (signature) line.signature = shift.signature(signature);
  });
}

/** Copies inline nodes with shifted offsets, keeping which node holds which (a mark's children). */
class Shifter {
  private readonly copies = new Map<Inline, Inline>();

  constructor(private readonly delta: number) {}

  range<R extends TextRange>(range: R): TextRange {
    return { start: range.start + this.delta, end: range.end + this.delta };
  }

  inline(inline: Inline): Inline {
    if (this.delta === 0) return inline;
    const known = this.copies.get(inline);
    if (known) return known;
    const copy = this.copyOf(inline);
    this.copies.set(inline, copy);
    return copy;
  }

  mark(mark: Mark): Mark {
    return this.inline(mark) as Mark;
  }

  signature(signature: SignatureLine): SignatureLine {
    if (this.delta === 0) return signature;
    const timeGroup = signature.timeGroup ? (this.inline(signature.timeGroup) as typeof signature.timeGroup) : undefined;
    return { ...signature, ...this.range(signature), name: this.range(signature.name), timeGroup };
  }

  private copyOf(inline: Inline): Inline {
    const moved = this.range(inline);
    switch (inline.type) {
      case 'mark': {
        const copy: Mark = { ...inline, ...moved, content: this.range(inline.content), children: [] };
        if (inline.tagRange) copy.tagRange = this.range(inline.tagRange);
        if (inline.count) copy.count = { ...inline.count, range: this.range(inline.count.range) };
        this.copies.set(inline, copy);
        copy.children = inline.children.map((child) => this.inline(child));
        return copy;
      }
      case 'time-group':
        return { ...inline, ...moved, group: { ...inline.group, ...moved } };
      default:
        return { ...inline, ...moved };
    }
  }
}
