/**
 * The Cable Markup parser: text → tree, in two passes. The block pass splits the
 * document into zones and line blocks (format sections 1–5); the inline pass
 * then reads marks, footnote references, time groups, number signs, names and
 * signature lines inside each block's text. Nothing here throws on bad input:
 * problems are recorded in the tree for the checker to report.
 */
import type { SlashedDates } from '../settings';
import { readZones } from './blocks';
import { editedText, parseBodyEdit } from './bodyEdit';
import { parseFooterEdit } from './footerEdit';
import { parseHeaderEdit } from './headerEdit';
import { readInlines } from './inlinePass';
import { blockLines, countLineEndings, splitLines } from './lines';
import { editBetween, type Edit } from '../text/changedSpan';
import type { CableTree } from './tree';

export interface ParseOptions {
  slashedDates: SlashedDates;
}

export const defaultParseOptions: ParseOptions = Object.freeze({ slashedDates: 'month-first' });

/**
 * Parses a document. `previous`, the tree of an earlier version parsed with
 * the same options, makes it incremental: an edit inside the body reads only
 * the blocks around it and moves the rest (see bodyEdit), one inside the
 * header reads the header again and moves the rest (see headerEdit), one
 * inside the footer reads only the footer (see footerEdit), and any other
 * edit lets unchanged blocks keep their inline results. The previous tree is
 * consumed — its nodes may now belong to the new tree, with new offsets — so
 * a caller passes it only when it no longer needs it (as the tree cache does).
 */
export function parseCable(text: string, options: ParseOptions = defaultParseOptions, previous?: CableTree, change?: TextChangeHint): CableTree {
  if (!previous) return parseWhole(text, options, undefined, undefined);
  const edit = change?.edit ?? editBetween(previous.text, text);
  // An edit at the very start may make or unmake a byte-order mark, which every fast path takes as given.
  if (edit.prefix === 0) return parseWhole(text, options, previous, edit);
  // Told the change, the body-edit path reads a few lines around it and never the whole text.
  const edited = change ? { ...change, text } : editedText(previous, text, edit);
  return parseBodyEdit(previous, edited, options) ?? parseHeaderEdit(previous, text, options, edit) ?? parseFooterEdit(previous, text, options, edit) ?? parseWhole(text, options, previous, edit);
}

/**
 * The one change that made `text` out of the previous tree's text, when the
 * caller knows it (the server's document does): the body-edit path then
 * reads only the lines around it (see `EditedText`), and the whole text is
 * not compared with the old one to find the change. `edit` may span more
 * than what changed, never less.
 */
export interface TextChangeHint {
  edit: Edit;
  /** The old text of [prefix, oldEnd), and the new text in its place. */
  removed: string;
  inserted: string;
  /** The new text from `start` to `end`. */
  between(start: number, end: number): string;
}

function parseWhole(text: string, options: ParseOptions, previous: CableTree | undefined, edit: Edit | undefined): CableTree {
  const lines = splitLines(text);
  const lineStarts = lines.map((line) => line.start);
  const zones = readZones(text, blockLines(lines));
  // Every key written out, in the order the incremental paths write them too (see nextTree): a
  // spread would give full parses a different layout (hidden class) from incremental ones.
  const tree: CableTree = {
    text,
    lineStarts,
    bom: zones.bom,
    catalogue: zones.catalogue,
    header: zones.header,
    body: zones.body,
    footer: zones.footer,
    noteMarkers: zones.noteMarkers,
    lineEndings: countLineEndings(text, lines),
    bracketProblems: [],
    timeGroupProblems: [],
    kept: [],
  };
  readInlines(tree, options, previous, edit);
  return tree;
}

/** Every top-level block of the tree in document order. */
export function* topLevelBlocks(tree: CableTree): Generator<CableTree['header']['blocks'][number] | CableTree['body']['blocks'][number] | NonNullable<CableTree['footer']>['blocks'][number] | NonNullable<CableTree['catalogue']> | NonNullable<CableTree['bom']>> {
  if (tree.bom) yield tree.bom;
  if (tree.catalogue) yield tree.catalogue;
  yield* tree.header.blocks;
  yield* tree.body.blocks;
  if (tree.footer) yield* tree.footer.blocks;
}

/** Prints the tree back to text: the concatenation of its top-level blocks. */
export function printTree(tree: CableTree): string {
  const parts: string[] = [];
  let expected = 0;
  for (const block of topLevelBlocks(tree)) {
    if (block.start !== expected) throw new Error(`tree has a gap or overlap at offset ${expected} (block starts at ${block.start})`);
    parts.push(tree.text.slice(block.start, block.end));
    expected = block.end;
  }
  if (expected !== tree.text.length) throw new Error(`tree ends at ${expected}, text at ${tree.text.length}`);
  return parts.join('');
}
