/**
 * C102: a `[` without its `]`, or a `]` that closes nothing. A stray `]` is
 * removed. A missing `]` goes where the parser stopped looking for it: at the
 * end of the line for an ordinary mark (it must close on its line), at the end
 * of the paragraph or stamp for a tagged one (`[Stamp: …` may span lines) —
 * and before a closing quote on that line, so the quote stays closed.
 */
import type { CableTree, Mark } from '../../parser/tree';
import { insert, remove } from './edits';
import { ownStart } from './lookups';
import { endOfInk, lineAt, lineIndexAt } from './lines';
import type { Fix, FixEnv, FixFamily } from './types';

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

function closeMark(env: FixEnv, bracket: number): Fix {
  const { limit, tagged } = markLimit(env, bracket);
  const at = endOfInk(env.tree.text, bracket + 1, beforeClosingQuote(env, bracket, limit));
  const where = tagged ? `at the end of the [${tagged.tag}: …] mark` : 'at the end of its line';
  return { title: `Close the mark with ] ${where}`, edits: [insert(at, ']')], preferred: true, safe: false };
}

export const pairBracket: FixFamily = (target, env) => {
  const problem = env.lookups.find(env.tree.bracketProblems, problemStart, target.start, (candidate) => candidate.range.end === target.end);
  if (!problem) return [];
  const char = env.tree.text[problem.range.start];
  if (problem.kind === 'stray' && char === ']') {
    return [{ title: 'Remove the stray ]', edits: [remove(problem.range.start, problem.range.end)], preferred: true, safe: false }];
  }
  if (problem.kind === 'unclosed' && char === '[') return [closeMark(env, problem.range.start)];
  return [];
};
