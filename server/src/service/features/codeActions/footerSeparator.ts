/**
 * C104, a footer field (`Deciphered:`) in the body: the footer separator was
 * left out. The fix inserts a `-----` line before the first of the footer
 * field lines, so the whole run of them moves into the footer.
 *
 * Offered only when that is all the separator changes: the document has no
 * footer yet (a second separator would leave the first as a stray footer
 * line), the field is not inside a quoted telegram, and everything from there
 * to the end is footer material (footer fields, their continuation lines,
 * notes, blank lines, comments). Otherwise body text — the cable's signature —
 * would silently become footer text, and the user should move the line instead.
 */
import { fieldByName, fieldNamePattern } from '../../parser/fields';
import { commentStart, isBlank, startsWithWhitespace } from '../../parser/lines';
import { isFootnoteMarker } from '../../parser/marks';
import type { CableTree, SourceLine } from '../../parser/tree';
import { locate } from '../../analysis/locate';
import { insert } from './edits';
import { lineAt, lineIndexAt } from './lines';
import type { FixFamily } from './types';

function isFooterFieldLine(text: string, line: SourceLine): boolean {
  const match = fieldNamePattern.exec(text.slice(line.start, line.contentEnd));
  return match !== null && fieldByName(match[1])?.zone === 'footer';
}

function isNoteLine(text: string, line: SourceLine): boolean {
  const match = /^\[([a-z0-9]{1,4})\][ \t]/.exec(text.slice(line.start, line.contentEnd));
  return match !== null && isFootnoteMarker(match[1]);
}

function isQuiet(text: string, line: SourceLine): boolean {
  return isBlank(text, line) || commentStart(text, line) >= 0;
}

/** The first footer field line of the run that holds line `index`, across blank and comment lines. */
function runStart(tree: CableTree, index: number, zoneStart: number): number {
  let first = index;
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lineAt(tree, previous);
    if (line.start < zoneStart) break;
    if (isFooterFieldLine(tree.text, line)) first = previous;
    else if (!isQuiet(tree.text, line)) break;
  }
  return first;
}

function onlyFooterMaterialFrom(tree: CableTree, index: number): boolean {
  for (let next = index; next < tree.lineStarts.length; next++) {
    const line = lineAt(tree, next);
    const text = tree.text;
    if (!(isQuiet(text, line) || isFooterFieldLine(text, line) || isNoteLine(text, line) || startsWithWhitespace(text, line))) return false;
  }
  return true;
}

export const insertFooterSeparator: FixFamily = (target, { tree, eol }) => {
  if (tree.footer) return [];
  const index = lineIndexAt(tree, target.start);
  const line = lineAt(tree, index);
  if (line.start !== target.start || !isFooterFieldLine(tree.text, line)) return [];
  const location = locate(tree, target.start);
  if (location.quote || (location.zone !== 'body' && location.zone !== 'header')) return [];
  const zoneStart = location.zone === 'body' ? tree.body.start : tree.header.start;
  const first = runStart(tree, index, zoneStart);
  if (!onlyFooterMaterialFrom(tree, first)) return [];
  return [{ title: 'Insert the footer separator ----- before the footer fields', edits: [insert(lineAt(tree, first).start, `-----${eol}`)], preferred: true, safe: false }];
};
