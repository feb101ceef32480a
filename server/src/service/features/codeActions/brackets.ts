/**
 * C102: a `[` without its `]`, or a `]` that closes nothing. A stray `]` is
 * removed. A missing `]` of an ordinary mark goes after the first word in it
 * (preferred: the editor supplies a word, `[Kaesong`) or at the end of its
 * line; of a tagged one at the end of the paragraph or stamp (`[Stamp: …` may
 * span lines) — and before a closing quote on that line, so the quote stays
 * closed.
 */
import type { CableTree, Mark } from '../../parser/tree';
import { insert, quoted, remove } from './edits';
import { ownStart } from './lookups';
import { endOfInk, lineAt, lineIndexAt } from './lines';
import type { Fix, FixEnv, FixFamily } from './types';
import { isSpaceOrTab } from '../../text/blanks';
import { opensCertaintyMark, wholeMarkOf } from '../../parser/marks';

const problemStart = (problem: CableTree['bracketProblems'][number]): number => problem.range.start;

/** Where the unclosed mark opened at `bracket` stops: its line's end, or a tagged mark's end. */
function markLimit(env: FixEnv, bracket: number): { limit: number; tagged: Mark | undefined } {
  const tagged = env.lookups.find(env.facts.marks, ownStart, bracket, (mark) => !mark.closed && mark.tag !== undefined);
  if (tagged) return { limit: tagged.end, tagged };
  return { limit: lineAt(env.tree, lineIndexAt(env.tree, bracket)).contentEnd, tagged: undefined };
}

/** A quote closing on the limit's line, after the bracket, must stay the line's last mark. */
function beforeClosingQuote(env: FixEnv, bracket: number, limit: number): number {
  const line = lineAt(env.tree, lineIndexAt(env.tree, Math.max(bracket, limit - 1)));
  const quote = env.facts.quotes.find((candidate) => candidate.closeQuote !== undefined && candidate.closeQuote.start > bracket && candidate.closeQuote.start >= line.start && candidate.closeQuote.end <= limit);
  return quote?.closeQuote ? quote.closeQuote.start : limit;
}

function closeMark(env: FixEnv, bracket: number): Fix[] {
  const { limit, tagged } = markLimit(env, bracket);
  const at = endOfInk(env.tree.text, bracket + 1, beforeClosingQuote(env, bracket, limit));
  if (tagged) return [{ title: `Close the mark with ] at the end of the [${tagged.tag}: …] mark`, edits: [insert(at, ']')], preferred: true, safe: false }];
  const atEnd: Fix = { title: 'Close the mark with ] at the end of its line', edits: [insert(at, ']')], preferred: true, safe: false };
  const first = firstWordAfter(env.tree.text, bracket + 1, at);
  // Not where `]` after the word would make a footnote reference (`[3` of `[3 groups garbled`) or cut a certainty grade off (`[C% …`).
  if (first === undefined || first.end >= at || opensCertaintyMark(env.tree.text, bracket) || !wholeMarkOf(`${env.tree.text.slice(bracket, first.end)}]`)) return [atEnd];
  // A forgotten `]` most often belongs after the one word supplied (`[Kaesong arrived`):
  // closing at the line's end would make the page's own words the editor's.
  const afterWord: Fix = { title: `Close the mark with ] after ${quoted(env.tree.text.slice(first.start, first.end))}`, edits: [insert(first.end, ']')], preferred: true, safe: false };
  return [afterWord, { ...atEnd, preferred: false }];
}

/** A word, and the `?` that makes its reading doubtful when one follows it at once. */
const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\??/uy;

/**
 * The word the mark opens with, after blanks, if it ends before `to`: letters
 * and digits, with the hyphens and apostrophes inside it. Read where it
 * stands, never sliced out: a line of 100,000 `[` asks for each of them.
 */
function firstWordAfter(text: string, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  while (start < to && isSpaceOrTab(text.charCodeAt(start))) start++;
  word.lastIndex = start;
  const found = word.exec(text);
  return found && word.lastIndex <= to ? { start, end: word.lastIndex } : undefined;
}

export const pairBracket: FixFamily = (target, env) => {
  const problem = env.lookups.find(env.tree.bracketProblems, problemStart, target.start, (candidate) => candidate.range.end === target.end);
  if (!problem) return [];
  const char = env.tree.text[problem.range.start];
  if (problem.kind === 'stray' && char === ']') {
    return [{ title: 'Remove the stray ]', edits: [remove(problem.range.start, problem.range.end)], preferred: true, safe: false }];
  }
  if (problem.kind === 'unclosed' && char === '[') return closeMark(env, problem.range.start);
  return [];
};
