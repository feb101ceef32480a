/**
 * Lines of the tree's text by index, read from `lineStarts` on demand: a
 * code-action request looks at a handful of lines, so nothing is split up front.
 */
import type { CableTree, SourceLine } from '../../parser/tree';
import { isBlank } from '../../parser/lines';
import { isSpaceOrTab } from '../../text/blanks';
import { positionAt } from '../../text/positions';

export function lineIndexAt(tree: CableTree, offset: number): number {
  return positionAt(tree.lineStarts, offset).line;
}

/** The line at an index; the first line starts after a BOM, which belongs to no line's text. */
export function lineAt(tree: CableTree, index: number): SourceLine {
  const { text, lineStarts } = tree;
  const start = index === 0 && tree.bom ? tree.bom.end : lineStarts[index];
  const end = index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length;
  let contentEnd = end;
  if (contentEnd > start && text.charCodeAt(contentEnd - 1) === 10) contentEnd--;
  if (contentEnd > start && text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
  return { start, contentEnd, end };
}

/** Where the line's text ends once trailing spaces and tabs are left out (never before `floor`). */
export function endOfInk(text: string, floor: number, end: number): number {
  let at = end;
  while (at > floor && isSpaceOrTab(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The last line in [from, to) that holds text, or undefined when all are blank. */
export function lastInkedLine(tree: CableTree, from: number, to: number): SourceLine | undefined {
  if (to <= from) return undefined;
  for (let index = lineIndexAt(tree, Math.max(from, to - 1)); index >= 0; index--) {
    const line = lineAt(tree, index);
    if (line.end <= from) return undefined;
    if (!isBlank(tree.text, line)) return line;
  }
  return undefined;
}

/** The document's own line ending, for lines a fix inserts: its majority, LF when it has none. */
export function documentEol(tree: CableTree): string {
  const { lf, crlf, cr } = tree.lineEndings;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}
