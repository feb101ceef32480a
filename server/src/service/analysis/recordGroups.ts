/**
 * The cable's own record of when it was sent, received and handled: the
 * time groups of the time fields (`Sent`, `Received`, `Deciphered`, …), of
 * stamps (`[Stamp: … 19 October 1951]`) and of signature lines. A group of
 * these without its year takes the year of the nearest full date among
 * them, else the catalogue `date`, and only then the nearest full date
 * anywhere (docs/format.md): a date the prose mentions (`the treaty of 14
 * February 1950`) is some other event's, and read as the cable's it would
 * date the footer's `Deciphered: Fedyaev 1205 19 October` in 1950 and
 * silence C301. The forward reading (`resolveYears`) and the backward one
 * (`groupYear`) ask the same question of a leaf block here.
 */
import { timeFields } from '../parser/fields';
import type { Block, TimeGroupNode } from '../parser/tree';

/** Which of a leaf block's time groups are of the record: all, none, or those in the set. */
export type RecordGroups = boolean | ReadonlySet<TimeGroupNode>;

export function recordGroupsOf(block: Block): RecordGroups {
  switch (block.type) {
    case 'field':
      return block.canonical !== undefined && timeFields.has(block.canonical);
    case 'stamp':
      return block.mark.kind === 'stamp';
    case 'paragraph':
      return paragraphRecordGroups(block.inlines, block.lines);
    default:
      return false;
  }
}

export function isRecordGroup(record: RecordGroups, node: TimeGroupNode): boolean {
  return typeof record === 'boolean' ? record : record.has(node);
}

/**
 * A paragraph's signature groups and the groups inside its stamp marks;
 * `false` at once for the many paragraphs with no time group, before their
 * lines are read.
 */
function paragraphRecordGroups(inlines: Block['inlines'], lines: ReadonlyArray<{ signature?: { timeGroup: TimeGroupNode | undefined } }>): RecordGroups {
  let found: Set<TimeGroupNode> | undefined;
  let stampEnd = -1;
  // Inlines are sorted by start, marks before what they hold.
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (inline.type === 'mark' && inline.kind === 'stamp') stampEnd = Math.max(stampEnd, inline.end);
    else if (inline.type === 'time-group') {
      found ??= new Set(signatureGroups(lines));
      if (inline.start < stampEnd) found.add(inline);
    }
  }
  return found === undefined || found.size === 0 ? false : found;
}

function* signatureGroups(lines: ReadonlyArray<{ signature?: { timeGroup: TimeGroupNode | undefined } }>): Generator<TimeGroupNode> {
  for (let index = 0; index < lines.length; index++) {
    const group = lines[index].signature?.timeGroup;
    if (group !== undefined) yield group;
  }
}
