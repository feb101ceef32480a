/**
 * The cable's own record of when it was sent, received and handled: the
 * time groups of the time fields (`Sent`, `Received`, `Deciphered`, …), of
 * stamps (`[Stamp: … 19 October 1951]`) and of the signatures of the body
 * and of each quoted telegram. A group of these without its year takes the
 * year of the nearest full date among them, else the catalogue `date`, and
 * only then the nearest full date anywhere (docs/format.md): a date the
 * prose mentions (`the treaty of 14 February 1950`) is some other event's,
 * and read as the cable's it would date the footer's `Deciphered: Fedyaev
 * 1205 19 October` in 1950 and silence C301. The forward reading
 * (`resolveYears`) and the backward one (`groupYear`) ask the same question
 * of a leaf block here.
 */
import { timeFields } from '../parser/fields';
import type { Block, BodyBlock, CableTree, Inline, TimeGroupNode } from '../parser/tree';
import { treeSlot } from '../parser/treeSlot';

/** Which of a leaf block's time groups are of the record: all, none, or those in the set. */
export type RecordGroups = boolean | ReadonlySet<TimeGroupNode>;

/**
 * The time groups of the part signatures: the body's and each quote's last
 * line, when it is a signature. Not every line shaped like one: a State
 * Department cable is all capitals, and its dated prose is no record.
 */
export function signatureGroupsOf(tree: CableTree): ReadonlySet<TimeGroupNode> {
  let groups = signatureGroups.get(tree);
  if (groups === undefined) {
    const found = new Set<TimeGroupNode>();
    if (tree.body.signature?.timeGroup) found.add(tree.body.signature.timeGroup);
    addQuoteSignatures(tree.body.blocks, found);
    groups = found;
    signatureGroups.set(tree, groups);
  }
  return groups;
}

const signatureGroups = treeSlot<ReadonlySet<TimeGroupNode>>();

function addQuoteSignatures(blocks: readonly BodyBlock[], found: Set<TimeGroupNode>): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type !== 'quote') continue;
    if (block.signature?.timeGroup) found.add(block.signature.timeGroup);
    addQuoteSignatures(block.blocks, found);
  }
}

/** `signatures`: the tree's `signatureGroupsOf`. */
export function recordGroupsOf(block: Block, signatures: ReadonlySet<TimeGroupNode>): RecordGroups {
  if (block.type === 'field' && block.canonical !== undefined && timeFields.has(block.canonical)) return true;
  if (block.type === 'stamp' && block.mark.kind === 'stamp') return true;
  return groupsInStampsOrSignatures(block.inlines, signatures);
}

export function isRecordGroup(record: RecordGroups, node: TimeGroupNode): boolean {
  return typeof record === 'boolean' ? record : record.has(node);
}

/** A block's groups inside its stamp marks or a part's signature; `false` at once for the many blocks with none. */
function groupsInStampsOrSignatures(inlines: readonly Inline[], signatures: ReadonlySet<TimeGroupNode>): RecordGroups {
  let found: Set<TimeGroupNode> | undefined;
  let stampEnd = -1;
  // Inlines are sorted by start, marks before what they hold.
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (inline.type === 'mark' && inline.kind === 'stamp') stampEnd = Math.max(stampEnd, inline.end);
    else if (inline.type === 'time-group' && (inline.start < stampEnd || signatures.has(inline))) (found ??= new Set()).add(inline);
  }
  return found ?? false;
}
