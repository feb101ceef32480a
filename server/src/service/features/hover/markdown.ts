/** Writing document text into hover markdown without it turning into markup. */
import { textIn } from '../../parser/treeText';
import type { CableTree, TextRange } from '../../parser/tree';

/** Longest quoted excerpt of document text in a hover. */
const maxExcerpt = 300;

/** Document text as markdown text: whitespace collapsed, markup characters escaped, long text cut. */
export function plain(text: string): string {
  const collapsed = excerpt(text);
  const escaped = collapsed.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
  // What would start a heading, list or quote at the start of a line.
  return escaped.replace(/^([#+>-]|\d+\.)/, (start) => `\\${start}`);
}

/**
 * Document text in a code span, which shows it exactly as written. The fence
 * is one backtick longer than the longest run of backticks in the text, so
 * no run inside can close the span early and let the rest through as markup
 * (an image or a link in a hover).
 */
export function code(text: string): string {
  const collapsed = excerpt(text);
  const longestRun = Math.max(0, ...Array.from(collapsed.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = collapsed.startsWith('`') || collapsed.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${collapsed}${pad}${fence}`;
}

function excerpt(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > maxExcerpt ? `${collapsed.slice(0, maxExcerpt - 1)}…` : collapsed;
}

/** The text of a range, from the version's pieces when the tree has them (see treeText.ts). */
export function textOf(tree: CableTree, range: TextRange): string {
  return textIn(tree, range.start, range.end);
}


export { lineNumberOf as lineNumber, rangeOf } from '../../text/positions';

/** `3 times`, `once`. */
export function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
