/**
 * Incremental parsing: a new version of a document is mostly the old one
 * with one edited region. Blocks wholly before the edit have the same text at
 * the same offsets, so their inline results (marks, time groups, names,
 * signatures, problems) are taken over as they are; blocks wholly after it
 * have the same text shifted by the edit's length, so their results are
 * taken over and moved by it. Only blocks touching the edit are read again.
 * The inline pass depends only on a block's own text, whether the document
 * has notes, and the parse options — all checked before anything is reused.
 */
import type { TimeGroupProblem } from '../timegroups/types';
import type { Edit } from '../text/changedSpan';
import { firstStartingAt } from '../text/positions';
import { moveLeaf, moveProblems } from './shift';
import type { Block, CableTree } from './tree';
import { treeSlot } from './treeSlot';

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
  /**
   * Where the text being read starts in the new text: 0, or the start of a
   * region read from a string of its own (see bodyEdit.ts), whose blocks are
   * moved by `base` once read. Reused results are moved to match.
   */
  base: number;
}

/** A tree's leaf blocks in order, with the problems found in each (same index): kept for the next version. */
export interface LeafBlocks {
  blocks: Block[];
  problems: BlockProblems[];
}

export const leafBlocks = treeSlot<LeafBlocks>();

export function planReuse(previous: CableTree | undefined, edit: Edit | undefined, hasNotes: boolean): ReusePlan | undefined {
  if (!previous || !edit || previous.noteMarkers.size > 0 !== hasNotes) return undefined;
  const oldLeaves = leafBlocks.get(previous);
  return oldLeaves ? reusePlan(previous, edit, oldLeaves) : undefined;
}

/** The plan for an edit whose previous tree's leaves are known. */
export function reusePlan(previous: CableTree, edit: Edit, old: LeafBlocks, base = 0): ReusePlan {
  return { previous, prefix: edit.prefix, suffixStart: edit.oldEnd + edit.delta, delta: edit.delta, old, base };
}

/**
 * The old block with the same text as `block`, and how far its results must
 * move to stand where the block does (in the coordinates the block was read
 * in); undefined when it must be read again.
 */
export function matchingOldBlock(plan: ReusePlan, block: Block): { old: Block; problems: BlockProblems; delta: number } | undefined {
  const start = block.start + plan.base;
  const end = block.end + plan.base;
  // A block ending exactly at the edit may have been extended by it: only strictly earlier blocks count.
  const delta = end < plan.prefix ? 0 : start >= plan.suffixStart && start - plan.delta >= plan.prefix ? plan.delta : undefined;
  if (delta === undefined) return undefined;
  const index = blockStartingAt(plan.old.blocks, start - delta);
  const old = plan.old.blocks[index];
  if (!old || old.type !== block.type || old.end + delta !== end) return undefined;
  return { old, problems: plan.old.problems[index], delta: delta - plan.base };
}

/** The index of the block starting at `start`, or -1. */
function blockStartingAt(blocks: readonly Block[], start: number): number {
  const index = firstStartingAt(blocks, start);
  return blocks[index]?.start === start ? index : -1;
}

/** An old leaf whose results a new block took over, still to be moved (see `reuseInlines`). */
export interface PendingMove {
  old: Block;
  problems: BlockProblems;
  delta: number;
}

/**
 * Takes an old block's inline results over onto the new block; returns the
 * block's problems. Results that moved are only listed in `pending`: the old
 * leaves are found by their old offsets for the rest of the pass, so they are
 * moved in place (the previous tree is consumed; see parseCable) by
 * `movePending` once the pass is done.
 */
export function reuseInlines(block: Block, old: Block, problems: BlockProblems, delta: number, tree: CableTree, pending: PendingMove[]): BlockProblems {
  if (delta !== 0) pending.push({ old, problems, delta });
  block.inlines = old.inlines;
  if (block.type === 'stamp' && old.type === 'stamp') block.mark = old.mark;
  // Indexed loops, as in the parser's other per-leaf loops: this runs for every leaf an edit outside the body keeps.
  if (block.type === 'paragraph' && old.type === 'paragraph') {
    for (let index = 0; index < block.lines.length; index++) {
      const signature = old.lines[index]?.signature;
      if (signature) block.lines[index].signature = signature;
    }
  }
  for (let index = 0; index < problems.brackets.length; index++) tree.bracketProblems.push(problems.brackets[index]);
  for (let index = 0; index < problems.times.length; index++) tree.timeGroupProblems.push(problems.times[index]);
  return problems;
}

export function movePending(pending: readonly PendingMove[]): void {
  for (let index = 0; index < pending.length; index++) {
    const { old, problems, delta } = pending[index];
    moveLeaf(old, delta);
    moveProblems(problems, delta);
  }
}
