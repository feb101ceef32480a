/** C206, C207, C209, C213: editorial marks and footnotes. */
import { tagNames } from '../../parser/marks';
import type { FootnoteRef } from '../../parser/tree';
import { shownTextIn } from '../../parser/treeText';
import { nearest } from '../../text/distance';
import { quoted, type Rule } from './types';

export const unknownTag: Rule = ({ facts, reporter }) => {
  for (const mark of facts.marks) {
    if (mark.kind !== 'unknown-tag' || !mark.tag || !mark.tagRange) continue;
    const suggestions = nearest(mark.tag, tagNames, 2);
    const hint = suggestions.length > 0 ? `did you mean ${quoted(suggestions[0])}?` : `known tags are ${tagNames.join(', ')}.`;
    reporter.report({ code: 'C206', range: mark.tagRange, message: `Unknown tag ${quoted(mark.tag)}: ${hint}`, data: { suggestions } });
  }
};

export const emptyMark: Rule = ({ facts, tree, reporter }) => {
  for (const mark of facts.marks) {
    if (!mark.closed) continue;
    const empty = mark.kind === 'empty' || (mark.tag !== undefined && isBlank(shownTextIn(tree, mark.content.start, mark.content.end)));
    if (!empty) continue;
    const what = mark.kind === 'stamp' ? 'This stamp is empty: type its text, or [Stamp: [illegible]] if it cannot be read.' : 'This mark is empty: type what the editor supplies, or remove the brackets.';
    reporter.report({ code: 'C207', range: { start: mark.start, end: mark.end }, message: what });
  }
};

/** Nothing but white space (as `trim` has it). */
function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/** Why a count of lost groups is none: missing, no number, or a number of no groups (`0`, `00`), which loses nothing. */
function countProblem(text: string): string {
  if (text === '') return 'the count is missing';
  if (/^[0-9]+$/.test(text)) return `${quoted(text)} counts no group: at least one is lost`;
  return `${quoted(text)} is not a whole number`;
}

export const invalidGroupCount: Rule = ({ facts, reporter }) => {
  for (const mark of facts.marks) {
    if (mark.kind !== 'groups' || !mark.count || mark.count.value !== undefined) continue;
    const written = countProblem(mark.count.text);
    reporter.report({
      code: 'C209',
      range: { start: mark.start, end: mark.end },
      message: `Lost cipher groups need a count in digits, like [3 groups ${mark.detail ?? 'unrecovered'}]: ${written}.`,
    });
  }
};

export const unmatchedFootnote: Rule = ({ facts, tree, reporter }) => {
  if (tree.noteMarkers.size === 0) return;
  const referenced = new Set<string>();
  // A marker inside a note's own text refers to another note; it does not count as a use.
  const insideNotes = new Set<object>(facts.notes.flatMap((note) => note.inlines));
  for (const inline of facts.inlines) {
    if (inline.type !== 'footnote-ref' || insideNotes.has(inline)) continue;
    referenced.add(inline.marker);
    if (!tree.noteMarkers.has(inline.marker)) reportReference(inline, reporter);
  }
  for (const note of facts.notes) {
    if (referenced.has(note.marker)) continue;
    reporter.report({ code: 'C213', range: note.markerRange, message: `Note [${note.marker}] has no reference in the text: add [${note.marker}] where it applies, or remove the note.` });
  }
};

function reportReference(reference: FootnoteRef, reporter: Parameters<Rule>[0]['reporter']): void {
  reporter.report({
    code: 'C213',
    range: { start: reference.start, end: reference.end },
    message: `Footnote reference [${reference.marker}] has no note: add a line ${quoted(`[${reference.marker}] …`)} to the footer.`,
    data: { kind: 'note-stub' },
  });
}
