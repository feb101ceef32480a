/**
 * A text document for the server's open cables that does not make a new
 * flat string of the whole text on every keystroke.
 *
 * VS Code sends each keystroke as a small change. The usual document
 * (`vscode-languageserver-textdocument`) splices it into one string and reads
 * a character of the result at once, so V8 copies the whole text into a new
 * string for every version: for a 10,000-line cable a megabyte of fresh
 * memory, a few hundred page faults and more garbage collection, paid before
 * the completion that follows the keystroke can be answered.
 *
 * Here the text is a list of pieces: slices of one flat string (`base`) and
 * the strings typed since. A change splits pieces; `textBetween` reads a few
 * lines out of them, which is all an edit inside the body needs to be parsed
 * (see parser/bodyEdit.ts); `getText()` joins the pieces with `+`, which V8
 * keeps as a rope until something reads the whole text, and `source()` reads
 * a version's pieces without joining them, as the rules and features that
 * run on every keystroke do (see parser/treeText.ts). Past `maxPieces` the
 * joined text becomes the new base, so the pieces stay few.
 *
 * Positions are the same as the usual document's: a test compares the two
 * over random edits.
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isLineBreak } from './blanks';
import { lastStartingAtOrBefore } from './positions';

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** The one change that made a version out of the one before, in offsets of the version before. */
export interface LastChange {
  /** The version the change was made to. */
  from: number;
  start: number;
  /** End of the replaced text, in the version before. */
  end: number;
  /** The replaced text. */
  removed: string;
  /** The text put in its place. */
  inserted: string;
}

/**
 * Pieces past this many are joined into a new base, so typing cannot make
 * reads slow. A keystroke in the middle of a piece adds two: the join (a
 * copy of the whole text, on that keystroke's way) comes about once every
 * 128 keystrokes. Joining sooner, in the pause after each check, was
 * measured and made requests after the next keystroke slower.
 */
const maxPieces = 256;

/** Reads of one version of a text, whether it is one string or pieces. */
export interface TextSource {
  slice(start: number, end: number): string;
  /** The code unit at `offset`; NaN outside the text. */
  code(offset: number): number;
}

/**
 * One version's pieces, read without joining them. Reads that walk forward
 * (a rule going down the lines) find their piece from the last one read.
 */
class PiecesSource implements TextSource {
  private readonly starts: number[];
  private current = 0;

  constructor(
    private readonly pieces: readonly Piece[],
    private readonly length: number,
  ) {
    this.starts = [];
    let at = 0;
    for (const piece of pieces) {
      this.starts.push(at);
      at += piece.end - piece.start;
    }
  }

  code(offset: number): number {
    if (!(offset >= 0 && offset < this.length)) return NaN;
    const index = this.pieceAt(offset);
    const piece = this.pieces[index];
    return piece.text.charCodeAt(piece.start + offset - this.starts[index]);
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (to <= from) return '';
    let result = '';
    for (let index = this.pieceAt(from); index < this.pieces.length && this.starts[index] < to; index++) {
      const piece = this.pieces[index];
      const pieceStart = this.starts[index];
      result += piece.text.slice(piece.start + Math.max(0, from - pieceStart), piece.start + Math.min(piece.end - piece.start, to - pieceStart));
    }
    return result;
  }

  private pieceAt(offset: number): number {
    const starts = this.starts;
    let index = this.current;
    if (offset < starts[index] || (index + 1 < starts.length && offset >= starts[index + 1])) index = lastStartingAtOrBefore(starts, offset);
    this.current = index;
    return index;
  }
}

