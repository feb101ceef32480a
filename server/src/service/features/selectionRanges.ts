/**
 * Smart selection: from the word or inline node under the cursor outwards —
 * mark content, mark, line, block (paragraph, field, stamp, note), quoted
 * telegram, zone, document.
 *
 * Every range of the tree that touches the cursor is a candidate with a level
 * (inline, part of a block, line, block, quote, zone, document). Sorted by
 * level, then by length, each candidate is kept only when it contains the
 * last one kept. Ranges that cross (a stamp's content over four lines and the
 * line of the cursor) drop out instead of breaking the chain: the one of the
 * inner level wins, so a multi-line stamp goes word → content → stamp.
 */
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { locate } from '../analysis/locate';
import type { Block, CableTree, ParagraphBlock, QuoteBlock, TextRange } from '../parser/tree';
import { positionAt } from '../text/positions';
import type { FeatureContext } from './context';
import { offsetOf, rangeOf, touches } from './definition';
import { textIn, trimmedIn } from '../parser/treeText';

const enum Level {
  /** Words, inline nodes and their parts, field names, note markers, signed names. */
  Inline,
  /** A field value or note text, a signature line. */
  Part,
  Line,
  Block,
  Quote,
  Zone,
  Document,
}

interface Candidate {
  level: Level;
  range: TextRange;
}

export function getSelectionRanges(tree: CableTree, positions: readonly Position[], _context: FeatureContext): SelectionRange[] {
  return positions.map((position) => selectionAt(tree, offsetOf(tree, position)));
}

function selectionAt(tree: CableTree, offset: number): SelectionRange {
  const candidates = candidatesAt(tree, offset)
    .filter(({ range }) => range.end > range.start && touches(range, offset))
    .sort((a, b) => a.level - b.level || lengthOf(a.range) - lengthOf(b.range));
  const chain: TextRange[] = [];
  for (const { range } of candidates) {
    const inner = chain[chain.length - 1];
    if (!inner || (contains(range, inner) && !sameRange(range, inner))) chain.push(range);
  }
  // an empty document, or a cursor with nothing around it: the cursor itself
  if (chain.length === 0) chain.push({ start: offset, end: offset });
  let selection: SelectionRange | undefined;
  for (let index = chain.length - 1; index >= 0; index--) selection = { range: rangeOf(tree, chain[index]), parent: selection };
  return selection as SelectionRange;
}

function candidatesAt(tree: CableTree, offset: number): Candidate[] {
  const found = locate(tree, offset);
  const at = (level: Level, ranges: readonly TextRange[]): Candidate[] => ranges.map((range) => ({ level, range }));
  const candidates = [
    ...at(Level.Document, [{ start: 0, end: tree.text.length }]),
    ...at(Level.Zone, zoneRanges(tree)),
    ...at(Level.Line, [lineAt(tree, offset)]),
    ...at(Level.Quote, found.quote ? quoteRanges(tree, found.quote) : []),
  ];
  if (found.block) {
    candidates.push(...at(Level.Block, [trimmedIn(tree, found.block)]), ...blockParts(tree, found.block, offset));
    candidates.push(...at(Level.Inline, inlineRanges(tree, found.block, offset)));
  }
  const word = wordOnLine(tree, offset);
  if (word) candidates.push({ level: Level.Inline, range: word });
  return candidates;
}

function zoneRanges(tree: CableTree): TextRange[] {
  const zones: Array<TextRange | undefined> = [tree.catalogue, tree.header, tree.body, tree.footer];
  return zones.filter((zone): zone is TextRange => zone !== undefined).map((zone) => trimmedIn(tree, zone));
}

/** The line of the offset, without its indentation and line ending. */
function lineAt(tree: CableTree, offset: number): TextRange {
  return trimmedIn(tree, wholeLineAt(tree, offset));
}

/** The line of the offset from its start to the next line's (its line ending included). */
function wholeLineAt(tree: CableTree, offset: number): TextRange {
  const line = positionAt(tree.lineStarts, offset).line;
  return { start: tree.lineStarts[line], end: line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : tree.text.length };
}

