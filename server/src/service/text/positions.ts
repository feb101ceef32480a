import type { Position, Range } from 'vscode-languageserver-types';

/** The line and character of an offset, by binary search over line starts. */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  const line = lastStartingAtOrBefore(lineStarts, offset);
  return { line, character: Math.max(0, offset - lineStarts[line]) };
}

/** Index of the last of ascending starts at or before `offset` (0 when none is); `low` and `high` narrow the search to indexes known to hold it. */
export function lastStartingAtOrBefore(starts: readonly number[], offset: number, low = 0, high = starts.length - 1): number {
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The lines of offsets asked for mostly in ascending order, as a walk of the
 * tree asks: each is found from the line of the one before, in a few steps
 * forward (doubling, then halving), instead of halving all of a large
 * cable's line starts each time. An offset before the last one is found by
 * a search of them all.
 */
export class LineFinder {
  private line = 0;

  constructor(private readonly lineStarts: readonly number[]) {}

  lineOf(offset: number): number {
    const starts = this.lineStarts;
    if (offset < starts[this.line]) return (this.line = lastStartingAtOrBefore(starts, offset));
    let low = this.line;
    let step = 1;
    while (low + step < starts.length && starts[low + step] <= offset) {
      low += step;
      step *= 2;
    }
    return (this.line = lastStartingAtOrBefore(starts, offset, low, Math.min(low + step, starts.length - 1)));
  }
}

/** The offset of a position, clamped to its line. */
export function offsetAt(lineStarts: readonly number[], textLength: number, position: Position): number {
  if (position.line >= lineStarts.length) return textLength;
  if (position.line < 0) return 0;
  const lineStart = lineStarts[position.line];
  const next = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : textLength;
  return Math.min(lineStart + Math.max(0, position.character), next);
}

/** What the helpers below need of a tree: its line starts. */
interface Lines {
  lineStarts: readonly number[];
}

/** The LSP range of an offset range of a tree's text. */
export function rangeOf(tree: Lines, range: { start: number; end: number }): Range {
  return { start: positionAt(tree.lineStarts, range.start), end: positionAt(tree.lineStarts, range.end) };
}

/** The 1-based line of an offset, as a transcriber reads it in a message. */
export function lineNumberOf(tree: Lines, offset: number): number {
  return positionAt(tree.lineStarts, offset).line + 1;
}

/** Index of the first item starting at or after `offset` in a list sorted by start (its length when none). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
