/**
 * Editorial marks `[ … ]` (format 4.1) and footnote references (4.2).
 * A mark may run over the lines of its block (a paragraph, a field with its
 * continuation lines, a stamp): translators' insertions wrap like any text.
 * A `[` still open when the block ends is unclosed (C102). Marks nest
 * (`[Stamp: Incoming [illegible]]`).
 */
import type { FootnoteRef, Inline, Mark, MarkKind, TextRange } from './tree';
import { isBlankOrLineBreak } from '../text/blanks';
import { detached } from '../text/ownCopy';

export const knownTags: ReadonlyMap<string, MarkKind> = new Map([
  ['stamp', 'stamp'],
  ['unclear', 'unclear'],
  ['note', 'annotation'],
  ['handwritten', 'annotation'],
  ['margin', 'annotation'],
  ['deleted', 'annotation'],
  ['underlined', 'annotation'],
]);

export const tagNames = ['Stamp', 'unclear', 'Note', 'Handwritten', 'Margin', 'Deleted', 'Underlined'];

const tagPattern = /\[[ \t]*([A-Za-z]+)[ \t]*:/y;
const footnoteMarkerPattern = /^(?:[a-z]|[1-9][0-9]?|x{0,3}(?:ix|iv|v?i{0,3})|xl)$/;

/** `[a]`…`[z]`, `[i]`…`[xl]`, `[1]`…`[99]`. */
export function isFootnoteMarker(content: string): boolean {
  return content.length > 0 && footnoteMarkerPattern.test(content);
}

export interface BracketProblem {
  kind: 'unclosed' | 'stray';
  range: TextRange;
}

export interface MarkScan {
  /** Top-level marks and footnote references, in order. */
  marks: Array<Mark | FootnoteRef>;
  /** Every mark and reference, nested ones included, sorted by start. */
  all: Array<Mark | FootnoteRef>;
  problems: BracketProblem[];
  /** A tagged mark left open at the end of the range (a stamp running past its block). */
  openTagged: Mark | undefined;
}

interface OpenBracket {
  start: number;
  tag: string | undefined;
  tagRange: TextRange | undefined;
  contentStart: number;
  children: Inline[];
}

/** What a range without brackets holds (most blocks): one shared, frozen value. */
const noMarks: MarkScan = Object.freeze({ marks: Object.freeze([]) as unknown as Mark[], all: Object.freeze([]) as unknown as Mark[], problems: Object.freeze([]) as unknown as BracketProblem[], openTagged: undefined });

/** The first `[` or `]` in [start, end), or -1. */
function firstBracket(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 91 || code === 93) return at;
  }
  return -1;
}

/**
 * Scans [start, end) for marks. `hasNotes`: the document has footnotes, so
 * marker-shaped brackets are references to them. The result is read-only.
 */
export function scanMarks(text: string, start: number, end: number, hasNotes: boolean): MarkScan {
  const first = firstBracket(text, start, end);
  if (first < 0) return noMarks;
  const result: MarkScan = { marks: [], all: [], problems: [], openTagged: undefined };
  const stack: OpenBracket[] = [];
  // A plain loop bounded by `end`: most blocks hold no bracket, and a search must not run on past the block.
  for (let at = first; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 91) stack.push(openBracket(text, at));
    else if (code === 93) closeBracket(text, at, stack, result, hasNotes);
  }
  for (const open of stack) {
    if (open.tag !== undefined && stack.indexOf(open) === 0) {
      const mark = makeMark(text, open, end, false);
      result.openTagged = mark;
      result.marks.push(mark);
      result.all.push(mark);
    }
    result.problems.push({ kind: 'unclosed', range: { start: open.start, end: open.start + 1 } });
  }
  result.all.sort((a, b) => a.start - b.start);
  return result;
}

