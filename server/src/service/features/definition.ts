/**
 * Go to definition for footnotes (format 4.2): from a reference `[i]` to its
 * note in the footer, and from a note's marker back to its first reference;
 * and for a time group without its year, to the date it takes the year from.
 * Also the small range helpers the navigation features share.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { forEachInlineOf } from '../analysis/facts';
import { locate } from '../analysis/locate';
import { groupYear } from '../analysis/groupYear';
import type { CableTree, FootnoteRef, NoteBlock, TextRange, TimeGroupNode } from '../parser/tree';
import { rangeOf } from '../text/positions';
import { offsetIn } from '../parser/treeText';
import type { FeatureContext } from './context';

export { rangeOf };

export function locationOf(tree: Pick<CableTree, 'lineStarts'>, uri: string, range: TextRange): Location {
  return { uri, range: rangeOf(tree, range) };
}

export function offsetOf(tree: CableTree, position: Position): number {
  return offsetIn(tree, position);
}

/** Start ≤ offset ≤ end: a cursor just after a node still points at it. */
export function touches(range: TextRange, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** What a cursor on a footnote points at: a reference in the text, or the marker of a note. */
export type FootnoteTarget = { kind: 'reference'; marker: string; node: FootnoteRef } | { kind: 'note'; marker: string; node: NoteBlock };

export function footnoteAt(tree: CableTree, offset: number): FootnoteTarget | undefined {
  const found = locate(tree, offset);
  if (found.block?.type === 'note' && touches(found.block.markerRange, offset)) {
    return { kind: 'note', marker: found.block.marker, node: found.block };
  }
  // `locate` picks the innermost inline; a reference never holds another node
  const reference = found.block?.inlines.find((inline): inline is FootnoteRef => inline.type === 'footnote-ref' && touches(inline, offset));
  return reference ? { kind: 'reference', marker: reference.marker, node: reference } : undefined;
}

/**
 * Every reference to a note marker, in document order (notes may refer to each other too):
 * read off the tree, so a request right after a keystroke does not gather all the facts.
 */
export function footnoteReferences(tree: CableTree, marker: string): FootnoteRef[] {
  const references: FootnoteRef[] = [];
  forEachInlineOf(tree, 'footnote-ref', (reference) => {
    if (reference.marker === marker) references.push(reference);
  });
  return references;
}

/**
 * Every bracketed marker of a note: its references and, with `withNote`, the
 * note's own marker, in the order of the text (a later note may refer to it).
 */
export function footnoteMarkers(tree: CableTree, marker: string, withNote: boolean): TextRange[] {
  const ranges: TextRange[] = footnoteReferences(tree, marker);
  const note = withNote ? noteFor(tree, marker) : undefined;
  if (note) ranges.push(note.markerRange);
  return ranges.sort((a, b) => a.start - b.start);
}

/** The note for a marker: notes are footer blocks, so it is looked for there alone. */
export function noteFor(tree: CableTree, marker: string): NoteBlock | undefined {
  return tree.footer?.blocks.find((block): block is NoteBlock => block.type === 'note' && block.marker === marker);
}

export function getDefinition(tree: CableTree, position: Position, context: FeatureContext): Location[] | null {
  const offset = offsetOf(tree, position);
  const target = footnoteAt(tree, offset);
  if (!target) return yearSourceAt(tree, offset, context);
  if (target.kind === 'reference') {
    const note = noteFor(tree, target.marker);
    return note ? [locationOf(tree, context.uri, note.markerRange)] : null;
  }
  const first = footnoteReferences(tree, target.marker)[0];
  return first ? [locationOf(tree, context.uri, first)] : null;
}

/**
 * From a time group whose year is not written to where its year comes from
 * (format section 6): the nearest earlier full date, or the catalogue
 * `date`, as its hover and inlay hint say.
 */
function yearSourceAt(tree: CableTree, offset: number, context: FeatureContext): Location[] | null {
  const group = locate(tree, offset).block?.inlines.find((inline): inline is TimeGroupNode => inline.type === 'time-group' && touches(inline, offset));
  if (!group || group.group.date === undefined || group.group.date.year !== undefined) return null;
  const year = groupYear(tree, group);
  if (year?.source) return [locationOf(tree, context.uri, year.source)];
  const date = year?.fromCatalogue ? tree.catalogue?.entries.find((entry) => entry.key === 'date') : undefined;
  return date ? [locationOf(tree, context.uri, date.valueRanges[0] ?? date)] : null;
}
