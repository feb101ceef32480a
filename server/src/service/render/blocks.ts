/**
 * The line blocks of the header, body and footer. Each block element carries
 * `data-line` (its first source line). Runs of header or footer fields share
 * one table and runs of notes one list; a stamp, a letterhead or a paragraph
 * ends such a run, and so does a blank or comment line that has a diagnostic
 * to show (a marker cannot stand between table rows).
 */
import type { BodyBlock, CableTree, FieldBlock, FooterBlock, HeaderBlock, Inline, Mark, NoteBlock, ParagraphBlock, ParagraphLine, QuoteBlock, StampBlock, TextRange, Zone } from '../parser/tree';
import { writeBodyBlockCached } from './blockCache';
import { dataLine, placeOnOwnLine, placeRemaining, type RenderContext } from './context';
import { escapeAttribute } from './escape';
import { writeRuns } from './inline';
import { referenceCount } from './treeData';
import { lineRuns } from './writer';
import { endOf, runsOf } from '../parser/inlinePass';

type GroupKind = 'header-fields' | 'footer-fields' | 'notes';

const groupTags: Readonly<Record<GroupKind, { open: string; close: string }>> = {
  'header-fields': { open: '<table class="fields header-fields">\n<tbody>\n', close: '</tbody>\n</table>\n' },
  'footer-fields': { open: '<table class="fields footer-fields">\n<tbody>\n', close: '</tbody>\n</table>\n' },
  notes: { open: '<ul class="notes">\n', close: '</ul>\n' },
};

/** The table or list that consecutive rows or notes go into, opened on demand. */
class Group {
  private current: GroupKind | undefined;

  constructor(private readonly out: string[]) {}

  enter(kind: GroupKind): void {
    if (this.current === kind) return;
    this.leave();
    this.out.push(groupTags[kind].open);
    this.current = kind;
  }

  leave(): void {
    if (this.current === undefined) return;
    this.out.push(groupTags[this.current].close);
    this.current = undefined;
  }
}

export function writeHeader(context: RenderContext, zone: Zone<HeaderBlock>): void {
  if (zone.blocks.length === 0) return;
  const out = context.out;
  out.push(`<header class="cable-header"${dataLine(context, zone.start)}>\n`);
  const group = new Group(out);
  for (const block of zone.blocks) {
    if (block.type === 'field' && block.canonical !== 'Office') {
      group.enter('header-fields');
      writeFieldRow(context, block);
      continue;
    }
    if (block.type === 'blank' || block.type === 'comment') {
      if (hasDiagnostics(context, block)) group.leave();
      placeOnOwnLine(context, block);
      continue;
    }
    group.leave();
    if (block.type === 'field') writeLetterhead(context, block);
    else writeStamp(context, block);
  }
  group.leave();
  out.push('</header>\n');
}

export function writeBody(context: RenderContext, zone: Zone<BodyBlock>): void {
  if (zone.blocks.length === 0) return;
  context.out.push(`<section class="cable-body"${dataLine(context, zone.start)}>\n`);
  for (const block of zone.blocks) writeBodyBlock(context, block);
  context.out.push('</section>\n');
}

export function writeFooter(context: RenderContext, zone: Zone<FooterBlock>): void {
  const out = context.out;
  out.push(`<footer class="cable-footer"${dataLine(context, zone.start)}>\n`);
  const group = new Group(out);
  for (const block of zone.blocks) {
    if (block.type === 'field') {
      group.enter('footer-fields');
      writeFieldRow(context, block);
    } else if (block.type === 'note') {
      group.enter('notes');
      writeNote(context, block);
    } else if (block.type === 'blank' || block.type === 'comment') {
      if (hasDiagnostics(context, block)) group.leave();
      placeOnOwnLine(context, block);
    } else {
      group.leave();
      writeFooterBlock(context, block);
    }
  }
  group.leave();
  out.push('</footer>\n');
}

function writeFooterBlock(context: RenderContext, block: FooterBlock): void {
  if (block.type === 'stamp') writeStamp(context, block);
  else if (block.type === 'paragraph') writeParagraph(context, block, 'footer-line');
  else if (block.type === 'separator') {
    context.out.push(`<hr class="footer-rule"${dataLine(context, block.start)}>\n`);
    placeOnOwnLine(context, block);
  }
}

