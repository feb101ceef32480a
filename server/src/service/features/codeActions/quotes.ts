/**
 * C101: a quoted telegram that is never closed. The fix appends the closing
 * mark that matches the opener (`"` → `"`, `“` → `”`, `«` → `»`) right after
 * the last character of the quote's last line of text, so trailing blanks and
 * the line ending stay as they are. An unclosed quote runs to the end of the
 * body and swallows the cable's own signature; when the quote holds an earlier
 * signature line, closing there is offered too, and then neither is preferred.
 */
import { commentStart } from '../../parser/lines';
import type { ParagraphLine, QuoteBlock } from '../../parser/tree';
import { insert, quoted } from './edits';
import { endOfInk, lineIndexAt } from './lines';
import type { Fix, FixEnv, FixFamily } from './types';

const openLineStart = (quote: QuoteBlock): number => quote.openLine.start;

const closers: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»' };

/** The quote's text lines in order (blank and comment lines left out). */
function textLines(env: FixEnv, quote: QuoteBlock): ParagraphLine[] {
  return quote.blocks.flatMap((block) => (block.type === 'paragraph' ? block.lines : [])).filter((line) => commentStart(env.tree.text, line) < 0);
}

function closeAfter(env: FixEnv, line: ParagraphLine, closer: string, title: string, preferred: boolean): Fix {
  const at = endOfInk(env.tree.text, line.start, line.contentEnd);
  return { title, edits: [insert(at, closer)], preferred, safe: false };
}

export const closeQuote: FixFamily = (target, env) => {
  const { tree, facts } = env;
  const quote = env.lookups.find(facts.quotes, openLineStart, target.start, (candidate) => candidate.closeQuote === undefined);
  if (!quote) return [];
  const closer = closers[tree.text.slice(quote.openQuote.start, quote.openQuote.end)];
  const lines = textLines(env, quote);
  const last = lines[lines.length - 1];
  if (!closer || !last) return [];
  const earlierSignature = lines.find((line) => line.signature !== undefined && line !== last);
  const lineNumber = (line: ParagraphLine): number => lineIndexAt(tree, line.start) + 1;
  const fixes = [closeAfter(env, last, closer, `Close the quoted telegram with ${closer} at the end of line ${lineNumber(last)}`, earlierSignature === undefined)];
  if (earlierSignature?.signature) {
    const signature = tree.text.slice(earlierSignature.signature.start, earlierSignature.signature.end);
    fixes.unshift(closeAfter(env, earlierSignature, closer, `Close the quoted telegram with ${closer} after its signature ${quoted(signature.trim())} (line ${lineNumber(earlierSignature)})`, false));
  }
  return fixes;
};
