/**
 * C305: a name that differs by a letter or two from a commoner one. Two fixes,
 * neither preferred: which is right depends on the page — a slip of the
 * transcriber (replace) or the original's own spelling (`[sic]`).
 */
import type { CableTree, NameNode } from '../../parser/tree';
import { textIn } from '../../parser/treeText';
import { quoted, replace, sameRange, sicInsertion } from './edits';
import { ownStart } from './lookups';
import type { Fix, FixFamily, OffsetEdit } from './types';

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The words of a name as written: `slice` is its text, which starts at `start`. */
function wordsIn(slice: string, start: number): Word[] {
  const words: Word[] = [];
  const pattern = /[^ \t]+/g;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    words.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] });
  }
  return words;
}

/** Keeps the case style of the word on the page: `LE` → `LI`, `Le` → `Li` even when the commoner spelling is `LI`. */
function inCaseOf(written: string, suggested: string): string {
  const letters = written.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return suggested.toUpperCase();
  const suggestedLetters = suggested.replace(/[^\p{L}]/gu, '');
  if (suggestedLetters.length > 1 && suggestedLetters === suggestedLetters.toUpperCase() && letters !== letters.toUpperCase()) {
    return suggested.charAt(0) + suggested.slice(1).toLowerCase();
  }
  return suggested;
}

/**
 * Word by word when the counts match, so the blanks between the words (one
 * space or several) stay as written and only the differing words change.
 */
function replacementEdits(tree: CableTree, node: NameNode, spelling: string): { edits: OffsetEdit[]; result: string } {
  const written = wordsIn(textIn(tree, node.start, node.end), node.start);
  const suggested = spelling.split(/[ \t]+/).filter((word) => word !== '');
  if (written.length !== suggested.length) return { edits: [replace(node, spelling)], result: spelling };
  const edits: OffsetEdit[] = [];
  const result: string[] = [];
  written.forEach((word, index) => {
    const wanted = inCaseOf(word.text, suggested[index]);
    result.push(wanted);
    if (wanted !== word.text) edits.push(replace(word, wanted));
  });
  return { edits, result: result.join(' ') };
}

export const nameVariantFixes: FixFamily = (target, { tree, facts, lookups }) => {
  const node = lookups.find(facts.names, ownStart, target.start, (name) => sameRange(name, target));
  if (!node) return [];
  const fixes: Fix[] = [];
  const [spelling] = target.suggestions;
  if (spelling && spelling.toLowerCase() !== node.key) {
    const { edits, result } = replacementEdits(tree, node, spelling);
    if (edits.length > 0) fixes.push({ title: `Replace with ${quoted(result)}`, edits, preferred: false, safe: false });
  }
  // The `[sic]` goes right after the name, where the checker looks for it.
  const sicAt = target.sicOffset ?? node.end;
  if (sicAt === node.end) {
    fixes.push({ title: `Mark ${quoted(node.text)} [sic] (spelt so in the original)`, edits: [sicInsertion(sicAt)], preferred: false, safe: false });
  }
  return fixes;
};
