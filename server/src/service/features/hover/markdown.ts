/** Writing document text into hover markdown without it turning into markup. */
import type { Range } from 'vscode-languageserver-types';
import type { CableTree, TextRange } from '../../parser/tree';
import { positionAt } from '../../text/positions';

/** Longest quoted excerpt of document text in a hover. */
const maxExcerpt = 300;

/** Document text as markdown text: whitespace collapsed, markup characters escaped, long text cut. */
export function plain(text: string): string {
  const collapsed = excerpt(text);
  const escaped = collapsed.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
  // What would start a heading, list or quote at the start of a line.
  return escaped.replace(/^([#+>-]|\d+\.)/, (start) => `\\${start}`);
}

/** Document text in a code span, which shows it exactly as written. */
export function code(text: string): string {
  const collapsed = excerpt(text);
  const fence = collapsed.includes('`') ? '``' : '`';
  const pad = collapsed.startsWith('`') || collapsed.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${collapsed}${pad}${fence}`;
}

function excerpt(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > maxExcerpt ? `${collapsed.slice(0, maxExcerpt - 1)}…` : collapsed;
}

export function textOf(tree: CableTree, range: TextRange): string {
  return tree.text.slice(range.start, range.end);
}

export function rangeOf(tree: CableTree, range: TextRange): Range {
  return { start: positionAt(tree.lineStarts, range.start), end: positionAt(tree.lineStarts, range.end) };
}

/** 1-based line number of an offset, as a transcriber reads it. */
export function lineNumber(tree: CableTree, offset: number): number {
  return positionAt(tree.lineStarts, offset).line + 1;
}

/** `3 times`, `once`. */
export function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