/** A certainty mark's opening, `[C% ` (grades B, C, D): compiled once, as every `[` is tried with it. */
const certaintyOpening = /\[[ \t]*([BCD])[ \t]?%/y;

/** Whether the `[` at `at` opens a certainty mark (`[C% …`), whose first word is its grade. */
export function opensCertaintyMark(text: string, at: number): boolean {
  certaintyOpening.lastIndex = at;
  return certaintyOpening.test(text);
}

/**
 * The one mark `marked` (a bracketed text, `[…]`) reads as whole, with notes
 * in the document; undefined when it reads as a footnote reference, as more
 * than one mark, or as a mark ending before its end. For edits that put
 * brackets in, to know what the brackets will make.
 */
export function wholeMarkOf(marked: string): Mark | undefined {
  const scan = scanMarks(marked, 0, marked.length, true);
  const mark = scan.marks[0];
  return scan.marks.length === 1 && mark.type === 'mark' && mark.start === 0 && mark.end === marked.length ? mark : undefined;
}

function openBracket(text: string, at: number): OpenBracket {
  tagPattern.lastIndex = at;
  const tagged = tagPattern.exec(text);
  if (tagged) {
    const tagStart = text.indexOf(tagged[1], at);
    return { start: at, tag: tagged[1], tagRange: { start: tagStart, end: tagStart + tagged[1].length }, contentStart: at + tagged[0].length, children: [] };
  }
  certaintyOpening.lastIndex = at;
  const found = certaintyOpening.exec(text);
  if (found) {
    const tagStart = at + found[0].indexOf(found[1]);
    return { start: at, tag: undefined, tagRange: { start: tagStart, end: at + found[0].length }, contentStart: at + found[0].length, children: [] };
  }
  return { start: at, tag: undefined, tagRange: undefined, contentStart: at + 1, children: [] };
}

function closeBracket(text: string, at: number, stack: OpenBracket[], result: MarkScan, hasNotes: boolean): void {
  const open = stack.pop();
  if (!open) {
    result.problems.push({ kind: 'stray', range: { start: at, end: at + 1 } });
    return;
  }
  const node = hasNotes && open.tag === undefined && open.tagRange === undefined ? footnoteOrMark(text, open, at) : makeMark(text, open, at + 1, true);
  result.all.push(node);
  const parent = stack[stack.length - 1];
  if (parent) parent.children.push(node);
  else result.marks.push(node);
}

function footnoteOrMark(text: string, open: OpenBracket, closeAt: number): Mark | FootnoteRef {
  const content = text.slice(open.start + 1, closeAt);
  if (isFootnoteMarker(content)) return { type: 'footnote-ref', start: open.start, end: closeAt + 1, marker: content };
  return makeMark(text, open, closeAt + 1, true);
}

function makeMark(text: string, open: OpenBracket, end: number, closed: boolean): Mark {
  const contentEnd = closed ? end - 1 : end;
  const mark: Mark = {
    type: 'mark',
    kind: 'supplied',
    start: open.start,
    end,
    content: { start: open.contentStart, end: Math.max(open.contentStart, contentEnd) },
    closed,
    children: open.children,
  };
  if (open.tag !== undefined && open.tagRange) {
    mark.tag = detached(open.tag);
    mark.tagRange = open.tagRange;
    mark.kind = knownTags.get(open.tag.toLowerCase()) ?? 'unknown-tag';
  } else if (open.tagRange) {
    mark.kind = 'certainty';
    mark.tag = detached(text.slice(open.tagRange.start, open.tagRange.end));
    mark.tagRange = open.tagRange;
    mark.detail = mark.tag[0];
  } else {
    classifyUntagged(text, mark);
  }
  if (mark.kind !== 'empty' && isEmptyRange(text, mark.content)) mark.kind = mark.kind === 'supplied' ? 'empty' : mark.kind;
  return mark;
}

const groupsPattern = /^[ \t]*(?:(\S+)[ \t]+)?(groups?)[ \t]+(unrecovered|garbled)[ \t]*$/i;

/** Longer than any fixed form (`[12 groups unrecovered]`, `[illegible]`): only the ending can matter. */
const longestFixedForm = 48;

function classifyUntagged(text: string, mark: Mark): void {
  if (mark.content.end - mark.content.start > longestFixedForm) {
    // Classifying reads the content; for long (or deeply nested) marks, read only its last character.
    const last = text.slice(mark.content.start, mark.content.end).trimEnd().slice(-1);
    if (last === '?') mark.kind = 'doubtful';
    else if (/^\s*redacted\b/i.test(text.slice(mark.content.start, mark.content.start + 12))) mark.kind = 'redacted';
    return;
  }
  const inside = text.slice(mark.content.start, mark.content.end);
  const word = inside.trim().toLowerCase();
  const groups = groupsPattern.exec(inside);
  if (groups) {
    mark.kind = 'groups';
    mark.detail = groups[3].toLowerCase();
    const countText = groups[1] ?? '';
    const countStart = countText ? mark.content.start + inside.indexOf(countText) : mark.content.start;
    const value = /^[1-9][0-9]*$/.test(countText) ? Number(countText) : undefined;
    mark.count = { text: countText, value, range: { start: countStart, end: countStart + countText.length } };
    return;
  }
  if (word === '') mark.kind = 'empty';
  else if (word === 'sic') mark.kind = 'sic';
  else if (word === 'signature') mark.kind = 'signature';
  else if (word === 'illegible') mark.kind = 'illegible';
  else if (word.endsWith('?')) mark.kind = 'doubtful';
  else if (/^redacted\b/.test(word)) mark.kind = 'redacted';
  else if (/^page\s+\S+$/.test(word)) mark.kind = 'page';
}

function isEmptyRange(text: string, range: TextRange): boolean {
  for (let i = range.start; i < range.end; i++) if (!isBlankOrLineBreak(text.charCodeAt(i))) return false;
  return true;
}
