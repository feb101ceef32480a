/**
 * The Cable Markup syntax tree.
 *
 * Offsets are UTF-16 code-unit offsets into the document text, `end` exclusive.
 * Blocks are made of whole lines (their `end` includes the line ending) and the
 * top-level blocks of a tree cover the text from 0 to its length without gaps or
 * overlaps, so printing the tree gives back the input exactly (see `printTree`).
 * Inline nodes (marks, footnote references, time groups, number signs, names)
 * lie inside the text runs of their block.
 */
import type { TimeGroup, TimeGroupProblem } from '../timegroups/types';

export interface TextRange {
  start: number;
  end: number;
}

/** One line of the source: [start, contentEnd) is its text, [contentEnd, end) its line ending. */
export interface SourceLine extends TextRange {
  contentEnd: number;
}

export type ZoneName = 'catalogue' | 'header' | 'body' | 'footer';

export type MarkKind =
  | 'supplied' //       [text]
  | 'signature' //      [signature]
  | 'illegible' //      [illegible]
  | 'unclear' //        [unclear: text]
  | 'sic' //            [sic]
  | 'groups' //         [N groups unrecovered|garbled]
  | 'certainty' //      [C% text]
  | 'doubtful' //       [?] [text?]
  | 'redacted' //       [Redacted text]
  | 'page' //           [Page N]
  | 'stamp' //          [Stamp: text]
  | 'annotation' //     [Note: …] [Handwritten: …] [Margin: …] [Deleted: …] [Underlined: …]
  | 'unknown-tag' //    [Word: …] with a tag that is not known (C206)
  | 'empty'; //         []

export interface Mark extends TextRange {
  type: 'mark';
  kind: MarkKind;
  /** The tag as written (`Stamp`, `Note`, `C%`), when the mark has one. */
  tag?: string;
  tagRange?: TextRange;
  /** The text inside the brackets after the tag; for untagged marks the whole inside. */
  content: TextRange;
  /** False when the `]` is missing (C102); `end` then stops where the mark was cut. */
  closed: boolean;
  /** For `groups`: the count as written and its value when it is a whole number. */
  count?: { text: string; value: number | undefined; range: TextRange };
  /** `unrecovered` or `garbled` for `groups`; the certainty letter for `certainty`. */
  detail?: string;
  children: Inline[];
}

export interface FootnoteRef extends TextRange {
  type: 'footnote-ref';
  marker: string;
}

export type NumberSign = '№' | 'Nº' | 'N°' | 'No.' | '#';

export interface NumberSignNode extends TextRange {
  type: 'number-sign';
  sign: NumberSign;
}

export interface TimeGroupNode extends TextRange {
  type: 'time-group';
  group: TimeGroup;
}

export interface NameNode extends TextRange {
  type: 'name';
  /** The words of the name joined by one space, as written. */
  text: string;
  /** Case-folded key used to compare names. */
  key: string;
  wordCount: number;
  /** A title (`Cde.`) written just before the name. */
  title?: string;
}

export type Inline = Mark | FootnoteRef | NumberSignNode | TimeGroupNode | NameNode;

interface BlockBase extends TextRange {
  /**
   * Every inline node of the block's text runs, sorted by start: nested marks,
   * and the time groups, signs and names inside marks, are listed too.
   */
  inlines: Inline[];
}

export interface BomBlock extends BlockBase {
  type: 'bom';
}

export interface BlankBlock extends BlockBase {
  type: 'blank';
}

export interface CommentBlock extends BlockBase {
  type: 'comment';
  /** The comment text after `%%`. */
  text: TextRange;
}

export interface CatalogueEntry extends TextRange {
  key: string;
  keyRange: TextRange;
  /** Value text of the first line and each continuation line (trimmed). */
  valueRanges: TextRange[];
  /** The value with continuation lines joined by one space. */
  value: string;
}

export interface CatalogueBlock extends BlockBase {
  type: 'catalogue';
  open: SourceLine;
  close: SourceLine | undefined;
  entries: CatalogueEntry[];
  /** Lines inside the record that are neither entries, continuations, comments nor blank. */
  strays: SourceLine[];
}

