/**
 * What rendering needs from the analysis of a tree, computed once per tree
 * (a re-render with another view or new diagnostics reuses it): each footnote
 * reference's number among the references to the same note, for the `ref-i-2`
 * anchors and the links back.
 */
import { factsOf, resolvedYear } from '../analysis/facts';
import type { CableTree, FootnoteRef, TimeGroupNode } from '../parser/tree';
import { treeSlot } from '../parser/treeSlot';

interface TreeData {
  /** 1-based number of a reference among those with the same marker, in document order. */
  refNumbers: Map<FootnoteRef, number>;
  /** How many references each marker has. */
  refCounts: Map<string, number>;
}

const cache = treeSlot<TreeData>();

function dataOf(tree: CableTree): TreeData {
  let data = cache.get(tree);
  if (!data) {
    data = gather(tree);
    cache.set(tree, data);
  }
  return data;
}

function gather(tree: CableTree): TreeData {
  const facts = factsOf(tree);
  const refNumbers = new Map<FootnoteRef, number>();
  const refCounts = new Map<string, number>();
  for (const inline of facts.inlines) {
    if (inline.type !== 'footnote-ref') continue;
    const count = (refCounts.get(inline.marker) ?? 0) + 1;
    refCounts.set(inline.marker, count);
    refNumbers.set(inline, count);
  }
  return { refNumbers, refCounts };
}

/** A time group's resolved year: the facts the checker uses, so both read a group alike. */
export function analysisYear(tree: CableTree, node: TimeGroupNode): number | undefined {
  return resolvedYear(factsOf(tree), node);
}

export function referenceNumber(tree: CableTree, ref: FootnoteRef): number {
  return dataOf(tree).refNumbers.get(ref) ?? 1;
}

export function referenceCount(tree: CableTree, marker: string): number {
  return dataOf(tree).refCounts.get(marker) ?? 0;
}
