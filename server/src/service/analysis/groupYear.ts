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
import { givesRecordYear, isRecordGroup, recordGroupsOf, signatureRolesOf, type RecordGroups } from './recordGroups';

export interface GroupYear {
  /** The year it is read in; undefined when none can be told (or it has no date). */
  year: number | undefined;
  /** The nearest earlier group with a full date, when the year came from it. */
  source: TimeGroupNode | undefined;
  /** Whether the year came from the catalogue `date`. */
  fromCatalogue: boolean;
  /**
   * For a group of the cable's own record (see recordGroups.ts): the nearer
   * full date of the text it did not take its year from, when there is one.
   */
  passedOver?: TimeGroupNode;
}

/** Undefined for a group outside the header, body and footer (the catalogue's), which is read by its own year alone. */
export function groupYear(tree: CableTree, node: TimeGroupNode): GroupYear | undefined {
  const place = placeOf(tree, node);
  if (place === undefined) return undefined;
  const date = node.group.date;
  if (date === undefined || date.year !== undefined) return { year: date?.year, source: undefined, fromCatalogue: false };
  const record = isRecordGroup(recordGroupsOf(place.leaves[place.leafIndex], place.signatures), node);
  const nearest = fullDateBefore(place, false);
  const { source, passedOver } = record ? recordSource(nearest, fullDateBefore(place, true), catalogueYear(tree)) : { source: nearest, passedOver: undefined };
  if (source) return { year: source.group.date?.year, source, fromCatalogue: false, passedOver };
  const year = catalogueYear(tree);
  return { year, source: undefined, fromCatalogue: year !== undefined, passedOver };
}

/**
 * Where a group of the record takes its year from, given the nearest full
 * date above it, the nearest of the record, and the catalogue year: the
 * record's, else the catalogue's, else the nearest. When the nearest date
 * gives the same year, it is named, as the format's rule names it; only a
 * nearest date of another year is passed over (and said to be).
 */
export function recordSource(nearest: TimeGroupNode | undefined, ofRecord: TimeGroupNode | undefined, catalogue: number | undefined): { source: TimeGroupNode | undefined; passedOver: TimeGroupNode | undefined } {
  const chosen = ofRecord ?? (catalogue === undefined ? nearest : undefined);
  const year = chosen ? chosen.group.date?.year : catalogue;
  if (nearest === undefined || nearest.group.date?.year === year) return { source: nearest ?? chosen, passedOver: undefined };
  return { source: chosen, passedOver: nearest };
}

/**
 * The nearest full date above `node` (of the record alone when `recordOnly`):
 * for the inlay hints, which look it up once and then follow later groups
 * forwards.
 */
export function fullDateAbove(tree: CableTree, node: TimeGroupNode, recordOnly: boolean): TimeGroupNode | undefined {
  const place = placeOf(tree, node);
  return place && fullDateBefore(place, recordOnly);
}

interface Place {
  leaves: readonly Block[];
  leafIndex: number;
  position: number;
  /** The tree's signatures' groups and their roles (see recordGroups.ts). */
  signatures: ReadonlyMap<TimeGroupNode, boolean>;
}

/** The leaf holding `node` and where among its inlines; undefined for a node outside the leaves (the catalogue's). */
function placeOf(tree: CableTree, node: TimeGroupNode): Place | undefined {
  const leaves = leafBlocks.get(tree)?.blocks ?? [];
  const leafIndex = firstStartingAt(leaves, node.start + 1) - 1;
  const position = leafIndex >= 0 ? leaves[leafIndex].inlines.indexOf(node) : -1;
  return position < 0 ? undefined : { leaves, leafIndex, position, signatures: signatureRolesOf(tree) };
}

/** The nearest group before the place with day, month and year written; of those giving the record its year alone when `recordOnly`. */
function fullDateBefore({ leaves, leafIndex, position, signatures }: Place, recordOnly: boolean): TimeGroupNode | undefined {
  for (let leaf = leafIndex; leaf >= 0; leaf--) {
    const inlines = leaves[leaf].inlines;
    let record: RecordGroups | undefined;
    for (let index = (leaf === leafIndex ? position : inlines.length) - 1; index >= 0; index--) {
      const inline = inlines[index];
      if (inline.type !== 'time-group' || !isFullDate(inline.group)) continue;
      if (!recordOnly) return inline;
      record ??= recordGroupsOf(leaves[leaf], signatures);
      if (givesRecordYear(record, inline)) return inline;
    }
  }
  return undefined;
}