export class EditableDocument implements TextDocument {
  private pieces: Piece[];
  private length: number;
  private joined: string | undefined;
  private lineOffsets: number[];
  private change: (LastChange & { to: number }) | undefined;
  /** The current version's reader, made on first use: the document's own reads and the trees' share it. */
  private reader: PiecesSource | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    text: string,
  ) {
    this.pieces = [];
    this.length = 0;
    this.joined = undefined;
    this.lineOffsets = [];
    this.change = undefined;
    this.reader = undefined;
    this.reset(text);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.lineOffsets.length;
  }

  getText(range?: Range): string {
    if (range) {
      const [start, end] = [this.offsetAt(range.start), this.offsetAt(range.end)];
      return this.textBetween(Math.min(start, end), Math.max(start, end));
    }
    if (this.joined === undefined) this.joined = this.join();
    return this.joined;
  }

  /** The text from `start` to `end`, read from the pieces: the whole text is not made for it. */
  textBetween(start: number, end: number): string {
    return this.source().slice(start, end);
  }

  /** This version's text to read from, as it is now: later changes do not change what it reads. */
  source(): TextSource {
    this.reader ??= new PiecesSource(this.pieces, this.length);
    return this.reader;
  }

  /** The change that made this version out of `version`, when exactly one did; else undefined. */
  changeSince(version: number): LastChange | undefined {
    return this.change && this.change.from === version && this.change.to === this.currentVersion ? this.change : undefined;
  }

  /** Makes the whole text the new base, one flat string (done past `maxPieces`; a caller may do it sooner). */
  settle(): void {
    if (this.pieces.length === 1 && this.joined !== undefined) return;
    this.reset(this.getText(), this.lineOffsets);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.lineOffsets;
    const line = lastStartingAtOrBefore(lineOffsets, clamped);
    return { line, character: this.beforeLineBreak(clamped, lineOffsets[line]) - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.lineOffsets;
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const offsets = this.lineOffsets;
    if (line >= offsets.length) {
      const lastLine = offsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.length - offsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const end = this.beforeLineBreak(this.nextLineOffset(line), offsets[line]);
    return { start: { line, character: 0 }, end: { line, character: end - offsets[line] } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lineOffsets.length) return '';
    const next = this.nextLineOffset(line);
    return this.textBetween(this.beforeLineBreak(next, this.lineOffsets[line]), next);
  }

  private nextLineOffset(line: number): number {
    return line + 1 < this.lineOffsets.length ? this.lineOffsets[line + 1] : this.length;
  }

  /** Applies the changes of one `didChange`, in order, as the usual document does. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    const from = this.currentVersion;
    let last: LastChange | undefined;
    for (const change of changes) {
      if ('range' in change) {
        last = this.replace(change.range, change.text, from);
      } else {
        this.reset(change.text);
        last = undefined;
      }
    }
    this.currentVersion = version;
    this.change = changes.length === 1 && last ? { ...last, to: version } : undefined;
    if (this.pieces.length > maxPieces) this.settle();
  }

  /** Replaces the text of `range`; says what it replaced with what. */
  private replace(range: Range, text: string, from: number): LastChange {
    const [first, last] = ordered(range.start, range.end);
    const start = this.offsetAt(first);
    const end = this.offsetAt(last);
    const removed = this.textBetween(start, end);
    this.splice(start, end, text);
    // The lines of the offsets, which are clamped to the text: a range past the last line is an edit at the end.
    this.updateLineOffsets(this.lineWithin(first.line), this.lineWithin(last.line), start, end, text);
    return { from, start, end, removed, inserted: text };
  }

  private splice(start: number, end: number, text: string): void {
    const kept: Piece[] = [];
    let at = 0;
    let placed = false;
    for (const piece of this.pieces) {
      const size = piece.end - piece.start;
      const pieceEnd = at + size;
      if (pieceEnd <= start || at >= end) {
        if (!placed && at >= end) {
          if (text.length > 0) kept.push({ text, start: 0, end: text.length });
          placed = true;
        }
        if (size > 0) kept.push(piece);
      } else {
        if (at < start) kept.push({ text: piece.text, start: piece.start, end: piece.start + (start - at) });
        if (!placed) {
          if (text.length > 0) kept.push({ text, start: 0, end: text.length });
          placed = true;
        }
        if (pieceEnd > end) kept.push({ text: piece.text, start: piece.start + (end - at), end: piece.end });
      }
      at = pieceEnd;
    }
    if (!placed && text.length > 0) kept.push({ text, start: 0, end: text.length });
    this.pieces = kept;
    this.length += text.length - (end - start);
    this.joined = undefined;
    this.reader = undefined;
  }

  /** `line` held to the document's lines, as `offsetAt` holds a position's offset to the text. */
  private lineWithin(line: number): number {
    return Math.min(Math.max(line, 0), this.lineOffsets.length - 1);
  }

  /** The line starts after a change, moved in place as the usual document moves them. */
  private updateLineOffsets(startLine: number, endLine: number, start: number, end: number, text: string): void {
    const insertedEnd = start + text.length;
    // A CRLF pair across the change's edge is no line break of the inserted text: count them all again.
    if ((this.codeAt(start - 1) === 13 && this.codeAt(start) === 10) || (this.codeAt(insertedEnd - 1) === 13 && this.codeAt(insertedEnd) === 10)) {
      this.lineOffsets = lineStartsOf(this.getText());
      return;
    }
    const added = lineStartsOf(text, start).slice(1);
    const offsets = this.lineOffsets;
    const firstLine = startLine;
    const lastLine = endLine;
    if (lastLine - firstLine === added.length) {
      for (let index = 0; index < added.length; index++) offsets[index + firstLine + 1] = added[index];
    } else {
      this.lineOffsets = [...offsets.slice(0, firstLine + 1), ...added, ...offsets.slice(lastLine + 1)];
    }
    const delta = text.length - (end - start);
    if (delta === 0) return;
    const lines = this.lineOffsets;
    for (let index = firstLine + 1 + added.length; index < lines.length; index++) lines[index] += delta;
  }

  private codeAt(offset: number): number {
    return this.source().code(offset);
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isLineBreak(this.codeAt(at - 1))) at--;
    return at;
  }

  private join(): string {
    let text = '';
    for (const piece of this.pieces) text += piece.start === 0 && piece.end === piece.text.length ? piece.text : piece.text.slice(piece.start, piece.end);
    return text;
  }

  private reset(text: string, lineOffsets?: number[]): void {
    // Read once, so a rope becomes one flat string here and slices of it stay cheap.
    text.charCodeAt(0);
    this.pieces = [{ text, start: 0, end: text.length }];
    this.length = text.length;
    this.joined = text;
    this.reader = undefined;
    this.lineOffsets = lineOffsets ?? lineStartsOf(text);
  }
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line > b.line || (a.line === b.line && a.character > b.character) ? [b, a] : [a, b];
}

/** Where each line starts: `\n`, `\r\n` and a lone `\r` end a line; the first line starts at `base`. */
function lineStartsOf(text: string, base = 0): number[] {
  const starts = [base];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 || code === 10) {
      if (code === 13 && index + 1 < text.length && text.charCodeAt(index + 1) === 10) index++;
      starts.push(base + index + 1);
    }
  }
  return starts;
}