/** The whole quote, and its text inside the quotation marks. */
function quoteRanges(tree: CableTree, quote: QuoteBlock): TextRange[] {
  const whole = trimmedIn(tree, quote);
  const insideEnd = quote.closeQuote ? quote.closeQuote.start : whole.end;
  return [whole, trimmedIn(tree, { start: quote.openQuote.end, end: insideEnd })];
}

/** The named parts of a block: a field's name and value, a note's marker and text, a catalogue entry. */
function blockParts(tree: CableTree, block: Block, offset: number): Candidate[] {
  const inline = (range: TextRange): Candidate => ({ level: Level.Inline, range });
  const part = (range: TextRange): Candidate => ({ level: Level.Part, range });
  switch (block.type) {
    case 'field':
      return [inline(block.nameRange), ...block.valueRanges.map(part), ...spanOf(block.valueRanges).map(part)];
    case 'note':
      return [inline(block.markerRange), part(block.text)];
    case 'comment':
      return [part(trimmedIn(tree, block.text))];
    case 'paragraph':
      return signatureParts(block, offset);
    case 'catalogue': {
      const entry = block.entries.find((candidate) => touches(candidate, offset));
      if (!entry) return [];
      return [inline(entry.keyRange), ...entry.valueRanges.map(part), ...spanOf(entry.valueRanges).map(part), { level: Level.Block, range: trimmedIn(tree, entry) }];
    }
    default:
      return [];
  }
}

/** On a signature line: the signed name, then the whole signature. */
function signatureParts(paragraph: ParagraphBlock, offset: number): Candidate[] {
  const line = paragraph.lines.find((candidate) => candidate.start <= offset && offset <= candidate.contentEnd);
  if (!line?.signature) return [];
  return [
    { level: Level.Inline, range: line.signature.name },
    { level: Level.Part, range: line.signature },
  ];
}

/** From the first to the last of several ranges (a value over continuation lines). */
function spanOf(ranges: readonly TextRange[]): TextRange[] {
  return ranges.length > 1 ? [{ start: ranges[0].start, end: ranges[ranges.length - 1].end }] : [];
}

/** Every inline node at the offset, nested marks included; for a mark also its tag and content. */
function inlineRanges(tree: CableTree, block: Block, offset: number): TextRange[] {
  const ranges: TextRange[] = [];
  for (const inline of block.inlines) {
    if (inline.start > offset) break;
    if (!touches(inline, offset)) continue;
    ranges.push(inline);
    if (inline.type === 'mark') {
      ranges.push(trimmedIn(tree, inline.content));
      if (inline.tagRange) ranges.push(inline.tagRange);
    } else if (inline.type === 'name' && inline.title) {
      const titled = titledName(textIn(tree, block.start, inline.start), block.start, inline.end, inline.title);
      if (titled) ranges.push(titled);
    }
  }
  return ranges;
}

/** `Cde. Stalin`: the name with the title written before it in its block; `before` is the block's text up to the name, from `blockStart`. */
function titledName(before: string, blockStart: number, end: number, title: string): TextRange | undefined {
  const titleAt = before.lastIndexOf(title, before.length - 1);
  if (titleAt < 0 || before.slice(titleAt + title.length).trim() !== '') return undefined;
  return { start: blockStart + titleAt, end };
}

/** The word at the offset, read from its line (a word never spans one). */
function wordOnLine(tree: CableTree, offset: number): TextRange | undefined {
  const line = wholeLineAt(tree, offset);
  const word = wordAt(textIn(tree, line.start, line.end), offset - line.start);
  return word && { start: line.start + word.start, end: line.start + word.end };
}

/** The run of letters and digits at the offset (apostrophes inside words count: `enemy's`). */
function wordAt(text: string, offset: number): TextRange | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && isWordUnit(text, start - 1)) start--;
  while (end < text.length && isWordUnit(text, end)) end++;
  while (start < end && isApostrophe(text[start])) start++;
  while (end > start && isApostrophe(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

const wordCharacter = /[\p{L}\p{M}\p{N}'’]/u;

function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // a letter outside the basic plane comes as two surrogates; both belong to the word
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return wordCharacter.test(text[index]);
}

function isApostrophe(char: string): boolean {
  return char === "'" || char === '’';
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function lengthOf(range: TextRange): number {
  return range.end - range.start;
}

function sameRange(a: TextRange, b: TextRange): boolean {
  return a.start === b.start && a.end === b.end;
}
