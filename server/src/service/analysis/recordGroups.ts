/**
 * The cable's own record of when it was sent, received and handled: the
 * time groups of the time fields (`Sent`, `Received`, `Deciphered`, …) and
 * of the body's signature. A group of these without its year takes the year
 * of the nearest full date among them, else the catalogue `date`, and only
 * then the nearest full date anywhere (docs/format.md): a date the prose
 * mentions (`the treaty of 14 February 1950`) is some other event's, and
 * read as the cable's it would date the footer's `Deciphered: Fedyaev 1205
 * 19 October` in 1950 and silence C301. Nor are a quoted telegram's
 * signature (an earlier telegram's, perhaps of the year before) and stamps
 * (a declassification stamp of 1995 on the first page) of this record. The
 * forward reading (`resolveYears`) and the backward one (`groupYear`) ask
 * the same question of a leaf block here.
 */
import { timeFields } from '../parser/fields';
import type { Block, CableTree, TimeGroupNode } from '../parser/tree';

/** Which of a leaf block's time groups are of the record: all, none, or those in the set. */
export type RecordGroups = boolean | ReadonlySet<TimeGroupNode>;

/**
 * The time group of the body's signature, when it is one: its last line.
 * Not every line shaped like a signature: a State Department cable is all
 * capitals, and its dated prose is no record.
 */
export function signatureGroupsOf(tree: CableTree): ReadonlySet<TimeGroupNode> {
  const group = tree.body.signature?.timeGroup;
  return group === undefined ? noGroups : new Set([group]);
}

const noGroups: ReadonlySet<TimeGroupNode> = new Set();

/** `signatures`: the tree's `signatureGroupsOf`. */
export function recordGroupsOf(block: Block, signatures: ReadonlySet<TimeGroupNode>): RecordGroups {
  if (block.type === 'field') return block.canonical !== undefined && timeFields.has(block.canonical);
  if (block.type !== 'paragraph' || signatures.size === 0) return false;
  for (const group of signatures) if (group.start >= block.start && group.end <= block.end) return signatures;
  return false;
}

export function isRecordGroup(record: RecordGroups, node: TimeGroupNode): boolean {
  return typeof record === 'boolean' ? record : record.has(node);
}
