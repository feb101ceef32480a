/**
 * The cable's own record of when it was sent, received and handled: the
 * time groups of the time fields (`Sent`, `Received`, `Deciphered`, …) and
 * of the body's signature. A group of these without its year takes the year
 * of the nearest full date among them, else the catalogue `date`, and only
 * then the nearest full date anywhere (docs/format.md): a date the prose
 * mentions (`the treaty of 14 February 1950`) is some other event's, and
 * read as the cable's it would date the footer's `Deciphered: Fedyaev 1205
 * 19 October` in 1950 and silence C301. A quoted telegram's signature takes
 * its year from the record too (it is checked against `Received`), but
 * gives none: it is an earlier telegram's, perhaps of the year before. Nor
 * do stamps give one (a declassification stamp of 1995 on the first page).
 * The forward reading (`resolveYears`) and the backward one (`groupYear`)
 * ask the same question of a leaf block here.
 */
import { timeFields } from '../parser/fields';
import type { Block, BodyBlock, CableTree, TimeGroupNode } from '../parser/tree';
import { treeSlot } from '../parser/treeSlot';

/**
 * Which of a leaf block's time groups are of the record: all, none, or those
 * in the map, each with whether it gives the record its year (the body's
 * signature) or only takes it (a quote's).
 */
export type RecordGroups = boolean | ReadonlyMap<TimeGroupNode, boolean>;

/**
 * The signatures' time groups: the body's (which gives the record a year)
 * and each quoted telegram's (which only takes one). A part's signature is
 * its last line, not every line shaped like one: a State Department cable
 * is all capitals, and its dated prose is no record.
 */
export function signatureRolesOf(tree: CableTree): ReadonlyMap<TimeGroupNode, boolean> {
  // Worked out once per version: a hover asks for it, and a cable's body may hold thousands of blocks.
  let roles = signatureRoles.get(tree);
  if (roles === undefined) {
    const found = new Map<TimeGroupNode, boolean>();
    addQuoteSignatures(tree.body.blocks, found);
    const body = tree.body.signature?.timeGroup;
    if (body !== undefined) found.set(body, true);
    roles = found;
    signatureRoles.set(tree, roles);
  }
  return roles;
}

const signatureRoles = treeSlot<ReadonlyMap<TimeGroupNode, boolean>>();

function addQuoteSignatures(blocks: readonly BodyBlock[], roles: Map<TimeGroupNode, boolean>): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type !== 'quote') continue;
    if (block.signature?.timeGroup) roles.set(block.signature.timeGroup, false);
    addQuoteSignatures(block.blocks, roles);
  }
}

/** `signatures`: the tree's `signatureRolesOf`. */
export function recordGroupsOf(block: Block, signatures: ReadonlyMap<TimeGroupNode, boolean>): RecordGroups {
  if (block.type === 'field') return block.canonical !== undefined && timeFields.has(block.canonical);
  if (block.type !== 'paragraph' || signatures.size === 0) return false;
  // The block's own groups looked up, not every signature's compared with the block: a cable may quote thousands of telegrams.
  for (const inline of block.inlines) if (inline.type === 'time-group' && signatures.has(inline)) return signatures;
  return false;
}

/** Whether the group takes its year from the record first. */
export function isRecordGroup(record: RecordGroups, node: TimeGroupNode): boolean {
  return typeof record === 'boolean' ? record : record.has(node);
}

/** Whether the group, written in full, gives the record its year. */
export function givesRecordYear(record: RecordGroups, node: TimeGroupNode): boolean {
  return typeof record === 'boolean' ? record : record.get(node) === true;
}