function hasDiagnostics(context: RenderContext, range: TextRange): boolean {
  return context.placer.nextStart(range.start, range.end) >= 0;
}

/** A block of the body: paragraphs and quotes, the bulk of a long cable, are kept rendered for the next render (see blockCache.ts). */
function writeBodyBlock(context: RenderContext, block: BodyBlock): void {
  if (block.type === 'paragraph' || block.type === 'quote') writeBodyBlockCached(context, block, writeProse);
  else placeOnOwnLine(context, block);
}

function writeProse(context: RenderContext, block: ParagraphBlock | QuoteBlock): void {
  if (block.type === 'paragraph') writeParagraph(context, block, undefined);
  else writeQuote(context, block);
}

/** The letterhead (`Office`) is the heading of the sheet. */
function writeLetterhead(context: RenderContext, field: FieldBlock): void {
  context.out.push(`<h1 class="letterhead"${dataLine(context, field.start)}>`);
  writeRuns(context, field.valueRanges, field.inlines);
  placeRemaining(context, field);
  context.out.push('</h1>\n');
}

/** A row of the fields table: the name as written, the value with its marks and its line breaks. */
function writeFieldRow(context: RenderContext, field: FieldBlock): void {
  const out = context.out;
  out.push(`<tr class="${field.canonical === undefined ? 'field field-misspelt' : 'field'}"${dataLine(context, field.start)}><th scope="row">`);
  writeRuns(context, [field.nameRange], []);
  out.push('</th><td>');
  writeRuns(context, field.valueRanges, field.inlines);
  placeRemaining(context, field);
  out.push('</td></tr>\n');
}

/** Stamps lean a little, each its own way but always the same way, so a re-render does not make them jump. */
const tiltCount = 6;


function writeStamp(context: RenderContext, block: StampBlock): void {
  if (block.mark.kind === 'stamp') writeStampBox(context, block, block.mark, block.inlines, stampRuns(context, block));
  else writeAnnotationLines(context, block);
}

/** A stamp block's lines from its `[`, as the parser read them: without the comment lines among them, which are never shown. */
function stampRuns(context: RenderContext, block: StampBlock): TextRange[] {
  return runsOf(context.tree.text, block).map((run) => ({ start: run.start, end: endOf(run) }));
}

/** An annotation on its own lines (a resolution above the fields): its mark is drawn as everywhere else. */
function writeAnnotationLines(context: RenderContext, block: StampBlock): void {
  context.out.push(`<p class="annotation-lines"${dataLine(context, block.start)}>`);
  writeRuns(context, stampRuns(context, block), block.inlines);
  placeRemaining(context, block);
  context.out.push('</p>\n');
}

/**
 * The stamp as a box with its lines kept; `mark` is the `[Stamp: …]` the box
 * stands for, `runs` its lines. The runs start at its `[`: indentation before a stamp is layout, not ink.
 */
function writeStampBox(context: RenderContext, block: TextRange, mark: Mark, inlines: readonly Inline[], runs: readonly TextRange[]): void {
  const text = context.tree.text;
  const from = Math.max(block.start, Math.min(mark.start, block.end));
  context.out.push(`<div class="stamp stamp-tilt-${textHash(text, from, block.end) % tiltCount}"${dataLine(context, block.start)}>`);
  writeRuns(context, runs, inlines, mark);
  placeRemaining(context, block);
  context.out.push('</div>\n');
}

/**
 * The body has no stamp blocks of its own (format 4.3: a stamp may stand
 * anywhere), so a paragraph that is nothing but one stamp is drawn as one.
 */
function standaloneStamp(text: string, block: ParagraphBlock): Mark | undefined {
  const mark = block.inlines[0];
  if (mark === undefined || mark.type !== 'mark' || mark.kind !== 'stamp') return undefined;
  const first = block.lines[0];
  const last = block.lines[block.lines.length - 1];
  const blank = (start: number, end: number): boolean => text.slice(start, end).trim() === '';
  return blank(first.start, mark.start) && mark.end <= last.contentEnd && blank(mark.end, last.contentEnd) ? mark : undefined;
}

/** FNV-1a over the stamp's text: cheap, stable, and different stamps mostly differ. */
function textHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}

