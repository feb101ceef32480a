/**
 * Where a completion was asked for: the offset, its line, the text either side
 * of the cursor on that line, and what `locate` finds there. Everything is read
 * from the tree by binary search, so the cost does not grow with the document.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { locate, type Location } from '../../analysis/locate';
import type { Block, CableTree } from '../../parser/tree';
import { codeIn, offsetIn, textIn } from '../../parser/treeText';
import { isLineBreak } from '../../text/blanks';
import { positionAt } from '../../text/positions';

export interface CompletionSite {
  tree: CableTree;
  offset: number;
  /** 0-based line of the cursor. */
  line: number;
  lineStart: number;
  /** Where the line's text ends (before its line ending). */
  lineEnd: number;
  /** The line's text before the cursor. */
  before: string;
  /** The line's text after the cursor. */
  after: string;
  location: Location;
  /**
   * The block holding the cursor's line. `locate` hands an offset at the end of
   * the last block to that block even on the empty line after it; here such a
   * line has no block.
   */
  block: Block | undefined;
}

export function readSite(tree: CableTree, position: Position): CompletionSite {
  const offset = offsetIn(tree, position);
  const line = positionAt(tree.lineStarts, offset).line;
  // A byte-order mark is no text of the first line: `Re` after it is still at the line start.
  const lineStart = line === 0 && codeIn(tree, 0) === 0xfeff ? Math.min(1, offset) : tree.lineStarts[line];
  const lineEnd = contentEndOf(tree, line);
  const location = locate(tree, offset);
  const block = location.block && location.block.start <= lineStart && lineStart < location.block.end ? location.block : undefined;
  // The line is read as a whole, from the version's pieces (see treeText.ts).
  const lineText = textIn(tree, lineStart, lineEnd);
  return {
    tree,
    offset,
    line,
    lineStart,
    lineEnd,
    before: lineText.slice(0, offset - lineStart),
    after: lineText.slice(offset - lineStart),
    location,
    block,
  };
}

function contentEndOf(tree: CableTree, line: number): number {
  let end = line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : tree.text.length;
  while (end > tree.lineStarts[line] && isLineBreak(codeIn(tree, end - 1))) end--;
  return end;
}

/** What is typed on the cursor's line from `start` (on that line) to the cursor. */
export function typedFrom(site: CompletionSite, start: number): string {
  return start >= site.lineStart ? site.before.slice(start - site.lineStart) : textIn(site.tree, start, site.offset);
}

/** A range on the cursor's line, from two offsets on it. */
export function lineRange(site: CompletionSite, start: number, end: number): Range {
  // Characters count from the line's true start, a byte-order mark included, as positions do everywhere.
  const origin = site.tree.lineStarts[site.line];
  return {
    start: { line: site.line, character: start - origin },
    end: { line: site.line, character: end - origin },
  };
}

/** A `%%` comment line: nothing is completed in comments. */
export function isCommentLine(site: CompletionSite): boolean {
  return /^[ \t]*%%/.test(site.before + site.after);
}

/** True when [start, end) of the text holds only blanks, line endings and a byte-order mark; stops at the first other character. */
export function onlyBlanks(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xfeff && code !== 0xa0) return false;
  }
  return true;
}

/**
 * The catalogue record holds the cursor's line, or the line is the first one
 * after a record that is not closed yet: while a record is being typed,
 * `ti` (no colon yet) ends it, though the transcriber means a key.
 */
export function inCatalogue(site: CompletionSite): boolean {
  const catalogue = site.tree.catalogue;
  if (!catalogue) return false;
  if (site.location.zone === 'catalogue') return true;
  return catalogue.close === undefined && site.lineStart === catalogue.end;
}

/**
 * A line where a header field may be typed: in the header (not inside a stamp
 * spanning lines), or the first line of the body — typing `Re` there makes the
 * line text, which starts the body, though the transcriber means a field.
 */
export function inHeaderPosition(site: CompletionSite): boolean {
  if (inStampContinuation(site)) return false;
  if (site.location.zone === 'header') return true;
  return site.location.zone === 'body' && site.lineStart === site.tree.body.start;
}

/** A line of the footer after its separator, where a footer field may be typed. */
export function inFooterPosition(site: CompletionSite): boolean {
  const footer = site.tree.footer;
  if (!footer || site.location.zone !== 'footer' || site.lineStart <= footer.start) return false;
  return !inStampContinuation(site) && site.block?.type !== 'note';
}

function inStampContinuation(site: CompletionSite): boolean {
  return site.block?.type === 'stamp' && site.lineStart > site.block.start;
}
