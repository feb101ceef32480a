/**
 * Rename a footnote marker (format 4.2): its note's marker in the footer and
 * every reference to it, so a transcriber can renumber a decrypt's notes.
 * Notes belong to their cable, so the edits stay in this document. Only the
 * marker inside the brackets changes.
 */
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { isFootnoteMarker } from '../parser/marks';
import type { CableTree, TextRange } from '../parser/tree';
import { footnoteAt, footnoteMarkers, footnoteReferences, noteFor, rangeOf } from './definition';
import { RenameError } from './renameError';

/** The marker under the cursor, without its brackets, to rename. */
export function prepareFootnoteRename(tree: CableTree, offset: number): { range: Range; placeholder: string } | null {
  const target = footnoteAt(tree, offset);
  if (!target) return null;
  const bracketed = target.kind === 'note' ? target.node.markerRange : target.node;
  return { range: rangeOf(tree, inside(bracketed)), placeholder: target.marker };
}

/** The edits giving the note under the cursor (or referred to there) a new marker; null off a footnote. */
export function footnoteRenameEdits(tree: CableTree, offset: number, newMarker: string, uri: string): WorkspaceEdit | null {
  const target = footnoteAt(tree, offset);
  if (!target) return null;
  const marker = checkedMarker(newMarker);
  if (marker === target.marker) return { changes: {} };
  if (noteFor(tree, marker) || footnoteReferences(tree, marker).length > 0) {
    throw new RenameError(`[${marker}] is already used in this cable: renaming [${target.marker}] to it would join two notes.`);
  }
  const edits: TextEdit[] = footnoteMarkers(tree, target.marker, true).map((range) => ({ range: rangeOf(tree, inside(range)), newText: marker }));
  return { changes: { [uri]: edits } };
}

/** A marker as the format allows it, with or without the brackets typed around it. */
function checkedMarker(newMarker: string): string {
  const trimmed = newMarker.trim();
  const bare = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1).trim() : trimmed;
  if (!isFootnoteMarker(bare)) throw new RenameError(`"${trimmed}" is no note marker: use a letter a–z, a roman numeral i–xl or a number 1–99, as in [ii].`);
  return bare;
}

/** The marker between a `[` and a `]`. */
function inside(bracketed: TextRange): TextRange {
  return { start: bracketed.start + 1, end: bracketed.end - 1 };
}
