/**
 * The lines that open and close a quoted telegram (format 4.4): a line
 * starting with a quote mark and no closing mark opens one; a line whose
 * last character is the closing mark, perhaps followed by a stop and by
 * footnote references, closes it. The block pass (blocks.ts) reads the
 * quote's lines between them.
 */
import { trimmedRange } from './lines';
import { isFootnoteMarker } from './marks';
import { isSpaceOrTab } from '../text/blanks';
import type { SourceLine } from './tree';

export interface QuoteKind {
  open: string;
  close: string;
}

const quoteKinds: readonly QuoteKind[] = [
  { open: '"', close: '"' },
  { open: '“', close: '”' },
  { open: '«', close: '»' },
];

/** A quoted telegram opens at a line whose first character is a quote with no closing quote after it. */
export function quoteOpening(text: string, line: SourceLine): QuoteKind | undefined {
  const first = text[line.start];
  const kind = quoteKinds.find((candidate) => candidate.open === first);
  if (!kind || line.contentEnd === line.start) return undefined;
  const closeAt = text.indexOf(kind.close, line.start + 1);
  return closeAt === -1 || closeAt >= line.contentEnd ? kind : undefined;
}

/**
 * Where a line closes a quote: its last non-blank character is the closing
 * quote, or it is followed by `. , ; : ! ?`. Footnote references may stand
 * after the quote or its stop too (`VIKTOR 0530 18 October"[i]`, `…".[1]`):
 * an annotated translation puts its note markers there, and a transcriber
 * writes what the page shows.
 */
export function quoteClosing(text: string, line: SourceLine, kind: QuoteKind): number {
  const content = trimmedRange(text, line.start, line.contentEnd);
  const end = withoutReferences(text, content.start, content.end);
  if (end === content.start) return -1;
  const last = text[end - 1];
  if (last === kind.close) return end - 1;
  if (!'.,;:!?'.includes(last)) return -1;
  const beforeStop = withoutReferences(text, content.start, end - 1);
  return beforeStop > content.start && text[beforeStop - 1] === kind.close ? beforeStop - 1 : -1;
}

/**
 * `end` moved back over the footnote references (`[i]`, `[12]`) that end
 * [start, end), and the blanks before them (`…October" [1]`: references
 * are written with or without a space before them).
 */
function withoutReferences(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && text.charCodeAt(at - 1) === 93) {
    const open = text.lastIndexOf('[', at - 2);
    if (open < start || !isFootnoteMarker(text.slice(open + 1, at - 1))) break;
    let before = open;
    while (before > start && isSpaceOrTab(text.charCodeAt(before - 1))) before--;
    at = before;
  }
  return at;
}
