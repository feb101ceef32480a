import type { Position } from 'vscode-languageserver-types';

/** The line and character of an offset, by binary search over line starts. */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, character: Math.max(0, offset - lineStarts[low]) };
}

/** The offset of a position, clamped to its line. */
export function offsetAt(lineStarts: readonly number[], textLength: number, position: Position): number {
  if (position.line >= lineStarts.length) return textLength;
  if (position.line < 0) return 0;
  const lineStart = lineStarts[position.line];
  const next = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : textLength;
  return Math.min(lineStart + Math.max(0, position.character), next);
}
