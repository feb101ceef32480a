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

/** What the inline pass found in each block, for the next version to reuse. */
export const blockProblems = new WeakMap<object, BlockProblems>();

export interface ReusePlan {
  previous: CableTree;
  /** Length of the text both versions start with. */
  prefix: number;
  /** Where the common ending starts in the new text. */
  suffixStart: number;
  /** New offset minus old offset after the edit. */
  delta: number;
  oldBlocks: Map<number, Block>;
}

export function planReuse(previous: CableTree | undefined, text: string, hasNotes: boolean): ReusePlan | undefined {
  if (!previous || previous.noteMarkers.size > 0 !== hasNotes) return undefined;
  const old = previous.text;
  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const oldBlocks = new Map<number, Block>();
  const add = (block: Block): void => {
    if (block.type === 'quote') for (const inner of block.blocks) oldBlocks.set(inner.start, inner);
    else oldBlocks.set(block.start, block);
  };
  for (const block of [...previous.header.blocks, ...previous.body.blocks, ...(previous.footer?.blocks ?? [])]) add(block);
  return { previous, prefix, suffixStart: text.length - suffix, delta: text.length - old.length, oldBlocks };
}

/** The old block with the same text as `block`, and how far it moved; undefined when it must be read again. */
export function matchingOldBlock(plan: ReusePlan, block: Block): { old: Block; delta: number } | undefined {
  // A block ending exactly at the edit may have been extended by it: only strictly earlier blocks count.
  const delta = block.end < plan.prefix ? 0 : block.start >= plan.suffixStart && block.start - plan.delta >= plan.prefix ? plan.delta : undefined;
  if (delta === undefined) return undefined;
  const old = plan.oldBlocks.get(block.start - delta);
  if (!old || old.type !== block.type || old.end + delta !== block.end || !blockProblems.has(old)) return undefined;
  return { old, delta };
}

/** Copies an old block's inline results onto the new block, shifted by `delta`. */
export function reuseInlines(block: Block, old: Block, delta: number, tree: CableTree): void {
  const shift = new Shifter(delta);
  block.inlines = delta === 0 ? old.inlines : old.inlines.map((inline) => shift.inline(inline));
  if (block.type === 'stamp' && old.type === 'stamp') block.mark = shift.mark(old.mark);
  if (block.type === 'paragraph' && old.type === 'paragraph') copySignatures(block, old, shift);
  const problems = blockProblems.get(old) as BlockProblems;
  const shifted: BlockProblems = {
    brackets: delta === 0 ? problems.brackets : problems.brackets.map((problem) => ({ kind: problem.kind, range: shift.range(problem.range) })),
    times: delta === 0 ? problems.times : problems.times.map((problem) => ({ ...problem, ...shift.range(problem) })),
  };
  for (const problem of shifted.brackets) tree.bracketProblems.push(problem);
  for (const problem of shifted.times) tree.timeGroupProblems.push(problem);
  blockProblems.set(block, shifted);
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
