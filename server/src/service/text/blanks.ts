/**
 * The blank characters the format tells apart, tested by char code so that
 * scanners allocate nothing. Which set applies is the caller's question:
 * a line that holds only spaces and tabs is blank, a value or a time group's neighbourhood is trimmed of no-break spaces too,
 * and a span that may run over lines (a tagged mark's content, an outline
 * label) is trimmed of line endings as well.
 */

/** Space or tab. */
export function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** Space, tab or no-break space: the blanks inside a line. */
export function isInlineBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Space, tab, line feed or carriage return. */
export function isBlankOrLineBreak(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** A range without the spaces, tabs and line endings at either end: a span that may run over lines (a block, a mark's content). */
export function trimmed(text: string, range: { start: number; end: number }): { start: number; end: number } {
  return trimmedBy((offset) => text.charCodeAt(offset), range);
}

/** `trimmed`, reading the code units through `codeAt` (a tree's pieces, see parser/treeText.ts). */
export function trimmedBy(codeAt: (offset: number) => number, range: { start: number; end: number }): { start: number; end: number } {
  let start = range.start;
  let end = range.end;
  while (start < end && isBlankOrLineBreak(codeAt(start))) start++;
  while (end > start && isBlankOrLineBreak(codeAt(end - 1))) end--;
  return { start, end };
}

/** Line feed or carriage return: either ends a line. */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
