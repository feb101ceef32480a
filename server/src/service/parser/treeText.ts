/**
 * Reading a tree's text without making it one string. A tree parsed from the
 * server's document holds a text of pieces joined with `+` (see
 * text/editableDocument.ts), which V8 keeps as a rope until something reads
 * it; the first read would copy the whole cable into one new string. So the
 * features and rules that run on every keystroke read through here: from
 * the document's pieces for the tree's version, and only for a tree without
 * them (a cable on disk, the CLI) from the tree's own text.
 */
import type { Position } from 'vscode-languageserver-types';
import { isLineBreak, trimmedBy } from '../text/blanks';
import { offsetAt } from '../text/positions';
import { commentStart, splitLines } from './lines';
import type { TextSource } from '../text/editableDocument';
import type { CableTree, TextRange } from './tree';
import { treeSlot } from './treeSlot';

const sources = treeSlot<TextSource>();

/** The pieces of the tree's version, to read from instead of its joined text. */
export function keepTextSource(tree: CableTree, source: TextSource): void {
  sources.set(tree, source);
}

/** The tree's text from `start` to `end`, from its version's pieces when it has them. */
export function textIn(tree: CableTree, start: number, end: number): string {
  const source = sources.get(tree);
  return source ? source.slice(start, end) : tree.text.slice(start, end);
}

/**
 * The text of a range as the transcription has it: without the comment lines
 * inside it (a mark or a stamp may run over them, see blocks.ts), which are
 * no part of it; the lines left joined by line feeds. Read as `textIn` reads.
 */
export function shownTextIn(tree: CableTree, start: number, end: number): string {
  const text = textIn(tree, start, end);
  if (!text.includes('%%')) return text;
  return splitLines(text)
    .filter((line, index) => index === 0 || commentStart(text, line) < 0)
    .map((line) => text.slice(line.start, line.contentEnd))
    .join('\n');
}

/** The code unit at `offset` (NaN outside the text), read as `textIn` reads. */
export function codeIn(tree: CableTree, offset: number): number {
  const source = sources.get(tree);
  return source ? source.code(offset) : tree.text.charCodeAt(offset);
}

/**
 * The offset of a position the editor sent, in the tree's text. A character
 * past the end of its line is held to the end of the line's text, before its
 * line break, as the protocol asks (never between a CR and its LF, nor on the
 * next line); a line past the last is the end of the text.
 */
export function offsetIn(tree: CableTree, position: Position): number {
  const offset = offsetAt(tree.lineStarts, tree.text.length, position);
  if (position.line < 0 || position.line >= tree.lineStarts.length) return offset;
  const lineStart = tree.lineStarts[position.line];
  let contentEnd = position.line + 1 < tree.lineStarts.length ? tree.lineStarts[position.line + 1] : tree.text.length;
  while (contentEnd > lineStart && isLineBreak(codeIn(tree, contentEnd - 1))) contentEnd--;
  return Math.min(offset, contentEnd);
}

/** A range of the tree's text without blanks and line breaks at its ends (`trimmed`), read as `textIn` reads. */
export function trimmedIn(tree: CableTree, range: TextRange): TextRange {
  const source = textSourceOf(tree);
  return trimmedBy((offset) => source.code(offset), range);
}

/** The first line of a range, without its line ending, read as `textIn` reads. */
export function firstLineIn(tree: CableTree, range: TextRange): TextRange {
  const source = textSourceOf(tree);
  let end = range.start;
  while (end < range.end && source.code(end) !== 10 && source.code(end) !== 13) end++;
  return { start: range.start, end };
}

/** What to read the tree's text from in a loop: the pieces of its version, or its text when it has none. */
export function textSourceOf(tree: CableTree): TextSource {
  return sources.get(tree) ?? new StringSource(tree.text);
}

class StringSource implements TextSource {
  constructor(private readonly text: string) {}

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  code(offset: number): number {
    return this.text.charCodeAt(offset);
  }
}
