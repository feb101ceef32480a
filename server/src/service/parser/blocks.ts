/**
 * The block pass: zones (catalogue, header, body, footer) and the line blocks
 * inside them. Every line of the document lands in exactly one block.
 */
import { fieldByName, fieldNamePattern, misspeltFieldSuggestions } from './fields';
import { commentStart, isBlank, isSeparator, startsWithWhitespace, trimmedRange } from './lines';
import { readCatalogue } from './catalogue';
import type {
  BlankBlock,
  BodyBlock,
  BomBlock,
  CatalogueBlock,
  CommentBlock,
  FieldBlock,
  FieldZone,
  FooterBlock,
  HeaderBlock,
  NoteBlock,
  ParagraphBlock,
  QuoteBlock,
  SourceLine,
  StampBlock,
  Zone,
  CableTree,
  Inline,
} from './tree';
import { isFootnoteMarker } from './marks';
import { quoteClosing, quoteOpening, type QuoteKind } from './quoteLines';
import { ParagraphNode } from './paragraph';
import { QuoteNode } from './quote';
import { detached } from '../text/ownCopy';

/**
 * Every block starts with this empty list of inline nodes; the inline pass
 * gives each leaf block its own. Blank lines, comments and separators keep it:
 * one shared, frozen array instead of one per line.
 */
const noInlines = Object.freeze([]) as unknown as Inline[];

type Zones = Pick<CableTree, 'bom' | 'catalogue' | 'header' | 'body' | 'footer' | 'noteMarkers'>;

export function readZones(text: string, lines: SourceLine[]): Zones {
  const cursor = new LineCursor(text, lines);
  let bom: BomBlock | undefined;
  if (text.charCodeAt(0) === 0xfeff) {
    bom = { type: 'bom', start: 0, end: 1, inlines: noInlines };
    lines[0] = { ...lines[0], start: 1 };
  }
  const catalogue: CatalogueBlock | undefined = readCatalogue(cursor);
  const header = readHeader(cursor);
  const body = readBody(cursor);
  const footer = cursor.done() ? undefined : readFooter(cursor);
  return { bom, catalogue, header, body: { ...body, signature: undefined }, footer, noteMarkers: noteMarkersOf(footer) };
}

/** The markers of the footer's notes: whether there are any decides how every `[1]` of the cable is read. */
export function noteMarkersOf(footer: Zone<FooterBlock> | undefined): Set<string> {
  const markers = new Set<string>();
  for (const block of footer?.blocks ?? []) if (block.type === 'note') markers.add(block.marker);
  return markers;
}

export class LineCursor {
  index = 0;
  constructor(
    readonly text: string,
    readonly lines: SourceLine[],
  ) {}

  done(): boolean {
    return this.index >= this.lines.length;
  }
  current(): SourceLine {
    return this.lines[this.index];
  }
  /** Where the next block starts: the current line, or the end of the text. */
  offset(): number {
    return this.index < this.lines.length ? this.lines[this.index].start : this.text.length;
  }
  lineText(line: SourceLine): string {
    return this.text.slice(line.start, line.contentEnd);
  }
}

function blankBlock(line: SourceLine): BlankBlock {
  return { type: 'blank', start: line.start, end: line.end, inlines: noInlines };
}

function commentBlock(line: SourceLine, at: number): CommentBlock {
  return { type: 'comment', start: line.start, end: line.end, text: { start: at + 2, end: line.contentEnd }, inlines: noInlines };
}

/** Blank and comment lines are the same in every zone. */
function readTrivia(cursor: LineCursor): BlankBlock | CommentBlock | undefined {
  const line = cursor.current();
  if (isBlank(cursor.text, line)) return blankBlock(line);
  const at = commentStart(cursor.text, line);
  return at >= 0 ? commentBlock(line, at) : undefined;
}

/** The header, from the cursor's line to the first line that is neither a field, a stamp, blank nor a comment. */
export function readHeader(cursor: LineCursor): Zone<HeaderBlock> {
  const start = cursor.offset();
  const blocks: HeaderBlock[] = [];
  while (!cursor.done()) {
    const line = cursor.current();
    const trivia = readTrivia(cursor);
    if (trivia) blocks.push(trivia);
    else if (isSeparator(cursor.text, line)) break;
    else if (!continueField(cursor.text, blocks, line)) {
      const block = readFieldLine(cursor, line, 'header') ?? readStampBlock(cursor);
      if (!block) break;
      blocks.push(block);
      continue;
    }
    cursor.index++;
  }
  return { start, end: cursor.offset(), blocks };
}

