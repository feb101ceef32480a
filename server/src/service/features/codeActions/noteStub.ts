/**
 * C213, a footnote reference with no note: add the note's line, `[iii] `, at
 * the end of the footer for the transcriber to complete. The blank after the
 * marker is what makes the line a note. The line goes right after the
 * footer's last line of text, so trailing blank lines stay last and the file
 * keeps (or keeps not having) its final line ending; it uses the document's
 * own line ending. A document without a footer gets the separator first.
 */
import { isFootnoteMarker } from '../../parser/marks';
import { insert } from './edits';
import { lastInkedLine } from './lines';
import type { FixFamily } from './types';

const referencePattern = /^\[([a-z0-9]{1,4})\]$/;

export const addNoteStub: FixFamily = (target, { tree, eol }) => {
  if (target.kind !== 'note-stub') return [];
  const marker = referencePattern.exec(tree.text.slice(target.start, target.end))?.[1];
  if (!marker || !isFootnoteMarker(marker) || tree.noteMarkers.has(marker)) return [];
  const stub = `[${marker}] `;
  const title = `Add a note ${stub.trim()} to the footer`;
  if (tree.footer) {
    const last = lastInkedLine(tree, tree.footer.start, tree.footer.end);
    if (!last) return [];
    return [{ title, edits: [insert(last.contentEnd, eol + stub)], preferred: true, safe: false }];
  }
  const last = lastInkedLine(tree, tree.bom?.end ?? 0, tree.text.length);
  if (!last) return [];
  return [{ title, edits: [insert(last.contentEnd, `${eol}${eol}-----${eol}${stub}`)], preferred: true, safe: false }];
};