export type FieldZone = 'header' | 'footer';

export interface FieldBlock extends BlockBase {
  type: 'field';
  zone: FieldZone;
  /** The name as written. */
  name: string;
  nameRange: TextRange;
  /** Canonical name of the field (`Cable` for `Telegram:`), undefined when misspelt. */
  canonical: string | undefined;
  /** For a misspelt name (C201): the known names it is nearest to. */
  suggestions: string[];
  /** Value text of the first line and of each continuation line, trimmed. */
  valueRanges: TextRange[];
  /** The value with continuation lines joined by one space. */
  value: string;
}

/** A stamp — or an annotation such as `[Handwritten: …]` — standing on its own lines (`mark.kind` tells which). */
export interface StampBlock extends BlockBase {
  type: 'stamp';
  /** The `[Stamp: …]` (or annotation) mark; also the first inline. */
  mark: Mark;
}

export interface SignatureLine extends TextRange {
  /** Range of the upper-case name. */
  name: TextRange;
  nameText: string;
  timeGroup: TimeGroupNode | undefined;
}

export interface ParagraphLine extends SourceLine {
  signature?: SignatureLine;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  readonly lines: ParagraphLine[];
  /**
   * Moves the paragraph's range by `delta` at once, and its lines and inlines
   * when they are next read (see ParagraphNode, the only kind of paragraph).
   */
  moveLater(delta: number): void;
}

export interface QuoteBlock extends BlockBase {
  type: 'quote';
  openQuote: TextRange;
  /** The closing quote mark; undefined when the quote is never closed (C101). */
  closeQuote: TextRange | undefined;
  /** The first line, for C101's range. */
  readonly openLine: SourceLine;
  blocks: BodyBlock[];
  signature: SignatureLine | undefined;
  /** Moves the quote by `delta`; its paragraphs' lines and inlines move when next read (see QuoteNode, the only kind of quote). */
  moveLater(delta: number): void;
}

export interface SeparatorBlock extends BlockBase {
  type: 'separator';
}

export interface NoteBlock extends BlockBase {
  type: 'note';
  marker: string;
  markerRange: TextRange;
  /** The note text after the marker, including continuation lines. */
  text: TextRange;
}

export type HeaderBlock = BlankBlock | CommentBlock | FieldBlock | StampBlock;
export type BodyBlock = BlankBlock | CommentBlock | ParagraphBlock | QuoteBlock;
export type FooterBlock = BlankBlock | CommentBlock | FieldBlock | StampBlock | SeparatorBlock | NoteBlock | ParagraphBlock;

export type Block = BomBlock | CatalogueBlock | HeaderBlock | BodyBlock | FooterBlock;

export interface Zone<B> extends TextRange {
  blocks: B[];
}

export interface LineEndings {
  lf: number;
  crlf: number;
  /** Lone `\r`: counted as a line ending too. */
  cr: number;
  /** The first line whose ending differs from the document's majority (for C105). */
  firstMinority: SourceLine | undefined;
}

export interface CableTree {
  text: string;
  /** Start offset of every line; `lineStarts.length` is the line count. */
  lineStarts: number[];
  bom: BomBlock | undefined;
  catalogue: CatalogueBlock | undefined;
  header: Zone<HeaderBlock>;
  body: Zone<BodyBlock> & { signature: SignatureLine | undefined };
  footer: Zone<FooterBlock> | undefined;
  lineEndings: LineEndings;
  /** Footnote markers that have a note in the footer. */
  noteMarkers: Set<string>;
  /** Brackets the parser could not pair (C102): unclosed `[` and stray `]`. */
  bracketProblems: Array<{ kind: 'unclosed' | 'stray'; range: TextRange }>;
  /** Impossible times, days and months found while reading time groups (C210–C212). */
  timeGroupProblems: TimeGroupProblem[];
  /** What other modules worked out from this tree, each in its slot (see treeSlot.ts); every new tree starts with an empty list. */
  kept: unknown[];
}