function writeQuote(context: RenderContext, block: QuoteBlock): void {
  const classes = block.closeQuote === undefined ? 'quoted-telegram quote-unclosed' : 'quoted-telegram';
  context.out.push(`<blockquote class="${classes}"${dataLine(context, block.start)}>\n`);
  // Inner blocks are written directly: the quote's HTML is kept whole, not also piece by piece.
  for (const inner of block.blocks) {
    if (inner.type === 'paragraph' || inner.type === 'quote') writeProse(context, inner);
    else placeOnOwnLine(context, inner);
  }
  placeRemaining(context, block);
  context.out.push('</blockquote>\n');
}

interface Segment {
  lines: ParagraphLine[];
  signature: boolean;
}

/**
 * A paragraph as <p> with <br> between its lines. Signature lines become
 * paragraphs of their own (set to the right), unless a mark runs across the
 * line break, which keeps the lines together.
 */
function writeParagraph(context: RenderContext, block: ParagraphBlock, className: string | undefined): void {
  const out = context.out;
  const stamp = standaloneStamp(context.tree.text, block);
  if (stamp !== undefined) {
    // Its lines from the stamp's `[`: comment lines inside the paragraph are none of them.
    const runs = block.lines.map((line, index) => ({ start: index === 0 ? stamp.start : line.start, end: line.contentEnd }));
    writeStampBox(context, block, stamp, block.inlines, runs);
    return;
  }
  for (const segment of segmentsOf(block)) {
    const first = segment.lines[0];
    const last = segment.lines[segment.lines.length - 1];
    const classes = segment.signature ? 'signature' : className;
    out.push(`<p${classes === undefined ? '' : ` class="${classes}"`}${dataLine(context, first.start)}>`);
    writeRuns(
      context,
      segment.lines.map((line) => ({ start: line.start, end: line.contentEnd })),
      block.inlines,
    );
    placeRemaining(context, { start: first.start, end: last.end });
    out.push('</p>\n');
  }
}

function segmentsOf(block: ParagraphBlock): Segment[] {
  const lines = block.lines;
  if (!lines.some((line) => line.signature !== undefined)) return [{ lines, signature: false }];
  const joined = joinedBreaks(block);
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const signature = line.signature !== undefined;
    const together = current !== undefined && (joined[index - 1] || (!signature && !current.signature));
    if (current !== undefined && together) {
      current.lines.push(line);
      current.signature = current.signature && signature;
    } else {
      current = { lines: [line], signature };
      segments.push(current);
    }
  }
  return segments;
}

/** `joined[i]`: a mark runs from line i into line i + 1. */
function joinedBreaks(block: ParagraphBlock): boolean[] {
  const lines = block.lines;
  const joined = new Array<boolean>(Math.max(0, lines.length - 1)).fill(false);
  let line = 0;
  for (const inline of block.inlines) {
    if (inline.type !== 'mark') continue;
    while (line < lines.length - 1 && lines[line].end <= inline.start) line++;
    for (let index = line; index < lines.length - 1 && lines[index].contentEnd < inline.end; index++) joined[index] = true;
  }
  return joined;
}

/**
 * A note: its marker, its text, and links back to each reference. Only the
 * first note with a marker gets the `note-i` id (a second one is C213's
 * business, and ids must be unique).
 */
function writeNote(context: RenderContext, note: NoteBlock): void {
  const out = context.out;
  const marker = escapeAttribute(note.marker);
  const first = !context.noteIds.has(note.marker);
  context.noteIds.add(note.marker);
  out.push(`<li class="note"${first ? ` id="note-${marker}"` : ''}${dataLine(context, note.start)}><span class="note-marker">`);
  writeRuns(context, [note.markerRange], []);
  out.push('</span> ');
  writeRuns(context, lineRuns(context.tree.text, note.text.start, note.text.end), note.inlines);
  if (first) writeBackLinks(context.tree, note.marker, out);
  placeRemaining(context, note);
  out.push('</li>\n');
}

function writeBackLinks(tree: CableTree, marker: string, out: string[]): void {
  const count = referenceCount(tree, marker);
  const id = escapeAttribute(marker);
  for (let number = 1; number <= count; number++) {
    const label = count === 1 ? 'Back to the reference' : `Back to reference ${number}`;
    out.push(` <a class="note-backref" href="#ref-${id}-${number}" aria-label="${label}">↩</a>`);
  }
}