/** A `Name: value` line with a known or misspelt field name; the cursor moves past it. */
function readFieldLine(cursor: LineCursor, line: SourceLine, zone: FieldZone): FieldBlock | undefined {
  const match = fieldNamePattern.exec(cursor.lineText(line));
  if (!match) return undefined;
  const name = match[1];
  const definition = fieldByName(name);
  const suggestions = definition ? [] : misspeltFieldSuggestions(name);
  if (!definition && suggestions.length === 0) return undefined;
  const value = trimmedRange(cursor.text, line.start + match[0].length, line.contentEnd);
  cursor.index++;
  return {
    type: 'field',
    zone,
    start: line.start,
    end: line.end,
    name: detached(name),
    nameRange: { start: line.start, end: line.start + name.length },
    canonical: definition?.name,
    suggestions,
    valueRanges: value.start < value.end ? [value] : [],
    value: detached(cursor.text.slice(value.start, value.end)),
    inlines: noInlines,
  };
}

/**
 * An indented line continues the last field, when that is the last block or
 * stands before nothing but comment lines (`%% added in pencil` between a
 * list's lines): comments are no part of the transcription, so they must not
 * cut the field in two and end the header there. The comment lines go inside
 * the field's range, between its value ranges, so every line still lands in
 * one block; the inline pass and the preview read only the value ranges, and
 * so never the comments. Returns whether the line was taken.
 */
function continueField(text: string, blocks: Array<HeaderBlock | FooterBlock>, line: SourceLine): boolean {
  if (!startsWithWhitespace(text, line)) return false;
  let index = blocks.length - 1;
  while (index >= 0 && blocks[index].type === 'comment') index--;
  const field = blocks[index];
  if (field?.type !== 'field') return false;
  blocks.length = index + 1;
  extendField(text, field, line);
  return true;
}

function extendField(text: string, field: FieldBlock, line: SourceLine): void {
  const value = trimmedRange(text, line.start, line.contentEnd);
  field.valueRanges.push(value);
  field.value = detached(field.value ? `${field.value} ${text.slice(value.start, value.end)}` : text.slice(value.start, value.end));
  field.end = line.end;
}

/**
 * A stamp, or an annotation (a handwritten resolution, a margin note), standing
 * on its own lines. The spec's header holds stamps only; a resolution written
 * above the fields (`[Handwritten: To Cde. Molotov. St.]`) is common on real
 * cables, and letting it end the header would turn the fields below into body
 * text, so it is read like a stamp.
 */
const stampStart = /^[ \t]*\[[ \t]*(?:stamp|handwritten|note|margin|deleted|underlined)[ \t]*:/i;

/**
 * A stamp (or annotation) standing on its own lines: from `[Stamp:` to its
 * matching `]`, which may be lines later. An unclosed one stops before the
 * next blank line. Comment lines inside it are passed over, their brackets
 * uncounted (the inline pass and the preview skip them too: see `runsOf`);
 * comment lines after an unclosed stamp's last line stay comments.
 */
function readStampBlock(cursor: LineCursor): StampBlock | undefined {
  const first = cursor.current();
  if (!stampStart.test(cursor.lineText(first))) return undefined;
  let depth = 0;
  let last = first;
  const firstIndex = cursor.index;
  for (let index = firstIndex; index < cursor.lines.length; index++) {
    const line = cursor.lines[index];
    if (index > firstIndex && isBlank(cursor.text, line)) break;
    if (index > firstIndex && commentStart(cursor.text, line) >= 0) continue;
    last = line;
    cursor.index = index + 1;
    if (closesBrackets(cursor.text, line, () => depth, (next) => (depth = next))) break;
  }
  // The mark itself is read in the inline pass; this placeholder is replaced there.
  const placeholder = { type: 'mark', kind: 'stamp', start: first.start, end: last.contentEnd, content: { start: first.start, end: last.contentEnd }, closed: false, children: [] } as const;
  return { type: 'stamp', start: first.start, end: last.end, mark: { ...placeholder, children: [] }, inlines: noInlines };
}

function closesBrackets(text: string, line: SourceLine, depth: () => number, setDepth: (value: number) => void): boolean {
  for (let i = line.start; i < line.contentEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 91) setDepth(depth() + 1);
    else if (code === 93 && depth() > 0) {
      setDepth(depth() - 1);
      if (depth() === 0) return true;
    }
  }
  return false;
}

export function readBody(cursor: LineCursor): Zone<BodyBlock> {
  const start = cursor.offset();
  let stop = cursor.index;
  while (stop < cursor.lines.length && !isSeparator(cursor.text, cursor.lines[stop])) stop++;
  const blocks: BodyBlock[] = [];
  while (cursor.index < stop) {
    const line = cursor.current();
    const kind = quoteOpening(cursor.text, line);
    if (kind) blocks.push(readQuote(cursor, kind, stop));
    else blocks.push(readTrivia(cursor) ?? readParagraph(cursor, stop, true));
    if (blocks[blocks.length - 1].type === 'blank' || blocks[blocks.length - 1].type === 'comment') cursor.index++;
  }
  return { start, end: cursor.offset(), blocks };
}

/**
 * Consecutive text lines up to a blank, a quote opening (when `quotesOpen`)
 * or `stop`. Comment lines between two of its lines stay inside it, in its
 * range but not among its lines, so a note to other editors does not cut a
 * paragraph (or a mark running over its lines) in two; comment lines after
 * its last line are comments of their own.
 */
