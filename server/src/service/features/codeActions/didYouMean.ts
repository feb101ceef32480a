/**
 * C201, C204, C206, C212: a word that is near a known one (field name,
 * catalogue key, mark tag, month). One fix per suggestion the checker made,
 * replacing exactly the diagnosed word.
 */
import { catalogueKeys } from '../../diagnostics/rules/catalogue';
import type { CatalogueEntry, FieldBlock, Mark, TextRange } from '../../parser/tree';
import { textIn } from '../../parser/treeText';
import { fieldByName } from '../../parser/fields';
import { boundedDistance } from '../../text/distance';
import { quoted, replace, sameRange } from './edits';
import { ownStart } from './lookups';
import type { Fix, FixFamily, Target } from './types';

const nameStart = (field: FieldBlock): number => field.nameRange.start;
const keyStart = (entry: CatalogueEntry): number => entry.keyRange.start;
const tagStart = (mark: Mark): number | undefined => mark.tagRange?.start;

interface Misspelling {
  range: TextRange;
  written: string;
  suggestions: readonly string[];
  /** What is replaced, for the title: `field name`, `key`… */
  what: string;
  /** True for a suggestion that is certainly meant even when there are others. */
  isCertain?: (suggestion: string) => boolean;
  /**
   * False for a suggestion that, though the only one, "fix all" must not
   * write unasked (it may change what the word says); undefined: all may be.
   */
  isSafe?: (suggestion: string) => boolean;
}

/**
 * Fixes for a misspelling. A fix is preferred, and safe for "fix all", only
 * when it is unambiguous: the checker had a single suggestion (or one certain
 * one); and safe only when `isSafe` lets it be.
 */
function suggestionFixes(misspelling: Misspelling): Fix[] {
  const candidates = [...new Set(misspelling.suggestions)].filter((suggestion) => suggestion !== '' && suggestion !== misspelling.written);
  return candidates.map((suggestion, index) => {
    const unambiguous = candidates.length === 1 || (index === 0 && (misspelling.isCertain?.(suggestion) ?? false));
    return {
      title: `Replace ${misspelling.what} ${quoted(misspelling.written)} with ${quoted(suggestion)}`,
      edits: [replace(misspelling.range, suggestion)],
      preferred: unambiguous,
      safe: unambiguous && (misspelling.isSafe?.(suggestion) ?? true),
    };
  });
}

/**
 * A field name "fix all" may correct unasked: a slip of one letter (one
 * wrong, missing, extra or two swapped: `Recieved`, `Decyphered`, `Cabel`)
 * in a name of five letters or more, to a field of the zone it stands in.
 * Others may be words of their own: `Decoded` is no misspelt `Encoded`, nor
 * `Sect` a misspelt `Sent`, `Officer` a misspelt `Office`, and `Type:` in
 * the header no footer `Typed:`.
 */
function isSafeFieldFix(field: FieldBlock, suggestion: string): boolean {
  const written = field.name.toLowerCase();
  const known = suggestion.toLowerCase();
  // A letter more or fewer at the end is most often another word (`Officer`, `Copys`), not a slip.
  const endsOtherwise = written.startsWith(known) || known.startsWith(written);
  return fieldByName(suggestion)?.zone === field.zone && written.replace(/[^a-z]/g, '').length >= 5 && !endsOtherwise && boundedDistance(written, known, 1) <= 1;
}

/**
 * A month "fix all" may correct unasked: not one the word begins (`Oc`,
 * `Ju`), which may be the page's own abbreviation or a word cut short.
 */
function isSafeMonthFix(written: string, suggestion: string): boolean {
  return !suggestion.toLowerCase().startsWith(written.toLowerCase().replace(/\.$/, ''));
}

/** The suggestions in the diagnostic's data, else those the tree holds for the word. */
function suggestionsOf(target: Target, fromTree: readonly string[]): readonly string[] {
  return target.suggestions.length > 0 ? target.suggestions : fromTree;
}

export const replaceFieldName: FixFamily = (target, { facts, lookups }) => {
  const field = lookups.find(facts.fields, nameStart, target.start, (candidate) => candidate.canonical === undefined && sameRange(candidate.nameRange, target));
  if (!field) return [];
  return suggestionFixes({ range: field.nameRange, written: field.name, suggestions: suggestionsOf(target, field.suggestions), what: 'field name', isSafe: (suggestion) => isSafeFieldFix(field, suggestion) });
};

export const replaceCatalogueKey: FixFamily = (target, { tree, lookups }) => {
  const entry = tree.catalogue ? lookups.find(tree.catalogue.entries, keyStart, target.start, (candidate) => sameRange(candidate.keyRange, target)) : undefined;
  if (!entry || catalogueKeys.includes(entry.key)) return [];
  return suggestionFixes({
    range: entry.keyRange,
    written: entry.key,
    suggestions: target.suggestions,
    what: 'key',
    // `Title` for `title`: keys are lower-case, so the lower-case spelling is certainly meant.
    isCertain: (suggestion) => suggestion === entry.key.toLowerCase(),
  });
};

export const replaceTag: FixFamily = (target, { facts, lookups }) => {
  const mark = lookups.find(facts.marks, tagStart, target.start, (candidate) => candidate.kind === 'unknown-tag' && candidate.tagRange !== undefined && sameRange(candidate.tagRange, target));
  if (!mark?.tag || !mark.tagRange) return [];
  return suggestionFixes({ range: mark.tagRange, written: mark.tag, suggestions: target.suggestions, what: 'tag' });
};

export const replaceMonth: FixFamily = (target, { tree, lookups }) => {
  const problem = lookups.find(tree.timeGroupProblems, ownStart, target.start, (candidate) => candidate.code === 'C212' && sameRange(candidate, target));
  if (!problem) return [];
  const written = textIn(tree, problem.start, problem.end);
  return suggestionFixes({ range: problem, written, suggestions: suggestionsOf(target, problem.suggestions), what: 'month', isSafe: (suggestion) => isSafeMonthFix(written, suggestion) });
};
