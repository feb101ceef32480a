/**
 * Editorial marks in each view. The diplomatic view keeps every character as
 * typed and wraps the brackets and tags in `mark-bracket` spans; the reading
 * view resolves the mark: it drops brackets and tags and shows what the mark
 * means. Classes and titles come from fixed tables, never from the document.
 */
import type { Mark, MarkKind, TextRange } from '../parser/tree';
import { isBlankOrLineBreak, trimmed } from '../text/blanks';
import type { RenderContext } from './context';
import { escapeHtml } from './escape';
import type { TextWriter } from './writer';

/** What closes a mark once its content has been written. */
export type Closer = () => void;

interface MarkStyle {
  classes: string;
  title: string;
}

const kindStyles: Readonly<Record<MarkKind, MarkStyle>> = {
  supplied: { classes: 'mark-supplied', title: 'Supplied by the editor' },
  signature: { classes: 'mark-signature', title: 'A signature stands here' },
  illegible: { classes: 'mark-gap mark-illegible', title: 'Illegible in the original' },
  unclear: { classes: 'mark-doubtful mark-unclear', title: 'Unclear: a doubtful reading' },
  sic: { classes: 'mark-sic', title: 'As in the original' },
  groups: { classes: 'mark-gap mark-groups', title: 'Cipher groups not recovered' },
  certainty: { classes: 'mark-certainty', title: 'A recovery of doubtful certainty' },
  doubtful: { classes: 'mark-doubtful', title: 'Doubtful reading' },
  redacted: { classes: 'mark-gap mark-redacted', title: 'Redacted' },
  page: { classes: 'mark-page', title: 'Page break of the original' },
  stamp: { classes: 'mark-stamp', title: 'Stamp' },
  annotation: { classes: 'mark-annotation', title: 'Annotation' },
  'unknown-tag': { classes: 'mark-unknown-tag', title: 'A mark with an unknown tag' },
  empty: { classes: 'mark-empty', title: 'An empty mark' },
};

/** Annotation tags and how each shows in the reading view: beside the text, or in it. */
const annotationStyles: ReadonlyMap<string, MarkStyle & { margin: boolean }> = new Map([
  ['note', { classes: 'annotation-note', title: 'Note', margin: true }],
  ['handwritten', { classes: 'annotation-handwritten', title: 'Handwritten', margin: true }],
  ['margin', { classes: 'annotation-margin', title: 'In the margin', margin: true }],
  ['deleted', { classes: 'annotation-deleted', title: 'Deleted in the original', margin: false }],
  ['underlined', { classes: 'annotation-underlined', title: 'Underlined in the original', margin: false }],
]);

const certaintyLetters = new Set(['B', 'C', 'D']);

/** True when the view shows nothing of the mark: `[sic]` only informs the checker and the diplomatic reader. */
export function isHidden(context: RenderContext, mark: Mark): boolean {
  return context.view === 'reading' && mark.kind === 'sic';
}

/**
 * Writes the start of a mark (the writer stands at `mark.start`) and returns
 * what writes its end; the inline walk writes the content in between.
 * `frame`: the mark is the whole of its block (a stamp block), so the block's
 * element stands in for the mark's own span.
 */
export function openMark(context: RenderContext, writer: TextWriter, mark: Mark, frame: boolean): Closer {
  if (context.view === 'diplomatic' || mark.kind === 'unknown-tag' || mark.kind === 'empty') return openAsTyped(context, writer, mark, frame);
  const visible = visibleContent(context.tree.text, mark);
  if (frame) {
    writer.skip(visible.start);
    return () => finishResolved(writer, mark, visible.end);
  }
  if (mark.kind === 'annotation') return openAnnotation(context, writer, mark, visible);
  const style = styleOf(mark);
  context.out.push(`<span class="mark ${style.classes}" title="${style.title}">`);
  writer.skip(visible.start);
  if (mark.kind === 'certainty') return closeCertainty(context, writer, mark, visible.end);
  return () => {
    finishResolved(writer, mark, visible.end);
    context.out.push('</span>');
  };
}

