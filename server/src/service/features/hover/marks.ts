/** Hover on editorial marks (format 4.1), footnote references and note markers (4.2). */
import { tagNames } from '../../parser/marks';
import type { CableTree, FootnoteRef, Mark, NoteBlock } from '../../parser/tree';
import { annotationMeanings } from '../completion/vocabulary';
import { footnoteReferences, noteFor } from '../definition';
import { shownTextIn } from '../../parser/treeText';
import { code, lineNumber, plain, textOf } from './markdown';

export function markHover(tree: CableTree, mark: Mark): string {
  // Comment lines the mark runs over are no part of it (see shownTextIn).
  const inside = shownTextIn(tree, mark.content.start, mark.content.end).replace(/\s+/g, ' ').trim();
  const [heading, meaning] = markMeaning(mark, inside);
  const lines = [`**${heading}** — editorial mark`, '', meaning];
  if (!mark.closed) lines.push('', 'The closing `]` is missing (C102).');
  return lines.join('\n');
}

/** A heading and one sentence saying what the mark tells the reader. */
function markMeaning(mark: Mark, inside: string): [string, string] {
  switch (mark.kind) {
    case 'supplied':
      return ['Supplied by the editor', `${code(inside)} is the editor's addition or clarification, not the original's text.`];
    case 'signature':
      return ['Signature', 'A signature stands here in the original.'];
    case 'illegible':
      return ['Illegible', 'The original cannot be read here.'];
    case 'unclear':
      return ['Doubtful reading', inside ? `The editor reads ${code(inside)}, but the original is hard to read.` : 'The original is hard to read here.'];
    case 'sic':
      return ['[sic]', 'What stands just before is as in the original, errors included; C301, C303 and C305 are not reported there.'];
    case 'groups':
      return ['Gap', groupsMeaning(mark)];
    case 'certainty':
      return ['Recovery of doubtful certainty', `Graded ${mark.detail ?? '?'}, as the decrypt marks it${inside ? `: ${code(inside)}` : ''}.`];
    case 'doubtful':
      return ['Doubtful reading', inside === '?' ? 'The editor doubts the reading just before.' : `The editor's doubtful reading: ${code(inside.replace(/\?$/, '').trim())}.`];
    case 'redacted':
      return ['Redacted', 'Text withheld in the released copy.'];
    case 'page':
      return ['Page break', `${plain(inside.replace(/^page\s+/i, 'Page '))} of the original begins here.`];
    case 'stamp':
      return ['Stamp', inside ? `A stamp on the document:\n\n> ${plain(inside)}` : 'An empty stamp (C207).'];
    case 'annotation':
      return [mark.tag ?? 'Annotation', `${capitalise(annotationMeanings[(mark.tag ?? '').toLowerCase()] ?? 'an annotation')}${inside ? `: ${code(inside)}` : ''}.`];
    case 'unknown-tag':
      return [`Unknown tag ${code(mark.tag ?? '')}`, `Not one of the tags of the format (C206). Known tags: ${tagNames.join(', ')}.`];
    case 'empty':
      return ['Empty mark', 'An empty `[]` says nothing (C207).'];
  }
}

function groupsMeaning(mark: Mark): string {
  const how = mark.detail === 'garbled' ? 'garbled' : 'not recovered';
  const count = mark.count?.value;
  if (count === undefined) return `Cipher groups lost (${how}), but the count is missing or not a whole number (C209).`;
  return `${count} cipher ${count === 1 ? 'group' : 'groups'} lost: ${how}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function footnoteRefHover(tree: CableTree, reference: FootnoteRef): string {
  const note = noteFor(tree, reference.marker);
  const heading = `**Footnote [${reference.marker}]**`;
  if (!note) return `${heading}\n\nThere is no note \`[${reference.marker}]\` in the footer (C213).`;
  return `${heading} — note on line ${lineNumber(tree, note.start)}\n\n> ${plain(textOf(tree, note.text))}`;
}

/** Lines listed at most in a note's hover. */
const maxReferenceLines = 10;

export function noteMarkerHover(tree: CableTree, note: NoteBlock): string {
  const lines = footnoteReferences(tree, note.marker).map((reference) => lineNumber(tree, reference.start));
  const heading = `**Note [${note.marker}]**`;
  if (lines.length === 0) return `${heading}\n\nNot referenced anywhere in the document (C213).`;
  const shown = lines.slice(0, maxReferenceLines).join(', ');
  const more = lines.length > maxReferenceLines ? ` and ${lines.length - maxReferenceLines} more` : '';
  return `${heading}\n\nReferenced on ${lines.length === 1 ? 'line' : 'lines'} ${shown}${more}.`;
}
