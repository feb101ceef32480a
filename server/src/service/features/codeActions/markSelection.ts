/**
 * Editorial marks around a selection (format section 4.1): the transcriber
 * selects words and picks what the editor says of them — a doubtful
 * reading, words supplied, deleted or underlined in the original, a
 * handwritten note, a `[sic]` after them. Refactorings, not fixes: offered
 * for a selection, each with a kind of its own so a key can be bound to it.
 *
 * Each edit only inserts the brackets: the selected text stays byte for
 * byte. A selection is marked only where the mark can close (within one
 * paragraph, field value, note or stamp) and where it cuts no mark or
 * footnote reference in two, so a marked text never gains a C102.
 */
import type { Block, CableTree, Inline, Mark, TextRange } from '../../parser/tree';
import { codeIn, textIn, trimmedIn } from '../../parser/treeText';
import { isSpaceOrTab } from '../../text/blanks';
import { locate } from '../../analysis/locate';
import { wholeMarkOf } from '../../parser/marks';
import type { OffsetEdit } from './types';
import { isHighSurrogate, isLowSurrogate } from '../../text/surrogates';

export interface SelectionMark {
  /** The last part of the action's kind, `refactor.rewrite.cable.<id>`. */
  id: string;
  title: string;
  edits: OffsetEdit[];
}

interface MarkForm {
  id: string;
  /** What the title says the mark means. */
  meaning: string;
  open: string;
}

/** The marks that say something of words the page shows, in the order the menu lists them. */
const markForms: readonly MarkForm[] = [
  { id: 'unclear', meaning: 'a doubtful reading', open: '[unclear: ' },
  { id: 'supplied', meaning: 'supplied by the editor', open: '[' },
  { id: 'deleted', meaning: 'deleted in the original', open: '[Deleted: ' },
  { id: 'underlined', meaning: 'underlined in the original', open: '[Underlined: ' },
  { id: 'handwritten', meaning: 'handwritten', open: '[Handwritten: ' },
  { id: 'margin', meaning: 'written in the margin', open: '[Margin: ' },
];

export const selectionMarkIds: readonly string[] = [...markForms.map((form) => form.id), 'sic'];

/** The marks a selection [from, to) can take; none when it is empty or cannot be marked whole. */
export function selectionMarks(tree: CableTree, from: number, to: number): SelectionMark[] {
  const span = markableSpan(tree, from, to);
  if (!span) return [];
  const forms = readsAsSupplied(textIn(tree, span.start, span.end)) ? markForms : markForms.filter((form) => form.id !== 'supplied');
  const marks = forms.map((form): SelectionMark => ({
    id: form.id,
    title: `Mark as ${form.meaning}: ${form.open}…]`,
    edits: [
      { start: span.start, end: span.start, newText: form.open },
      { start: span.end, end: span.end, newText: ']' },
    ],
  }));
  if (!sicFollows(tree, span.end)) {
    marks.push({ id: 'sic', title: 'Mark as written so in the original: … [sic]', edits: [{ start: span.end, end: span.end, newText: ' [sic]' }] });
  }
  return marks;
}

/** The selection without the blanks and line breaks at its ends, if it can be marked. */
function markableSpan(tree: CableTree, from: number, to: number): TextRange | undefined {
  const trimmed = trimmedIn(tree, { start: Math.max(0, Math.min(from, to)), end: Math.min(tree.text.length, Math.max(from, to)) });
  if (trimmed.start === trimmed.end) return undefined;
  const { start, end } = wholeCharacters(tree, trimmed);
  const first = locate(tree, start);
  const last = locate(tree, end - 1);
  if (!first.block || first.block !== last.block || first.quote !== last.quote) return undefined;
  const inside = textOf(first.block);
  if (!inside || start < inside.start || end > inside.end) return undefined;
  if (first.quote && (overlaps(first.quote.openQuote, start, end) || (first.quote.closeQuote && overlaps(first.quote.closeQuote, start, end)))) return undefined;
  if (first.block.inlines.some((inline) => cutsInline(inline, start, end))) return undefined;
  if (markDepthAround(first.block.inlines, start, end) > 2) return undefined;
  return { start, end };
}