function readParagraph(cursor: LineCursor, stop: number, quotesOpen: boolean, accepts?: (line: SourceLine) => boolean): ParagraphBlock {
  const firstIndex = cursor.index;
  const first = cursor.current();
  let last = first;
  let passesComments = false;
  cursor.index++;
  while (cursor.index < stop) {
    const next = pastComments(cursor, stop);
    if (next >= stop) break;
    const line = cursor.lines[next];
    if (isBlank(cursor.text, line)) break;
    if (quotesOpen && quoteOpening(cursor.text, line)) break;
    if (accepts && !accepts(line)) break;
    if (next > cursor.index) passesComments = true;
    last = line;
    cursor.index = next + 1;
  }
  const lines = cursor.lines.slice(firstIndex, cursor.index);
  return new ParagraphNode(first.start, last.end, passesComments ? lines.filter((line) => commentStart(cursor.text, line) < 0) : lines, noInlines);
}

/** The index of the first line from the cursor's on that is no comment, or `stop`. */
function pastComments(cursor: LineCursor, stop: number): number {
  let index = cursor.index;
  while (index < stop && commentStart(cursor.text, cursor.lines[index]) >= 0) index++;
  return index;
}

function readQuote(cursor: LineCursor, kind: QuoteKind, stop: number): QuoteBlock {
  const openIndex = cursor.index;
  const openLine = cursor.current();
  let closeIndex = -1;
  let closeAt = -1;
  for (let index = openIndex + 1; index < stop; index++) {
    // A comment is no part of the transcription: a quote mark ending one closes nothing.
    if (commentStart(cursor.text, cursor.lines[index]) >= 0) continue;
    closeAt = quoteClosing(cursor.text, cursor.lines[index], kind);
    if (closeAt >= 0) {
      closeIndex = index;
      break;
    }
  }
  const lastIndex = closeIndex >= 0 ? closeIndex : stop - 1;
  const blocks: BodyBlock[] = [];
  while (cursor.index <= lastIndex) {
    const trivia = cursor.index === openIndex ? undefined : readTrivia(cursor);
    if (trivia) {
      blocks.push(trivia);
      cursor.index++;
    } else blocks.push(readParagraph(cursor, lastIndex + 1, false));
  }
  const closeQuote = closeIndex >= 0 ? { start: closeAt, end: closeAt + kind.close.length } : undefined;
  return new QuoteNode(openLine.start, cursor.lines[lastIndex].end, { start: openLine.start, end: openLine.start + kind.open.length }, closeQuote, openLine, blocks);
}

const noteStart = /^\[([a-z0-9]{1,4})\][ \t]/;

/** The footer, from its separator line (the cursor's current line) to the end of the text. */
export function readFooter(cursor: LineCursor): Zone<FooterBlock> {
  const start = cursor.offset();
  const separator = cursor.current();
  const blocks: FooterBlock[] = [{ type: 'separator', start: separator.start, end: separator.end, inlines: noInlines }];
  cursor.index++;
  while (!cursor.done()) {
    const line = cursor.current();
    const previous = blocks[blocks.length - 1];
    const trivia = readTrivia(cursor);
    if (trivia) blocks.push(trivia);
    else if (previous.type === 'note' && startsWithWhitespace(cursor.text, line)) extendNote(previous, line);
    else if (!continueField(cursor.text, blocks, line)) {
      blocks.push(readFieldLine(cursor, line, 'footer') ?? readNote(cursor, line) ?? readStampBlock(cursor) ?? readParagraph(cursor, cursor.lines.length, false, (next) => isFreeLine(cursor, next)));
      continue;
    }
    cursor.index++;
  }
  return { start, end: cursor.offset(), blocks };
}

function extendNote(note: NoteBlock, line: SourceLine): void {
  note.end = line.end;
  note.text = { start: note.text.start, end: line.contentEnd };
}

function readNote(cursor: LineCursor, line: SourceLine): NoteBlock | undefined {
  const match = noteStart.exec(cursor.lineText(line));
  if (!match || !isFootnoteMarker(match[1])) return undefined;
  cursor.index++;
  return {
    type: 'note',
    start: line.start,
    end: line.end,
    marker: match[1],
    markerRange: { start: line.start, end: line.start + match[1].length + 2 },
    text: trimmedRange(cursor.text, line.start + match[0].length, line.contentEnd),
    inlines: noInlines,
  };
}

/** A footer line that is none of the other footer blocks; it may continue a free paragraph. */
function isFreeLine(cursor: LineCursor, line: SourceLine): boolean {
  const content = cursor.lineText(line);
  if (fieldNamePattern.test(content)) {
    const name = fieldNamePattern.exec(content)?.[1] ?? '';
    if (fieldByName(name) || misspeltFieldSuggestions(name).length > 0) return false;
  }
  if (noteStart.test(content) || stampStart.test(content)) return false;
  return true;
}
