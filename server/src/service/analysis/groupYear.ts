/**
 * The year of one time group and where it came from (format section 6), read
 * backwards from the group over the tree's leaves: what `resolveYears` gives
 * it, reading forwards over every group. A hover right after a keystroke then
 * looks at the groups before this one (usually a few lines), not at every
 * inline of the cable.
 */
import { leafBlocks } from '../parser/reuse';
import type { Block, CableTree, TimeGroupNode } from '../parser/tree';
import { firstStartingAt } from '../text/positions';
import { isFullDate } from '../timegroups/index';
import { catalogueYear } from './facts';

export interface GroupYear {
  /** The year it is read in; undefined when none can be told (or it has no date). */
  year: number | undefined;
  /** The nearest earlier group with a full date, when the year came from it. */
  source: TimeGroupNode | undefined;
  /** Whether the year came from the catalogue `date`. */
  fromCatalogue: boolean;
}

/** Undefined for a group outside the header, body and footer (the catalogue's), which is read by its own year alone. */
export function groupYear(tree: CableTree, node: TimeGroupNode): GroupYear | undefined {
  const leaves = leafBlocks.get(tree)?.blocks ?? [];
  const leafIndex = firstStartingAt(leaves, node.start + 1) - 1;
  const position = leafIndex >= 0 ? leaves[leafIndex].inlines.indexOf(node) : -1;
  if (position < 0) return undefined;
  const date = node.group.date;
  if (date === undefined || date.year !== undefined) return { year: date?.year, source: undefined, fromCatalogue: false };
  const source = fullDateBefore(leaves, leafIndex, position);
  if (source) return { year: source.group.date?.year, source, fromCatalogue: false };
  const year = catalogueYear(tree);
  return { year, source: undefined, fromCatalogue: year !== undefined };
}

/** The nearest group before inline `position` of leaf `leafIndex` with day, month and year written. */
function fullDateBefore(leaves: readonly Block[], leafIndex: number, position: number): TimeGroupNode | undefined {
  for (let leaf = leafIndex; leaf >= 0; leaf--) {
    const inlines = leaves[leaf].inlines;
    for (let index = (leaf === leafIndex ? position : inlines.length) - 1; index >= 0; index--) {
      const inline = inlines[index];
      if (inline.type === 'time-group' && isFullDate(inline.group)) return inline;
    }
  }
  return undefined;
}