/**
 * How deep the marks would nest with a new one around [start, end): the
 * marks holding it, the new one, and the deepest run of marks inside it. A
 * mark may hold one more level (format section 4.1), so more than two is
 * refused: `[Stamp: Incoming [illegible]]` takes no mark around `Incoming
 * [illegible]`.
 */
function markDepthAround(inlines: readonly Inline[], start: number, end: number): number {
  // The block lists nested marks as well as those holding them, so each is met once here.
  let holding = 0;
  let inside = 0;
  for (const inline of inlines) {
    if (inline.type !== 'mark') continue;
    if (inline.start <= start && inline.end >= end) holding++;
    else if (inline.start >= start && inline.end <= end) inside = Math.max(inside, depthOf(inline));
  }
  return holding + 1 + inside;
}

/**
 * 1 for a mark holding no mark, 2 for one holding only marks that hold none,
 * else 3: deeper makes no difference to the refusal, and a pathological
 * nest of 50,000 marks is not walked down (nor the stack overrun).
 */
function depthOf(mark: Mark): number {
  let depth = 1;
  for (const child of mark.children) {
    if (child.type !== 'mark') continue;
    if (child.children.some((grandchild) => grandchild.type === 'mark')) return 3;
    depth = 2;
  }
  return depth;
}

/**
 * Whether plain brackets around the text would make a mark of words the
 * editor supplied: not a footnote reference (`[a]`, `[2]`), a tagged mark
 * (`[Moscow: the]`), nor one of the fixed forms (`[illegible]`, `[sic]`,
 * `[Page 2]`, `[Kuksa-bong?]`, `[3 groups garbled]`), which the brackets
 * would turn the words into.
 */
function readsAsSupplied(selected: string): boolean {
  return wholeMarkOf(`[${selected}]`)?.kind === 'supplied';
}

/**
 * The span widened to whole characters: a selection may start or end between
 * the two halves of a character past the Basic Multilingual Plane (an
 * emoji, a mathematical letter), and a bracket put there would break it.
 */
function wholeCharacters(tree: CableTree, span: TextRange): TextRange {
  const start = span.start > 0 && isLowSurrogate(codeIn(tree, span.start)) && isHighSurrogate(codeIn(tree, span.start - 1)) ? span.start - 1 : span.start;
  const end = isHighSurrogate(codeIn(tree, span.end - 1)) && isLowSurrogate(codeIn(tree, span.end)) ? span.end + 1 : span.end;
  return { start, end };
}

/** Where a block's marks may stand: a paragraph's lines, a field's value, a note's text, a stamp's content. */
function textOf(block: Block): TextRange | undefined {
  switch (block.type) {
    case 'paragraph':
      return block;
    case 'field':
      return block.valueRanges.length === 0 ? undefined : { start: block.valueRanges[0].start, end: block.valueRanges[block.valueRanges.length - 1].end };
    case 'note':
      return block.text;
    case 'stamp':
      return block.mark.content;
    default:
      return undefined;
  }
}

/**
 * Whether [start, end) cuts the inline in two: neither holds the other.
 * A mark may hold the selection only within the text of a tagged mark, past
 * its tag (`[Stamp: …]`, `[unclear: …]`, `[C% …]`): the inside of an
 * untagged one is what makes it a mark of its kind (`[1 group garbled]`,
 * `[Page 2]`, `[Kuksa-bong?]`), which brackets inside would change.
 */
function cutsInline(inline: Inline, start: number, end: number): boolean {
  if (inline.type !== 'mark' && inline.type !== 'footnote-ref') return false;
  if (end <= inline.start || start >= inline.end) return false;
  if (start <= inline.start && end >= inline.end) return false;
  return !(inline.type === 'mark' && inline.tag !== undefined && start >= inline.content.start && end <= inline.content.end);
}

/** Whether [start, end) takes in any of the range: a quoted telegram's quote marks are never marked. */
function overlaps(range: TextRange, start: number, end: number): boolean {
  return start < range.end && end > range.start;
}

/** A `[sic]` right after the words, blanks between: they are marked so already. */
function sicFollows(tree: CableTree, end: number): boolean {
  let at = end;
  while (isSpaceOrTab(codeIn(tree, at))) at++;
  return textIn(tree, at, at + 5) === '[sic]';
}
