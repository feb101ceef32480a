/**
 * Hover: what the thing under the pointer means, as markdown, with the range
 * of that thing. The innermost node wins: a time group inside a stamp shows
 * its reading, the rest of the stamp shows the stamp. On a signature line the
 * upper-case name shows the signature (who signs what, and when).
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { locate, type Location } from '../analysis/locate';
import type { Block, CableTree, Inline, SignatureLine, TextRange } from '../parser/tree';
import { offsetIn } from '../parser/treeText';
import type { FeatureContext } from './context';
import { catalogueKeyHover, fieldHover, numberSignHover } from './hover/fields';
import { rangeOf } from './hover/markdown';
import { footnoteRefHover, markHover, noteMarkerHover } from './hover/marks';
import { nameHover, signatureHover, type SignatureRole } from './hover/names';
import { timeGroupHover } from './hover/timeGroups';

export function getHover(tree: CableTree, position: Position, context: FeatureContext): Hover | null {
  const offset = offsetIn(tree, position);
  const location = locate(tree, offset);
  if (location.zone === 'catalogue') return catalogueHoverAt(tree, offset);
  const block = location.block;
  // `locate` gives the last block for the offset just past it; a hover there is over nothing.
  if (!block || !within(block, offset)) return null;
  const signature = signatureUnder(block, offset);
  if (signature) return hover(tree, signature.name, signatureHover(tree, signature, signatureRole(tree, location, signature)));
  const inline = inlineUnder(block.inlines, offset);
  if (inline) return hover(tree, inline, inlineHover(tree, inline, context));
  if (block.type === 'field' && within(block.nameRange, offset)) return hover(tree, block.nameRange, fieldHover(block));
  if (block.type === 'note' && within(block.markerRange, offset)) return hover(tree, block.markerRange, noteMarkerHover(tree, block));
  return null;
}

function hover(tree: CableTree, range: TextRange, markdown: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: rangeOf(tree, range) };
}

/** Hover covers the characters of a node: its end is excluded (unlike completion, where the cursor may stand just after). */
function within(range: TextRange, offset: number): boolean {
  return offset >= range.start && offset < range.end;
}

function inlineHover(tree: CableTree, inline: Inline, context: FeatureContext): string {
  switch (inline.type) {
    case 'time-group':
      return timeGroupHover(tree, inline, context.settings);
    case 'mark':
      return markHover(tree, inline);
    case 'footnote-ref':
      return footnoteRefHover(tree, inline);
    case 'name':
      return nameHover(tree, inline, context);
    case 'number-sign':
      return numberSignHover(tree, inline, context.settings);
  }
}

/** The innermost inline holding the offset; inlines are sorted by start, outer before inner. */
function inlineUnder(inlines: readonly Inline[], offset: number): Inline | undefined {
  let best: Inline | undefined;
  for (const inline of inlines) {
    if (inline.start > offset) break;
    if (offset < inline.end && (!best || inline.end - inline.start <= best.end - best.start)) best = inline;
  }
  return best;
}

function signatureUnder(block: Block, offset: number): SignatureLine | undefined {
  if (block.type !== 'paragraph') return undefined;
  const line = block.lines.find((candidate) => offset >= candidate.start && offset < candidate.end);
  return line?.signature && within(line.signature.name, offset) ? line.signature : undefined;
}

function signatureRole(tree: CableTree, location: Location, signature: SignatureLine): SignatureRole {
  if (location.quote?.signature === signature) return 'quote';
  return tree.body.signature === signature ? 'cable' : undefined;
}

function catalogueHoverAt(tree: CableTree, offset: number): Hover | null {
  const entry = tree.catalogue?.entries.find((candidate) => within(candidate.keyRange, offset));
  return entry ? hover(tree, entry.keyRange, catalogueKeyHover(entry)) : null;
}