/** Diplomatic: brackets and tag kept, set apart so the stylesheet can dim them. */
function openAsTyped(context: RenderContext, writer: TextWriter, mark: Mark, frame: boolean): Closer {
  const out = context.out;
  if (!frame) {
    const style = styleOf(mark);
    out.push(`<span class="mark ${style.classes}" title="${style.title}">`);
  }
  bracket(context, writer, mark.content.start);
  return () => {
    writer.write(mark.content.end);
    if (mark.end > mark.content.end) bracket(context, writer, mark.end);
    if (!frame) out.push('</span>');
  };
}

function bracket(context: RenderContext, writer: TextWriter, to: number): void {
  context.out.push('<span class="mark-bracket">');
  writer.write(to);
  context.out.push('</span>');
}

/** Reading view: the content up to `visibleEnd`, then past the rest of the mark unwritten. */
function finishResolved(writer: TextWriter, mark: Mark, visibleEnd: number): void {
  writer.write(visibleEnd);
  writer.skip(mark.end);
}

/** Note, Handwritten, Margin go beside the text with their label; Deleted and Underlined stay in it, styled. */
function openAnnotation(context: RenderContext, writer: TextWriter, mark: Mark, visible: TextRange): Closer {
  const annotation = annotationStyles.get((mark.tag ?? '').toLowerCase());
  const classes = `mark-annotation ${annotation?.classes ?? ''}${annotation?.margin ? ' margin-note' : ''}`;
  context.out.push(`<span class="mark ${classes}" title="${annotation?.title ?? 'Annotation'}">`);
  if (annotation?.margin) context.out.push(`<span class="annotation-label">${escapeHtml(mark.tag ?? '')}</span> `);
  writer.skip(visible.start);
  return () => {
    finishResolved(writer, mark, visible.end);
    context.out.push('</span>');
  };
}

/** The recovered text, then its certainty letter as a small superscript. */
function closeCertainty(context: RenderContext, writer: TextWriter, mark: Mark, visibleEnd: number): Closer {
  const letter = certaintyLetter(mark);
  return () => {
    finishResolved(writer, mark, visibleEnd);
    if (letter) context.out.push(`<sup class="certainty-letter" title="Certainty ${letter}">${letter}</sup>`);
    context.out.push('</span>');
  };
}

function certaintyLetter(mark: Mark): string | undefined {
  const letter = (mark.detail ?? '').toUpperCase();
  return certaintyLetters.has(letter) ? letter : undefined;
}

/**
 * The part of a mark's content the reading view shows: without the blanks
 * after the tag and before the `]` (the brackets are gone, so the blanks
 * would only push the text about), and for a doubtful reading without its
 * question mark: `[Kuksa-bong?]` reads "Kuksa-bong", drawn doubtful. `[?]`
 * alone keeps its question mark, which is then all there is to show.
 */
function visibleContent(text: string, mark: Mark): TextRange {
  const content = trimmed(text, mark.content);
  const start = content.start;
  let end = content.end;
  if (mark.kind === 'doubtful' && end - start > 1 && text[end - 1] === '?') {
    end--;
    while (end > start && isBlankOrLineBreak(text.charCodeAt(end - 1))) end--;
  }
  return { start, end };
}

function styleOf(mark: Mark): MarkStyle {
  const base = kindStyles[mark.kind];
  if (mark.kind === 'annotation') {
    const annotation = annotationStyles.get((mark.tag ?? '').toLowerCase());
    return annotation ? { classes: `${base.classes} ${annotation.classes}`, title: annotation.title } : base;
  }
  if (mark.kind === 'certainty') {
    const letter = certaintyLetter(mark);
    return letter ? { classes: `${base.classes} certainty-${letter.toLowerCase()}`, title: `A recovery of certainty ${letter}` } : base;
  }
  if (mark.kind === 'groups' && (mark.detail === 'garbled' || mark.detail === 'unrecovered')) {
    return { classes: base.classes, title: `Cipher groups ${mark.detail}` };
  }
  return base;
}
